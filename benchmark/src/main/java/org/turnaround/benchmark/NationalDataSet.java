package org.turnaround.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a database the app has migrated (and that holds no authority yet) with a
 * national-scale data set: every authority in intervention with its notice history, an
 * active plan of 8 priorities of 40 actions each with two years of monthly updates, its
 * milestones, measures, case audits and workforce returns, and accounts for every role.
 * The same seed and day always give the same rows, ids included, so the load test can
 * work out plan ids and usernames without asking the database.
 *
 * <p>
 * Arguments: {@code jdbcUrl [user [password]]}; system properties {@code bench.seed} and
 * {@code bench.today} (ISO date, default today).
 */
public final class NationalDataSet {

	public static final int AUTHORITIES = 153;

	public static final int OFFICERS_PER_AUTHORITY = 10;

	/** Officers, then a plan manager and a cabinet member. */
	public static final int ACCOUNTS_PER_AUTHORITY = OFFICERS_PER_AUTHORITY + 2;

	public static final int AUTHORITIES_PER_ADVISER = 3;

	public static final int ADVISERS = AUTHORITIES / AUTHORITIES_PER_ADVISER;

	public static final int PRIORITIES = 8;

	public static final int ACTIONS_PER_PRIORITY = 40;

	public static final int UPDATES_PER_ACTION = 24;

	public static final int MILESTONES = 30;

	public static final int MEASURES = 20;

	public static final int MEASURE_MONTHS = 36;

	public static final int HEADLINE_MEASURES = 6;

	static final int NOTICES = 2;

	static final int REQUIREMENTS = 5;

	static final int CASE_AUDITS = 8;

	static final int WORKFORCE_MONTHS = 24;

	public static final String PASSWORD = "benchmark-password-2026";

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final long seed;

	private final LocalDate today;

	private final LocalDate planStart;

	private final Instant now;

	private NationalDataSet(long seed, LocalDate today) {
		this.seed = seed;
		this.today = today;
		this.planStart = today.withDayOfMonth(1).minusMonths(UPDATES_PER_ACTION);
		this.now = Instant.now();
	}

	public static void main(String[] args) throws SQLException {
		if (args.length < 1) {
			System.err.println("usage: NationalDataSet jdbcUrl [user [password]]");
			System.exit(2);
		}
		long seed = Long.getLong("bench.seed", 20261123L);
		var day = System.getProperty("bench.today");
		var today = (day == null || day.isBlank()) ? LocalDate.now(ZONE) : LocalDate.parse(day);
		try (Connection connection = DriverManager.getConnection(args[0], (args.length > 1) ? args[1] : "postgres",
				(args.length > 2) ? args[2] : "")) {
			new NationalDataSet(seed, today).fill(connection);
		}
	}

	public static String username(int authority, int officer) {
		return "la%03d.officer%02d".formatted(authority, officer);
	}

	public static String cabinetMember(int authority) {
		return "la%03d.cabinet".formatted(authority);
	}

	public static String planManager(int authority) {
		return "la%03d.manager".formatted(authority);
	}

	public static String adviser(int adviser) {
		return "adviser%02d".formatted(adviser);
	}

	/** Plans are numbered like their authorities, 1 to {@link #AUTHORITIES}. */
	public static long planId(int authority) {
		return authority;
	}

	private void fill(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			var migrated = statement.executeQuery("select to_regclass('flyway_schema_history') is not null");
			migrated.next();
			if (!migrated.getBoolean(1)) {
				throw new IllegalStateException("The database has no schema yet: start the app against it once first");
			}
			var existing = statement.executeQuery("select count(*) from authority");
			existing.next();
			if (existing.getLong(1) > 0) {
				System.out.printf("Data set: the database already holds %d authorities, so it is reused as it is%n",
						existing.getLong(1));
				return;
			}
		}
		long started = System.nanoTime();
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		connection.setAutoCommit(false);
		var copies = connection.unwrap(PGConnection.class).getCopyAPI();
		var counts = new ArrayList<String>();
		counts.add(timed("authority", () -> authorities(copies)));
		counts.add(timed("account", () -> accounts(copies, hash)));
		counts.add(timed("adviser_assignment", () -> adviserAssignments(copies)));
		counts.add(timed("improvement_notice", () -> notices(copies)));
		counts.add(timed("notice_requirement", () -> requirements(copies)));
		counts.add(timed("improvement_plan", () -> plans(copies)));
		counts.add(timed("priority", () -> priorities(copies)));
		counts.add(timed("action", () -> actions(copies)));
		counts.add(timed("action_requirement", () -> actionRequirements(copies)));
		counts.add(timed("action_update", () -> actionUpdates(copies)));
		counts.add(timed("milestone", () -> milestones(copies)));
		counts.add(timed("milestone_action", () -> milestoneActions(copies)));
		counts.add(timed("measure", () -> measures(copies)));
		counts.add(timed("measure_value", () -> measureValues(copies)));
		counts.add(timed("measure_action", () -> measureActions(copies)));
		counts.add(timed("case_audit", () -> caseAudits(copies)));
		counts.add(timed("workforce_return", () -> workforceReturns(copies)));
		try (var statement = connection.createStatement()) {
			for (var table : List.of("authority", "account", "improvement_notice", "notice_requirement",
					"improvement_plan", "priority", "action", "action_update", "milestone", "measure", "measure_value",
					"case_audit", "workforce_return")) {
				statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
						+ table + "))");
			}
		}
		connection.commit();
		long loaded = System.nanoTime();
		connection.setAutoCommit(true);
		try (var statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
		}
		long analysed = System.nanoTime();
		counts.forEach(System.out::println);
		System.out.printf("Data set: loaded with COPY in %.1f s, then vacuum analyze in %.1f s (seed %d, today %s)%n",
				(loaded - started) / 1e9, (analysed - loaded) / 1e9, this.seed, this.today);
	}

	private interface Load {

		long run() throws SQLException;

	}

	private static String timed(String table, Load load) throws SQLException {
		long start = System.nanoTime();
		long rows = load.run();
		return String.format(Locale.ROOT, "  %-20s %,10d rows %7.1f s", table, rows, (System.nanoTime() - start) / 1e9);
	}

	// ids: every table's ids follow from the authority's number, so nothing is looked up

	private static long accountId(int authority, int k) {
		return (long) (authority - 1) * ACCOUNTS_PER_AUTHORITY + k + 1;
	}

	private static long officerId(int authority, int officer) {
		return accountId(authority, officer - 1);
	}

	private static long managerId(int authority) {
		return accountId(authority, OFFICERS_PER_AUTHORITY);
	}

	private static long cabinetId(int authority) {
		return accountId(authority, OFFICERS_PER_AUTHORITY + 1);
	}

	private static long adviserId(int adviser) {
		return (long) AUTHORITIES * ACCOUNTS_PER_AUTHORITY + adviser;
	}

	private static long adminId() {
		return adviserId(ADVISERS) + 1;
	}

	private static long noticeId(int authority, int notice) {
		return (long) (authority - 1) * NOTICES + notice;
	}

	private static long requirementId(long noticeId, int number) {
		return (noticeId - 1) * REQUIREMENTS + number;
	}

	private static long priorityId(int authority, int priority) {
		return (long) (authority - 1) * PRIORITIES + priority;
	}

	private static long actionId(int authority, int priority, int number) {
		return (priorityId(authority, priority) - 1) * ACTIONS_PER_PRIORITY + number;
	}

	private static long milestoneId(int authority, int number) {
		return (long) (authority - 1) * MILESTONES + number;
	}

	private static long measureId(int authority, int number) {
		return (long) (authority - 1) * MEASURES + number;
	}

	private SplittableRandom random(String what, long id) {
		return new SplittableRandom(this.seed * 1_000_003L + what.hashCode() * 7_919L + id);
	}

	private Instant at(LocalDate day, int minutes) {
		return day.atTime(LocalTime.of(9, 0).plusMinutes(minutes)).atZone(ZONE).toInstant();
	}

	private long authorities(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "authority", "id, name, slug, ofsted_urn")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				var name = Words.authorityName(a);
				copy.add(a).add(name).add(Words.slug(name) + "-" + a).add("8" + String.format("%05d", a)).endRow();
			}
			return copy.rows();
		}
	}

	private long accounts(CopyManager copies, String hash) throws SQLException {
		var created = at(this.planStart.minusDays(30), 0);
		try (var copy = CopyStream.open(copies, "account",
				"id, username, display_name, job_title, email, role, authority_id, created_at, password_hash, password_changed_at")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int o = 1; o <= OFFICERS_PER_AUTHORITY; o++) {
					account(copy, officerId(a, o), username(a, o), "Service lead", "OFFICER", a, created, hash);
				}
				account(copy, managerId(a), planManager(a), "Improvement programme manager", "PLAN_MANAGER", a, created,
						hash);
				account(copy, cabinetId(a), cabinetMember(a), "Cabinet member for children's services",
						"CABINET_MEMBER", a, created, hash);
			}
			for (int j = 1; j <= ADVISERS; j++) {
				account(copy, adviserId(j), adviser(j), "DfE adviser", "ADVISER", null, created, hash);
			}
			account(copy, adminId(), "bench.admin", "System administrator", "ADMIN", null, created, hash);
			return copy.rows();
		}
	}

	private void account(CopyStream copy, long id, String username, String jobTitle, String role, Integer authority,
			Instant created, String hash) throws SQLException {
		var name = Words.personName(id);
		copy.add(id)
			.add(username)
			.add(name)
			.add(jobTitle)
			.add(username + "@benchmark.example")
			.add(role)
			.add(authority)
			.add(created)
			.add(hash)
			.add(created)
			.endRow();
	}

	private long adviserAssignments(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "adviser_assignment", "account_id, authority_id")) {
			for (int j = 1; j <= ADVISERS; j++) {
				for (int k = 0; k < AUTHORITIES_PER_ADVISER; k++) {
					copy.add(adviserId(j)).add((j - 1) * AUTHORITIES_PER_ADVISER + k + 1).endRow();
				}
			}
			return copy.rows();
		}
	}

	private long notices(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "improvement_notice",
				"id, authority_id, title, kind, trigger_kind, trigger_detail, summary, issued_on, review_interval_months, "
						+ "next_review_on, adviser_name, adviser_role, adviser_appointed_on, status, status_changed_on, supersedes_id")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				var first = this.planStart.minusMonths(18);
				var second = this.planStart.minusMonths(1);
				var adviserName = Words.personName(adviserId((a - 1) / AUTHORITIES_PER_ADVISER + 1));
				copy.add(noticeId(a, 1))
					.add(a)
					.add("Improvement notice following the inspection of children's services")
					.add("IMPROVEMENT_NOTICE")
					.add("OFSTED_INSPECTION")
					.add("Inspection judged overall effectiveness inadequate")
					.add("The council must improve help and protection and the experiences of children in care.")
					.add(first)
					.add(6)
					.add(first.plusMonths(6))
					.add(adviserName)
					.add("Improvement adviser")
					.add(first)
					.add("SUPERSEDED")
					.add(second)
					.add(null)
					.endRow();
				copy.add(noticeId(a, 2))
					.add(a)
					.add("Statutory direction: children's services improvement")
					.add("STATUTORY_DIRECTION")
					.add("OFSTED_INSPECTION")
					.add("Monitoring visits found insufficient progress")
					.add("The council must deliver its improvement plan under the oversight of an improvement board.")
					.add(second)
					.add(6)
					.add(this.today.plusMonths(2))
					.add(adviserName)
					.add("Children's services commissioner")
					.add(second)
					.add("ACTIVE")
					.add(null)
					.add(noticeId(a, 1))
					.endRow();
			}
			return copy.rows();
		}
	}

	private long requirements(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "notice_requirement", "id, notice_id, number, text")) {
			for (long n = 1; n <= (long) AUTHORITIES * NOTICES; n++) {
				for (int r = 1; r <= REQUIREMENTS; r++) {
					copy.add(requirementId(n, r)).add(n).add(r).add(Words.requirement(r)).endRow();
				}
			}
			return copy.rows();
		}
	}

	private long plans(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "improvement_plan",
				"id, authority_id, notice_id, title, summary, starts_on, ends_on, status, endorsed_on, budget_pounds")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				copy.add(planId(a))
					.add(a)
					.add(noticeId(a, 2))
					.add("Children's services improvement plan " + this.planStart.getYear() + " to "
							+ (this.planStart.getYear() + 3))
					.add("How the council will answer the statutory direction and improve practice for children.")
					.add(this.planStart)
					.add(this.planStart.plusMonths(36).minusDays(1))
					.add("ACTIVE")
					.add(this.planStart)
					.add(1_000_000 + a * 25_000)
					.endRow();
			}
			return copy.rows();
		}
	}

	private long priorities(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "priority", "id, plan_id, number, title, description, lead_name")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int p = 1; p <= PRIORITIES; p++) {
					copy.add(priorityId(a, p))
						.add(planId(a))
						.add(p)
						.add(Words.priority(p))
						.add("What the council will do to " + Words.priority(p).toLowerCase(Locale.ROOT) + ".")
						.add(Words.personName(10_000 + priorityId(a, p)))
						.endRow();
				}
			}
			return copy.rows();
		}
	}

	private long actions(CopyManager copies) throws SQLException {
		var created = at(this.planStart, 0);
		try (var copy = CopyStream.open(copies, "action",
				"id, plan_id, priority_id, number, title, description, owner_id, starts_on, due_on, baseline_due_on, "
						+ "due_revision_reason, status, percent_complete, last_update_at, completed_on, created_at")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int p = 1; p <= PRIORITIES; p++) {
					for (int n = 1; n <= ACTIONS_PER_PRIORITY; n++) {
						long id = actionId(a, p, n);
						var life = lifecycle(id);
						var last = life.updates().get(UPDATES_PER_ACTION - 1);
						copy.add(id)
							.add(planId(a))
							.add(priorityId(a, p))
							.add(n)
							.add(Words.actionTitle(p, n))
							.add("Part of priority " + p + ": " + Words.priority(p).toLowerCase(Locale.ROOT) + ".")
							.add(ownerOf(a, p, n))
							.add(life.startsOn())
							.add(life.dueOn())
							.add(life.baselineDueOn())
							.add(life.dueOn().equals(life.baselineDueOn()) ? null
									: "Revised after the partnership agreed a later start")
							.add(last.status())
							.add(last.percent())
							.add(last.at())
							.add(life.completedOn())
							.add(created)
							.endRow();
					}
				}
			}
			return copy.rows();
		}
	}

	private static long ownerOf(int authority, int priority, int number) {
		return officerId(authority, ((priority - 1) * ACTIONS_PER_PRIORITY + number - 1) % OFFICERS_PER_AUTHORITY + 1);
	}

	private long actionRequirements(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "action_requirement", "action_id, requirement_id")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int p = 1; p <= PRIORITIES; p++) {
					for (int n = 1; n <= ACTIONS_PER_PRIORITY; n++) {
						copy.add(actionId(a, p, n))
							.add(requirementId(noticeId(a, 2), (p - 1) % REQUIREMENTS + 1))
							.endRow();
					}
				}
			}
			return copy.rows();
		}
	}

	private long actionUpdates(CopyManager copies) throws SQLException {
		long id = 0;
		try (var copy = CopyStream.open(copies, "action_update",
				"id, action_id, author_id, recorded_at, status, percent_complete, commentary, rag, rag_reason")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int p = 1; p <= PRIORITIES; p++) {
					for (int n = 1; n <= ACTIONS_PER_PRIORITY; n++) {
						long actionId = actionId(a, p, n);
						long owner = ownerOf(a, p, n);
						for (var update : lifecycle(actionId).updates()) {
							copy.add(++id)
								.add(actionId)
								.add(owner)
								.add(update.at())
								.add(update.status())
								.add(update.percent())
								.add(update.commentary())
								.add(update.rag())
								.add(update.ragReason())
								.endRow();
						}
					}
				}
			}
			return copy.rows();
		}
	}

	record Update(Instant at, String status, int percent, String commentary, String rag, String ragReason) {

	}

	record Lifecycle(LocalDate startsOn, LocalDate dueOn, LocalDate baselineDueOn, LocalDate completedOn,
			List<Update> updates) {

	}

	/**
	 * An action's two years, month by month: it starts at some point, makes progress at
	 * its own pace (so some finish early, some run late), may be blocked for a spell, and
	 * stays complete once it reaches 100%. The RAG of each update follows from how far it
	 * is behind where it should be.
	 */
	Lifecycle lifecycle(long actionId) {
		var random = random("action", actionId);
		int start = random.nextInt(10);
		int duration = 6 + random.nextInt(25);
		double pace = 0.6 + random.nextDouble() * 0.7;
		int blockedFrom = (random.nextInt(100) < 15) ? start + 1 + random.nextInt(duration) : Integer.MAX_VALUE;
		int blockedFor = 1 + random.nextInt(3);
		var startsOn = this.planStart.plusMonths(start);
		var baselineDue = startsOn.plusMonths(duration);
		var dueOn = (random.nextInt(100) < 10) ? baselineDue.plusMonths(2) : baselineDue;
		var updates = new ArrayList<Update>(UPDATES_PER_ACTION);
		LocalDate completedOn = null;
		int percent = 0;
		for (int k = 0; k < UPDATES_PER_ACTION; k++) {
			var day = this.today.minusDays((long) (UPDATES_PER_ACTION - 1 - k) * 30 + 1 + random.nextInt(5));
			var at = at(day, random.nextInt(480));
			String status;
			String rag;
			String reason;
			if (completedOn != null) {
				status = "COMPLETE";
				rag = "BLUE";
				reason = "Complete";
			}
			else if (k < start) {
				status = "NOT_STARTED";
				rag = "GREEN";
				reason = "Not due to start yet";
			}
			else if (k >= blockedFrom && k < blockedFrom + blockedFor) {
				status = "BLOCKED";
				rag = "RED";
				reason = "Blocked: " + Words.blocker(random.nextInt(6));
			}
			else {
				percent = Math.max(percent, Math.min(100, (int) Math.round(100.0 * (k - start + 1) / duration * pace)));
				if (percent >= 100) {
					status = "COMPLETE";
					rag = "BLUE";
					reason = "Complete";
					completedOn = day;
				}
				else {
					status = "IN_PROGRESS";
					long expected = Math.min(100, Math.round(100.0 * (k - start + 1) / duration));
					if (day.isAfter(dueOn)) {
						rag = "RED";
						reason = "Past its due date and not complete";
					}
					else if (expected - percent > 25) {
						rag = "RED";
						reason = "Well behind the planned progress";
					}
					else if (expected - percent > 10) {
						rag = "AMBER";
						reason = "Behind the planned progress";
					}
					else {
						rag = "GREEN";
						reason = "On track";
					}
				}
			}
			updates.add(new Update(at, status, status.equals("NOT_STARTED") ? 0 : percent,
					Words.commentary(k, status, random), rag, reason));
		}
		return new Lifecycle(startsOn, dueOn, baselineDue, completedOn, updates);
	}

	private long milestones(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "milestone",
				"id, plan_id, title, description, target_on, achieved_on, status")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int m = 1; m <= MILESTONES; m++) {
					var random = random("milestone", milestoneId(a, m));
					var target = this.planStart.plusDays(m * 36L);
					String status = "PLANNED";
					LocalDate achieved = null;
					if (target.isBefore(this.today)) {
						if (random.nextInt(100) < 80) {
							status = "ACHIEVED";
							achieved = target.plusDays(random.nextInt(21) - 10);
							if (achieved.isAfter(this.today)) {
								achieved = this.today;
							}
						}
						else {
							status = "MISSED";
						}
					}
					copy.add(milestoneId(a, m))
						.add(planId(a))
						.add(Words.milestone(m))
						.add("A step the improvement board tracks.")
						.add(target)
						.add(achieved)
						.add(status)
						.endRow();
				}
			}
			return copy.rows();
		}
	}

	private long milestoneActions(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "milestone_action", "milestone_id, action_id")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int m = 1; m <= MILESTONES; m++) {
					int priority = (m - 1) % PRIORITIES + 1;
					for (int k = 0; k < 3; k++) {
						copy.add(milestoneId(a, m))
							.add(actionId(a, priority, ((m - 1) / PRIORITIES) * 3 + k + 1))
							.endRow();
					}
				}
			}
			return copy.rows();
		}
	}

	private long measures(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "measure",
				"id, authority_id, plan_id, priority_id, owner_id, name, description, unit, direction, target, frequency, headline")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int m = 1; m <= MEASURES; m++) {
					var spec = Words.measure(m);
					copy.add(measureId(a, m))
						.add(a)
						.add(planId(a))
						.add(priorityId(a, (m - 1) % PRIORITIES + 1))
						.add(managerId(a))
						.add((m > 10) ? spec.name() + ", partner return" : spec.name())
						.add("Reported monthly to the improvement board.")
						.add(spec.unit())
						.add(spec.direction())
						.add(spec.target())
						.add("MONTHLY")
						.add(m <= HEADLINE_MEASURES)
						.endRow();
				}
			}
			return copy.rows();
		}
	}

	private long measureValues(CopyManager copies) throws SQLException {
		long id = 0;
		var latest = this.now.minus(1, ChronoUnit.HOURS);
		try (var copy = CopyStream.open(copies, "measure_value",
				"id, measure_id, period_on, value, note, recorded_by_id, recorded_at")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int m = 1; m <= MEASURES; m++) {
					var spec = Words.measure(m);
					var random = random("measure", measureId(a, m));
					double value = spec.start() * (0.8 + random.nextDouble() * 0.4);
					for (int i = 0; i < MEASURE_MONTHS; i++) {
						var period = this.today.withDayOfMonth(1).minusMonths(MEASURE_MONTHS - i);
						value = spec.next(value, random);
						var recorded = at(period.plusMonths(1).plusDays(4), random.nextInt(480));
						copy.add(++id)
							.add(measureId(a, m))
							.add(period)
							.add(String.format(Locale.ROOT, "%.2f", value))
							.add((i % 6 == 5) ? "Checked against the quarterly return" : null)
							.add(managerId(a))
							.add(recorded.isAfter(latest) ? latest : recorded)
							.endRow();
					}
				}
			}
			return copy.rows();
		}
	}

	private long measureActions(CopyManager copies) throws SQLException {
		try (var copy = CopyStream.open(copies, "measure_action", "measure_id, action_id")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				for (int m = 1; m <= MEASURES; m++) {
					int priority = (m - 1) % PRIORITIES + 1;
					for (int k = 1; k <= 2; k++) {
						copy.add(measureId(a, m)).add(actionId(a, priority, ((m - 1) / PRIORITIES) * 2 + k)).endRow();
					}
				}
			}
			return copy.rows();
		}
	}

	private long caseAudits(CopyManager copies) throws SQLException {
		long id = 0;
		try (var copy = CopyStream.open(copies, "case_audit",
				"id, authority_id, title, completed_on, cases_audited, outstanding, good, requires_improvement, inadequate, summary")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				var random = random("case_audit", a);
				for (int i = 0; i < CASE_AUDITS; i++) {
					int cases = 40;
					int inadequate = Math.max(0, 14 - i * 2 + random.nextInt(3));
					int good = Math.min(cases - inadequate, 6 + i * 2 + random.nextInt(3));
					int outstanding = (i >= 5) ? 1 : 0;
					int requiresImprovement = cases - inadequate - good - outstanding;
					if (requiresImprovement < 0) {
						good += requiresImprovement;
						requiresImprovement = 0;
					}
					copy.add(++id)
						.add(a)
						.add("Quarterly case audit " + (i + 1))
						.add(this.today.minusDays((CASE_AUDITS - i) * 91L))
						.add(cases)
						.add(outstanding)
						.add(good)
						.add(requiresImprovement)
						.add(inadequate)
						.add("Themed audit of help and protection cases.")
						.endRow();
				}
			}
			return copy.rows();
		}
	}

	private long workforceReturns(CopyManager copies) throws SQLException {
		long id = 0;
		try (var copy = CopyStream.open(copies, "workforce_return",
				"id, authority_id, period_on, social_workers_fte, vacancies_fte, agency_workers_fte, leavers_fte, average_caseload")) {
			for (int a = 1; a <= AUTHORITIES; a++) {
				var random = random("workforce", a);
				for (int i = 0; i < WORKFORCE_MONTHS; i++) {
					var period = this.today.withDayOfMonth(1).minusMonths(WORKFORCE_MONTHS - i);
					copy.add(++id)
						.add(a)
						.add(period)
						.add(String.format(Locale.ROOT, "%.1f", 120 + random.nextInt(40) + 0.5))
						.add(String.format(Locale.ROOT, "%.1f", Math.max(0, 30 - i + random.nextInt(5)) + 0.0))
						.add(String.format(Locale.ROOT, "%.1f", Math.max(0, 25 - i / 2 + random.nextInt(4)) + 0.0))
						.add(String.format(Locale.ROOT, "%.1f", 1 + random.nextInt(4) + 0.0))
						.add(String.format(Locale.ROOT, "%.1f", 16 + random.nextInt(8) + 0.0))
						.endRow();
				}
			}
			return copy.rows();
		}
	}

}
