package org.turnaround.measure;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class MeasurePagesTests {

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
	SqlStatementCounter sql;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void listsTheDemoAuthoritysMeasuresByPriorityWithLatestValueTargetAndRag() throws Exception {
		this.mvc.perform(get("/measures").with(user(demo("manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marchshire Council")))
			.andExpect(content().string(containsString("Audited cases rated adequate or better")))
			.andExpect(content().string(containsString("Priority 1: ")))
			.andExpect(content().string(containsString("83.6%")))
			.andExpect(content().string(containsString("85%")))
			.andExpect(content().string(containsString("against a target of")))
			.andExpect(content().string(not(containsString("Value due"))));
	}

	@Test
	void flagsAMeasureThatIsDueAValue() throws Exception {
		var built = this.fixture.plan("measure-due", 1, 1, 0);
		this.measures.percent(built, "Never reported", 0);
		this.mvc.perform(get("/measures").with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Never reported")))
			.andExpect(content().string(containsString("Value due")))
			.andExpect(content().string(containsString("No value recorded yet.")));
	}

	@Test
	void anAdviserChoosesAnAuthorityTheyMayReadAndNoOther() throws Exception {
		long marchshire = this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
		long northgate = this.jdbc.queryForObject("select id from authority where slug = 'northgate'", Long.class);
		var adviser = user(demo("adviser"));
		this.mvc.perform(get("/measures").param("authority", Long.toString(marchshire)).with(adviser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audited cases rated adequate or better")));
		this.mvc.perform(get("/measures").param("authority", Long.toString(northgate)).with(adviser))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdminReadsNoAuthoritysMeasures() throws Exception {
		this.mvc.perform(get("/measures").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no measures to show")))
			.andExpect(content().string(not(containsString("Audited cases"))));
	}

	@Test
	void showsAMeasureWithItsChartTableActionsAndChanges() throws Exception {
		var built = this.fixture.plan("measure-page", 1, 2, 0);
		var measure = this.measures.percent(built, "Visits within timescale", 3);
		this.mvc.perform(get("/measures/{id}", measure.getId()).with(user(this.fixture.signedIn(built.owner()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visits within timescale")))
			.andExpect(content().string(containsString("Description of Visits within timescale")))
			.andExpect(content().string(containsString("Percentage")))
			.andExpect(content().string(containsString("Higher is better")))
			.andExpect(content().string(containsString("Monthly")))
			.andExpect(content().string(containsString("Priority 1: Fixture priority 1")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content()
				.string(containsString("<title id=\"chart-title\">Visits within timescale over time</title>")))
			.andExpect(content().string(containsString("3 values, from 60% in")))
			.andExpect(content().string(containsString("The target is 85%.")))
			.andExpect(content().string(containsString("Values, oldest first")))
			.andExpect(content().string(containsString("62%")))
			.andExpect(content().string(containsString("More than 10% off target: 62% against a target of 85%.")))
			.andExpect(content().string(containsString("href=\"/actions/" + built.actions().get(1).getId() + "\"")))
			.andExpect(content().string(containsString("1.2 Fixture action 1.2")))
			// the owner records values but does not edit the measure
			.andExpect(content().string(containsString("Record a value")))
			.andExpect(content().string(not(containsString("/measures/" + measure.getId() + "/edit"))))
			// written at commit, and this test's transaction never commits
			.andExpect(content().string(containsString("No changes recorded yet.")));
	}

	@Test
	void anotherAuthoritysMeasureIsNotFound() throws Exception {
		var built = this.fixture.plan("measure-hidden", 1, 1, 0);
		var measure = this.measures.percent(built, "Hidden", 1);
		this.mvc.perform(get("/measures/{id}", measure.getId()).with(user(demo("manager"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Hidden"))));
	}

	@Test
	void theMeasuresPageCostsAFixedNumberOfStatements() throws Exception {
		var small = this.fixture.plan("measures-sql-small", 1, 1, 0);
		this.measures.percent(small, "Only", 1);
		var large = this.fixture.plan("measures-sql-large", 3, 4, 0);
		for (int i = 0; i < 8; i++) {
			this.measures.percent(large, "Measure " + i, 30);
		}
		assertThat(statements("/measures", small)).isEqualTo(statements("/measures", large)).isEqualTo(2);
	}

	@Test
	void theMeasurePageCostsAFixedNumberOfStatements() throws Exception {
		var small = this.fixture.plan("measure-sql-small", 1, 1, 0);
		var few = this.measures.percent(small, "Few", 1);
		var large = this.fixture.plan("measure-sql-large", 3, 5, 0);
		var many = this.measures.percent(large, "Many", 40);
		// the measure with its values, the plan's actions, then its revisions, actions'
		// and values'
		assertThat(statements("/measures/" + few.getId(), small))
			.isEqualTo(statements("/measures/" + many.getId(), large))
			.isEqualTo(5);
	}

	private long statements(String path, PlanFixture.Built built) throws Exception {
		var signedIn = user(this.fixture.signedIn(built.owner()));
		this.sql.reset();
		this.mvc.perform(get(path).with(signedIn)).andExpect(status().isOk());
		return this.sql.count();
	}

	private UserDetails demo(String username) {
		return this.users.loadUserByUsername(username);
	}

}
