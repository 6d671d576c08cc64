package org.turnaround.inspection;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan manager records and corrects Marchshire's inspections. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class InspectionFormPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long reinspection;

	long visit;

	@BeforeEach
	void findTheDemoInspections() {
		this.reinspection = inspection("Re-inspection of local authority children's services");
		this.visit = inspection("First monitoring visit: the front door and assessment");
	}

	@Test
	@WithUserDetails("manager")
	void theAddFormOffersEachKindAndAJudgementPerAreaWithNotJudged() throws Exception {
		this.mvc.perform(get("/inspections/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record an inspection or visit")))
			.andExpect(content().string(containsString("Monitoring visit")))
			.andExpect(content().string(containsString("id=\"helpAndProtection\"")))
			.andExpect(content().string(containsString("id=\"overall\"")))
			.andExpect(content().string(containsString(">Not judged</option>")));
	}

	@Test
	@WithUserDetails("manager")
	void recordsAnInspectionWithItsJudgements() throws Exception {
		int before = inspections();
		var result = this.mvc.perform(valid(post("/inspections/new").param("kind", "INSPECTION")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/inspections/*"))
			.andExpect(flash().attribute("success", "Inspection recorded"))
			.andReturn();
		assertThat(inspections()).isEqualTo(before + 1);
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/inspections/", ""));
		var saved = this.jdbc.queryForMap(
				"select kind, title, started_on, published_on, framework, overall_judgement from inspection where id = ?",
				id);
		assertThat(saved).containsEntry("kind", "INSPECTION")
			.containsEntry("title", "Focused inspection")
			.containsEntry("framework", "ILACS 2023")
			.containsEntry("overall_judgement", "GOOD");
		assertThat(saved.get("started_on").toString()).isEqualTo("2026-02-05");
		assertThat(saved.get("published_on").toString()).isEqualTo("2026-03-08");
		assertThat(this.jdbc.queryForList(
				"select area || '=' || judgement from inspection_judgement where inspection_id = ? order by area",
				String.class, id))
			.containsExactly("CHILDREN_IN_CARE=REQUIRES_IMPROVEMENT", "HELP_AND_PROTECTION=GOOD");
	}

	@Test
	@WithUserDetails("manager")
	void recordsAMonitoringVisitWithoutJudgements() throws Exception {
		this.mvc
			.perform(post("/inspections/new").with(csrf())
				.param("kind", "MONITORING_VISIT")
				.param("title", "Third monitoring visit")
				.param("startedDay", "1")
				.param("startedMonth", "6")
				.param("startedYear", "2026"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from inspection where title = 'Third monitoring visit' and published_on is null",
				Integer.class))
			.isOne();
	}

	static Stream<Arguments> problems() {
		return Stream.of(Arguments.of("kind", "", "kind", "Choose the kind of inspection or visit"),
				Arguments.of("title", " ", "title", "Enter a title, like the title of the report"),
				Arguments.of("title", "t".repeat(301), "title", "The title must be 300 characters or fewer"),
				Arguments.of("startedDay", "", "startedDay", null),
				Arguments.of("startedMonth", "13", "startedDay", "The date it started must be a real date"),
				Arguments.of("publishedDay", "32", "publishedDay", "must be a real date"),
				Arguments.of("publishedYear", "2025", "publishedDay",
						"The report cannot be published before the inspection started"),
				Arguments.of("framework", "f".repeat(201), "framework",
						"The framework must be 200 characters or fewer"),
				Arguments.of("careLeavers", "BRILLIANT", "careLeavers",
						"Choose a judgement for care leavers, or Not judged"),
				Arguments.of("summary", "s".repeat(10001), "summary",
						"The summary must be 10,000 characters or fewer"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("problems")
	@WithUserDetails("manager")
	void eachProblemIsShownOnItsFieldWithTheInputKeptAndNothingSaved(String field, String value, String errorField,
			String message) throws Exception {
		int before = inspections();
		var page = this.mvc.perform(valid(post("/inspections/new").param("kind", "INSPECTION"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#" + errorField + "\"")))
			.andExpect(content().string(containsString("id=\"" + errorField + "-error\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (message != null) {
			assertThat(page).contains(message);
		}
		if (!field.equals("framework")) {
			assertThat(page).contains("value=\"ILACS 2023\"");
		}
		if (!field.equals("summary")) {
			assertThat(page).contains("Services have improved.");
		}
		assertThat(inspections()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("manager")
	void aVisitGivenAJudgementIsToldToChooseNotJudged() throws Exception {
		int before = inspections();
		this.mvc.perform(valid(post("/inspections/new").param("kind", "MONITORING_VISIT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"A monitoring visit gives no graded judgements: choose Not judged for help and protection")))
			.andExpect(content().string(containsString("href=\"#overall\"")));
		assertThat(inspections()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("officer")
	void onlyAPlanManagerRecordsInspections() throws Exception {
		this.mvc.perform(get("/inspections/new")).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/inspections/new").param("kind", "INSPECTION"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/inspections/{id}/edit", this.reinspection)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("manager")
	void anotherAuthoritysInspectionCannotBeEditedOrGivenFindings() throws Exception {
		long northgate = this.jdbc.queryForObject("""
				select i.id from inspection i join authority a on a.id = i.authority_id
				where a.slug = 'northgate' limit 1""", Long.class);
		this.mvc.perform(get("/inspections/{id}/edit", northgate)).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/inspections/{id}/edit", northgate).param("version", "0")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/inspections/{id}/findings/new", northgate)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("manager")
	void theEditFormShowsTheInspectionAsItIs() throws Exception {
		this.mvc.perform(get("/inspections/{id}/edit", this.reinspection))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit inspection")))
			.andExpect(content().string(containsString("value=\"OUTSTANDING\" selected")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version(this.reinspection))));
	}

	@Test
	@WithUserDetails("manager")
	void editsAnInspectionAndTakesAJudgementAway() throws Exception {
		long version = version(this.reinspection);
		this.mvc
			.perform(valid(post("/inspections/{id}/edit", this.reinspection), "childrenInCare", "").param("version",
					"" + version))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inspections/" + this.reinspection))
			.andExpect(flash().attribute("success", "Inspection saved"));
		assertThat(
				this.jdbc.queryForObject("select title from inspection where id = ?", String.class, this.reinspection))
			.isEqualTo("Focused inspection");
		assertThat(this.jdbc.queryForList("select area from inspection_judgement where inspection_id = ? order by area",
				String.class, this.reinspection))
			.containsExactly("HELP_AND_PROTECTION");
		assertThat(version(this.reinspection)).isGreaterThan(version);
	}

	@Test
	@WithUserDetails("manager")
	void anEditAgainstAnOlderVersionIsRefusedShowingTheInspectionNowAndKeepingTheInput() throws Exception {
		long version = version(this.reinspection);
		this.jdbc.update("update inspection set version = version + 1 where id = ?", this.reinspection);
		this.mvc.perform(valid(post("/inspections/{id}/edit", this.reinspection)).param("version", "" + version))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this inspection")))
			.andExpect(content().string(containsString("Re-inspection of local authority")))
			.andExpect(content().string(containsString("value=\"Focused inspection\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1))));
		assertThat(
				this.jdbc.queryForObject("select title from inspection where id = ?", String.class, this.reinspection))
			.startsWith("Re-inspection");
	}

	@Test
	@WithUserDetails("manager")
	void anEditWithoutAVersionIsABadRequest() throws Exception {
		this.mvc.perform(valid(post("/inspections/{id}/edit", this.reinspection))).andExpect(status().isBadRequest());
	}

	@Test
	@WithUserDetails("manager")
	void anEditOfAVisitCannotGiveItJudgements() throws Exception {
		this.mvc.perform(valid(post("/inspections/{id}/edit", this.visit)).param("version", "" + version(this.visit)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A monitoring visit gives no graded judgements")));
	}

	/**
	 * A request with every field filled in well, but for the field and value pairs given.
	 */
	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... fieldsAndValues) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", "Focused inspection");
		fields.put("startedDay", "5");
		fields.put("startedMonth", "2");
		fields.put("startedYear", "2026");
		fields.put("publishedDay", "8");
		fields.put("publishedMonth", "3");
		fields.put("publishedYear", "2026");
		fields.put("framework", "ILACS 2023");
		fields.put("helpAndProtection", "GOOD");
		fields.put("childrenInCare", "REQUIRES_IMPROVEMENT");
		fields.put("careLeavers", "");
		fields.put("impactOfLeaders", "");
		fields.put("overall", "GOOD");
		fields.put("summary", "Services have improved.");
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private int inspections() {
		return this.jdbc.queryForObject("select count(*) from inspection", Integer.class);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from inspection where id = ?", Long.class, id);
	}

	private long inspection(String title) {
		return this.jdbc.queryForObject("""
				select i.id from inspection i join authority a on a.id = i.authority_id
				where a.slug = 'marchshire' and i.title = ?""", Long.class, title);
	}

}
