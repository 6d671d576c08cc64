package org.turnaround.benchmark;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The text of the generated data: plausible names, titles and commentary of realistic
 * length, chosen from short lists so the data set is the same for the same seed.
 */
final class Words {

	private static final String[] PLACES = { "Ashby", "Bramford", "Carrowby", "Dunmere", "Eastwick", "Fallowfield",
			"Greystone", "Hartcliffe", "Ivybridge", "Kelsham", "Lynmouth", "Marlow Vale", "Northope", "Oakhampton",
			"Pendleford", "Queensbury", "Redcastle", "Stowbridge", "Thornbury", "Upperton", "Westmoor", "Yarrow" };

	private static final String[] KINDS = { "County Council", "Borough Council", "City Council",
			"Metropolitan Borough Council", "Council" };

	private static final String[] FIRST = { "Amira", "Ben", "Chloe", "Dev", "Ellen", "Farid", "Grace", "Harun", "Isla",
			"Jonah", "Kavita", "Liam", "Maya", "Nia", "Owen", "Priya", "Rory", "Sana", "Tom", "Uma", "Victor", "Wen" };

	private static final String[] LAST = { "Adeyemi", "Brennan", "Chowdhury", "Doyle", "Evans", "Fraser", "Gill",
			"Hughes", "Iqbal", "Jones", "Kaur", "Lewis", "Mensah", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts",
			"Smith", "Taylor", "Walsh", "Young" };

	private static final String[] PRIORITIES = { "Strengthen the front door and early help",
			"Improve the quality of social work practice", "Stabilise and grow the workforce",
			"Improve outcomes for children in care", "Support care leavers into adulthood",
			"Strengthen leadership, management and oversight", "Work better with partners",
			"Use performance data to drive improvement" };

	private static final String[] VERBS = { "Introduce", "Review", "Embed", "Train staff in", "Audit", "Launch",
			"Redesign", "Agree" };

	private static final String[] OBJECTS = { "the multi-agency referral pathway", "supervision standards",
			"a recruitment and retention offer", "permanence planning", "pathway plans",
			"the quality assurance framework", "the practice model", "threshold guidance", "return home interviews",
			"the placement sufficiency strategy" };

	private static final String[] PROGRESS = { "Workshops with team managers were held and the guidance was agreed.",
			"The audit sample was completed and findings were shared with practitioners.",
			"Recruitment interviews took place and two posts were filled.",
			"The new template is in use in three of the five teams.",
			"Partners signed off the protocol at the safeguarding partnership meeting.",
			"Dip sampling shows better recording of the child's voice.",
			"Training sessions reached most of the frontline staff this month.",
			"The dashboard now reports the measure weekly to the leadership team." };

	private static final String[] NEXT = { "Next month the remaining teams adopt it.",
			"The improvement board reviews the findings next month.", "Further sessions are booked for new starters.",
			"A follow-up audit is planned for the quarter end.",
			"The service manager will check compliance in supervision." };

	private static final String[] BLOCKERS = { "waiting for the partnership's sign-off",
			"the system change is delayed by the supplier", "key posts are vacant",
			"the budget decision is deferred to cabinet", "the court timetable has slipped",
			"the data migration has failed testing" };

	private static final String[] REQUIREMENTS = { "Improve the timeliness and quality of assessments.",
			"Ensure management oversight and supervision are regular and effective.",
			"Improve the stability and suitability of placements for children in care.",
			"Strengthen the pathway planning and support for care leavers.",
			"Build a stable and skilled workforce with manageable caseloads." };

	private static final Measure[] MEASURES = {
			new Measure("Re-referrals within 12 months", "PERCENT", "LOWER_IS_BETTER", 18, 28, -0.25, 1.2),
			new Measure("Assessments completed within 45 days", "PERCENT", "HIGHER_IS_BETTER", 90, 70, 0.5, 2),
			new Measure("Children in care with three or more placements", "PERCENT", "LOWER_IS_BETTER", 9, 13, -0.1,
					0.6),
			new Measure("Care leavers in education, employment or training", "PERCENT", "HIGHER_IS_BETTER", 60, 48, 0.3,
					1.5),
			new Measure("Social worker vacancy rate", "PERCENT", "LOWER_IS_BETTER", 12, 24, -0.3, 1),
			new Measure("Average caseload per social worker", "COUNT", "LOWER_IS_BETTER", 17, 24, -0.2, 0.8),
			new Measure("Child protection visits in timescale", "PERCENT", "HIGHER_IS_BETTER", 95, 78, 0.4, 1.5),
			new Measure("Days from entering care to adoption", "DAYS", "LOWER_IS_BETTER", 400, 520, -3, 15),
			new Measure("Children in need per 10,000", "RATE_PER_10000", "LOWER_IS_BETTER", 320, 380, -1, 6),
			new Measure("Supervision in timescale", "PERCENT", "HIGHER_IS_BETTER", 90, 65, 0.6, 2) };

	private Words() {
	}

	static String authorityName(int number) {
		return PLACES[(number - 1) % PLACES.length] + " " + KINDS[((number - 1) / PLACES.length) % KINDS.length];
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	static String personName(long id) {
		return FIRST[(int) (id % FIRST.length)] + " " + LAST[(int) ((id / FIRST.length) % LAST.length)];
	}

	static String priority(int number) {
		return PRIORITIES[(number - 1) % PRIORITIES.length];
	}

	static String actionTitle(int priority, int number) {
		return VERBS[(number + priority) % VERBS.length] + " " + OBJECTS[(number * 3 + priority) % OBJECTS.length]
				+ " (" + priority + "." + number + ")";
	}

	static String requirement(int number) {
		return REQUIREMENTS[(number - 1) % REQUIREMENTS.length];
	}

	static String milestone(int number) {
		return "Milestone " + number + ": " + OBJECTS[number % OBJECTS.length] + " in place";
	}

	static String blocker(int index) {
		return BLOCKERS[index % BLOCKERS.length];
	}

	static String commentary(int month, String status, SplittableRandom random) {
		return switch (status) {
			case "NOT_STARTED" -> "Month " + (month + 1) + ": not started yet; planning and scoping with partners.";
			case "COMPLETE" -> "Month " + (month + 1) + ": complete. " + PROGRESS[random.nextInt(PROGRESS.length)]
					+ " The change is now part of business as usual and is checked in the quarterly audit.";
			case "BLOCKED" -> "Month " + (month + 1) + ": progress has stopped. "
					+ BLOCKERS[random.nextInt(BLOCKERS.length)] + ". Escalated to the improvement board.";
			default -> "Month " + (month + 1) + ": " + PROGRESS[random.nextInt(PROGRESS.length)] + " "
					+ NEXT[random.nextInt(NEXT.length)];
		};
	}

	static Measure measure(int number) {
		return MEASURES[(number - 1) % MEASURES.length];
	}

	/**
	 * A measure's shape: where its values start, how much they improve each month and how
	 * noisy they are.
	 */
	record Measure(String name, String unit, String direction, double target, double start, double drift,
			double noise) {

		double next(double value, SplittableRandom random) {
			double next = value + this.drift + (random.nextDouble() * 2 - 1) * this.noise;
			return this.unit.equals("PERCENT") ? Math.max(0, Math.min(100, next)) : Math.max(0, next);
		}

	}

}
