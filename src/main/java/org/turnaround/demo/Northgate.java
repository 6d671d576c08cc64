package org.turnaround.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.turnaround.demo.DemoSpecs.Account;
import org.turnaround.demo.DemoSpecs.ActionBuilder;
import org.turnaround.demo.DemoSpecs.Authority;
import org.turnaround.demo.DemoSpecs.Finding;
import org.turnaround.demo.DemoSpecs.Inspection;
import org.turnaround.demo.DemoSpecs.Milestone;
import org.turnaround.demo.DemoSpecs.Notice;
import org.turnaround.demo.DemoSpecs.Plan;
import org.turnaround.demo.DemoSpecs.Priority;

import static org.turnaround.demo.DemoSpecs.Status.COMPLETE;
import static org.turnaround.demo.DemoSpecs.Status.IN_PROGRESS;

/**
 * Northgate City Council, Marchshire's outstanding partner. It has its own accounts,
 * notice (lifted long ago), plan and inspection so that the demo shows one authority's
 * users seeing nothing of the other's records.
 */
final class Northgate {

	static final String SLUG = "northgate";

	private static final String OFFICER = "northgate.officer";

	private static final String MANAGER = "northgate.manager";

	private Northgate() {
	}

	static Authority authority() {
		return new Authority("Northgate City Council", SLUG, accounts(), notices(), List.of(), plan(), List.of(),
				List.of(), List.of(), inspections());
	}

	private static List<Account> accounts() {
		return List.of(Account.member(OFFICER, "Ben Ashworth", "Practice Development Lead", "OFFICER"),
				Account.member(MANAGER, "Louise Carter", "Head of Sector-Led Improvement", "PLAN_MANAGER"),
				Account.member("northgate.cabinet", "Cllr Imran Siddiqui", "Executive Member for Children and Families",
						"CABINET_MEMBER"));
	}

	private static List<Notice> notices() {
		return List.of(new Notice("ofsted", "Improvement notice: Northgate City Council children's services",
				"IMPROVEMENT_NOTICE", "OFSTED_INSPECTION",
				"Ofsted's inspection of safeguarding and looked after children's services judged the council "
						+ "inadequate.",
				"Lifted once Ofsted judged Northgate's services good. Northgate has since been judged outstanding "
						+ "and supports other councils through sector-led improvement.",
				-3400, 6, null, "Keith Armitage", "DfE Improvement Adviser", -3390, "LIFTED", -2600, null,
				List.of("Establish an Improvement Board with an independent chair.",
						"Reduce social worker vacancies and caseloads.",
						"Introduce a single restorative practice model across children's services.",
						"Report progress to the Department for Education every six months.")));
	}

	private static ActionBuilder action(int number, String title, String owner) {
		return new ActionBuilder(number, title, owner);
	}

	private static Plan plan() {
		var practice = new Priority(1, "Sustain outstanding relational practice",
				"Keep practice strong as the workforce changes, and keep listening to children and families.",
				"Angela Brooks, Director of Children and Families", List.of(
						action(1, "Refresh the relational practice induction for new starters", OFFICER)
							.runs(-195, -100)
							.update(190, IN_PROGRESS, 20, """
									Induction reviewed with staff who joined in the last year: they asked for more \
									shadowing and fewer slides.""")
							.update(140, IN_PROGRESS, 70,
									"""
											New induction piloted with 14 starters: two weeks' shadowing across the front door, \
											a locality team and a children's home.""")
							.update(104, COMPLETE, 100, """
									Adopted for all new starters. The pilot group scored it 4.6 out of 5 after six \
									weeks.""")
							.build(),
						action(2, "Audit the quality of family group conferences", OFFICER).runs(-150, 120)
							.update(145, IN_PROGRESS, 10,
									"""
											Audit tool agreed with the family group conference service; 40 conferences from the \
											last year sampled.""")
							.update(80, IN_PROGRESS, 35, """
									Families value the conferences, but plans are not always reviewed when their \
									circumstances change.""")
							.update(15, IN_PROGRESS, 60, """
									A review step has been added to the conference process; re-audit of 15 conferences \
									booked.""")
							.build(),
						action(3, "Publish the care leavers' annual report with the Children in Care Council", MANAGER)
							.runs(-120, 60)
							.update(110, IN_PROGRESS, 15, """
									Young people chose the themes: housing, money, and staying close to the people who \
									matter to them.""")
							.update(58, IN_PROGRESS, 45, """
									Two apprentices from the Children in Care Council have interviewed 30 care \
									leavers.""")
							.update(10, IN_PROGRESS, 70, """
									Draft with the design team; launch booked for the city's corporate parenting \
									event.""")
							.build()));
		var sectorLed = new Priority(2, "Support partner councils through sector-led improvement",
				"Share what works in Northgate with councils that are improving, as the DfE's sector-led "
						+ "improvement partner.",
				"Louise Carter, Head of Sector-Led Improvement",
				List.of(action(1, "Host practice-exchange placements for Marchshire managers", OFFICER).runs(-290, 150)
					.update(280, IN_PROGRESS, 10, """
							Programme agreed with Marchshire: our teams host their managers for a week each.""")
					.update(170, IN_PROGRESS, 40, """
							Nine Marchshire managers hosted so far. Host teams say the exchange helps them \
							reflect on their own practice too.""")
					.update(20, IN_PROGRESS, 70, """
							17 placements hosted. On return visits we have seen our practice model in use in \
							Marchshire's teams.""")
					.build(),
						action(2, "Lead a peer review of Marchshire's front door", MANAGER).runs(-290, -180)
							.update(285, IN_PROGRESS, 20, """
									Review team chosen: our MASH manager, two senior practitioners and a police \
									sergeant.""")
							.update(245, IN_PROGRESS, 60, """
									Three days on site in Marchshire; 40 children's journeys tracked.""")
							.update(210, COMPLETE, 100, """
									Report with 11 recommendations sent to Marchshire's DCS and presented at their \
									Improvement Board.""")
							.build(),
						action(3, "Set up a regional network for front door managers", OFFICER).runs(-180, -10)
							.update(175, IN_PROGRESS, 15, """
									Eleven councils invited; nine have named a front door manager to take part.""")
							.update(95, IN_PROGRESS, 40, """
									First two network meetings held, on consent and on information sharing with \
									schools.""")
							.update(22, IN_PROGRESS, 60, """
									Terms of reference still waiting for the regional directors' group to sign them \
									off, so the network is not formally set up and the date has passed.""")
							.build()));
		return new Plan("Northgate Practice Development and Sector-Led Improvement Plan",
				"Keeps Northgate's practice outstanding and sets out the support Northgate gives partner councils.",
				null, -300, 430, "ACTIVE", -310, new BigDecimal("640000.00"), List.of(practice, sectorLed),
				List.of(Milestone.achieved("Front door peer review reported to Marchshire's Improvement Board",
						"Findings and recommendations presented in person.", -205, -210, "2.2"),
						Milestone.planned("Annual practice conference",
								"Practice conference for Northgate and partner councils.", 150, "1.2", "2.1")));
	}

	private static List<Inspection> inspections() {
		return List.of(new Inspection("INSPECTION", "Inspection of local authority children's services", -820, -790,
				"ILACS: inspecting local authority children's services", "OUTSTANDING",
				"Children and families in Northgate get consistently strong help from a stable, skilled workforce "
						+ "led by ambitious and well-informed leaders.",
				Map.of("HELP_AND_PROTECTION", "OUTSTANDING", "CHILDREN_IN_CARE", "OUTSTANDING", "CARE_LEAVERS",
						"OUTSTANDING", "IMPACT_OF_LEADERS", "OUTSTANDING"),
				List.of(Finding.of("Return home interviews for children who go missing are not always completed "
						+ "within 72 hours."))));
	}

}
