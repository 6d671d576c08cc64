package org.turnaround.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile input at every field of the main forms and every filter of the main pages:
 * random text of any Unicode, numbers, dates, very long values, SQL and HTML/JS payloads.
 * Whatever arrives, the answer is never a server error, stored HTML is never rendered as
 * HTML, and no record other than the one the form is about changes. Saves are committed
 * for real, on the app's own database (see {@link OwnServer}), so nothing hides behind a
 * rolled-back test transaction. The forms' fields are read from the pages themselves, so
 * a field added later is covered too.
 * <p>
 * jqwik is its own JUnit Platform engine, so the Spring test context is prepared by hand.
 */
class HostileInputTests {

	private static final int TRIES = 60;

	/** Unescaped, any of these in a page would run as script. */
	private static final List<String> SCRIPTS = List.of("<script>alert('turnaround')</script>",
			"<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)//<b>bold</b>");

	private static final List<String> ATTACKS = List.of("'; drop table action; --", "1' or '1'='1",
			"1; select pg_sleep(5)", "%' union select username, password_hash from account --", "\\", "${7*7}",
			"[[${7*7}]]", "__${T(java.lang.Runtime)}__", "../../etc/passwd", "%00", "\u0000", "\r\nSet-Cookie: x=1",
			"😀👩‍👩‍👧‍👦", "\u202Eevil", "\uFEFF", "Ω≈ç√∫", "NaN", "Infinity", "-0", "1e309",
			"99999999999999999999999", "-2147483649", "0x10", "2147483648", "31/02/2026", "2026-02-31", "0000-00-00",
			"9999-12-31", "-1", "");

	private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, Integer> SAVES = new java.util.concurrent.ConcurrentSkipListMap<>();

	private static Spring spring;

	private static TestContextManager contextManager;

	@BeforeContainer
	static void startTheApp() throws Exception {
		contextManager = new TestContextManager(Spring.class);
		spring = new Spring();
		contextManager.prepareTestInstance(spring);
	}

	@AfterContainer
	static void release() {
		// How many tries got past the forms' checks and stored their input.
		System.out.println("Hostile input saved by: " + SAVES);
		spring = null;
	}

	@Example
	void aScriptSavedInAProgressNoteIsShownAsTextOnTheActionPage() throws Exception {
		long action = spring.id("ACTION");
		var form = spring.mvc.perform(get("/actions/{id}/update", action).with(user(spring.manager())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var fields = new LinkedHashMap<String, String>();
		fields(form).forEach((field) -> fields.putIfAbsent(field.getKey(), field.getValue()));
		var save = post("/actions/{id}/update", action).with(csrf()).with(user(spring.manager()));
		fields.forEach((name, value) -> {
			if (!UNTICKED.equals(value)) {
				save.param(name, name.equals("commentary") ? SCRIPTS.get(0) : value);
			}
		});
		var saved = spring.mvc.perform(save).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		var page = spring.mvc.perform(get("/actions/{id}", action).with(user(spring.manager())))
			.andReturn()
			.getResponse();
		assertThat(page.getContentAsString()).contains("&lt;script&gt;alert(&#39;turnaround&#39;)&lt;/script&gt;");
		assertPage(page);
	}

	/**
	 * The values a database, an encoder or a number parser trips over (NUL, half a
	 * surrogate pair, NaN, infinities, numbers too big for any column, impossible dates),
	 * each in every field of every form of a plan manager in turn, the rest filled as a
	 * person would: random tries reach a field with one of them only now and then, and a
	 * NUL in a title once failed its statement.
	 */
	@Example
	void valuesThatTripDatabasesAndParsersInEachFieldInTurn() throws Exception {
		for (var form : forms()) {
			int count = fields(spring.mvc.perform(get(form.path()).with(user(spring.manager())))
				.andReturn()
				.getResponse()
				.getContentAsString()).size();
			for (var odd : List.of("Plain\u0000words", "\u0000", "Half a pair \uD83D", "\uDE00", "NaN", "-Infinity",
					"1e309", "99999999999999999999999", "-0", "0x10", "2026-02-31")) {
				for (int field = 0; field < count; field++) {
					var values = new ArrayList<>(Collections.nCopies(count, KEEP));
					values.set(field, odd);
					fill(form, values);
				}
			}
		}
	}

	@Example
	void aNulCharacterInTheSignInFormIsAFailedSignInNotAnError() throws Exception {
		var response = spring.mvc
			.perform(post("/login").with(csrf()).param("username", "manager\u0000").param("password", "x\u0000"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).contains("/login?error");
	}

	/** Hostile values in any of the forms: 420 tries, about 17 for each. */
	@Property(tries = 7 * TRIES)
	void anyForm(@ForAll("form") Form form, @ForAll("hostile") List<String> values) throws Exception {
		fill(form, values);
	}

	@Property(tries = TRIES)
	void pageFilters(@ForAll("value") String first, @ForAll("value") String second, @ForAll("value") String third,
			@ForAll("value") String fourth) throws Exception {
		long plan = spring.id("PLAN");
		var before = spring.fingerprint(null, 0);
		assertPage(spring.mvc
			.perform(get("/plans/{id}/dashboard", plan).with(user(spring.manager()))
				.param("since", first)
				.param("sinceDay", second)
				.param("sinceMonth", third)
				.param("sinceYear", fourth))
			.andReturn()
			.getResponse());
		assertPage(spring.mvc
			.perform(get("/plans/{id}/dashboard", plan).with(user(spring.manager())).param("since", first))
			.andReturn()
			.getResponse());
		assertPage(spring.mvc
			.perform(get("/my-actions").with(user(spring.officer()))
				.param("status", first)
				.param("rag", second)
				.param("priority", third))
			.andReturn()
			.getResponse());
		assertPage(spring.mvc
			.perform(get("/plans/{id}/actions", plan).with(user(spring.manager()))
				.param("rag", second)
				.param("priority", third)
				.param("status", fourth))
			.andReturn()
			.getResponse());
		var report = spring.mvc
			.perform(get("/plans/{id}/report.pdf", plan).with(user(spring.manager())).param("asOf", first))
			.andReturn()
			.getResponse();
		assertThat(report.getStatus()).as("report asOf=%s", first).isLessThan(500);
		assertThat(spring.fingerprint(null, 0, before)).isEqualTo(before);
	}

	@Provide
	Arbitrary<Form> form() {
		return Arbitraries.of(forms());
	}

	/**
	 * A form of a plan manager's: where it is, and the record it may change
	 * ({@code table} null for a form that adds one).
	 */
	record Form(String path, String table, long id) {

		static Form adding(String path) {
			return new Form(path, null, 0);
		}

	}

	/** Every form a plan manager fills in, each on a record of Marchshire's. */
	private static List<Form> forms() {
		long action = spring.id("ACTION");
		long plan = spring.id("PLAN");
		long notice = spring.id("NOTICE");
		long milestone = spring.id("MILESTONE");
		long measure = spring.id("MEASURE");
		long priority = spring.id("PRIORITY");
		long audit = spring.id("CASE_AUDIT");
		long workforce = spring.id("WORKFORCE");
		long inspection = spring.id("INSPECTION");
		long finding = spring.id("FINDING");
		long partnership = spring.id("PARTNERSHIP");
		return List.of(new Form("/actions/" + action + "/update", "action", action),
				new Form("/actions/" + action + "/edit", "action", action),
				Form.adding("/plans/" + plan + "/actions/new"),
				new Form("/plans/" + plan + "/edit", "improvement_plan", plan), Form.adding("/plans/new"),
				new Form("/notices/" + notice + "/edit", "improvement_notice", notice), Form.adding("/notices/new"),
				new Form("/milestones/" + milestone + "/edit", "milestone", milestone),
				Form.adding("/plans/" + plan + "/milestones/new"),
				new Form("/priorities/" + priority + "/edit", "priority", priority),
				Form.adding("/plans/" + plan + "/priorities/new"),
				new Form("/measures/" + measure + "/edit", "measure", measure),
				Form.adding("/plans/" + plan + "/measures/new"),
				new Form("/measures/" + measure + "/values/new", "measure", measure),
				new Form("/case-audits/" + audit + "/edit", "case_audit", audit), Form.adding("/case-audits/new"),
				new Form("/workforce/" + workforce + "/edit", "workforce_return", workforce),
				Form.adding("/workforce/new"),
				new Form("/inspections/" + inspection + "/edit", "inspection", inspection),
				Form.adding("/inspections/new"), Form.adding("/inspections/" + inspection + "/findings/new"),
				new Form("/findings/" + finding + "/edit", "inspection_finding", finding),
				new Form("/partnerships/" + partnership + "/edit", "partnership", partnership),
				Form.adding("/partnerships/new"));
	}

	@Provide
	Arbitrary<List<String>> hostile() {
		// KEEP leaves a field as the page filled it. Half the tries change a field or two
		// and keep the rest, so that they get past the form's checks and store what they
		// carry; the other half change most fields.
		var fewChanged = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(KEEP)), Tuple.of(1, value()))
			.list()
			.ofSize(30);
		var mostChanged = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(KEEP)), Tuple.of(3, value()))
			.list()
			.ofMinSize(1)
			.ofMaxSize(30);
		return Arbitraries.oneOf(fewChanged, mostChanged);
	}

	@Provide
	Arbitrary<String> value() {
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
				Tuple.of(3, Arbitraries.of(SCRIPTS)), Tuple.of(3, Arbitraries.of(ATTACKS)),
				Tuple.of(2, Arbitraries.integers().map(Object::toString)),
				Tuple.of(1, Arbitraries.doubles().map(Object::toString)),
				Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1000).ofMaxLength(12000)),
				Tuple.of(1, Arbitraries.integers().between(-3, 10000).map(Object::toString)));
	}

	static final String KEEP = "\u0001keep";

	/** What {@link #fields} gives a group of check boxes none of which is ticked. */
	static final String UNTICKED = "\u0001unticked";

	/**
	 * Opens the form, fills its fields with the values (in page order, over again if
	 * there are more fields than values) and posts it. The form's table and id name the
	 * record it may change; every other record must stay as it was.
	 */
	private void fill(Form form, List<String> values) throws Exception {
		var path = form.path();
		var table = form.table();
		long id = form.id();
		var who = spring.manager();
		var page = spring.mvc.perform(get(path).with(user(who))).andReturn().getResponse();
		assertThat(page.getStatus()).as("GET %s", path).isEqualTo(200);
		var fields = fields(page.getContentAsString());
		var request = post(path).with(csrf()).with(user(who));
		var sent = new LinkedHashMap<String, List<String>>();
		for (int i = 0; i < fields.size(); i++) {
			var field = fields.get(i);
			var value = values.get(i % values.size());
			var chosen = KEEP.equals(value) ? plausible(field.getKey(), field.getValue()) : value;
			if (UNTICKED.equals(chosen)) {
				continue;
			}
			request.param(field.getKey(), chosen);
			sent.computeIfAbsent(field.getKey(), (name) -> new ArrayList<>()).add(chosen);
		}
		var before = spring.fingerprint(table, id);
		var response = spring.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("POST %s with %s", path, sent).isLessThan(500);
		assertPage(response);
		if (response.getStatus() == 302 && response.getRedirectedUrl() != null
				&& response.getRedirectedUrl().startsWith("/")) {
			SAVES.merge(path.replaceAll("\\d+", "{id}"), 1, Integer::sum);
			// Saved: what it shows now must carry the input as text, never as HTML.
			var shown = spring.mvc.perform(get(response.getRedirectedUrl()).with(user(who))).andReturn().getResponse();
			assertThat(shown.getStatus()).as("GET %s after saving %s", response.getRedirectedUrl(), sent)
				.isEqualTo(200);
			assertPage(shown);
		}
		assertThat(spring.fingerprint(table, id, before)).as("other records after POST %s with %s", path, sent)
			.isEqualTo(before);
	}

	/**
	 * What the page gave the field or, for a field it left empty (a new record, a
	 * progress note), something a person might type there.
	 */
	private static String plausible(String name, String given) {
		if (!given.isEmpty()) {
			return given;
		}
		if (name.endsWith("Day")) {
			return "1";
		}
		if (name.endsWith("Month")) {
			return "6";
		}
		if (name.endsWith("Year")) {
			return "2026";
		}
		if (name.equals("casesAudited")) {
			// Four grades of 5 each.
			return "20";
		}
		if (name.matches("(?i).*(percent|count|number|target|value|baseline|cases|audited|good|outstanding|requires|"
				+ "inadequate|rate|figure|fte|posts|agency|vacanc|leavers|months|budget|workers|caseload).*")) {
			return "5";
		}
		// Optional parts a form checks only when given: links, reasons for a change.
		if (name.matches("(?i).*(link|url|reason|evidence).*")) {
			return "";
		}
		return "Plain words";
	}

	private static void assertPage(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isLessThan(500);
		var body = response.getContentAsString();
		for (var marker : List.of("<script>alert", "<img src=x", "<svg onload", "<b>bold</b>")) {
			int at = body.indexOf(marker);
			assertThat(at)
				.as("unescaped %s in: %s", marker,
						(at < 0) ? "" : body.substring(Math.max(0, at - 300), Math.min(body.length(), at + 100)))
				.isEqualTo(-1);
		}
	}

	/** The form's fields in page order, with the value the page gave each. */
	private static List<Map.Entry<String, String>> fields(String html) {
		var fields = new ArrayList<Map.Entry<String, String>>();
		var matcher = FIELD.matcher(html);
		while (matcher.find()) {
			var attributes = matcher.group(2);
			var name = attribute(attributes, "name");
			if (name == null || name.equals("_csrf") || "file".equals(attribute(attributes, "type"))) {
				continue;
			}
			var type = attribute(attributes, "type");
			if (("radio".equals(type) || "checkbox".equals(type)) && !attributes.contains("checked")) {
				// A radio group needs a choice: the first. Unticked boxes stay unticked,
				// but their name is kept for the hostile values.
				if (fields.stream().noneMatch((field) -> field.getKey().equals(name))) {
					fields.add(Map.entry(name, "checkbox".equals(type) ? UNTICKED
							: (attribute(attributes, "value") == null) ? "" : attribute(attributes, "value")));
				}
				continue;
			}
			String value;
			if (matcher.group(1).equalsIgnoreCase("textarea")) {
				int end = html.indexOf("</textarea>", matcher.end());
				value = HtmlUtils.htmlUnescape(html.substring(matcher.end(), end));
			}
			else if (matcher.group(1).equalsIgnoreCase("select")) {
				var options = html.substring(matcher.end(), html.indexOf("</select>", matcher.end()));
				var selected = Pattern.compile("<option\\b([^>]*\\bselected\\b[^>]*)>").matcher(options);
				// Nothing chosen yet: a person picks the first real choice.
				var first = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]+)\"").matcher(options);
				value = selected.find() ? attribute(selected.group(1), "value")
						: first.find() ? HtmlUtils.htmlUnescape(first.group(1)) : null;
			}
			else {
				value = attribute(attributes, "value");
			}
			fields.removeIf((field) -> field.getKey().equals(name) && ("radio".equals(type)));
			fields.add(Map.entry(name, (value != null) ? value : ""));
		}
		return fields;
	}

	private static String attribute(String attributes, String name) {
		var matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
	}

	/** The Spring side: the app's own server and database, as the outage tests use. */
	static class Spring extends OwnServer {

		private static final List<String> TABLES = List.of("authority", "account", "improvement_notice",
				"notice_requirement", "improvement_plan", "priority", "action", "action_update", "evidence",
				"milestone", "measure", "measure_value", "case_audit", "workforce_return");

		@Autowired
		MockMvc mvc;

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		UserDetailsService users;

		UserDetails manager() {
			return this.users.loadUserByUsername("manager");
		}

		UserDetails officer() {
			return this.users.loadUserByUsername("officer");
		}

		long id(String kind) {
			var sql = switch (kind) {
				case "NOTICE" -> """
						select n.id from improvement_notice n join authority a on a.id = n.authority_id
						where a.slug = 'marchshire' order by n.issued_on desc limit 1""";
				case "PLAN" -> """
						select p.id from improvement_plan p join authority a on a.id = p.authority_id
						where a.slug = 'marchshire' and p.status = 'ACTIVE' order by p.id limit 1""";
				case "ACTION" -> """
						select x.id from action x join improvement_plan p on p.id = x.plan_id
						join authority a on a.id = p.authority_id
						where a.slug = 'marchshire' and p.status = 'ACTIVE' and x.status <> 'CANCELLED'
						order by x.id limit 1""";
				case "MILESTONE" -> """
						select m.id from milestone m join improvement_plan p on p.id = m.plan_id
						join authority a on a.id = p.authority_id
						where a.slug = 'marchshire' and p.status = 'ACTIVE' and m.status <> 'CANCELLED'
						order by m.id limit 1""";
				case "PRIORITY" -> """
						select x.id from priority x join improvement_plan p on p.id = x.plan_id
						join authority a on a.id = p.authority_id
						where a.slug = 'marchshire' and p.status = 'ACTIVE' order by x.id limit 1""";
				case "FINDING" -> """
						select f.id from inspection_finding f join inspection i on i.id = f.inspection_id
						join authority a on a.id = i.authority_id
						where a.slug = 'marchshire' order by f.id limit 1""";
				// The first of a record Marchshire itself holds.
				case "MEASURE", "CASE_AUDIT", "INSPECTION", "PARTNERSHIP", "WORKFORCE" -> """
						select x.id from %s x join authority a on a.id = x.authority_id
						where a.slug = 'marchshire' order by x.id limit 1"""
					.formatted(kind.equals("WORKFORCE") ? "workforce_return" : kind.toLowerCase(Locale.ROOT));
				default -> throw new IllegalArgumentException(kind);
			};
			return this.jdbc.queryForObject(sql, Long.class);
		}

		/**
		 * Every row of the main tables that existed, as text, except the record the form
		 * is about and its own parts.
		 */
		Map<String, String> fingerprint(String table, long id) {
			var prints = new LinkedHashMap<String, String>();
			for (var name : TABLES) {
				prints.put(name, this.jdbc.queryForObject("select coalesce(max(id), 0) from " + name, String.class));
			}
			return fingerprint(table, id, prints);
		}

		/**
		 * The same rows again: those up to the newest before, so new records do not
		 * count.
		 */
		Map<String, String> fingerprint(String table, long id, Map<String, String> before) {
			var prints = new LinkedHashMap<String, String>();
			for (var name : TABLES) {
				var newest = before.get(name).split("/")[0];
				var except = "";
				if (name.equals(table)) {
					except = " and t.id <> " + id;
				}
				else if (table != null) {
					except = switch (table + ">" + name) {
						case "improvement_notice>notice_requirement" -> " and t.notice_id <> " + id;
						case "improvement_plan>priority" -> " and t.plan_id <> " + id;
						case "measure>measure_value" -> " and t.measure_id <> " + id;
						default -> "";
					};
				}
				prints.put(name,
						newest + "/"
								+ this.jdbc.queryForObject(
										"select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from " + name
												+ " t where t.id <= " + (newest.equals("null") ? "0" : newest) + except,
										String.class));
			}
			return prints;
		}

	}

}
