package org.turnaround.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.turnaround.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who gets what from every route: each route of the application × anonymous and every
 * role × a record of the person's own authority and of another. The routes are read from
 * the application's own handler mapping, so a new route without a row here fails the
 * build, and so does a row whose route has gone.
 * <p>
 * Each case runs in its own rolled-back transaction (a parameterized invocation is a test
 * of its own), so the POSTs, which carry a valid CSRF token and an empty form, change
 * nothing that later cases or other tests see.
 */
@IntegrationTest
@Transactional
class AuthorizationMatrixTests {

	/**
	 * One line per route and method of the MVC handler mapping. The columns after the
	 * record are who asks: anonymous, then the demo account of each role (officer,
	 * manager, cabinet of Marchshire; the adviser assigned to Marchshire; admin, who
	 * belongs to no authority). A route with an {id} names the kind of record the id is
	 * and may give two outcomes, {@code own/other}: for a record of Marchshire and for
	 * one of Northgate. A single outcome stands for both.
	 * <ul>
	 * <li>{@code 200}, {@code 403}, {@code 404}: that status;</li>
	 * <li>{@code login}: a redirect to the sign-in page;</li>
	 * <li>{@code 302}: a redirect anywhere but the sign-in page;</li>
	 * <li>{@code allowed}: a POST that gets past authorization: anything but 401, 403 or
	 * a 5xx (an empty form may well be refused, but that is the form's business).</li>
	 * </ul>
	 */
	static final String ROUTES = """
			route                              record     anonymous  OFFICER  PLAN_MANAGER  CABINET_MEMBER  ADVISER  ADMIN
			GET  /                             -          login      302      302           302             302      302
			GET  /login                        -          200        302      302           302             302      302
			GET  /notices                      -          login      200      200           200             200      200
			GET  /notices/{id}                 notice     login      200/404  200/404       200/404         200/404  404
			GET  /notices/{id}/traceability    notice     login      200/404  200/404       200/404         200/404  404
			GET  /notices/new                  -          login      403      200           403             403      403
			POST /notices/new                  -          login      403      allowed       403             403      403
			GET  /notices/{id}/edit            notice     login      403/404  200/404       403/404         403/404  404
			POST /notices/{id}/edit            notice     login      403/404  allowed/404 403/404         403/404  404
			GET  /plans                        -          login      200      200           200             200      200
			GET  /plans/{id}                   plan       login      200/404  200/404       200/404         200/404  404
			GET  /plans/{id}/actions           plan       login      200/404  200/404       200/404         200/404  404
			GET  /plans/{id}/dashboard         plan       login      200/404  200/404       200/404         200/404  404
			GET  /plans/{id}/report.pdf        plan       login      200/404  200/404       200/404         200/404  404
			GET  /plans/{id}/actions.csv       plan       login      200/404  200/404       200/404         200/404  404
			GET  /plans/{id}/actions.xlsx      plan       login      200/404  200/404       200/404         200/404  404
			GET  /plans/new                    -          login      403      200           403             403      403
			POST /plans/new                    -          login      403      allowed       403             403      403
			GET  /plans/{id}/edit              plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/edit              plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/reassign          plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/reassign          plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/close             plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/close             plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/milestones/new    plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/milestones/new    plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/actions/new       plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/actions/new       plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/priorities/new    plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/priorities/new    plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/order             plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/order             plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /priorities/{id}/edit         priority   login      403/404  200/404       403/404         403/404  404
			POST /priorities/{id}/edit         priority   login      403/404  allowed/404 403/404         403/404  404
			GET  /actions/{id}                 action     login      200/404  200/404       200/404         200/404  404
			GET  /actions/{id}/history.csv     action     login      200/404  200/404       200/404         200/404  404
			GET  /actions/{id}/edit            action     login      403/404  200/404       403/404         403/404  404
			POST /actions/{id}/edit            action     login      403/404  allowed/404 403/404         403/404  404
			GET  /actions/{id}/cancel          action     login      403/404  200/404       403/404         403/404  404
			POST /actions/{id}/cancel          action     login      403/404  allowed/404 403/404         403/404  404
			GET  /actions/{id}/update          action     login      200/404  200/404       403/404         403/404  404
			POST /actions/{id}/update          action     login      allowed/404 allowed/404 403/404     403/404  404
			GET  /milestones/{id}              milestone  login      200/404  200/404       200/404         200/404  404
			GET  /milestones/{id}/edit         milestone  login      403/404  200/404       403/404         403/404  404
			POST /milestones/{id}/edit         milestone  login      403/404  allowed/404 403/404         403/404  404
			GET  /milestones/{id}/cancel       milestone  login      403/404  200/404       403/404         403/404  404
			POST /milestones/{id}/cancel       milestone  login      403/404  allowed/404 403/404         403/404  404
			GET  /evidence/{id}                evidence   login      200/404  200/404       200/404         200/404  404
			GET  /impact                       -          login      200      200           200             200      200
			GET  /measures                     -          login      200      200           200             200      200
			GET  /measures/{id}                measure    login      200/404  200/404       200/404         200/404  404
			GET  /measures/{id}/edit           measure    login      403/404  200/404       403/404         403/404  404
			POST /measures/{id}/edit           measure    login      403/404  allowed/404 403/404         403/404  404
			GET  /measures/{id}/values/new     measure    login      403/404  200/404       403/404         403/404  404
			POST /measures/{id}/values/new     measure    login      403/404  allowed/404 403/404         403/404  404
			GET  /plans/{id}/measures/new      plan       login      403/404  200/404       403/404         403/404  404
			POST /plans/{id}/measures/new      plan       login      403/404  allowed/404 403/404         403/404  404
			GET  /case-audits                  -          login      200      200           200             200      200
			GET  /case-audits/new              -          login      403      200           403             403      403
			POST /case-audits/new              -          login      403      allowed       403             403      403
			GET  /case-audits/{id}             case_audit login      200/404  200/404       200/404         200/404  404
			GET  /case-audits/{id}/edit        case_audit login      403/404  200/404       403/404         403/404  404
			POST /case-audits/{id}/edit        case_audit login      403/404  allowed/404 403/404         403/404  404
			GET  /workforce                    -          login      200      200           200             200      200
			GET  /workforce/new                -          login      403      200           403             403      403
			POST /workforce/new                -          login      403      allowed       403             403      403
			GET  /workforce/{id}               workforce  login      200/404  200/404       200/404         200/404  404
			GET  /workforce/{id}/edit          workforce  login      403/404  200/404       403/404         403/404  404
			POST /workforce/{id}/edit          workforce  login      403/404  allowed/404 403/404         403/404  404
			GET  /inspections                  -          login      200      200           200             200      200
			GET  /inspections/{id}             inspection login      200/404  200/404       200/404         200/404  404
			GET  /inspections/new              -          login      403      200           403             403      403
			POST /inspections/new              -          login      403      allowed       403             403      403
			GET  /inspections/{id}/edit        inspection login      403/404  200/404       403/404         403/404  404
			POST /inspections/{id}/edit        inspection login      403/404  allowed/404 403/404         403/404  404
			GET  /inspections/{id}/findings/new inspection login     403/404  200/404       403/404         403/404  404
			POST /inspections/{id}/findings/new inspection login     403/404  allowed/404 403/404         403/404  404
			GET  /findings/{id}/edit           finding    login      403/404  200/404       403/404         403/404  404
			POST /findings/{id}/edit           finding    login      403/404  allowed/404 403/404         403/404  404
			GET  /partnerships                 -          login      200      200           200             200      200
			GET  /partnerships/{id}            partnership login     200/404  200/404       200/404         200/404  404
			GET  /partnerships/new             -          login      403      200           403             403      403
			POST /partnerships/new             -          login      403      allowed       403             403      403
			GET  /partnerships/{id}/edit       partnership login     403/404  200/404       403/404         403/404  404
			POST /partnerships/{id}/edit       partnership login     403/404  allowed/404 403/404         403/404  404
			GET  /my-actions                   -          login      200      200           403             403      403
			GET  /admin/users                  -          login      403      403           403             403      200
			GET  /admin/users/new              -          login      403      403           403             403      200
			POST /admin/users                  -          login      403      403           403             403      allowed
			GET  /admin/users/{id}             account    login      403      403           403             403      200
			POST /admin/users/{id}/deactivate  account    login      403      403           403             403      allowed
			POST /admin/users/{id}/reactivate  account    login      403      403           403             403      allowed
			POST /admin/users/{id}/password    account    login      403      403           403             403      allowed
			POST /admin/users/{id}/authorities account    login      403      403           403             403      allowed
			GET  /account/password             -          login      200      200           200             200      200
			POST /account/password             -          login      allowed  allowed       allowed         allowed  allowed
			""";

	/**
	 * What is served outside the MVC handler mapping: the actuator's endpoints (only
	 * health and info are public; everything else needs an admin, even where the endpoint
	 * is not exposed and an admin gets a 404) and the security filter's sign-out.
	 */
	static final String OUTSIDE_HANDLER_MAPPING = """
			route                              record     anonymous  OFFICER  PLAN_MANAGER  CABINET_MEMBER  ADVISER  ADMIN
			GET  /actuator/health              -          200        200      200           200             200      200
			GET  /actuator/health/liveness     -          200        200      200           200             200      200
			GET  /actuator/info                -          200        200      200           200             200      200
			GET  /actuator                     -          login      403      403           403             403      200
			GET  /actuator/env                 -          login      403      403           403             403      404
			GET  /actuator/beans               -          login      403      403           403             403      404
			POST /logout                       -          302        302      302           302             302      302
			""";

	static final List<Row> ROUTE_ROWS = Row.parse(ROUTES);

	static final List<Row> OTHER_ROWS = Row.parse(OUTSIDE_HANDLER_MAPPING);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyMappedRouteHasARowInTheMatrixAndEveryRowAMappedRoute() {
		var mapped = mappedRoutes();
		var listed = new TreeSet<String>();
		ROUTE_ROWS.forEach((row) -> listed.add(row.route()));
		var stale = minus(listed, mapped);
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(minus(mapped, listed))
				.as("routes of the application with no row in the matrix")
				.isEmpty();
			softly.assertThat(stale).as("rows of the matrix whose route the application no longer maps").isEmpty();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void answersEachPersonAsTheMatrixSays(Case test) throws Exception {
		var response = this.mvc.perform(requestFor(test)).andReturn().getResponse();
		verify(test, response);
	}

	static Stream<Case> cases() {
		return Stream.concat(ROUTE_ROWS.stream(), OTHER_ROWS.stream()).flatMap(Row::cases);
	}

	private MockHttpServletRequestBuilder requestFor(Case test) {
		var row = test.row();
		var request = (row.record() != null)
				? request(HttpMethod.valueOf(row.method()), row.path(), idOf(row.record(), test.scope()))
				: request(HttpMethod.valueOf(row.method()), row.path());
		if (row.method().equals("POST")) {
			request.with(csrf());
		}
		if (test.who().username() != null) {
			request.with(user(this.users.loadUserByUsername(test.who().username())));
		}
		return request;
	}

	private static void verify(Case test, MockHttpServletResponse response) {
		int status = response.getStatus();
		var location = response.getRedirectedUrl();
		var description = "%s: got %d%s".formatted(test, status, (location != null) ? " to " + location : "");
		switch (test.expected()) {
			case OK -> assertThat(status).as(description).isEqualTo(200);
			case FORBIDDEN -> assertThat(status).as(description).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).as(description).isEqualTo(404);
			case LOGIN -> assertThat(status == 302 && isSignInPage(location)).as(description).isTrue();
			case REDIRECT -> assertThat(status == 302 && !isSignInPage(location)).as(description).isTrue();
			case ALLOWED -> assertThat(status).as(description).isNotIn(401, 403).isLessThan(500);
		}
	}

	private static boolean isSignInPage(String location) {
		var uri = URI.create(location);
		return "/login".equals(uri.getPath()) && uri.getQuery() == null;
	}

	/**
	 * The demo record a route's id stands for: Marchshire's for "own", Northgate's for
	 * "other"; for accounts, each authority's officer.
	 */
	private long idOf(RecordKind kind, Scope scope) {
		var slug = (scope == Scope.OTHER) ? "northgate" : "marchshire";
		var sql = switch (kind) {
			case NOTICE -> """
					select n.id from improvement_notice n join authority a on a.id = n.authority_id
					where a.slug = ? order by n.issued_on desc limit 1""";
			case PLAN -> """
					select p.id from improvement_plan p join authority a on a.id = p.authority_id
					where a.slug = ? and p.status = 'ACTIVE' order by p.id limit 1""";
			case PRIORITY -> """
					select pr.id from priority pr join improvement_plan p on p.id = pr.plan_id
					join authority a on a.id = p.authority_id
					where a.slug = ? and p.status = 'ACTIVE' order by pr.number limit 1""";
			case ACTION -> """
					select x.id from action x join priority pr on pr.id = x.priority_id
					join improvement_plan p on p.id = x.plan_id join authority a on a.id = p.authority_id
					where a.slug = ? and p.status = 'ACTIVE' order by pr.number, x.number limit 1""";
			case MILESTONE -> """
					select m.id from milestone m join improvement_plan p on p.id = m.plan_id
					join authority a on a.id = p.authority_id
					where a.slug = ? and p.status = 'ACTIVE' order by m.target_on, m.id limit 1""";
			// Northgate's demo has no measures: one is added to it. The officer does not
			// own Marchshire's first measure, so may not record its values.
			case MEASURE -> """
					with au as (select id from authority where slug = ?),
					existing as (select m.id from measure m join au on au.id = m.authority_id order by m.id limit 1),
					created as (
					    insert into measure (authority_id, name, unit, direction, target)
					    select au.id, 'Matrix measure', 'PERCENT', 'HIGHER_IS_BETTER', 80 from au
					    where not exists (select 1 from existing) returning id)
					select id from existing union all select id from created""";
			case INSPECTION -> """
					select i.id from inspection i join authority a on a.id = i.authority_id
					where a.slug = ? order by i.started_on desc, i.id desc limit 1""";
			case FINDING -> """
					select f.id from inspection_finding f join inspection i on i.id = f.inspection_id
					join authority a on a.id = i.authority_id
					where a.slug = ? order by i.started_on desc, f.number limit 1""";
			// Northgate has no partnership in the demo: each authority gets one.
			case PARTNERSHIP -> """
					insert into partnership (authority_id, partner_name, partner_kind, starts_on)
					select a.id, 'Matrix partner', 'AGENCY', current_date from authority a
					where a.slug = ? returning id""";
			case ACCOUNT -> "select id from account where username = ?";
			// The demo has no evidence: a file is attached to the authority's first
			// update.
			case EVIDENCE -> """
					insert into evidence (update_id, kind, title, file_name, content_type, size_bytes, content)
					select u.id, 'FILE', 'note.txt', 'note.txt', 'text/plain', 5, convert_to('hello', 'UTF8')
					from action_update u join action x on x.id = u.action_id
					join improvement_plan p on p.id = x.plan_id join authority a on a.id = p.authority_id
					where a.slug = ? order by u.id limit 1 returning id""";
			// Northgate's demo has no case audits or workforce returns: one is added
			// where there is none.
			case CASE_AUDIT -> """
					with authority as (select id from authority where slug = ?),
					existing as (select c.id from case_audit c join authority a on a.id = c.authority_id
					             order by c.completed_on, c.id limit 1),
					added as (insert into case_audit (authority_id, title, completed_on, cases_audited, good)
					          select id, 'Matrix audit', current_date, 10, 10 from authority
					          where not exists (select 1 from existing) returning id)
					select id from existing union all select id from added""";
			case WORKFORCE -> """
					with authority as (select id from authority where slug = ?),
					existing as (select w.id from workforce_return w join authority a on a.id = w.authority_id
					             order by w.period_on, w.id limit 1),
					added as (insert into workforce_return (authority_id, period_on, social_workers_fte,
					                                        vacancies_fte, agency_workers_fte, leavers_fte)
					          select id, current_date, 10, 1, 1, 1 from authority
					          where not exists (select 1 from existing) returning id)
					select id from existing union all select id from added""";
		};
		var key = (kind != RecordKind.ACCOUNT) ? slug : (scope == Scope.OTHER) ? "northgate.officer" : "officer";
		return this.jdbc.queryForObject(sql, Long.class, key);
	}

	/**
	 * Every pattern and method the MVC handler mapping serves, as {@code "GET
	 * /plans/{id}"}. A mapping for every method shows as {@code "ANY ..."}, which no row
	 * can match: it must say its method. Only Spring Boot's own error controller is left
	 * out.
	 */
	private SortedSet<String> mappedRoutes() {
		var routes = new TreeSet<String>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			var springBootsErrorController = handler.getBeanType()
				.getPackageName()
				.startsWith("org.springframework.boot") && info.getPatternValues().equals(Set.of("/error"));
			if (springBootsErrorController) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (var pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		});
		return routes;
	}

	private static SortedSet<String> minus(SortedSet<String> from, SortedSet<String> taken) {
		var rest = new TreeSet<>(from);
		rest.removeAll(taken);
		return rest;
	}

	/** Who asks: nobody signed in, or the demo account of a role. */
	enum Who {

		ANONYMOUS(null), OFFICER("officer"), PLAN_MANAGER("manager"), CABINET_MEMBER("cabinet"), ADVISER("adviser"),
		ADMIN("admin");

		private final String username;

		Who(String username) {
			this.username = username;
		}

		String username() {
			return this.username;
		}

		@Override
		public String toString() {
			return (this == ANONYMOUS) ? "anonymous" : name();
		}

	}

	enum Scope {

		NONE(""), OWN(" of own authority"), OTHER(" of other authority");

		private final String words;

		Scope(String words) {
			this.words = words;
		}

	}

	enum RecordKind {

		NOTICE, PLAN, PRIORITY, ACTION, MILESTONE, MEASURE, ACCOUNT, EVIDENCE, CASE_AUDIT, WORKFORCE, INSPECTION,
		FINDING, PARTNERSHIP

	}

	enum Outcome {

		OK("200", "200"), LOGIN("login", "302 to /login"), REDIRECT("302", "302 elsewhere"), FORBIDDEN("403", "403"),
		NOT_FOUND("404", "404"), ALLOWED("allowed", "allowed (not 401, 403 or 5xx)");

		private final String cell;

		private final String words;

		Outcome(String cell, String words) {
			this.cell = cell;
			this.words = words;
		}

		static Outcome of(String cell) {
			return Arrays.stream(values())
				.filter((outcome) -> outcome.cell.equals(cell))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No such outcome in the matrix: " + cell));
		}

		@Override
		public String toString() {
			return this.words;
		}

	}

	/** One line of a table: a route and what each person gets, own and other. */
	record Row(String method, String path, RecordKind record, List<Outcome> own, List<Outcome> other) {

		String route() {
			return this.method + " " + this.path;
		}

		Stream<Case> cases() {
			var cases = new ArrayList<Case>();
			var who = Who.values();
			for (int i = 0; i < who.length; i++) {
				if (this.record == null) {
					cases.add(new Case(this, who[i], Scope.NONE, this.own.get(i)));
				}
				else {
					cases.add(new Case(this, who[i], Scope.OWN, this.own.get(i)));
					cases.add(new Case(this, who[i], Scope.OTHER, this.other.get(i)));
				}
			}
			return cases.stream();
		}

		static List<Row> parse(String table) {
			var rows = new ArrayList<Row>();
			var lines = table.strip().lines().toList();
			for (var line : lines.subList(1, lines.size())) {
				var cells = line.strip().split("\\s+");
				if (cells.length != 3 + Who.values().length) {
					throw new IllegalArgumentException(
							"A row needs a method, path, record and " + Who.values().length + " outcomes: " + line);
				}
				var record = cells[2].equals("-") ? null : RecordKind.valueOf(cells[2].toUpperCase());
				if ((record != null) != cells[1].contains("{id}")) {
					throw new IllegalArgumentException(
							"A route with an {id}, and only such a route, names a record: " + line);
				}
				var own = new ArrayList<Outcome>();
				var other = new ArrayList<Outcome>();
				for (var cell : Arrays.asList(cells).subList(3, cells.length)) {
					var outcomes = cell.split("/");
					own.add(Outcome.of(outcomes[0]));
					other.add(Outcome.of(outcomes[outcomes.length - 1]));
				}
				rows.add(new Row(cells[0], cells[1], record, own, other));
			}
			var routes = rows.stream().map(Row::route).toList();
			if (Set.copyOf(routes).size() != routes.size()) {
				throw new IllegalArgumentException("A route has more than one row: " + routes);
			}
			return List.copyOf(rows);
		}

	}

	record Case(Row row, Who who, Scope scope, Outcome expected) {

		@Override
		public String toString() {
			return this.row.route() + " as " + this.who + this.scope.words + " -> " + this.expected;
		}

	}

}
