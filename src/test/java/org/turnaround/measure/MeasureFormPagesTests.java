package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.turnaround.account.Account;
import org.turnaround.account.Role;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.PlanFixture.Built;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class MeasureFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixture fixture;

	@Autowired
	MeasureRepository repository;

	@Autowired
	Clock clock;

	MeasureBuilder measures;

	@BeforeEach
	void builder() {
		this.measures = new MeasureBuilder(this.repository, this.clock);
	}

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	Built built;

	Account manager;

	@BeforeEach
	void plan() {
		this.built = this.fixture.plan("measure-forms", 2, 2, 0);
		this.manager = this.fixture.member(this.built, "measure-forms.manager", "Fixture Manager", Role.PLAN_MANAGER);
	}

	// adding a measure

	@Test
	void aPlanManagerOpensTheNewMeasureForm() throws Exception {
		this.mvc.perform(get("/plans/{id}/measures/new", planId()).with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a measure")))
			.andExpect(content().string(containsString("Priority 2: Fixture priority 2")))
			.andExpect(content().string(containsString("Fixture Owner measure-forms")))
			.andExpect(content().string(containsString("2.2 Fixture action 2.2")));
	}

	@Test
	void aPlanManagerAddsAMeasureAndLandsOnItsPage() throws Exception {
		var priority = this.built.plan().getPriorities().get(1).getId();
		var action = this.built.actions().get(3).getId();
		var result = this.mvc
			.perform(valid(post("/plans/{id}/measures/new", planId())).param("priority", priority.toString())
				.param("owner", this.built.owner().getId().toString())
				.param("actions", action.toString())
				.with(as(this.manager)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/measures/*"))
			.andExpect(flash().attribute("success", "Measure added"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/measures/".length()));
		this.entityManager.clear();
		var saved = this.repository.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Care leavers in touch");
		assertThat(saved.getAuthorityId()).isEqualTo(this.built.authority().getId());
		assertThat(saved.getPlanId()).isEqualTo(planId());
		assertThat(saved.getPriorityId()).isEqualTo(priority);
		assertThat(saved.getOwnerId()).isEqualTo(this.built.owner().getId());
		assertThat(saved.getUnit()).isEqualTo(MeasureUnit.PERCENT);
		assertThat(saved.getDirection()).isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(saved.getTarget()).isEqualByComparingTo("90.5");
		assertThat(saved.getFrequency()).isEqualTo(Frequency.QUARTERLY);
		assertThat(saved.isHeadline()).isTrue();
		assertThat(saved.getActionIds()).containsExactly(action);
	}

	@ParameterizedTest(name = "{0}={1}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			name      |           | name      | Enter a name for the measure
			unit      |           | unit      | Choose what the measure counts
			direction | SIDEWAYS  | direction | Choose whether higher or lower is better
			target    | ninety    | target    | The target must be a number, like 72.5
			target    | 100.5     | target    | The target must be a percentage between 0 and 100
			target    | 90.555    | target    | The target must have no more than 2 decimal places
			frequency |           | frequency | Choose how often the measure gets a value
			priority  | 999999999 | priority  | Choose a priority of this plan
			owner     | 999999999 | owner     | Choose an owner from the list
			actions   | x         | actions   | Choose actions from this plan
			""")
	void refusesEachProblemWithAMessageLinkedToItsFieldKeepsTheInputAndSavesNothing(String field, String value,
			String id, String message) throws Exception {
		long before = measureCount();
		this.mvc
			.perform(valid(post("/plans/{id}/measures/new", planId())).param(field, (value != null) ? value : "")
				.with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<a href=\"#" + id + "\">" + message + "</a>")))
			.andExpect(content().string(containsString("Error: Add a measure")))
			.andExpect(content().string(containsString("Enter how many care leavers")));
		assertThat(measureCount()).isEqualTo(before);
	}

	@Test
	void aCountMayHaveAnyTargetOfZeroOrMoreButNotBelow() throws Exception {
		this.mvc
			.perform(valid(post("/plans/{id}/measures/new", planId())).param("unit", "COUNT")
				.param("target", "-1")
				.with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The target must be zero or more")));
	}

	@Test
	void onlyAPlanManagerOfThePlansAuthorityAddsMeasures() throws Exception {
		this.mvc.perform(get("/plans/{id}/measures/new", planId()).with(as(this.built.owner())))
			.andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/plans/{id}/measures/new", planId())).with(as(this.built.owner())))
			.andExpect(status().isForbidden());
		var other = this.fixture.plan("measure-forms-other", 1, 1, 0);
		this.mvc.perform(get("/plans/{id}/measures/new", other.plan().getId()).with(as(this.manager)))
			.andExpect(status().isNotFound());
	}

	// editing a measure

	@Test
	void aPlanManagerEditsAMeasure() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 2);
		this.mvc.perform(get("/measures/{id}/edit", measure.getId()).with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit measure")))
			.andExpect(content().string(containsString("value=\"Visits\"")));
		this.mvc
			.perform(valid(post("/measures/{id}/edit", measure.getId())).param("version", version(measure))
				.param("headline", "")
				.with(as(this.manager)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("success", "Measure saved"));
		this.entityManager.clear();
		var saved = this.repository.findById(measure.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Care leavers in touch");
		assertThat(saved.getFrequency()).isEqualTo(Frequency.QUARTERLY);
		assertThat(saved.isHeadline()).isFalse();
		assertThat(saved.getActionIds()).isEmpty();
		assertThat(saved.getValues()).hasSize(2);
	}

	@Test
	void anEditAgainstAnOldVersionShowsTheMeasureNowKeepsTheInputAndSavesNothing() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 2);
		long seen = measure.getVersion();
		measure.rename("Visits renamed by someone else");
		this.repository.saveAndFlush(measure);
		this.mvc
			.perform(valid(post("/measures/{id}/edit", measure.getId())).param("version", Long.toString(seen))
				.with(as(this.manager)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this measure")))
			.andExpect(content().string(containsString("Visits renamed by someone else")))
			.andExpect(content().string(containsString("value=\"Care leavers in touch\"")));
		this.entityManager.clear();
		assertThat(this.repository.findById(measure.getId()).orElseThrow().getName())
			.isEqualTo("Visits renamed by someone else");
	}

	@Test
	void anEditWithAProblemIsShownAgainAndSavesNothing() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 2);
		this.mvc
			.perform(valid(post("/measures/{id}/edit", measure.getId())).param("version", version(measure))
				.param("name", "")
				.with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name for the measure")));
		this.entityManager.clear();
		assertThat(this.repository.findById(measure.getId()).orElseThrow().getName()).isEqualTo("Visits");
	}

	@Test
	void aUnitThatAnExistingValueCannotHaveIsRefusedOnTheUnit() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 1);
		measure.define(MeasureUnit.COUNT, Direction.HIGHER_IS_BETTER, Frequency.MONTHLY);
		measure.changeTarget(null);
		measure.recordValue(LocalDate.now(this.clock).withDayOfMonth(1), new BigDecimal("150"), null, null,
				this.clock.instant());
		this.repository.saveAndFlush(measure);
		this.mvc
			.perform(valid(post("/measures/{id}/edit", measure.getId())).param("version", version(measure))
				.param("target", "")
				.with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#unit\">The unit cannot be percentage")));
	}

	@Test
	void onlyAPlanManagerOfTheAuthorityEditsAMeasure() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 1);
		this.mvc.perform(get("/measures/{id}/edit", measure.getId()).with(as(this.built.owner())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(valid(post("/measures/{id}/edit", measure.getId())).param("version", version(measure))
				.with(as(this.built.owner())))
			.andExpect(status().isForbidden());
	}

	// recording a value

	@Test
	void aPlanManagerRecordsAValueForThePeriodAndSeesItOnTheMeasurePage() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 0);
		var lastMonth = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		this.mvc.perform(get("/measures/{id}/values/new", measure.getId()).with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record a value")));
		this.mvc
			.perform(post("/measures/{id}/values/new", measure.getId()).with(csrf())
				.param("periodDay", "15")
				.param("periodMonth", Integer.toString(lastMonth.getMonthValue()))
				.param("periodYear", Integer.toString(lastMonth.getYear()))
				.param("value", "72.25")
				.param("note", "From the March audit")
				.with(as(this.manager)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/measures/" + measure.getId()))
			.andExpect(flash().attribute("success", containsString("Value recorded: 72.25% for ")));
		this.entityManager.clear();
		var saved = this.repository.findWithValuesById(measure.getId()).orElseThrow();
		assertThat(saved.getValues()).singleElement().satisfies((value) -> {
			// filed under the first day of its month
			assertThat(value.getPeriodOn()).isEqualTo(lastMonth);
			assertThat(value.getValue()).isEqualByComparingTo("72.25");
			assertThat(value.getNote()).isEqualTo("From the March audit");
			assertThat(value.getRecordedById()).isEqualTo(this.manager.getId());
		});
		this.mvc.perform(get("/measures/{id}", measure.getId()).with(as(this.manager)))
			.andExpect(content().string(containsString("72.25%")))
			.andExpect(content().string(containsString("From the March audit")));
	}

	@Test
	void theMeasuresOwnerRecordsValuesButAnotherOfficerOrACabinetMemberMayNot() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 0);
		this.mvc.perform(value(measure, "1", "1", "2025", "50").with(as(this.built.owner())))
			.andExpect(status().isFound());
		var officer = this.fixture.member(this.built, "measure-forms.officer", "Other Officer", Role.OFFICER);
		var cabinet = this.fixture.member(this.built, "measure-forms.cabinet", "Cabinet Member", Role.CABINET_MEMBER);
		for (var someone : new Account[] { officer, cabinet }) {
			this.mvc.perform(get("/measures/{id}/values/new", measure.getId()).with(as(someone)))
				.andExpect(status().isForbidden());
			this.mvc.perform(value(measure, "1", "2", "2025", "50").with(as(someone)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aSecondValueForAPeriodIsAFieldErrorNotAnErrorPage() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 1);
		var lastMonth = LocalDate.now(this.clock).withDayOfMonth(1).minusMonths(1);
		this.mvc
			.perform(value(measure, "20", Integer.toString(lastMonth.getMonthValue()),
					Integer.toString(lastMonth.getYear()), "50")
				.with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#periodDay\">There is already a value for")))
			.andExpect(content().string(containsString("value=\"50\"")));
		this.entityManager.clear();
		assertThat(this.repository.findWithValuesById(measure.getId()).orElseThrow().getValues()).hasSize(1);
	}

	@ParameterizedTest(name = "{0}/{1}/{2} {3}: {5}")
	@CsvSource(delimiter = '|', textBlock = """
			   |    |      | 50     | periodDay | Enter the date of the period the value is for
			31 | 2  | 2025 | 50     | periodDay | The period must be a real date, like 1 3 2026
			1  | 1  | 2999 | 50     | periodDay | The period must be today or in the past
			1  | 1  | 2025 |        | value     | Enter the value
			1  | 1  | 2025 | lots   | value     | The value must be a number, like 72.5
			1  | 1  | 2025 | 100.01 | value     | The value must be a percentage between 0 and 100
			1  | 1  | 2025 | -1     | value     | The value must be a percentage between 0 and 100
			1  | 1  | 2025 | 50.123 | value     | The value must have no more than 2 decimal places
			""")
	void refusesEachProblemWithAValueAndSavesNothing(String day, String month, String year, String value, String id,
			String message) throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 0);
		this.mvc.perform(value(measure, day, month, year, value).with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#" + id + "\">" + message + "</a>")))
			.andExpect(content().string(containsString("Error: Record a value")));
		assertThat(valueCount(measure)).isZero();
	}

	@Test
	void refusesANegativeCountAndANoteTooLong() throws Exception {
		var measure = this.measures.percent(this.built, "Visits", 0);
		measure.define(MeasureUnit.COUNT, Direction.LOWER_IS_BETTER, Frequency.MONTHLY);
		this.repository.saveAndFlush(measure);
		this.mvc.perform(value(measure, "1", "1", "2025", "-2").param("note", "x".repeat(1001)).with(as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The value must be zero or more")))
			.andExpect(content().string(containsString("The note must be 1,000 characters or fewer")));
		assertThat(valueCount(measure)).isZero();
	}

	private MockHttpServletRequestBuilder value(Measure measure, String day, String month, String year, String value) {
		return post("/measures/{id}/values/new", measure.getId()).with(csrf())
			.param("periodDay", (day != null) ? day : "")
			.param("periodMonth", (month != null) ? month : "")
			.param("periodYear", (year != null) ? year : "")
			.param("value", (value != null) ? value : "");
	}

	/** A valid measure form; a test's own .param(...) replaces one field. */
	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
		return new ValidMeasure(request).build();
	}

	private record ValidMeasure(MockHttpServletRequestBuilder request) {

		MockHttpServletRequestBuilder build() {
			return this.request.with(csrf()).with((r) -> {
				putIfAbsent(r, "name", "Care leavers in touch");
				putIfAbsent(r, "description", "Enter how many care leavers the service is in touch with.");
				putIfAbsent(r, "unit", "PERCENT");
				putIfAbsent(r, "direction", "HIGHER_IS_BETTER");
				putIfAbsent(r, "target", "90.5");
				putIfAbsent(r, "frequency", "QUARTERLY");
				putIfAbsent(r, "headline", "true");
				return r;
			});
		}

		private static void putIfAbsent(org.springframework.mock.web.MockHttpServletRequest request, String name,
				String value) {
			if (request.getParameter(name) == null) {
				request.setParameter(name, value);
			}
		}

	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Account account) {
		return user(this.fixture.signedIn(account));
	}

	private long planId() {
		return this.built.plan().getId();
	}

	private static String version(Measure measure) {
		return measure.getVersion().toString();
	}

	private long measureCount() {
		return this.jdbc.queryForObject("select count(*) from measure", Long.class);
	}

	private long valueCount(Measure measure) {
		return this.jdbc.queryForObject("select count(*) from measure_value where measure_id = ?", Long.class,
				measure.getId());
	}

}
