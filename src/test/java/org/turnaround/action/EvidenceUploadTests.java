package org.turnaround.action;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence on the progress form against the demo data: Marchshire's officer owns the
 * action; its cabinet member may read it; Northgate is another authority.
 */
@IntegrationTest
@Transactional
@WithUserDetails("officer")
class EvidenceUploadTests {

	static final byte[] PDF = EvidenceTypesTests.PDF;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	long actionId;

	long version;

	@BeforeEach
	void findAnOpenActionOfTheOfficer() {
		this.actionId = this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status = 'IN_PROGRESS' and a.percent_complete < 90
				order by a.id limit 1""", Long.class);
		this.version = this.jdbc.queryForObject("select version from action where id = ?", Long.class, this.actionId);
	}

	MockMultipartHttpServletRequestBuilder form(MockMultipartFile... files) {
		var request = multipart("/actions/{id}/update", this.actionId);
		for (var file : files) {
			request.file(file);
		}
		request.param("version", Long.toString(this.version))
			.param("status", "IN_PROGRESS")
			.param("percentComplete", "50")
			.param("commentary", "Panel held, minutes attached")
			.param("ragOverride", "NONE");
		request.with(csrf());
		return request;
	}

	static MockMultipartFile file(String name, String browserType, byte[] content) {
		return new MockMultipartFile("evidenceFiles", name, browserType, content);
	}

	long updates() {
		return this.jdbc.queryForObject("select count(*) from action_update where action_id = ?", Long.class,
				this.actionId);
	}

	long evidence() {
		return this.jdbc.queryForObject(
				"select count(*) from evidence e join action_update u on u.id = e.update_id where u.action_id = ?",
				Long.class, this.actionId);
	}

	long savedFileId() {
		return this.jdbc.queryForObject("""
				select e.id from evidence e join action_update u on u.id = e.update_id
				where u.action_id = ? and e.kind = 'FILE' order by e.id desc limit 1""", Long.class, this.actionId);
	}

	@Test
	void theFormSendsFilesWithItsCsrfTokenInTheBody() throws Exception {
		this.mvc.perform(get("/actions/{id}/update", this.actionId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"evidenceFiles\"")))
			.andExpect(content().string(containsString("name=\"evidenceLinks\"")));
	}

	@Test
	void aMultipartPostWithoutTheTokenIsRefused() throws Exception {
		var request = multipart("/actions/{id}/update", this.actionId).file(file("minutes.pdf", "application/pdf", PDF))
			.param("version", Long.toString(this.version));
		this.mvc.perform(request).andExpect(status().isForbidden());
		assertThat(evidence()).isZero();
	}

	@Test
	void aPdfAndALinkAreSavedWithTheUpdateListedInTheHistoryAndDownloadable() throws Exception {
		long before = updates();
		this.mvc
			.perform(form(file("Panel minutes (March).pdf", "application/octet-stream", PDF))
				.param("evidenceLinks", "https://www.example.org/report", "", "")
				.param("evidenceLinkTitles", "Ofsted report", "", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/actions/" + this.actionId));
		assertThat(updates()).isEqualTo(before + 1);
		assertThat(evidence()).isEqualTo(2);
		var stored = this.jdbc.queryForMap("select * from evidence where id = ?", savedFileId());
		assertThat(stored.get("file_name")).isEqualTo("Panel minutes (March).pdf");
		assertThat(stored.get("content_type")).isEqualTo("application/pdf");
		assertThat(stored.get("size_bytes")).isEqualTo((long) PDF.length);
		long id = savedFileId();
		this.mvc.perform(get("/actions/{id}", this.actionId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/evidence/" + id + "\"")))
			.andExpect(content().string(containsString("Panel minutes (March).pdf")))
			.andExpect(content().string(containsString("(PDF, " + PDF.length + " bytes)")))
			.andExpect(content().string(containsString("href=\"https://www.example.org/report\"")))
			.andExpect(content().string(containsString("Ofsted report")));
		this.mvc.perform(get("/evidence/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''Panel%20minutes%20%28March%29.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andExpect(content().bytes(PDF));
	}

	@Test
	void aRenamedExecutableIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
		long before = updates();
		this.mvc.perform(form(file("minutes.pdf", "application/pdf", EvidenceTypesTests.ELF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#evidenceFile1\"")))
			.andExpect(content().string(containsString(EvidenceInput.WRONG_TYPE)));
		assertThat(updates()).isEqualTo(before);
		assertThat(evidence()).isZero();
	}

	@Test
	void aFileOver10MbIsRefusedWithoutAServerErrorAndNothingIsSaved() throws Exception {
		long before = updates();
		var big = new byte[11 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		this.mvc.perform(form(file("big.pdf", "application/pdf", big)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file must be smaller than 10 MB")));
		assertThat(updates()).isEqualTo(before);
		assertThat(evidence()).isZero();
	}

	@Test
	void aLinkThatIsNotAWebAddressIsRefusedAndKeptInTheForm() throws Exception {
		long before = updates();
		this.mvc.perform(form().param("evidenceLinks", "javascript:alert(1)").param("evidenceLinkTitles", "Bad"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#evidenceLink1\"")))
			.andExpect(content().string(containsString("Enter a web address starting with https://")))
			.andExpect(content().string(containsString("value=\"javascript:alert(1)\"")));
		this.mvc.perform(form().param("evidenceLinks", "ftp://files.example.org/x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a web address starting with https://")));
		assertThat(updates()).isEqualTo(before);
		assertThat(evidence()).isZero();
	}

	@Test
	void anotherAuthoritysEvidenceIsNotFound() throws Exception {
		long theirs = this.jdbc.queryForObject("""
				insert into evidence (update_id, kind, title, file_name, content_type, size_bytes, content)
				select u.id, 'FILE', 'x.pdf', 'x.pdf', 'application/pdf', 5, convert_to('%PDF-', 'UTF8')
				from action_update u join action x on x.id = u.action_id
				join improvement_plan p on p.id = x.plan_id join authority a on a.id = p.authority_id
				where a.slug = 'northgate' order by u.id limit 1 returning id""", Long.class);
		this.mvc.perform(get("/evidence/{id}", theirs))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("%PDF-"))));
		this.mvc.perform(get("/evidence/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void theCabinetMemberOfTheSameAuthorityMayDownloadButNotAnonymousPeople() throws Exception {
		this.mvc.perform(form(file("notes.txt", "text/plain", "Notes".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isFound());
		long id = savedFileId();
		this.mvc.perform(get("/evidence/{id}", id).with(user(this.users.loadUserByUsername("cabinet"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/plain")));
		this.mvc.perform(get("/evidence/{id}", id).with(user(this.users.loadUserByUsername("northgate.officer"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithAnonymousUser
	void anonymousPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/evidence/{id}", 1)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

}
