package org.turnaround.workforce;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workforce pages and forms on the demo data of Marchshire. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class WorkforcePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	Clock clock;

	long marchshire;

	long returnId;

	LocalDate today;

	@BeforeEach
	void findTheDemoData() {
		this.marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
		this.returnId = this.jdbc.queryForObject(
				"select id from workforce_return where authority_id = ? order by period_on desc limit 1", Long.class,
				this.marchshire);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	@WithUserDetails("manager")
	void listsThePeriodsWithTheirRatesTheDefinitionsAndTheTrend() throws Exception {
		// the latest demo return: 201.5 employed, 19 vacancies, 44 agency, 4 leavers
		this.mvc.perform(get("/workforce"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("17.9%")))
			.andExpect(content().string(containsString("8.6%")))
			.andExpect(content().string(containsString("201.5")))
			.andExpect(content()
				.string(containsString("Agency social workers ÷ (agency social workers + social workers in post)")))
			.andExpect(content().string(containsString("Vacancies ÷ (vacancies + social workers in post)")))
			.andExpect(content().string(containsString("Leavers ÷ social workers in post")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("Agency, vacancy and turnover rates in each period")))
			.andExpect(content().string(containsString("Record a workforce return")));
	}

	@Test
	@WithUserDetails("cabinet")
	void someoneWhoDoesNotManagePlansIsNotOfferedTheForm() throws Exception {
		this.mvc.perform(get("/workforce"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Record a workforce return"))));
	}

	@Test
	@WithUserDetails("manager")
	void aRateWithAZeroDenominatorIsNotApplicable() throws Exception {
		long id = this.jdbc.queryForObject("""
				insert into workforce_return (authority_id, period_on, social_workers_fte, vacancies_fte,
				                              agency_workers_fte, leavers_fte)
				values (?, date '2000-01-01', 0, 0, 0, 0) returning id""", Long.class, this.marchshire);
		this.mvc.perform(get("/workforce/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not applicable")));
	}

	@Test
	@WithUserDetails("manager")
	void thePagesCostAFixedNumberOfStatementsWhateverTheNumberOfPeriods() throws Exception {
		this.sql.reset();
		this.mvc.perform(get("/workforce")).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(2);
		for (int i = 1; i <= 5; i++) {
			this.jdbc.update("""
					insert into workforce_return (authority_id, period_on, social_workers_fte, vacancies_fte,
					                              agency_workers_fte, leavers_fte)
					values (?, ?, 100, 10, 10, 1)""", this.marchshire, LocalDate.of(2000, i, 1));
		}
		this.sql.reset();
		this.mvc.perform(get("/workforce")).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(2);
		this.sql.reset();
		this.mvc.perform(get("/workforce/{id}", this.returnId)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(3);
		this.sql.reset();
		this.mvc.perform(get("/workforce/new")).andExpect(status().isOk());
		assertThat(this.sql.count()).isZero();
		this.sql.reset();
		this.mvc.perform(get("/workforce/{id}/edit", this.returnId)).andExpect(status().isOk());
		assertThat(this.sql.count()).isEqualTo(1);
	}

	@Test
	@WithUserDetails("manager")
	void recordsAReturn() throws Exception {
		int before = returns();
		this.mvc.perform(create(Map.of()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workforce/*"))
			.andExpect(flash().attribute("success", "Workforce return recorded"));
		assertThat(returns()).isEqualTo(before + 1);
		var saved = this.jdbc.queryForMap("select * from workforce_return where authority_id = ? and period_on = ?",
				this.marchshire, this.today);
		assertThat(saved.get("social_workers_fte").toString()).isEqualTo("210.5");
		assertThat(saved.get("average_caseload")).isNull();
	}

	@Test
	@WithUserDetails("manager")
	void aSecondReturnForAPeriodIsAFieldErrorNotAnErrorPage() throws Exception {
		this.mvc.perform(create(Map.of())).andExpect(status().is3xxRedirection());
		int before = returns();
		this.mvc.perform(create(Map.of("socialWorkers", "1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#periodDay\"")))
			.andExpect(content().string(containsString("There is already a return for")));
		assertThat(returns()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void eachFieldIsCheckedAndTheInputKept() throws Exception {
		var tomorrow = this.today.plusDays(1);
		expectProblem(Map.of("periodDay", "", "periodMonth", "", "periodYear", ""), "periodDay",
				"Enter the date the return describes");
		expectProblem(Map.of("periodDay", "30", "periodMonth", "2"), "periodDay", "The date must be a real date");
		expectProblem(Map.of("periodDay", "" + tomorrow.getDayOfMonth(), "periodMonth", "" + tomorrow.getMonthValue(),
				"periodYear", "" + tomorrow.getYear()), "periodDay", "The date cannot be in the future");
		expectProblem(Map.of("socialWorkers", ""), "socialWorkers",
				"Enter the number of social workers in post (FTE), or 0 if there were none");
		expectProblem(Map.of("vacancies", "-1"), "vacancies",
				"The number of vacancies must be a number, 0 or more, with at most one decimal place");
		expectProblem(Map.of("agencyWorkers", "12.25"), "agencyWorkers",
				"The number of agency social workers must be a number, 0 or more, with at most one decimal place");
		expectProblem(Map.of("leavers", "some"), "leavers", "The number of leavers must be a number");
		expectProblem(Map.of("averageCaseload", "10000"), "averageCaseload",
				"The average caseload must be a number from 0 to 9,999.9");
	}

	@Test
	@WithUserDetails("officer")
	void onlyAPlanManagerRecordsOrCorrectsAReturn() throws Exception {
		int before = returns();
		this.mvc.perform(create(Map.of())).andExpect(status().isForbidden());
		this.mvc.perform(edit(version(), Map.of())).andExpect(status().isForbidden());
		assertThat(returns()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void correctsAReturn() throws Exception {
		this.mvc.perform(get("/workforce/{id}/edit", this.returnId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"201.5\"")));
		this.mvc.perform(edit(version(), Map.of("agencyWorkers", "40.0")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Workforce return saved"));
		assertThat(this.jdbc.queryForObject("select agency_workers_fte from workforce_return where id = ?",
				String.class, this.returnId))
			.isEqualTo("40.0");
	}

	@Test
	@WithUserDetails("manager")
	void aBadEditIsAFieldErrorAndNothingIsSaved() throws Exception {
		var before = this.jdbc.queryForMap("select * from workforce_return where id = ?", this.returnId);
		this.mvc.perform(edit(version(), Map.of("leavers", "-2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#leavers\"")));
		assertThat(this.jdbc.queryForMap("select * from workforce_return where id = ?", this.returnId))
			.isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aStaleVersionGetsTheConflictPageWithTheInputKept() throws Exception {
		long seen = version();
		this.jdbc.update("update workforce_return set vacancies_fte = 77.7, version = version + 1 where id = ?",
				this.returnId);
		this.mvc.perform(edit(seen, Map.of()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this workforce return")))
			.andExpect(content().string(containsString("77.7")))
			.andExpect(content().string(containsString("value=\"210.5\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")));
	}

	@Test
	@WithUserDetails("manager")
	void anotherAuthoritysReturnIsNotFound() throws Exception {
		long theirs = this.jdbc.queryForObject("""
				insert into workforce_return (authority_id, period_on, social_workers_fte, vacancies_fte,
				                              agency_workers_fte, leavers_fte)
				select id, current_date, 1, 1, 1, 1 from authority where slug = 'northgate' returning id""",
				Long.class);
		this.mvc.perform(get("/workforce/{id}", theirs)).andExpect(status().isNotFound());
		this.mvc.perform(get("/workforce/{id}/edit", theirs)).andExpect(status().isNotFound());
	}

	private void expectProblem(Map<String, String> changes, String field, String message) throws Exception {
		int before = returns();
		this.mvc.perform(create(changes))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content()
				.string(containsString("value=\"" + changes.getOrDefault("socialWorkers", "210.5") + "\"")));
		assertThat(returns()).as(field).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder create(Map<String, String> changes) {
		return fill(post("/workforce/new").with(csrf()), changes);
	}

	private MockHttpServletRequestBuilder edit(long version, Map<String, String> changes) {
		return fill(post("/workforce/{id}/edit", this.returnId).with(csrf()).param("version", "" + version), changes);
	}

	private MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, Map<String, String> changes) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("periodDay", "" + this.today.getDayOfMonth());
		fields.put("periodMonth", "" + this.today.getMonthValue());
		fields.put("periodYear", "" + this.today.getYear());
		fields.put("socialWorkers", "210.5");
		fields.put("vacancies", "15");
		fields.put("agencyWorkers", "38.5");
		fields.put("leavers", "3");
		fields.put("averageCaseload", "");
		fields.putAll(changes);
		fields.forEach(request::param);
		return request;
	}

	private long version() {
		return this.jdbc.queryForObject("select version from workforce_return where id = ?", Long.class, this.returnId);
	}

	private int returns() {
		return this.jdbc.queryForObject("select count(*) from workforce_return", Integer.class);
	}

}
