package org.turnaround.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The national load: officers, cabinet members and advisers signing in and working, with
 * a static asset and the health check measured in the same run as yardsticks. Every user
 * is a closed loop, by default without think time: it signs in once, repeats its journey
 * a fixed number of times, and is replaced when it leaves, so the number of concurrent
 * users stays at the target. Without think time each request type's throughput shows what
 * it costs, and the dashboard and the static asset get the same number of users, so their
 * throughputs can be compared directly; with it, the percentiles show what people see.
 * {@code benchmark/run} runs it once per phase (docs/benchmarks.md).
 *
 * <p>
 * System properties: {@code bench.baseUrl}, {@code bench.users} (32),
 * {@code bench.rampSeconds}, {@code bench.holdSeconds}, {@code bench.thinkMillis} (0),
 * {@code bench.seed}.
 */
public class NationalLoad extends Simulation {

	private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("bench.users", 32);

	private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("bench.rampSeconds", 30));

	private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("bench.holdSeconds", 180));

	private static final long SEED = Long.getLong("bench.seed", 20261123L);

	/**
	 * A pause after every page, the same in every journey: 0 (the default) measures what
	 * the server can do; a second or more looks more like people reading, but then the
	 * throughputs only show the pace and cannot be compared.
	 */
	private static final Duration THINK = Duration.ofMillis(Long.getLong("bench.thinkMillis", 0));

	/** How many times a signed-in user repeats their journey before signing out. */
	private static final int JOURNEYS_PER_SIGN_IN = 10;

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("en-GB,en;q=0.9")
		.userAgentHeader("Turnaround benchmark (Gatling)")
		// every request reaches the server: a browser's cache would hide the asset's cost
		.disableCaching()
		.shareConnections();

	/**
	 * Signs in with the CSRF token of the sign-in page; success redirects to the start
	 * page.
	 */
	private static ChainBuilder signIn() {
		return exec(http("sign in: form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in: submit").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", NationalDataSet.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.disableFollowRedirect()
				.check(status().is(302),
						header("Location").transform((location) -> !location.contains("/login")).is(true)));
	}

	private ScenarioBuilder officers() {
		return scenario("officers").feed(feeder("officers", officerAccounts()))
			.exec(signIn())
			.repeat(JOURNEYS_PER_SIGN_IN)
			.on(page(http("my actions").get("/my-actions")
				.check(status().is(200), regex("href=\"/actions/(\\d+)\"").findRandom().saveAs("actionId")))
				.exec(page(http("update form").get("/actions/#{actionId}/update")
					.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf"),
							css("input[name=version]", "value").saveAs("version"),
							css("input[name=seenUpdate]", "value").withDefault("").saveAs("seenUpdate"),
							css("#percentComplete", "value").saveAs("percent"))))
				.exec((session) -> session.set("newPercent",
						Integer.toString(Math.min(99, Integer.parseInt(session.getString("percent")) + 1))))
				.exec(http("save update").post("/actions/#{actionId}/update")
					.asMultipartForm()
					.formParam("_csrf", "#{csrf}")
					.formParam("version", "#{version}")
					.formParam("seenUpdate", "#{seenUpdate}")
					.formParam("status", "IN_PROGRESS")
					.formParam("percentComplete", "#{newPercent}")
					.formParam("commentary",
							"Benchmark update: workshops held with the team and the next steps agreed with partners.")
					.formParam("ragOverride", "NONE")
					.disableFollowRedirect()
					.check(status().is(302),
							header("Location").transform((location) -> location.matches(".*/actions/\\d+$"))
								.is(true),
							header("Location").saveAs("saved")))
				// where a browser goes next, showing the "saved" message held for it
				.exec(page(http("action page").get("#{saved}")
					.check(status().is(200), regex("govuk-notification-banner--success").exists()))));
	}

	private ScenarioBuilder dashboards() {
		return scenario("cabinet: dashboard").feed(feeder("cabinet", cabinetAccounts()))
			.exec(signIn())
			.repeat(JOURNEYS_PER_SIGN_IN)
			.on(page(http("dashboard").get("/plans/#{planId}/dashboard").check(status().is(200))));
	}

	private ScenarioBuilder reports() {
		return scenario("cabinet: report").feed(feeder("cabinet", cabinetAccounts()))
			.exec(signIn())
			.repeat(JOURNEYS_PER_SIGN_IN)
			.on(page(http("report pdf").get("/plans/#{planId}/report.pdf")
				.check(status().is(200), header("Content-Type").is("application/pdf"))));
	}

	private ScenarioBuilder advisers() {
		return scenario("advisers").feed(feeder("advisers", adviserAccounts()))
			.exec(signIn())
			.repeat(JOURNEYS_PER_SIGN_IN)
			.on(page(http("plans").get("/plans")
				.check(status().is(200), regex("href=\"/plans/(\\d+)\"").findRandom().saveAs("planId")))
				.exec(page(http("plan").get("/plans/#{planId}").check(status().is(200)))));
	}

	private ScenarioBuilder staticAsset() {
		return scenario("static asset").repeat(JOURNEYS_PER_SIGN_IN)
			.on(page(http("static asset").get("/assets/turnaround.css").check(status().is(200))));
	}

	private ScenarioBuilder health() {
		return scenario("health").repeat(JOURNEYS_PER_SIGN_IN)
			.on(page(http("health").get("/actuator/health").check(status().is(200))));
	}

	/** A request followed by the think time, if any. */
	private static ChainBuilder page(HttpRequestActionBuilder request) {
		return THINK.isZero() ? exec(request) : exec(request).pause(THINK);
	}

	{
		// 32 users: 12 officers, 4 on dashboards, 2 on reports, 6 advisers, 4 static, 4
		// health
		int officers = share(12);
		int dashboards = share(4);
		int reports = share(2);
		int advisers = share(6);
		int statics = share(4);
		int health = share(4);
		System.out.printf(
				"Users: officers %d, dashboard %d, report %d, advisers %d, static %d, health %d;"
						+ " ramp %s, hold %s, think %s%n",
				officers, dashboards, reports, advisers, statics, health, RAMP, HOLD, THINK);
		List<PopulationBuilder> populations = List.of(closed(officers(), officers), closed(dashboards(), dashboards),
				closed(reports(), reports), closed(advisers(), advisers), closed(staticAsset(), statics),
				closed(health(), health));
		setUp(populations).protocols(this.protocol)
			.maxDuration(RAMP.plus(HOLD).plusSeconds(30))
			.assertions(global().failedRequests().count().is(0L));
	}

	private static int share(int of32) {
		return Math.max(1, Math.round(USERS * of32 / 32f));
	}

	private static PopulationBuilder closed(ScenarioBuilder scenario, int users) {
		return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(RAMP),
				constantConcurrentUsers(users).during(HOLD));
	}

	// Feeders: the generator's naming rules, so nothing is read from the database.

	private static List<Map<String, Object>> officerAccounts() {
		var accounts = new ArrayList<Map<String, Object>>();
		for (int a = 1; a <= NationalDataSet.AUTHORITIES; a++) {
			for (int o = 1; o <= NationalDataSet.OFFICERS_PER_AUTHORITY; o++) {
				accounts.add(Map.of("username", NationalDataSet.username(a, o)));
			}
		}
		return accounts;
	}

	private static List<Map<String, Object>> cabinetAccounts() {
		var accounts = new ArrayList<Map<String, Object>>();
		for (int a = 1; a <= NationalDataSet.AUTHORITIES; a++) {
			accounts.add(Map.of("username", NationalDataSet.cabinetMember(a), "planId", NationalDataSet.planId(a)));
		}
		return accounts;
	}

	private static List<Map<String, Object>> adviserAccounts() {
		var accounts = new ArrayList<Map<String, Object>>();
		for (int j = 1; j <= NationalDataSet.ADVISERS; j++) {
			accounts.add(Map.of("username", NationalDataSet.adviser(j)));
		}
		return accounts;
	}

	private static final Map<String, Iterator<Map<String, Object>>> FEEDERS = new HashMap<>();

	/**
	 * The accounts in a fixed shuffled order, round and round: two users of one journey
	 * are never the same person unless there are more users than accounts.
	 */
	private static Iterator<Map<String, Object>> feeder(String name, List<Map<String, Object>> accounts) {
		return FEEDERS.computeIfAbsent(name, (key) -> {
			var shuffled = new ArrayList<>(accounts);
			Collections.shuffle(shuffled, new Random(SEED + key.hashCode()));
			Supplier<Iterator<Map<String, Object>>> cycle = () -> new Iterator<>() {
				private int next;

				@Override
				public boolean hasNext() {
					return true;
				}

				@Override
				public synchronized Map<String, Object> next() {
					var account = shuffled.get(this.next);
					this.next = (this.next + 1) % shuffled.size();
					return account;
				}
			};
			return cycle.get();
		});
	}

}
