package org.turnaround.caseaudit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case-audit pages and forms on the demo data of Marchshire. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class CaseAuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	long marchshire;

	long northgate;

	long auditId;

	LocalDate today;

	@BeforeEach
	void findTheDemoData() {
		this.marchshire = authority("marchshire");
		this.northgate = authority("northgate");
		this.auditId = this.jdbc.queryForObject(
				"select id from case_audit where authority_id = ? order by completed_on desc, id desc limit 1",
				Long.class, this.marchshire);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	@WithUserDetails("manager")
	void listsTheRoundsWithTheirGradesAndTheTrendOfAdequateOrBetter() throws Exception {
		this.mvc.perform(get("/case-audits"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baseline audit of all open cases after the inspection")))
			// 980 of 1,400 adequate or better
			.andExpect(content().string(containsString("70.0%")))
			.andExpect(content().string(containsString("1,400")))
			.andExpect(content().string(containsString("every grade\n      except inadequate")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("<title id=\"trend-title\">")))
			.andExpect(content().string(containsString(
					"Percentage of audited cases graded adequate or better in each round, oldest first: 70.0% in")))
			.andExpect(content().string(containsString("Record an audit round")))
			.andExpect(content().string(not(containsString("name=\"authority\""))));
	}

	@Test
	@WithUserDetails("cabinet")
	void someoneWhoDoesNotManagePlansIsNotOfferedTheForm() throws Exception {
		this.mvc.perform(get("/case-audits"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Record an audit round"))));
		this.mvc.perform(get("/case-audits/{id}", this.auditId))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Edit<span"))));
	}

	@Test
	void anAdviserOfSeveralAuthoritiesChoosesOneAndCannotAskForAnother() throws Exception {
		long adviserId = this.jdbc.queryForObject("select id from account where username = 'adviser'", Long.class);
		long unassigned = this.jdbc.queryForObject(
				"insert into authority (name, slug) values ('Unassigned Council', 'unassigned') returning id",
				Long.class);
		this.jdbc.update("insert into adviser_assignment (account_id, authority_id) values (?, ?)", adviserId,
				this.northgate);
		var adviser = user(this.users.loadUserByUsername("adviser"));
		// Marchshire comes first by name, and is shown unless another is chosen
		this.mvc.perform(get("/case-audits").with(adviser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"authority\"")))
			.andExpect(content().string(containsString("Baseline audit of all open cases")))
			.andExpect(content().string(not(containsString("Record an audit round"))));
		this.mvc.perform(get("/case-audits").param("authority", "" + this.northgate).with(adviser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No audit rounds have been recorded yet")))
			.andExpect(content().string(not(containsString("Baseline audit of all open cases"))));
		this.mvc.perform(get("/case-audits").param("authority", "" + unassigned).with(adviser))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("admin")
	void anAdminReadsNoAuthoritysAudits() throws Exception {
		this.mvc.perform(get("/case-audits"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not assigned to any authority")));
	}

	@Test
	@WithUserDetails("manager")
	void showsOneRoundWithItsHistory() throws Exception {
		this.mvc.perform(get("/case-audits/{id}", this.auditId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Six-monthly audit of open cases")))
			.andExpect(content().string(containsString("84.1%")))
			.andExpect(content().string(containsString("Changes")));
	}

	@Test
	@WithUserDetails("manager")
	void thePagesCostAFixedNumberOfStatementsWhateverTheNumberOfRounds() throws Exception {
		this.sql.reset();
		this.mvc.perform(get("/case-audits")).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(2);
		for (int i = 0; i < 5; i++) {
			this.jdbc.update("""
					insert into case_audit (authority_id, title, completed_on, cases_audited, good)
					values (?, 'Extra round', current_date, 10, 10)""", this.marchshire);
		}
		this.sql.reset();
		this.mvc.perform(get("/case-audits")).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(2);
		this.sql.reset();
		this.mvc.perform(get("/case-audits/{id}", this.auditId)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(3);
		this.sql.reset();
		this.mvc.perform(get("/case-audits/new")).andExpect(status().isOk());
		assertThat(this.sql.count()).isZero();
		this.sql.reset();
		this.mvc.perform(get("/case-audits/{id}/edit", this.auditId)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(1);
	}

	@Test
	@WithUserDetails("manager")
	void recordsARoundAndShowsItsPercentage() throws Exception {
		int before = audits();
		this.mvc.perform(create(Map.of()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/case-audits/*"))
			.andExpect(flash().attribute("success", "Audit round recorded"));
		assertThat(audits()).isEqualTo(before + 1);
		var saved = this.jdbc.queryForMap("select * from case_audit where authority_id = ? and title = 'Spring audit'",
				this.marchshire);
		assertThat(saved.get("cases_audited")).isEqualTo(1400);
		assertThat(saved.get("inadequate")).isEqualTo(140);
		assertThat(saved.get("summary")).isEqualTo("Better");
		this.mvc.perform(get("/case-audits")).andExpect(content().string(containsString("90.0%")));
	}

	@Test
	@WithUserDetails("manager")
	void gradesThatDoNotAddUpAreAnErrorShowingTheSumAndNothingIsSaved() throws Exception {
		int before = audits();
		this.mvc.perform(create(Map.of("inadequate", "139")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#grades\"")))
			.andExpect(content().string(containsString(
					"The grades add up to 1,399 cases, but 1,400 were audited: give every audited case exactly one grade")))
			.andExpect(content().string(containsString("id=\"grades-error\"")))
			.andExpect(content().string(containsString("value=\"139\"")))
			.andExpect(content().string(containsString("value=\"Spring audit\"")));
		assertThat(audits()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void eachFieldIsCheckedAndTheInputKept() throws Exception {
		var tomorrow = this.today.plusDays(1);
		expectProblem(Map.of("title", " "), "title", "Enter a title for the audit round");
		expectProblem(Map.of("title", "t".repeat(301)), "title", "The title must be 300 characters or fewer");
		expectProblem(Map.of("completedDay", "", "completedMonth", "", "completedYear", ""), "completedDay",
				"Enter the date the audit was completed");
		expectProblem(Map.of("completedDay", "31", "completedMonth", "2"), "completedDay",
				"The date completed must be a real date");
		expectProblem(
				Map.of("completedDay", "" + tomorrow.getDayOfMonth(), "completedMonth", "" + tomorrow.getMonthValue(),
						"completedYear", "" + tomorrow.getYear()),
				"completedDay", "The date completed cannot be in the future");
		expectProblem(Map.of("casesAudited", ""), "casesAudited",
				"Enter the number of cases audited, or 0 if there were none");
		expectProblem(Map.of("casesAudited", "-1"), "casesAudited",
				"The number of cases audited must be a whole number, 0 or more");
		expectProblem(Map.of("outstanding", "1.5"), "outstanding",
				"The number of cases graded outstanding must be a whole number");
		expectProblem(Map.of("good", "lots"), "good", "The number of cases graded good must be a whole number");
		expectProblem(Map.of("requiresImprovement", ""), "requiresImprovement",
				"Enter the number of cases graded requires improvement");
		expectProblem(Map.of("inadequate", "-3"), "inadequate",
				"The number of cases graded inadequate must be a whole number");
		expectProblem(Map.of("summary", "s".repeat(5001)), "summary", "The summary must be 5,000 characters or fewer");
	}

	@Test
	@WithUserDetails("officer")
	void onlyAPlanManagerRecordsOrCorrectsARound() throws Exception {
		int before = audits();
		this.mvc.perform(create(Map.of())).andExpect(status().isForbidden());
		this.mvc.perform(edit(version(), Map.of())).andExpect(status().isForbidden());
		assertThat(audits()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void anotherAuthoritysRoundIsNotFound() throws Exception {
		long theirs = this.jdbc.queryForObject("""
				insert into case_audit (authority_id, title, completed_on, cases_audited, good)
				values (?, 'Northgate audit', current_date, 10, 10) returning id""", Long.class, this.northgate);
		this.mvc.perform(get("/case-audits/{id}", theirs)).andExpect(status().isNotFound());
		this.mvc.perform(get("/case-audits/{id}/edit", theirs)).andExpect(status().isNotFound());
		this.mvc.perform(post("/case-audits/{id}/edit", theirs).with(csrf()).param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/case-audits").param("authority", "" + this.northgate)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("manager")
	void correctsARound() throws Exception {
		this.mvc.perform(get("/case-audits/{id}/edit", this.auditId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Six-monthly audit of open cases\"")))
			.andExpect(content().string(containsString("name=\"version\"")));
		this.mvc.perform(edit(version(), Map.of()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Audit round saved"));
		var saved = this.jdbc.queryForMap("select * from case_audit where id = ?", this.auditId);
		assertThat(saved.get("title")).isEqualTo("Spring audit");
		assertThat(saved.get("good")).isEqualTo(700);
	}

	@Test
	@WithUserDetails("manager")
	void anEditThatDoesNotAddUpIsRefusedAndNothingIsSaved() throws Exception {
		var before = this.jdbc.queryForMap("select * from case_audit where id = ?", this.auditId);
		this.mvc.perform(edit(version(), Map.of("good", "701")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The grades add up to 1,401 cases, but 1,400 were audited")));
		assertThat(this.jdbc.queryForMap("select * from case_audit where id = ?", this.auditId)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aStaleVersionGetsTheConflictPageWithTheCurrentValuesAndTheInputKept() throws Exception {
		long seen = version();
		this.jdbc.update("update case_audit set title = 'Changed meanwhile', version = version + 1 where id = ?",
				this.auditId);
		this.mvc.perform(edit(seen, Map.of()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this audit round")))
			.andExpect(content().string(containsString("Changed meanwhile")))
			.andExpect(content().string(containsString("value=\"Spring audit\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")));
		assertThat(this.jdbc.queryForObject("select title from case_audit where id = ?", String.class, this.auditId))
			.isEqualTo("Changed meanwhile");
	}

	@Test
	@WithUserDetails("manager")
	void anEditWithoutAVersionIsABadRequest() throws Exception {
		this.mvc.perform(post("/case-audits/{id}/edit", this.auditId).with(csrf()).param("title", "x"))
			.andExpect(status().isBadRequest());
	}

	private void expectProblem(Map<String, String> changes, String field, String message) throws Exception {
		int before = audits();
		var response = this.mvc.perform(create(changes))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andReturn();
		if (!field.equals("title")) {
			assertThat(response.getResponse().getContentAsString()).contains("value=\"Spring audit\"");
		}
		assertThat(audits()).as(field).isEqualTo(before);
	}

	/** A valid round: 1,400 cases, 90% adequate or better, with some fields changed. */
	private MockHttpServletRequestBuilder create(Map<String, String> changes) {
		return fill(post("/case-audits/new").with(csrf()), changes);
	}

	private MockHttpServletRequestBuilder edit(long version, Map<String, String> changes) {
		return fill(post("/case-audits/{id}/edit", this.auditId).with(csrf()).param("version", "" + version), changes);
	}

	private MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, Map<String, String> changes) {
		var yesterday = this.today.minusDays(1);
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", "Spring audit");
		fields.put("completedDay", "" + yesterday.getDayOfMonth());
		fields.put("completedMonth", "" + yesterday.getMonthValue());
		fields.put("completedYear", "" + yesterday.getYear());
		fields.put("casesAudited", "1,400");
		fields.put("outstanding", "70");
		fields.put("good", "700");
		fields.put("requiresImprovement", "490");
		fields.put("inadequate", "140");
		fields.put("summary", "Better");
		fields.putAll(changes);
		fields.forEach(request::param);
		return request;
	}

	private long version() {
		return this.jdbc.queryForObject("select version from case_audit where id = ?", Long.class, this.auditId);
	}

	private int audits() {
		return this.jdbc.queryForObject("select count(*) from case_audit", Integer.class);
	}

	private long authority(String slug) {
		return this.jdbc.queryForObject("select id from authority where slug = ?", Long.class, slug);
	}

}
