package org.turnaround.partnership;

import java.util.LinkedHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager adds and edits Marchshire's partnerships and chooses the actions a
 * partner leads and supports. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class PartnershipFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long marchshire;

	long northgateAuthority;

	long northgate;

	long police;

	@BeforeEach
	void findTheDemoRecords() {
		this.marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
		this.northgateAuthority = this.jdbc.queryForObject("select id from authority where slug = 'northgate'",
				Long.class);
		this.northgate = partnership("Northgate City Council");
		this.police = partnership("Marchshire Police");
	}

	@Test
	@WithUserDetails("manager")
	void theAddFormOffersOtherAuthoritiesAndThePlansOpenActions() throws Exception {
		long cancelled = this.jdbc.queryForObject("""
				select x.id from action x join improvement_plan p on p.id = x.plan_id
				where p.authority_id = ? and x.status = 'CANCELLED' limit 1""", Long.class, this.marchshire);
		this.mvc.perform(get("/partnerships/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a partnership")))
			.andExpect(content().string(containsString("<option value=\"" + this.northgateAuthority + "\"")))
			.andExpect(content().string(not(containsString("<option value=\"" + this.marchshire + "\""))))
			.andExpect(content().string(containsString("value=\"" + action(1, 1) + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + cancelled + "\""))));
	}

	@Test
	@WithUserDetails("manager")
	void addsAPartnershipLeadingAndSupportingActions() throws Exception {
		var result = this.mvc
			.perform(valid(post("/partnerships/new")).param("leads", "" + action(1, 1))
				.param("supports", "" + action(1, 2)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partnerships/*"))
			.andExpect(flash().attribute("success", "Partnership added"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/partnerships/", ""));
		var saved = this.jdbc.queryForMap(
				"select partner_name, partner_kind, partner_authority_id, role, starts_on, ends_on from partnership where id = ?",
				id);
		assertThat(saved).containsEntry("partner_name", "Practice Partners")
			.containsEntry("partner_kind", "AGENCY")
			.containsEntry("role", "Trains team managers");
		assertThat(saved.get("partner_authority_id")).isNull();
		assertThat(saved.get("starts_on").toString()).isEqualTo("2026-01-01");
		assertThat(saved.get("ends_on").toString()).isEqualTo("2026-12-31");
		assertThat(leadOf(action(1, 1))).isEqualTo(id);
		assertThat(this.jdbc.queryForList("select action_id from partnership_supported_action where partnership_id = ?",
				Long.class, id))
			.containsExactly(action(1, 2));
	}

	static Stream<Arguments> problems() {
		return Stream.of(Arguments.of("partnerName", " ", "partnerName", "Enter the partner&#39;s name"),
				Arguments.of("partnerName", "n".repeat(201), "partnerName",
						"The partner&#39;s name must be 200 characters or fewer"),
				Arguments.of("partnerKind", "", "partnerKind", "Choose what kind of organisation the partner is"),
				Arguments.of("partnerAuthority", "banana", "partnerAuthority",
						"Choose an authority from the list, or None"),
				Arguments.of("partnerAuthority", "-1", "partnerAuthority",
						"Choose an authority from the list, or None"),
				Arguments.of("role", "r".repeat(1001), "role", "The role must be 1,000 characters or fewer"),
				Arguments.of("startsDay", "", "startsDay", "The start date must be a real date"),
				Arguments.of("startsMonth", "13", "startsDay", "The start date must be a real date"),
				Arguments.of("endsDay", "32", "endsDay", "The end date must be a real date"),
				Arguments.of("endsYear", "2025", "endsDay", "The partnership cannot end before it starts"),
				Arguments.of("leads", "not-an-id", "leads", "Choose actions from the list"),
				Arguments.of("supports", "-1", "supports", "Choose actions from the list"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("problems")
	@WithUserDetails("manager")
	void eachProblemIsShownOnItsFieldWithTheInputKeptAndNothingSaved(String field, String value, String errorField,
			String message) throws Exception {
		int before = partnerships();
		var page = this.mvc.perform(valid(post("/partnerships/new"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#" + errorField + "\"")))
			.andExpect(content().string(containsString("id=\"" + errorField + "-error\"")))
			.andExpect(content().string(containsString(message)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (!field.equals("role")) {
			assertThat(page).contains("Trains team managers");
		}
		assertThat(partnerships()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void anAuthorityCannotBeItsOwnPartner() throws Exception {
		this.mvc
			.perform(valid(post("/partnerships/new"), "partnerKind", "LOCAL_AUTHORITY", "partnerAuthority",
					"" + this.marchshire))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An authority cannot be its own partner")));
	}

	@Test
	@WithUserDetails("manager")
	void onlyALocalAuthorityPartnerIsOneOfTurnaroundsAuthorities() throws Exception {
		this.mvc.perform(valid(post("/partnerships/new"), "partnerAuthority", "" + this.northgateAuthority))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Only a local authority partner can be one of Turnaround&#39;s authorities")));
	}

	@Test
	@WithUserDetails("manager")
	void anActionIsEitherLedOrSupportedByThePartner() throws Exception {
		int before = partnerships();
		this.mvc
			.perform(valid(post("/partnerships/new")).param("leads", "" + action(1, 1))
				.param("supports", "" + action(1, 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#supports\"")))
			.andExpect(content().string(containsString("cannot also be one it supports")));
		assertThat(partnerships()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void theEditFormChecksTheActionsThePartnerLeadsAndSupports() throws Exception {
		this.mvc.perform(get("/partnerships/{id}/edit", this.northgate))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit partnership")))
			.andExpect(content().string(containsString("name=\"leads\" value=\"" + action(2, 1) + "\"")))
			.andExpect(content().string(containsString("<option value=\"" + this.northgateAuthority + "\" selected")));
	}

	@Test
	@WithUserDetails("manager")
	void editingMovesTheLeadOfActionsAndReplacesTheSupportedOnes() throws Exception {
		long version = version(this.police);
		long policeLed = action(3, 3);
		long northgateLed = action(2, 1);
		this.mvc
			.perform(valid(post("/partnerships/{id}/edit", this.police), "partnerName", "Marchshire Police",
					"partnerKind", "AGENCY")
				.param("version", "" + version)
				.param("leads", "" + northgateLed)
				.param("supports", "" + policeLed))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/partnerships/" + this.police))
			.andExpect(flash().attribute("success", "Partnership saved"));
		assertThat(leadOf(northgateLed)).isEqualTo(this.police);
		assertThat(leadOf(policeLed)).isNull();
		assertThat(this.jdbc.queryForList("select action_id from partnership_supported_action where partnership_id = ?",
				Long.class, this.police))
			.containsExactly(policeLed);
		assertThat(version(this.police)).isGreaterThan(version);
	}

	@Test
	@WithUserDetails("manager")
	void anEditAgainstAnOlderVersionShowsThePartnershipNowAndKeepsTheInput() throws Exception {
		long version = version(this.police);
		this.jdbc.update("update partnership set version = version + 1 where id = ?", this.police);
		this.mvc.perform(valid(post("/partnerships/{id}/edit", this.police)).param("version", "" + version))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this partnership")))
			.andExpect(content().string(containsString("value=\"Practice Partners\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1))));
		assertThat(this.jdbc.queryForObject("select partner_name from partnership where id = ?", String.class,
				this.police))
			.isEqualTo("Marchshire Police");
	}

	@Test
	@WithUserDetails("officer")
	void onlyAPlanManagerChangesPartnerships() throws Exception {
		this.mvc.perform(get("/partnerships/new")).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/partnerships/new"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/partnerships/{id}/edit", this.police)).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/partnerships/{id}/edit", this.police)).param("version", "0"))
			.andExpect(status().isForbidden());
	}

	/**
	 * A request with every field filled in well, but for the field and value pairs given.
	 */
	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... fieldsAndValues) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("partnerName", "Practice Partners");
		fields.put("partnerKind", "AGENCY");
		fields.put("partnerAuthority", "");
		fields.put("role", "Trains team managers");
		fields.put("startsDay", "1");
		fields.put("startsMonth", "1");
		fields.put("startsYear", "2026");
		fields.put("endsDay", "31");
		fields.put("endsMonth", "12");
		fields.put("endsYear", "2026");
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private long partnership(String name) {
		return this.jdbc.queryForObject("select id from partnership where authority_id = ? and partner_name = ?",
				Long.class, this.marchshire, name);
	}

	private long action(int priority, int number) {
		return this.jdbc.queryForObject("""
				select x.id from action x join priority p on p.id = x.priority_id
				join improvement_plan pl on pl.id = x.plan_id
				where pl.authority_id = ? and pl.status = 'ACTIVE' and p.number = ? and x.number = ?""", Long.class,
				this.marchshire, priority, number);
	}

	private Long leadOf(long action) {
		return this.jdbc.queryForObject("select lead_partnership_id from action where id = ?", Long.class, action);
	}

	private int partnerships() {
		return this.jdbc.queryForObject("select count(*) from partnership", Integer.class);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from partnership where id = ?", Long.class, id);
	}

}
