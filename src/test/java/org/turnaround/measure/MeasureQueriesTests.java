package org.turnaround.measure;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.turnaround.action.Rag;
import org.turnaround.support.IntegrationTest;
import org.turnaround.support.PlanFixture;
import org.turnaround.support.SqlStatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
class MeasureQueriesTests {

	@Autowired
	MeasureQueries queries;

	@Autowired
	PlanFixture fixture;

	@Autowired
	MeasureRepository repository;

	@Autowired
	Clock clock;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHeadlineMeasuresOfAPlanCarryTheirLastTwelveValuesAndRag() {
		var built = this.fixture.plan("measure-headline", 1, 1, 0);
		var builder = new MeasureBuilder(this.repository, this.clock);
		var headline = builder.percent(built, "Headline", 15);
		var other = builder.percent(built, "Not headline", 2);
		other.showAsHeadline(false);
		this.repository.saveAndFlush(other);

		var summaries = this.queries.headline(built.plan().getId());

		assertThat(summaries).singleElement().satisfies((summary) -> {
			assertThat(summary.id()).isEqualTo(headline.getId());
			assertThat(summary.recent()).hasSize(12);
			// values rise by one a month from 60: the last of 15 is 74
			assertThat(summary.latest().value()).isEqualByComparingTo("74");
			assertThat(summary.latestText()).isEqualTo("74%");
			assertThat(summary.targetText()).isEqualTo("85%");
			assertThat(summary.trend()).isEqualTo("Improving");
			assertThat(summary.rag().rag()).isEqualTo(Rag.RED);
			assertThat(summary.due()).isFalse();
			assertThat(summary.recentText()).startsWith("63%, 64%").endsWith("74%");
			assertThat(summary.sparkline().empty()).isFalse();
		});
	}

	@Test
	void theDemoPlanHasHeadlineMeasures() {
		var plan = this.fixture.plan("measure-headline-demo", 1, 1, 0);
		assertThat(this.queries.headline(plan.plan().getId())).isEmpty();
		assertThat(this.queries.forAuthority(demoAuthority()).stream().filter(MeasureSummary::headline)).hasSize(4);
	}

	@Test
	void readsHeadlineMeasuresInOneStatementWhateverTheirNumberAndValues() {
		var builder = new MeasureBuilder(this.repository, this.clock);
		var small = this.fixture.plan("measure-headline-small", 1, 1, 0);
		builder.percent(small, "One", 1);
		var large = this.fixture.plan("measure-headline-large", 2, 3, 0);
		for (int i = 0; i < 10; i++) {
			builder.percent(large, "Measure " + i, 24);
		}
		this.sql.reset();
		assertThat(this.queries.headline(small.plan().getId())).hasSize(1);
		assertThat(this.sql.count()).isEqualTo(1);
		this.sql.reset();
		assertThat(this.queries.headline(large.plan().getId())).hasSize(10);
		assertThat(this.sql.count()).isEqualTo(1);
	}

	private long demoAuthority() {
		return this.jdbc.queryForObject("select id from authority where slug = 'marchshire'", Long.class);
	}

}
