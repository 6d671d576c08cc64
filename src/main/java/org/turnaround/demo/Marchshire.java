package org.turnaround.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.turnaround.demo.DemoSpecs.Account;
import org.turnaround.demo.DemoSpecs.Authority;
import org.turnaround.demo.DemoSpecs.CaseAudit;
import org.turnaround.demo.DemoSpecs.Finding;
import org.turnaround.demo.DemoSpecs.Inspection;
import org.turnaround.demo.DemoSpecs.Measure;
import org.turnaround.demo.DemoSpecs.Milestone;
import org.turnaround.demo.DemoSpecs.Notice;
import org.turnaround.demo.DemoSpecs.Partnership;
import org.turnaround.demo.DemoSpecs.Plan;
import org.turnaround.demo.DemoSpecs.WorkforceReturn;

/**
 * Marchshire Council, the fictional demo council: a High Court judgement, a non-statutory
 * notice, an inadequate Ofsted inspection and the improvement notice that replaced it, a
 * two-year plan endorsed by cabinet, a commissioner's six-monthly reviews, a partnership
 * with an outstanding council, and a re-inspection judged good.
 * <p>
 * Timeline in days from the load day: notice after the judgement -930, inspection -610,
 * improvement notice -515, plan endorsed -432 and running -425 to +305, partnership from
 * -300, monitoring visits -240 and -130, re-inspection -75 (published -45), next review
 * +34.
 */
final class Marchshire {

	static final String SLUG = "marchshire";

	static final String OFFICER = "officer";

	static final String MANAGER = "manager";

	static final String PRINCIPAL_SOCIAL_WORKER = "priya.shah";

	static final String HEAD_OF_CHILDREN_IN_CARE = "tom.hargreaves";

	static final String HEAD_OF_FRONT_DOOR = "aisha.khan";

	static final String HEAD_OF_QUALITY_ASSURANCE = "david.moreland";

	static final String NORTHGATE_PARTNERSHIP = "northgate";

	static final String POLICE_PARTNERSHIP = "police";

	private static final String COURT_NOTICE = "court";

	private static final String OFSTED_NOTICE = "ofsted";

	private static final String ILACS = "ILACS: inspecting local authority children's services";

	private Marchshire() {
	}

	static Authority authority() {
		return new Authority("Marchshire Council", SLUG, accounts(), notices(), partnerships(), plan(), measures(),
				caseAudits(), workforceReturns(), inspections());
	}

	private static List<Account> accounts() {
		return List.of(
				Account.member(OFFICER, "Hannah Ridley", "Service Manager, Safeguarding and Family Help", "OFFICER"),
				Account.member(MANAGER, "Marcus Bell", "Improvement Programme Manager", "PLAN_MANAGER"),
				Account.member("cabinet", "Cllr Ruth Adeyemi", "Cabinet Member for Children and Young People",
						"CABINET_MEMBER"),
				Account.member(PRINCIPAL_SOCIAL_WORKER, "Priya Shah", "Principal Social Worker", "OFFICER"),
				Account.member(HEAD_OF_CHILDREN_IN_CARE, "Tom Hargreaves",
						"Head of Service, Children in Care and Care Leavers", "OFFICER"),
				Account.member(HEAD_OF_FRONT_DOOR, "Aisha Khan", "Head of Service, Front Door and MASH", "OFFICER"),
				Account.member(HEAD_OF_QUALITY_ASSURANCE, "David Moreland", "Head of Quality Assurance and Performance",
						"OFFICER"),
				Account.unattached("adviser", "Dr Rosalind Pryce", "Children's Services Commissioner", "ADVISER", SLUG),
				Account.unattached("admin", "Gareth Lloyd", "Systems Administrator, Digital Services", "ADMIN"));
	}

	private static List<Notice> notices() {
		var afterCourt = new Notice(COURT_NOTICE,
				"Non-statutory improvement notice: Marchshire Council children's services", "NON_STATUTORY_NOTICE",
				"COURT_JUDGEMENT",
				"High Court (Family Division) judgement in care proceedings about a Marchshire child, which found "
						+ "serious and long-standing failures in the council's practice, including the misuse of "
						+ "voluntary accommodation under section 20 of the Children Act 1989.",
				"Issued by the Department for Education after the High Court judgement. The council must work with "
						+ "an improvement adviser appointed by the Secretary of State for at least 12 months, and "
						+ "until the Secretary of State is satisfied that the advice is no longer needed.",
				-930, 6, -750, "Helen Ashdown OBE", "DfE Improvement Adviser", -925, "SUPERSEDED", -515, null,
				List.of("Co-operate fully with the improvement adviser appointed by the Secretary of State, giving "
						+ "access to staff, case records, partners and meetings.",
						"Commission an independent review of every child currently accommodated under section 20 of "
								+ "the Children Act 1989, and act on its findings.",
						"Produce an improvement plan within three months, agreed with the improvement adviser, "
								+ "setting out how the failings identified by the court will be put right.",
						"Strengthen legal oversight of pre-proceedings and care proceedings so that children's "
								+ "plans progress without delay.",
						"Make sure every child in care has an allocated social worker and a care plan reviewed by "
								+ "an Independent Reviewing Officer within timescale.",
						"Report progress to the Department for Education every three months.",
						"Set up arrangements through which families affected by the failings can be heard and "
								+ "receive a response."));
		var afterOfsted = new Notice(OFSTED_NOTICE, "Improvement notice: Marchshire Council children's services",
				"IMPROVEMENT_NOTICE", "OFSTED_INSPECTION",
				"Ofsted's inspection of local authority children's services judged Marchshire inadequate overall, "
						+ "and inadequate for the experiences and progress of children who need help and protection.",
				"Replaces the non-statutory notice issued after the High Court judgement. A Children's Services "
						+ "Commissioner reviews progress every six months and advises the Secretary of State whether "
						+ "the council should keep running its own children's services.",
				-515, 6, 34, "Dr Rosalind Pryce", "Children's Services Commissioner", -515, "ACTIVE", null,
				COURT_NOTICE,
				List.of("Establish an Improvement Board with an independent chair, meeting at least every six weeks "
						+ "and reporting to the Department for Education and the Commissioner.",
						"Produce within three months an improvement plan, endorsed by cabinet, that answers every "
								+ "recommendation of the Ofsted inspection, and deliver it.",
						"Stabilise the social work workforce: reduce reliance on agency staff and bring caseloads "
								+ "to a level at which good practice is possible.",
						"Make sure the front door responds to contacts and referrals in a timely and proportionate "
								+ "way, with thresholds that partner agencies understand and apply.",
						"Improve management oversight and supervision so that plans for children progress without "
								+ "drift.",
						"Make sure every child in care has an up-to-date care plan, and every care leaver a "
								+ "pathway plan written with them.",
						"Put in place a quality assurance framework, including regular case audits, whose learning "
								+ "changes practice.",
						"Work with a good or outstanding local authority as a sector-led improvement partner."));
		return List.of(afterCourt, afterOfsted);
	}

	private static List<Partnership> partnerships() {
		return List.of(new Partnership(NORTHGATE_PARTNERSHIP, "Northgate City Council", "LOCAL_AUTHORITY", "northgate",
				"Sector-led improvement partner with outstanding children's services: practice model, front door "
						+ "peer review, leadership coaching and practice-exchange placements, funded through the DfE "
						+ "sector-led improvement programme.",
				-300, 430),
				new Partnership(POLICE_PARTNERSHIP, "Marchshire Police", "AGENCY", null,
						"Statutory safeguarding partner; joint lead for strategy discussions and for the police "
								+ "team in the MASH.",
						-425, null));
	}

	private static Plan plan() {
		return new Plan("Marchshire Children and Families Improvement Plan",
				"Marchshire's answer to the improvement notice and the Ofsted inspection: seven priorities agreed "
						+ "with the Commissioner, endorsed by cabinet and overseen by the Improvement Board, funded "
						+ "by £7.8 million of additional council investment over two years.",
				OFSTED_NOTICE, -425, 305, "ACTIVE", -432, new BigDecimal("7800000.00"), MarchshirePlan.priorities(),
				milestones());
	}

	private static List<Milestone> milestones() {
		return List.of(
				Milestone.achieved("Improvement plan endorsed by cabinet",
						"Cabinet endorses the plan and the £7.8 million investment within three months of the notice.",
						-432, -432),
				Milestone.achieved("Improvement Board established with an independent chair",
						"First meeting of the Board, with its terms of reference agreed by the Commissioner.", -340,
						-345, "5.1"),
				Milestone.achieved("Commissioner's six-month review",
						"The Commissioner reports to the Secretary of State on progress against the notice.", -332,
						-335, "1.1", "1.2", "5.1"),
				Milestone.achieved("Sector-led improvement partnership with Northgate launched",
						"Launch events for frontline staff with Northgate colleagues.", -300, -298, "6.1"),
				Milestone.missed("Agency social workers below 25% of the workforce",
						"The rate was about 29% at the target date and fell below 25% four months later.", -240, "1.3",
						"1.4"),
				Milestone.missed("MASH relaunched with police, health and education co-located",
						"Relaunch slipped because the health posts were not funded in time; it happened three "
								+ "months later (see action 3.1).",
						-200, "3.1", "3.2"),
				Milestone.achieved("Commissioner's twelve-month review",
						"The Commissioner's second report: services to stay with the council, with continued "
								+ "oversight.",
						-149, -150, "5.3", "7.1"),
				Milestone.achieved("Ofsted re-inspection of children's services",
						"Full inspection under the ILACS framework; report published.", -75, -45, "5.2", "5.5", "7.1"),
				Milestone.planned("DfE review to consider lifting the improvement notice",
						"The Commissioner's review of the notice, informed by the re-inspection and the "
								+ "self-evaluation.",
						34, "5.6", "7.4", "7.5"),
				Milestone.planned("Relational practice model embedded in every team",
						"Every team, including the disabled children's team and the emergency duty team, trained "
								+ "and using the model.",
						90, "2.1", "2.6"),
				Milestone.planned("Care leavers' local offer relaunched",
						"New local offer published with the care leavers' forum.", 100, "4.3", "4.4"),
				Milestone.planned("Improvement plan closed and remaining work handed to business as usual",
						"Final report to the Improvement Board and cabinet.", 305));
	}

	private static List<Measure> measures() {
		return List.of(
				new Measure("Audited cases rated adequate or better",
						"Cases graded outstanding, good or requires improvement in the monthly themed audits, as a "
								+ "percentage of the cases audited.",
						"PERCENT", "HIGHER_IS_BETTER", new BigDecimal("85"), true, 7, HEAD_OF_QUALITY_ASSURANCE, 72.0,
						83.6,
						Map.of(5, "Smaller sample than usual: auditors were supporting re-inspection preparation."),
						List.of("7.1", "7.2", "2.2", "2.3")),
				new Measure("Agency social workers",
						"Agency social workers as a percentage of all social workers (full-time equivalent) in "
								+ "statutory teams.",
						"PERCENT", "LOWER_IS_BETTER", new BigDecimal("15"), true, 1, PRINCIPAL_SOCIAL_WORKER, 35.2,
						19.4, Map.of(), List.of("1.1", "1.3", "1.4")),
				new Measure("Average caseload per social worker",
						"Children allocated per full-time social worker in assessment, child protection and "
								+ "children in care teams.",
						"COUNT", "LOWER_IS_BETTER", new BigDecimal("18"), true, 1, HEAD_OF_QUALITY_ASSURANCE, 24.1,
						18.7, Map.of(), List.of("1.5", "1.6")),
				new Measure("Child protection visits within timescale",
						"Visits to children subject to a child protection plan made within 10 working days of the "
								+ "previous visit.",
						"PERCENT", "HIGHER_IS_BETTER", new BigDecimal("95"), true, 2, OFFICER, 77.5, 92.4,
						Map.of(8,
								"Dip reflects two teams' sickness absence; all missed visits followed up within a week."),
						List.of("2.5", "3.3")),
				new Measure("Re-referrals within 12 months",
						"Referrals to children's social care for a child referred in the previous 12 months.",
						"PERCENT", "LOWER_IS_BETTER", new BigDecimal("18"), false, 3, HEAD_OF_FRONT_DOOR, 27.3, 20.1,
						Map.of(), List.of("3.2", "3.5")),
				new Measure("MASH decisions within one working day",
						"Contacts to the front door with a recorded decision within one working day.", "PERCENT",
						"HIGHER_IS_BETTER", new BigDecimal("95"), false, 3, HEAD_OF_FRONT_DOOR, 68.0, 93.5, Map.of(),
						List.of("3.1", "3.7")));
	}

	private static List<CaseAudit> caseAudits() {
		return List.of(
				new CaseAudit("Baseline audit of all open cases after the inspection", -560, 28, 280, 672, 420,
						"1,400 open cases audited by managers and moderated by the quality assurance team. None needed "
								+ "immediate child protection action; 70% were adequate or better, with some good and "
								+ "outstanding practice. Every inadequate case has an action plan (see action 7.2)."),
				new CaseAudit("Themed audit: management oversight and supervision", -290, 8, 52, 138, 62,
						"Supervision is now regular, but too few records show reflection on the child's "
								+ "experience. Findings shared with every team manager."),
				new CaseAudit("Six-monthly audit of open cases", -100, 16, 96, 157, 51,
						"84% adequate or better. Strongest improvement in child protection plans; assessments "
								+ "of neglect remain the weakest area."));
	}

	private static List<WorkforceReturn> workforceReturns() {
		return List.of(new WorkforceReturn(12, 182.0, 41.0, 62.5, 9.0, 23.8),
				new WorkforceReturn(9, 188.5, 33.0, 59.5, 7.0, 21.9),
				new WorkforceReturn(6, 194.0, 26.5, 51.2, 6.0, 21.2),
				new WorkforceReturn(3, 201.5, 19.0, 44.0, 4.0, 19.7));
	}

	private static List<Inspection> inspections() {
		var inadequate = new Inspection("INSPECTION", "Inspection of local authority children's services", -610, -580,
				ILACS, "INADEQUATE",
				"Children who need help and protection do not get it quickly enough. Too many wait at the front "
						+ "door, plans drift without challenge, and frequent changes of social worker mean children "
						+ "have to tell their stories again and again. Leaders have not understood the scale of the "
						+ "problems or acted on them quickly enough.",
				Map.of("HELP_AND_PROTECTION", "INADEQUATE", "CHILDREN_IN_CARE", "REQUIRES_IMPROVEMENT", "CARE_LEAVERS",
						"REQUIRES_IMPROVEMENT", "IMPACT_OF_LEADERS", "INADEQUATE"),
				List.of(Finding.of("Too many children wait too long for a decision when they are first referred, and "
						+ "thresholds are neither applied consistently at the front door nor understood by partners.",
						"3.1", "3.2", "3.7"),
						Finding.of("Management oversight and supervision do not challenge drift; too many plans for "
								+ "children in need are not progressed.", "2.2", "2.4"),
						Finding.of("High turnover and reliance on agency staff mean many children have frequent "
								+ "changes of social worker.", "1.1", "1.3"),
						Finding.of("Strategy discussions rarely include health and education, and child "
								+ "protection visits are not always made within timescale.", "3.3", "2.5"),
						Finding.of("Care plans for children in care vary too much in quality; some are out of "
								+ "date and do not reflect children's current needs.", "4.1"),
						Finding.of(
								"Senior leaders do not have an accurate picture of frontline practice, and "
										+ "performance information is not used well to drive improvement.",
								"5.2", "5.3", "5.5"),
						Finding.of("Pathway plans for care leavers are not personal enough and do not always "
								+ "address housing and emotional health.", "4.3")));
		var firstVisit = new Inspection("MONITORING_VISIT", "First monitoring visit: the front door and assessment",
				-240, -218, ILACS, null,
				"Inspectors found a realistic start to improvement at the front door and in assessment teams, with "
						+ "leaders who understand what still needs to change.",
				Map.of(),
				List.of(Finding.of("Partner agencies are not yet co-located in the MASH and decisions are still too "
						+ "slow for some children.", "3.1"),
						Finding.of("Caseloads in assessment teams remain too high for social workers to do "
								+ "consistently good work.", "1.5"),
						Finding.of("Supervision now happens regularly, but records often lack reflection on the "
								+ "child's experience.", "2.6")));
		var secondVisit = new Inspection("MONITORING_VISIT", "Second monitoring visit: children in care", -130, -110,
				ILACS, null,
				"Children in care are visited regularly and their views are well recorded. Placement sufficiency "
						+ "remains the main risk.",
				Map.of(),
				List.of(Finding.of("Children in care are seen regularly and their care plans are up to date.", "4.1"),
						Finding.of("A small number of older children live in unregistered provision, with close "
								+ "oversight from senior leaders.", "4.5"),
						Finding.of("Too many children live a long way from Marchshire because local homes are in "
								+ "short supply.", "4.2", "4.7")));
		var reinspection = new Inspection("INSPECTION", "Re-inspection of local authority children's services", -75,
				-45, ILACS, "GOOD",
				"Leaders, backed by the chief executive and councillors, have transformed services for children "
						+ "and families. The workforce is now stable, the views of children and families shape "
						+ "services, and leaders know what children in care and care leavers need.",
				Map.of("HELP_AND_PROTECTION", "GOOD", "CHILDREN_IN_CARE", "GOOD", "CARE_LEAVERS", "GOOD",
						"IMPACT_OF_LEADERS", "OUTSTANDING"),
				List.of(Finding.of("Oversight of the local authority designated officer (LADO) arrangements needs "
						+ "strengthening, particularly the recording of outcomes.", "7.4"),
						Finding.of("The council does not do enough to identify children living in private fostering "
								+ "arrangements, and to assess them.", "7.5"),
						Finding.of("There are not yet enough local foster homes, especially for teenagers.", "4.2")));
		return List.of(inadequate, firstVisit, secondVisit, reinspection);
	}

}
