package org.turnaround.demo;

import java.util.List;

import org.turnaround.demo.DemoSpecs.ActionBuilder;
import org.turnaround.demo.DemoSpecs.Priority;

import static org.turnaround.demo.DemoSpecs.Status.BLOCKED;
import static org.turnaround.demo.DemoSpecs.Status.COMPLETE;
import static org.turnaround.demo.DemoSpecs.Status.IN_PROGRESS;
import static org.turnaround.demo.DemoSpecs.Status.NOT_STARTED;
import static org.turnaround.demo.Marchshire.HEAD_OF_CHILDREN_IN_CARE;
import static org.turnaround.demo.Marchshire.HEAD_OF_FRONT_DOOR;
import static org.turnaround.demo.Marchshire.HEAD_OF_QUALITY_ASSURANCE;
import static org.turnaround.demo.Marchshire.MANAGER;
import static org.turnaround.demo.Marchshire.NORTHGATE_PARTNERSHIP;
import static org.turnaround.demo.Marchshire.OFFICER;
import static org.turnaround.demo.Marchshire.POLICE_PARTNERSHIP;
import static org.turnaround.demo.Marchshire.PRINCIPAL_SOCIAL_WORKER;

/**
 * The priorities and actions of Marchshire's improvement plan, each action with the
 * updates its owner wrote. The mix is deliberate: complete, on track, overdue, blocked,
 * due soon with little progress, not updated for over a month, not started and cancelled,
 * so that every RAG and every page has something to show. Requirement numbers refer to
 * the improvement notice the plan answers.
 */
final class MarchshirePlan {

	private MarchshirePlan() {
	}

	static List<Priority> priorities() {
		return List.of(workforce(), practice(), frontDoor(), childrenInCare(), leadership(), partnership(),
				qualityAssurance());
	}

	private static ActionBuilder action(int number, String title, String owner) {
		return new ActionBuilder(number, title, owner);
	}

	private static Priority workforce() {
		return new Priority(1, "Workforce stability",
				"Give every child a stable, permanent social worker: recruit and keep experienced staff, cut "
						+ "reliance on agency workers and bring caseloads down to a level where good practice is "
						+ "possible.",
				"Martin Greaves, Head of HR and Organisational Development", List.of(
						action(1, "Launch a national recruitment campaign for experienced social workers", OFFICER)
							.describedAs("Two recruitment waves, for social workers and then for team managers and "
									+ "advanced practitioners, with a welcome package for people moving to Marchshire.")
							.runs(-420, -240)
							.answers(3)
							.update(355, IN_PROGRESS, 15, """
									Recruitment partner appointed through the regional framework. Campaign name and \
									branding agreed with the DCS and communications; the first adverts go out in the \
									trade press, on LinkedIn and on the national social work jobs board within three \
									weeks.""")
							.update(318, IN_PROGRESS, 40, """
									First wave closed with 61 applications. 23 candidates came to two assessment days \
									with practice scenarios and a panel of young people from the Children in Care \
									Council; 14 offers made, 9 of them to agency workers converting to permanent.""")
							.update(281, IN_PROGRESS, 70, """
									Second wave aimed at team managers and advanced practitioners: 6 offers accepted. \
									Pre-employment checks are now the bottleneck (nine weeks on average from offer to \
									start), so HR are chasing references and DBS checks every week.""")
							.update(252, COMPLETE, 100, """
									Campaign closed with 31 permanent appointments: 24 social workers, 5 team managers \
									and 2 advanced practitioners. Cost per hire about £4,100 against £6,500 budgeted. \
									Evaluation taken to the Improvement Board; rolling recruitment handed to HR as \
									business as usual.""")
							.build(),
						action(2, "Agree a market supplement and career progression offer for permanent social workers",
								OFFICER)
							.describedAs(
									"Close the pay gap with neighbouring councils and give social workers a reason "
											+ "to build their careers in Marchshire.")
							.runs(-400, -280)
							.answers(3)
							.update(350, IN_PROGRESS, 15, """
									Pay benchmarking against the eight neighbouring councils finished. We sit about \
									£2,300 below the regional median for experienced social workers, and the gap is \
									widest for team managers.""")
							.update(327, IN_PROGRESS, 45,
									"""
											Draft offer out to consultation with UNISON and GMB: a £3,000 market supplement for \
											registered social workers in statutory teams, a clear route from newly qualified to \
											advanced practitioner, and protected time for learning.""")
							.update(301, IN_PROGRESS, 85,
									"""
											Consultation closed with one change (the supplement will be reviewed every year, not \
											every two). Employment Committee approved the offer; finance confirm the £1.1m a \
											year fits within the improvement budget.""")
							.update(291, COMPLETE, 100, """
									Offer paid from this month's payroll and letters sent to 176 eligible staff. The \
									next quarterly leavers' figures will tell us whether it is making a difference.""")
							.build(),
						action(3, "Convert long-standing agency social workers to permanent contracts",
								PRINCIPAL_SOCIAL_WORKER)
							.describedAs(
									"One-to-one conversations with every agency social worker who has been with us "
											+ "for more than six months.")
							.runs(-330, 120)
							.answers(3)
							.update(322, IN_PROGRESS, 10, """
									47 agency social workers have been with us for more than six months. Team managers \
									have started one-to-one conversations, and I join those where the worker is \
									undecided.""")
							.update(246, IN_PROGRESS, 30,
									"""
											14 conversions so far. People who stay agency mostly cite flexibility and take-home \
											pay; we are piloting compressed hours in two assessment teams to test the first.""")
							.update(163, IN_PROGRESS, 50, """
									23 of 47 converted. The compressed-hours pilot went well and is now offered across \
									the service. A few workers will only stay until their current cases close, so we \
									are planning those children's transitions now rather than at the last minute.""")
							.update(74, IN_PROGRESS, 65,
									"""
											29 converted. The agency rate was 21.8% at the last quarterly return; most remaining \
											agency staff cover maternity leave and long-term sickness, which we expect.""")
							.update(11, IN_PROGRESS, 80, """
									33 converted, and 8 of the remaining 14 say they will convert when their current \
									contracts end. Final push planned alongside the next Social Work Academy intake.""")
							.build(),
						action(4, "Agree a regional memorandum of understanding on agency social worker pay", MANAGER)
							.describedAs("A shared cap on agency rates across the region, so councils stop outbidding "
									+ "each other for the same workers.")
							.runs(-300, -60)
							.revisedFrom(-150,
									"Two councils in the region withdrew from the draft agreement; the chief "
											+ "executives' group asked for the rates to be renegotiated before anyone signed.")
							.answers(3)
							.update(292, IN_PROGRESS, 10, """
									First meeting of the regional workforce group. All eleven councils agreed in \
									principle to a shared cap on agency rates and to stop approaching each other's \
									permanent staff through agencies.""")
							.update(214, IN_PROGRESS, 30, """
									Draft memorandum circulated: maximum hourly rates by grade, six months before a \
									leaver can come back through an agency, and shared reference checks.""")
							.update(160, IN_PROGRESS, 40, """
									Two councils have withdrawn because of their own recruitment pressures, and the \
									chief executives want the rates revisited before anyone signs. Due date moved with \
									the Improvement Board's agreement.""")
							.update(81, IN_PROGRESS, 60,
									"""
											Revised rates agreed by nine councils. Legal review of the memorandum under way; the \
											two that withdrew are likely to rejoin once the regional average rate is published.""")
							.update(18, IN_PROGRESS, 75,
									"""
											Still two chief executives to sign, so the memorandum is not in force and the \
											revised date has passed. Our Chief Executive has raised it directly; signature is on \
											the agenda for the regional group next month.""")
							.build(),
						action(5, "Introduce a caseload management tool and weekly caseload reports for team managers",
								HEAD_OF_QUALITY_ASSURANCE)
							.describedAs(
									"Weekly caseload data for every team, with agreed levels that trigger support.")
							.runs(-380, -200)
							.answers(3)
							.update(349, IN_PROGRESS, 20, """
									Caseload data now pulled weekly from the case management system. First run: 24.1 \
									children per social worker on average, with three assessment teams above 28.""")
							.update(297, IN_PROGRESS, 50, """
									Report goes to every team manager and head of service on Monday mornings. Agreed \
									triggers: above 22 a conversation with the head of service, above 26 allocation \
									support from the duty pool.""")
							.update(241, IN_PROGRESS, 85,
									"""
											The monitoring visit said assessment caseloads are still too high, which matches our \
											data. Tool now weights complexity (children on child protection plans or in \
											proceedings count double) so managers can balance work, not just count it.""")
							.update(206, COMPLETE, 100,
									"""
											Tool in full use and caseloads are in the monthly scorecard. Average caseload now \
											21.6; further reductions depend on recruitment (1.1 and 1.3) rather than the tool.""")
							.build(),
						action(6, "Launch the Marchshire Social Work Academy for newly qualified social workers",
								PRINCIPAL_SOCIAL_WORKER)
							.describedAs(
									"Two cohorts a year through the Assessed and Supported Year in Employment, with "
											+ "protected caseloads and a dedicated practice educator.")
							.runs(-250, 90)
							.answers(3)
							.update(241, IN_PROGRESS, 10, """
									Business case approved: two cohorts a year of up to 12 newly qualified social \
									workers, no more than 12 cases each in their first six months, and a dedicated \
									practice educator.""")
							.update(186, IN_PROGRESS, 35, """
									First cohort of 11 started. Two universities have agreed student placements, which \
									should feed the second cohort.""")
							.update(118, IN_PROGRESS, 55,
									"""
											All 11 in the first cohort passed their six-month review and are still with us. They \
											value the protected caseloads; they find there is too much classroom time, so we are \
											cutting it for cohort two.""")
							.update(51, IN_PROGRESS, 70, """
									Second cohort of 12 started. The Academy now has its own team manager, recruited \
									through the national campaign.""")
							.update(9, IN_PROGRESS, 80,
									"""
											Cohort one portfolios on track for sign-off and nine-month retention is 100%. A \
											proposal to make the Academy permanent goes to the Improvement Board before the due \
											date.""")
							.build(),
						action(7, "Offer key-worker housing to social workers relocating to Marchshire", OFFICER)
							.describedAs("Ring-fenced rented homes for new recruits moving into the county.")
							.runs(-360, -120)
							.answers(3)
							.update(338, IN_PROGRESS, 10, """
									Early talks with Marchshire Homes about setting aside a few one- and two-bedroom \
									flats for social workers moving into the county.""")
							.update(262, IN_PROGRESS, 20, """
									Marchshire Homes can offer four flats at most, and not until next year. Only three \
									recruits have told us housing was a barrier, and all three took the relocation \
									payment instead.""")
							.cancelled(203, """
									Cancelled by the Improvement Board on the programme manager's advice. We will look \
									again if new recruits tell us housing is stopping them joining.""",
									"Marchshire Homes could not offer enough homes in time, and the relocation payment in "
											+ "the welcome package (1.1) has met the need.")
							.build()));
	}

	private static Priority practice() {
		return new Priority(2, "Practice quality and management oversight",
				"Make sure every child gets consistently good social work: one practice model, regular reflective "
						+ "supervision, and managers who spot and stop drift in children's plans.",
				"Priya Shah, Principal Social Worker",
				List.of(action(1, "Adopt a single relational practice model across all social work teams",
						PRINCIPAL_SOCIAL_WORKER)
					.describedAs("Adopt and adapt Northgate's relational practice model, with Northgate trainers "
							+ "and practice leads.")
					.runs(-290, 90)
					.ledBy(NORTHGATE_PARTNERSHIP)
					.answers(8)
					.update(282, IN_PROGRESS, 5, """
							Scoping with Northgate's practice development team. We will adopt their model \
							rather than write our own, adapted for a county with a large rural patch.""")
					.update(222, IN_PROGRESS, 25, """
							Northgate trainers ran the two-day foundation course for all 58 heads of service and \
							team managers. Managers will cascade it to their teams with Northgate practice leads \
							alongside.""")
					.update(160, IN_PROGRESS, 45, """
							Seven of eleven teams trained. Child protection conference templates now use \
							restorative language, and letters to families are being rewritten in plain \
							English.""")
					.update(97, IN_PROGRESS, 60, """
							All frontline teams trained and practice observations (2.5) now look for the model. \
							A first audit sample records children's views in 81% of cases, up from 58%.""")
					.update(21, IN_PROGRESS, 80, """
							The re-inspection commented on a consistent practice model. Still to do: the \
							disabled children's team, the emergency duty team, and a refresher for staff who \
							joined after the first round.""")
					.build(),
						action(2, "Introduce monthly recorded supervision for every social worker", OFFICER)
							.describedAs("A new supervision policy and a template that records supervision on the "
									+ "child's file.")
							.runs(-400, -230)
							.answers(5)
							.update(347, IN_PROGRESS, 20, """
									Supervision policy rewritten with the Principal Social Worker: monthly for every \
									social worker (fortnightly for newly qualified staff), with a recorded, reflective \
									discussion of each child.""")
							.update(309, IN_PROGRESS, 45, """
									Policy agreed by the practice leadership group. Template built into the case \
									management system, so the record sits on the child's file and not in a separate \
									folder.""")
							.update(271, IN_PROGRESS, 75, """
									Compliance reporting is live: 74% of social workers had recorded supervision last \
									month. Teams under 80% are discussed at the weekly performance meeting.""")
							.update(238, COMPLETE, 100,
									"""
											Compliance above 90% for three months running. The quality of supervision, not just \
											its frequency, will be tested in the themed audit (7.1).""")
							.build(),
						action(3, "Deliver the practice standards programme to all social workers and managers",
								OFFICER)
							.describedAs(
									"Six half-day modules: assessment, analysis, child protection planning, recording, "
											+ "direct work, and working with fathers and male carers.")
							.runs(-280, -20)
							.answers(5)
							.update(271, IN_PROGRESS, 5,
									"""
											Programme designed with the Social Work Academy; six half-day modules, booked across \
											the year so every team can release staff.""")
							.update(209, IN_PROGRESS, 25,
									"""
											Modules 1 and 2 delivered to 142 staff. Attendance is lower in the locality teams \
											because of court commitments, so we are adding an evening session and recordings.""")
							.update(141, IN_PROGRESS, 45,
									"""
											Modules 3 and 4 done. 61% of social workers have completed all four modules so far.""")
							.update(62, IN_PROGRESS, 60, """
									Re-inspection preparation took the trainers away for six weeks and modules 5 and 6 \
									slipped. Plan to finish within two months agreed with the head of workforce.""")
							.update(9, IN_PROGRESS, 70, """
									Overdue. Module 5 delivered; module 6 (working with fathers and male carers) still \
									to run for about 40% of staff. Two extra sessions booked next month, and I have \
									asked Marcus to take a revised date to the next Board.""")
							.build(),
						action(4, "Review every child in need plan open for more than 12 months", OFFICER)
							.describedAs(
									"Team managers review each long-running plan with the social worker and decide "
											+ "whether to step down, close or escalate.")
							.runs(-75, 8)
							.answers(5)
							.update(70, IN_PROGRESS, 5, """
									132 child in need plans have been open for more than 12 months. Each team manager \
									has their list and is reviewing every case with the social worker.""")
							.update(41, IN_PROGRESS, 15, """
									40 reviewed: 11 can close with step-down to early help, and 6 should have been \
									escalated to child protection and now have been. Heads of service are chasing the \
									teams that have not started.""")
							.update(6, IN_PROGRESS, 30,
									"""
											58 of 132 reviewed. Sickness in two locality teams has slowed us down. Realistically \
											we need another month, and I would rather ask for a new date than rush the \
											reviews.""")
							.build(),
						action(5, "Observe every social worker's direct work with families twice a year", OFFICER)
							.describedAs("Practice observations by team managers and practice leads, with written "
									+ "feedback and, where the family agrees, the family's view.")
							.runs(-210, 150)
							.answers(5)
							.update(203, IN_PROGRESS, 10,
									"""
											Observation framework agreed: two observed visits a year for every social worker, by \
											their team manager or a practice lead, with written feedback.""")
							.update(141, IN_PROGRESS, 30,
									"""
											First round done in assessment and child protection teams (96 observations). Common \
											strength: warm relationships with children. Common gap: plans not explained to \
											parents in plain language.""")
							.update(83, IN_PROGRESS, 50, """
									Findings fed into module 6 of the practice standards programme and into team \
									development days. Child protection visits in timescale up to 89% since teams added \
									visits to their weekly huddles.""")
							.update(16, IN_PROGRESS, 65,
									"""
											Second round under way. Families are now asked for feedback after an observed visit: \
											37 responses so far, most saying they felt listened to.""")
							.build(),
						action(6, "Roll out group supervision in assessment and child protection teams", OFFICER)
							.describedAs("Fortnightly systemic group supervision, piloted and then rolled out with "
									+ "Northgate's systemic practice leads.")
							.runs(-150, 150)
							.ledBy(NORTHGATE_PARTNERSHIP)
							.answers(5)
							.update(143, IN_PROGRESS, 10, """
									Northgate's systemic practice leads ran a taster for the assessment team managers. \
									Pilot of fortnightly group supervision agreed for two teams.""")
							.update(97, IN_PROGRESS, 25,
									"""
											Pilot running in Assessment Teams 1 and 3. Social workers find it helps with complex \
											cases; managers worry about the time. Northgate have shared their template for \
											recording it on the child's file.""")
							.update(48, IN_PROGRESS, 40, """
									87% of staff in the pilot would recommend it. Rolling out to all assessment and \
									child protection teams, with Northgate co-facilitating the first two sessions in \
									each.""")
							.update(13, IN_PROGRESS, 55, """
									Seven teams running group supervision. Recording on the child's file is still \
									patchy; David's team will check it in the next themed audit.""")
							.build(),
						action(7, "Refresh case recording and chronology standards", OFFICER)
							.describedAs(
									"New recording standards with templates built into the case management system.")
							.runs(-180, 120)
							.answers(5)
							.update(171, IN_PROGRESS, 10, """
									Standards drafted: chronologies updated within five working days of a significant \
									event, case summaries rewritten every six months, and records written to the child \
									in words they would understand.""")
							.update(122, IN_PROGRESS, 25, """
									Templates agreed with the systems team. Change request raised with the case \
									management supplier for a new chronology screen, quoted at eight weeks.""")
							.update(46, IN_PROGRESS, 40, """
									Chronology screen delivered to the test environment; six social workers will test \
									it next. Standards published on the intranet in the meantime.""")
							.build()));
	}

	private static Priority frontDoor() {
		return new Priority(3, "The front door: MASH, thresholds and early help",
				"Make sure children get the right help at the right time: a multi-agency safeguarding hub that "
						+ "makes timely, proportionate decisions, thresholds every partner understands, and early "
						+ "help in every locality.",
				"Claire Whitfield, Assistant Director, Safeguarding and Family Help",
				List.of(action(1, "Relaunch the MASH with police, health and education co-located", HEAD_OF_FRONT_DOOR)
					.describedAs("One multi-agency safeguarding hub at the Civic Centre, with a single decision "
							+ "maker for every contact.")
					.runs(-400, -90)
					.revisedFrom(-200, "The two health practitioner posts could not be recruited until the "
							+ "integrated care board confirmed funding; relaunch moved with the Improvement Board's "
							+ "agreement.")
					.answers(4)
					.update(359, IN_PROGRESS, 15, """
							Options appraisal agreed: police, health and education staff co-located with \
							children's social care at the Civic Centre, and one decision maker for every \
							contact.""")
					.update(286, IN_PROGRESS, 35, """
							Office refit finished and the police public protection team have moved in. The two \
							specialist nurse posts are still unfunded; the ICB decides next quarter.""")
					.update(232, IN_PROGRESS, 50, """
							The monitoring visit confirmed the front door is improving but partners are not yet \
							together. We cannot relaunch without health, so the Board agreed a revised date.""")
					.update(158, IN_PROGRESS, 80, """
							ICB funding confirmed and both nurses appointed. An education safeguarding officer \
							has joined from the schools team. Daily multi-agency meetings running in shadow \
							form.""")
					.update(95, COMPLETE, 100, """
							MASH relaunched with police, health and education in the same room. 88% of contacts \
							now get a decision within one working day, against 68% a year ago. Briefings held \
							for schools and GP practices.""")
					.build(),
						action(2, "Publish a multi-agency threshold document and train partners to use it",
								HEAD_OF_FRONT_DOOR)
							.describedAs(
									"Thresholds agreed by the three safeguarding partners, with worked examples and "
											+ "training for schools and GPs.")
							.runs(-390, -260)
							.answers(4)
							.update(352, IN_PROGRESS, 20,
									"""
											Threshold document redrafted with the safeguarding partnership, in the continuum of \
											need format partners told us they find clearest.""")
							.update(315, IN_PROGRESS, 50, """
									Consultation closed with 214 responses, mostly from schools. The main request was \
									for more worked examples on neglect and on teenagers at risk outside the home; \
									added.""")
							.update(284, IN_PROGRESS, 80, """
									Signed off by the three statutory safeguarding partners. Briefings delivered to 96 \
									designated safeguarding leads and to GP practice leads.""")
							.update(265, COMPLETE, 100, """
									Published with an e-learning module for partners. Contacts ending in no further \
									action have fallen from 44% to 36% in two months; we will keep watching.""")
							.build(),
						action(3, "Make sure police, health and education take part in every strategy discussion",
								HEAD_OF_FRONT_DOOR)
							.describedAs(
									"A daily strategy discussion slot in the MASH and an agreed standard for partner "
											+ "attendance.")
							.runs(-200, 40)
							.ledBy(POLICE_PARTNERSHIP)
							.answers(4)
							.update(193, IN_PROGRESS, 10, """
									Audit of 50 strategy discussions: police present in 47, health in 19, education in \
									22. New standard: all three agencies in every discussion, by video if need be.""")
							.update(131, IN_PROGRESS, 35, """
									Police attendance now 100%. A daily strategy discussion slot in the MASH lets \
									partners plan their diaries around it.""")
							.update(72, IN_PROGRESS, 55, """
									Health attendance up to 61%, but the designated nurse post has been vacant for two \
									months and the named GP role is unfilled. Raised at the safeguarding partnership \
									executive.""")
							.update(24, BLOCKED, 55,
									"""
											Blocked: health cannot commit to every strategy discussion until the designated \
											nurse is replaced, and the ICB's recruitment freeze means that will not happen before \
											the due date. The Director has written to the ICB's chief nurse; on the Board's risk \
											register.""")
							.build(),
						action(4, "Review the emergency duty team and align its thresholds with the daytime front door",
								OFFICER)
							.describedAs("Out-of-hours decisions recorded and handed over on the same basis as daytime "
									+ "ones.")
							.runs(-240, -35)
							.answers(4)
							.update(233, IN_PROGRESS, 10, """
									Three months of out-of-hours contacts analysed (612 calls). About one in five was \
									handed to daytime teams without a recorded decision.""")
							.update(170, IN_PROGRESS, 30, """
									Two options drafted: a joint emergency duty service with adult social care, or a \
									children's-only service with a senior practitioner on call. Either needs staff \
									consultation.""")
							.update(99, IN_PROGRESS, 45, """
									Consultation on the joint model open; 15 of the 17 staff affected have responded. \
									We are answering concerns about mixing adult and children's work at night.""")
							.update(14, IN_PROGRESS, 60, """
									Overdue. Joint model agreed, but the new rota cannot start until job evaluation is \
									done, which HR put at six weeks. I will bring a revised date and the risk to the \
									next Board.""")
							.build(),
						action(5, "Open a family hub in each of the four localities", OFFICER)
							.describedAs("Early help, health visiting and advice services in one place in Marchbridge, "
									+ "Eastholm, Hollowmere and the western villages.")
							.runs(-240, 240)
							.update(234, IN_PROGRESS, 10,
									"""
											Family hub plan agreed with the early help partnership: four hubs, one per locality, \
											in existing children's centres and a library.""")
							.update(172, IN_PROGRESS, 25,
									"""
											Marchbridge hub open, with health visiting, family support workers and a debt advice \
											clinic. 38 families seen in the first month.""")
							.update(104, IN_PROGRESS, 40,
									"""
											Eastholm hub open. Step-down from social care to early help now goes through one hub \
											worker, which has cut the wait for a first visit from 19 days to 6.""")
							.update(25, IN_PROGRESS, 55, """
									Hollowmere library fit-out under way. The site for the western villages is still \
									being negotiated with the parish council, but we are on track overall.""")
							.build(),
						action(6, "Commission a peer review of the front door from Northgate", HEAD_OF_FRONT_DOOR)
							.describedAs("Northgate's MASH leads track children's journeys through our front door and "
									+ "tell us what they see.")
							.runs(-290, -180)
							.ledBy(NORTHGATE_PARTNERSHIP)
							.answers(4, 8)
							.update(281, IN_PROGRESS, 20, """
									Terms of reference agreed with Northgate: three days on site, a sample of 40 \
									contacts and referrals, and conversations with partners.""")
							.update(245, IN_PROGRESS, 60,
									"""
											Peer review done. Northgate's team sat alongside our MASH social workers and tracked \
											40 children's journeys, then gave feedback to staff on the last afternoon.""")
							.update(212, IN_PROGRESS, 90,
									"""
											Written report received with 11 recommendations, including a single front door phone \
											number and clearer consent guidance for partners. Built into 3.1 and 3.7.""")
							.update(186, COMPLETE, 100, """
									Report and our response taken to the Improvement Board; all 11 recommendations \
									accepted and tracked through the MASH actions.""")
							.build(),
						action(7, "Introduce daily MASH huddles and a one-working-day decision target", OFFICER)
							.describedAs("A short daily meeting on undecided contacts, children waiting for strategy "
									+ "discussions and staffing.")
							.runs(-30, 9)
							.answers(4)
							.update(27, IN_PROGRESS, 5, """
									Huddle format agreed: 15 minutes at 9:15 every morning on yesterday's undecided \
									contacts, children waiting for a strategy discussion, and staffing.""")
							.update(15, IN_PROGRESS, 15, """
									Huddles happening three days a week so far. The report behind them is not \
									automated and takes a business support officer most of the morning.""")
							.update(4, IN_PROGRESS, 20, """
									Automation sits with business intelligence, who are stretched by year-end returns. \
									Unlikely to be finished by the due date; I have told Aisha.""")
							.build()));
	}

	private static Priority childrenInCare() {
		return new Priority(4, "Children in care and care leavers",
				"Help children in care live in stable homes close to the people who matter to them, with a plan "
						+ "that is up to date, and give care leavers the support a good parent would.",
				"Nadia Lewandowski, Assistant Director, Corporate Parenting",
				List.of(action(1, "Bring every child in care's care plan and review up to date",
						HEAD_OF_CHILDREN_IN_CARE)
					.describedAs("Every child in care with a care plan less than six months old and a review by "
							+ "an Independent Reviewing Officer within timescale.")
					.runs(-400, -250)
					.answers(6)
					.update(356, IN_PROGRESS, 25, """
							Tracker set up for all 412 children in care: 71 care plans are more than six months \
							old and 23 children had a review out of timescale.""")
					.update(318, IN_PROGRESS, 50, """
							Two more Independent Reviewing Officers appointed on fixed-term contracts to clear \
							the overdue reviews.""")
					.update(279, IN_PROGRESS, 80, """
							Overdue reviews down to 4, all with dates booked. Out-of-date care plans down to 19, \
							each with a named manager and a date.""")
					.update(253, COMPLETE, 100, """
							Every child in care has a care plan updated in the last six months and a review in \
							timescale. Tracked monthly in the scorecard; IROs escalate any drift.""")
					.build(),
						action(2, "Recruit more Marchshire foster carers: a net gain of 25 households",
								HEAD_OF_CHILDREN_IN_CARE)
							.describedAs(
									"A recruitment campaign, a new fee structure and better support so carers stay.")
							.runs(-360, 150)
							.revisedFrom(-30,
									"Foster carer recruitment has been slower than forecast across the region. "
											+ "The Board kept the target and moved the date so the campaign can run another year.")
							.answers(6)
							.update(351, IN_PROGRESS, 5, """
									Campaign planned with communications, with current carers as ambassadors. Our fees \
									are below the regional average for teenagers.""")
							.update(280, IN_PROGRESS, 15, """
									Cabinet approved new fees, including a skills payment for carers of teenagers. 52 \
									enquiries in the first month of the campaign; 9 households started assessment.""")
							.update(198, IN_PROGRESS, 25,
									"""
											5 new households approved, but 3 carers retired and 1 resigned: a net gain of 1. We \
											will not meet the original date, and the Board agreed a new one.""")
							.update(117, IN_PROGRESS, 35,
									"""
											12 approved, 6 left, net gain 6. Exit interviews say out-of-hours support is the main \
											reason carers leave; a new out-of-hours line run by supervising social workers \
											starts next month.""")
							.update(26, IN_PROGRESS, 40, """
									Net gain now 10. The re-inspection said local sufficiency is still a challenge, \
									which is our view too. Assessments in progress would take us to about 16, behind \
									the trajectory for 25.""")
							.build(),
						action(3, "Rewrite every care leaver's pathway plan with the young person",
								HEAD_OF_CHILDREN_IN_CARE)
							.describedAs("A shorter pathway plan, written to the young person, designed with the care "
									+ "leavers' forum.")
							.runs(-220, 100)
							.answers(6)
							.update(212, IN_PROGRESS, 10, """
									New pathway plan co-designed with the care leavers' forum: shorter, written to the \
									young person, with their own goals at the front.""")
							.update(158, IN_PROGRESS, 30, """
									Personal advisers trained. 64 of 243 care leavers have a rewritten plan, starting \
									with those aged 17 and 18.""")
							.update(94, IN_PROGRESS, 50, """
									131 plans rewritten. The forum reviewed a sample and asked for more on housing, so \
									there is now a housing section.""")
							.update(19, IN_PROGRESS, 70, """
									172 of 243 done. Most of the rest are care leavers aged 21 to 25 who are harder to \
									reach; personal advisers are offering to meet at the drop-in or online.""")
							.build(),
						action(4, "Publish a new local offer for care leavers", OFFICER)
							.describedAs(
									"Council tax exemption to 25, a free leisure pass and guaranteed interviews for "
											+ "council apprenticeships.")
							.runs(-150, 100)
							.answers(6)
							.update(145, IN_PROGRESS, 10, """
									Local offer benchmarked against the best in the region. Gaps: council tax \
									exemption stops at 21, no leisure pass, no guaranteed interview for council \
									apprenticeships.""")
							.update(92, IN_PROGRESS, 35, """
									Cabinet agreed council tax exemption to 25 and a free leisure pass; the district \
									councils have been asked to match the exemption.""")
							.update(40, IN_PROGRESS, 50,
									"""
											Guaranteed interviews for council apprenticeships agreed with HR. The care leavers' \
											forum is designing the booklet and web page.""")
							.update(8, IN_PROGRESS, 65, """
									Draft offer with the forum for a last check. Launch planned for the care leavers' \
									celebration evening, in time for the milestone.""")
							.build(),
						action(5, "Move every child in unregistered provision to a registered home",
								HEAD_OF_CHILDREN_IN_CARE)
							.describedAs("Weekly oversight by the Director for each child until they live in a "
									+ "registered home.")
							.runs(-260, 30)
							.answers(6)
							.update(252, IN_PROGRESS, 15, """
									Seven young people aged 15 to 17 live in unregistered provision. Each has a named \
									head of service and weekly oversight by the Director.""")
							.update(176, IN_PROGRESS, 40, """
									Four have moved to registered homes or supported lodgings. The other three have \
									complex needs and few providers will offer them a home.""")
							.update(108, IN_PROGRESS, 60, """
									One more moved. The monitoring visit raised the two who remain: both have daily \
									oversight and their provider has applied to Ofsted for registration.""")
							.update(31, BLOCKED, 70,
									"""
											Blocked: the provider's registration is delayed and no registered home within 50 \
											miles has accepted either young person. The regional commissioning hub is searching; \
											both are seen weekly and their views recorded. Escalated to the DCS and the \
											Commissioner.""")
							.build(),
						action(6, "Open a second council-run children's home in the north of the county", MANAGER)
							.describedAs("A four-bed home so that more children can live in Marchshire.")
							.runs(-330, 60)
							.answers(6)
							.update(323, IN_PROGRESS, 5,
									"""
											Capital bid of £1.4m approved in principle; estates are searching for a property.""")
							.update(240, IN_PROGRESS, 15, """
									Preferred property found in Stanbrook. Pre-application planning advice requested; \
									neighbours raised concerns at the parish council.""")
							.cancelled(170,
									"""
											Planning advice is that a change of use is unlikely, and the fire safety work would \
											cost more than the building. Cancelled at the Improvement Board.""",
									"The preferred property failed the planning and suitability checks. The Board put the "
											+ "capital into the regional residential partnership instead, which gives "
											+ "Marchshire children access to more homes sooner.")
							.build(),
						action(7, "Reduce the number of children in care living more than 20 miles from home", OFFICER)
							.describedAs("Placement panel approval for any placement further away, and a plan to bring "
									+ "children closer when that is right for them.")
							.runs(-200, 200)
							.answers(6)
							.update(193, IN_PROGRESS, 5, """
									Baseline: 96 of 412 children in care (23%) live more than 20 miles from home, most \
									of them in residential care.""")
							.update(131, IN_PROGRESS, 20,
									"""
											Placement panel now approves any placement over 20 miles, with a plan to return the \
											child closer to home where that is in their interest. 8 children have moved closer \
											since.""")
							.update(52, IN_PROGRESS, 35, """
									Down to 84 children (20%). Progress now depends on foster carer recruitment (4.2). \
									Checking the panel data against the placement list before the next update.""")
							.build()));
	}

	private static Priority leadership() {
		return new Priority(5, "Leadership, governance and accountability",
				"Stable, visible leadership, with councillors and partners who know what frontline practice is "
						+ "like and hold the service to account.",
				"Simon Achebe, Director of Children's Services",
				List.of(action(1, "Establish the Improvement Board with an independent chair", MANAGER)
					.describedAs("Board meets every six weeks and reports to the DfE and the Commissioner.")
					.runs(-425, -330)
					.answers(1)
					.update(362, IN_PROGRESS, 40, """
							Independent chair appointed: a former director of children's services who has led \
							two improvement journeys. Terms of reference and membership agreed with the \
							Commissioner.""")
					.update(352, IN_PROGRESS, 70, """
							First Board meeting held: Leader, Chief Executive, lead member, DCS, police, ICB, \
							schools, the Commissioner, and Northgate's DCS as an observer.""")
					.update(345, COMPLETE, 100, """
							Board in place with a forward plan for the year. Papers are published on the \
							council website unless they could identify a child.""")
					.build(),
						action(2, "Recruit a permanent Director of Children's Services and senior leadership team",
								MANAGER)
							.describedAs("End the run of interim leaders: a permanent DCS and two assistant directors.")
							.runs(-420, -220)
							.answers(2)
							.update(360, IN_PROGRESS, 25,
									"""
											Search firm appointed through the regional framework. The interim DCS stays until a \
											permanent appointment starts.""")
							.update(318, IN_PROGRESS, 50, """
									Shortlist of four. Stakeholder panels included young people from the Children in \
									Care Council, frontline social workers and partners.""")
							.update(270, IN_PROGRESS, 75, """
									Permanent DCS appointed, starting in eight weeks. Recruiting now to two assistant \
									director posts: Safeguarding and Family Help, and Corporate Parenting.""")
							.update(224, COMPLETE, 100, """
									Both assistant directors in post. Children's services has a fully permanent senior \
									leadership team for the first time in four years.""")
							.build(),
						action(3, "Introduce a monthly performance scorecard for the lead member and scrutiny",
								HEAD_OF_QUALITY_ASSURANCE)
							.describedAs("24 measures on one page, each with a target, a trend and a commentary.")
							.runs(-380, -220)
							.answers(2, 7)
							.update(346, IN_PROGRESS, 20, """
									Scorecard designed with the lead member: 24 measures on one page, each with a \
									target, the trend and a short commentary from the head of service responsible.""")
							.update(300, IN_PROGRESS, 55, """
									First two scorecards built by hand. Data quality problems found in placement data \
									and care leaver contact; both being fixed at source.""")
							.update(254, IN_PROGRESS, 85, """
									Scorecard now produced automatically from the data warehouse. Scrutiny committee \
									will see it every quarter and the lead member every month.""")
							.update(226, COMPLETE, 100, """
									Three months in use, and now the first item at every Improvement Board meeting.""")
							.build(),
						action(4, "Deliver corporate parenting training to every councillor", OFFICER)
							.describedAs("Four sessions led by the Children in Care Council on what a corporate parent "
									+ "should know and ask.")
							.runs(-200, -40)
							.revisedFrom(-120,
									"Two of the four sessions were postponed during the pre-election period for "
											+ "the county council by-elections.")
							.answers(2)
							.update(190, IN_PROGRESS, 10,
									"""
											Programme agreed with Democratic Services: four sessions run by the Children in Care \
											Council on what being in care in Marchshire is like and what a corporate parent \
											should ask.""")
							.update(133, IN_PROGRESS, 35, """
									First two sessions held with 38 of 60 councillors. Excellent feedback, especially \
									for the session led by care leavers.""")
							.update(92, IN_PROGRESS, 50,
									"""
											Sessions three and four postponed by the pre-election period; new dates set and the \
											due date revised.""")
							.update(20, IN_PROGRESS, 80,
									"""
											Session three held: 51 of 60 councillors have now attended at least one session, and \
											the other 9 are offered a one-to-one with the lead member. The final session is next \
											month, so this is a few weeks overdue.""")
							.build(),
						action(5, "Senior leaders spend one day a month with a frontline team", MANAGER)
							.describedAs(
									"Every senior leader, the Chief Executive and the lead member on a monthly rota "
											+ "with frontline teams.")
							.runs(-330, 120)
							.answers(2)
							.update(322, IN_PROGRESS, 10,
									"""
											Rota agreed: the DCS, assistant directors, heads of service and the Chief Executive \
											each spend a day a month with a frontline team, including joint visits where \
											families consent.""")
							.update(241, IN_PROGRESS, 35, """
									31 visits so far, with themes written up for the leadership team every month. Top \
									issue from staff: laptops and phones that do not work on home visits.""")
							.update(152, IN_PROGRESS, 55,
									"""
											New laptops and phones issued to every social worker as a direct result. The Leader \
											and the lead member have joined the rota.""")
							.update(64, IN_PROGRESS, 70,
									"""
											Inspectors at the re-inspection singled out leaders' knowledge of frontline practice \
											as a strength.""")
							.update(12, IN_PROGRESS, 80,
									"""
											122 leader visits done. The rota will carry on after the plan closes; an evaluation \
											goes to the Board.""")
							.build(),
						action(6, "Prepare the self-evaluation and evidence pack for the DfE review of the notice",
								MANAGER)
							.describedAs(
									"Evidence against each requirement of the notice, the re-inspection findings and "
											+ "the headline measures.")
							.runs(-40, 12)
							.answers(2)
							.update(38, IN_PROGRESS, 5,
									"""
											Template agreed with the Commissioner's office: evidence against each requirement of \
											the notice, the re-inspection findings, and the trend in the headline measures.""")
							.update(22, IN_PROGRESS, 15, """
									Requirement leads asked for their evidence; six of eight returned. Workforce and \
									front door still outstanding.""")
							.update(5, IN_PROGRESS, 25,
									"""
											Narrative drafted for the first four requirements only, and the workforce evidence \
											is still missing a week before the deadline. Briefing the DCS on Monday; we may ask \
											the Commissioner's office for a short extension.""")
							.build()));
	}

	private static Priority partnership() {
		return new Priority(6, "Partnership working and the voices of children and families",
				"Improve faster with our partners and an outstanding council, and make sure children, young people "
						+ "and families shape the service and are heard when things go wrong.",
				"Rebecca Thorne, Head of Partnerships and Participation", List.of(
						action(1, "Agree a sector-led improvement partnership with Northgate City Council", MANAGER)
							.describedAs("A formal partnership with an outstanding council, as the Commissioner "
									+ "recommended.")
							.runs(-360, -290)
							.answers(8)
							.update(348, IN_PROGRESS, 20, """
									The Commissioner recommended a formal partnership with a good or outstanding \
									council. First conversations held with Northgate, whose children's services are \
									judged outstanding.""")
							.update(322, IN_PROGRESS, 60, """
									Memorandum of understanding agreed: practice model, front door peer review, \
									leadership coaching and practice-exchange placements. DfE sector-led improvement \
									funding confirmed.""")
							.update(298, COMPLETE, 100, """
									Partnership launched at two events where more than 150 of our frontline staff met \
									Northgate colleagues. Work tracked through actions 2.1, 2.6, 3.6 and 6.2.""")
							.build(),
						action(2, "Practice-exchange placements: Marchshire managers spend a week in Northgate teams",
								OFFICER)
							.describedAs(
									"Up to 20 team managers and senior practitioners, each matched with a Northgate "
											+ "team doing similar work.")
							.runs(-270, 150)
							.ledBy(NORTHGATE_PARTNERSHIP)
							.answers(8)
							.update(262, IN_PROGRESS, 10, """
									Placements agreed with Northgate: up to 20 of our team managers and senior \
									practitioners, a week each, matched to a Northgate team doing similar work.""")
							.update(189, IN_PROGRESS, 30, """
									First six placements done. Returning managers presented to the practice leadership \
									group; two ideas (family network meetings before legal planning, and a single \
									chronology template) adopted straight away.""")
							.update(112, IN_PROGRESS, 50, """
									13 placements done. Northgate team managers have made three return visits to see \
									the changes for themselves.""")
							.update(24, IN_PROGRESS, 65, """
									17 done and the last three booked. Planning a joint practice conference with \
									Northgate later in the year.""")
							.build(),
						action(3, "Agree a statement of expectation for safeguarding children with partner agencies",
								OFFICER)
							.describedAs(
									"What partners can expect from children's social care, and what we expect from "
											+ "them, signed by the safeguarding partners.")
							.runs(-380, -300)
							.answers(4)
							.update(358, IN_PROGRESS, 30, """
									Cabinet considered the draft statement. Next we shape it with partner agencies so \
									that it belongs to all of us, not just the council.""")
							.update(333, IN_PROGRESS, 65,
									"""
											Workshops held with police, health, schools and the voluntary sector. The statement \
											now says what partners can expect from us and what we expect from them.""")
							.update(304, COMPLETE, 100, """
									Signed by the three statutory safeguarding partners and published. It is now part \
									of induction for every new member of staff across the partnership.""")
							.build(),
						action(4, "Set up a Family Voice panel so families affected by past failings are heard",
								OFFICER)
							.describedAs("An independent panel for families affected by the practice the High Court "
									+ "criticised.")
							.runs(-300, 75)
							.revisedFrom(-60, "The first independent chair withdrew before the panel met; the post was "
									+ "re-advertised and the date moved with the Improvement Board's agreement.")
							.update(290, IN_PROGRESS, 10,
									"""
											Terms of reference drafted with advice from a national family rights charity. The \
											panel will hear from families affected by the practice the High Court criticised.""")
							.update(215, IN_PROGRESS, 25, """
									Independent chair appointed; 14 families have said they would like to take part.""")
							.update(165, IN_PROGRESS, 30, """
									The chair has withdrawn for personal reasons before the first meeting. Post \
									re-advertised, and we have written to each family to explain the delay.""")
							.update(86, IN_PROGRESS, 55, """
									New chair appointed and two sessions held with 9 families. They have asked for an \
									apology from the Leader and for an easier way to see their records.""")
							.update(17, IN_PROGRESS, 80, """
									The Leader apologised in person to the families who wanted it. Information \
									governance have agreed a quicker process for families to see their records. Panel \
									report due next month.""")
							.build(),
						action(5, "Relaunch the Children in Care Council and create two participation apprenticeships",
								HEAD_OF_CHILDREN_IN_CARE)
							.describedAs("A Children in Care Council that meets monthly and is heard by the Corporate "
									+ "Parenting Board.")
							.runs(-330, -200)
							.update(324, IN_PROGRESS, 15, """
									The Children in Care Council had stopped meeting. Relaunch planned with young \
									people, a youth worker and the advocacy service.""")
							.update(268, IN_PROGRESS, 50, """
									Relaunched with 16 members aged 11 to 19 and a separate group for younger \
									children. Two participation apprentices recruited, both care leavers.""")
							.update(232, IN_PROGRESS, 85,
									"""
											The Children in Care Council met the Leader and lead member with their top ten asks; \
											four already agreed, including free bus travel.""")
							.update(205, COMPLETE, 100, """
									Relaunch complete. Meets monthly, with a standing slot at the Corporate Parenting \
									Board.""")
							.build(),
						action(6, "Jointly commission mental health support for children in care with the ICB", OFFICER)
							.describedAs("A dedicated children in care mental health team, funded jointly with the "
									+ "integrated care board.")
							.runs(-230, 60)
							.update(222, IN_PROGRESS, 10, """
									Needs analysis with the ICB and CAMHS: children in care wait 19 weeks on average \
									for a first CAMHS appointment.""")
							.update(150, IN_PROGRESS, 20, """
									Service specification drafted for a children in care mental health team, funded by \
									the council and the ICB together.""")
							.update(79, IN_PROGRESS, 30,
									"""
											The ICB has paused all new investment under its financial recovery plan. \
											Specification ready; for now CAMHS will prioritise urgent referrals for children in \
											care.""")
							.update(27, BLOCKED, 30, """
									Still blocked: the ICB will not commit funding before next financial year. The DCS \
									has raised it with the ICB's chief executive and at the Improvement Board.""")
							.build()));
	}

	private static Priority qualityAssurance() {
		return new Priority(7, "Quality assurance, performance and learning",
				"Know what practice is really like through regular audits, good performance information and the "
						+ "habit of learning from what children, families and staff tell us.",
				"David Moreland, Head of Quality Assurance and Performance",
				List.of(action(1, "Implement a quality assurance framework with monthly themed case audits",
						HEAD_OF_QUALITY_ASSURANCE)
					.describedAs("Monthly themed audits by managers, moderated by the quality assurance team, with "
							+ "families' views for one audited case in three.")
					.runs(-420, -240)
					.answers(7)
					.update(357, IN_PROGRESS, 25, """
							Framework agreed: monthly themed audits by managers, moderated by my team, with the \
							child's or family's view gathered for one case in three.""")
					.update(311, IN_PROGRESS, 50, """
							Three themed audits done (supervision, neglect, care plans). Moderation shows \
							managers grade generously in about one case in five; calibration sessions \
							planned.""")
					.update(268, IN_PROGRESS, 80, """
							Audit results now go to every Improvement Board meeting, and staff get a 'you said, \
							we did' summary.""")
					.update(243, COMPLETE, 100, """
							Running as business as usual. Moderators now agree with the auditor's grade in 84% \
							of cases, up from 79%.""")
					.build(),
						action(2, "Act on every case graded inadequate in the baseline audit of 1,400 cases",
								HEAD_OF_QUALITY_ASSURANCE)
							.describedAs(
									"Each of the 420 inadequate cases re-checked by a manager once its actions are "
											+ "done.")
							.runs(-425, -280)
							.answers(7)
							.update(361, IN_PROGRESS, 40, """
									301 of the 420 cases graded inadequate have had their actions completed and been \
									re-checked by a manager.""")
							.update(330, IN_PROGRESS, 75,
									"""
											389 of 420 complete. Most of the remaining 31 moved between teams; heads of service \
											are following each one.""")
							.update(289, COMPLETE, 100, """
									All 420 re-checked and none needed immediate child protection action. The themes \
									(drift in plans, weak analysis) fed into the practice standards programme (2.3).""")
							.build(),
						action(3, "Replace the reporting module of the case management system", OFFICER)
							.describedAs(
									"Child-level reporting without manual work, after the supplier's system upgrade.")
							.runs(30, 270)
							.answers(7)
							.update(120, NOT_STARTED, 0, """
									Business case drafted: the current reporting module cannot give the scorecard \
									child-level data without manual work.""")
							.update(64, NOT_STARTED, 0, """
									Business case approved by the Digital Board. We will buy through the existing \
									supplier's framework, starting after the system upgrade.""")
							.update(13, NOT_STARTED, 0, """
									Supplier has confirmed the upgrade date. Project board and team named; work starts \
									as planned next month.""")
							.build(),
						action(4, "Strengthen oversight of the local authority designated officer (LADO) arrangements",
								OFFICER)
							.describedAs("Answers the re-inspection: timely handling of allegations against people who "
									+ "work with children, and recorded outcomes.")
							.runs(-40, 50)
							.answers(7)
							.update(37, IN_PROGRESS, 10, """
									Review of the 60 most recent allegations started: each checked for timeliness and \
									for a recorded outcome.""")
							.update(21, IN_PROGRESS, 25, """
									Decisions were sound, but outcomes were poorly recorded in 14 cases. A second LADO \
									post has been agreed and advertised.""")
							.update(7, IN_PROGRESS, 45, """
									Recording template updated and a quarterly LADO report to the safeguarding \
									partnership agreed. Interviews for the second LADO next week.""")
							.build(),
						action(5, "Identify and assess children living in private fostering arrangements", OFFICER)
							.describedAs(
									"Answers the re-inspection: an awareness campaign with schools, GPs and language "
											+ "schools, and timely assessments.")
							.runs(-38, 80)
							.update(35, IN_PROGRESS, 5,
									"""
											Only 3 private fostering arrangements known to us, which is low for a county of our \
											size. Awareness campaign planned with schools, GPs and language schools.""")
							.update(19, IN_PROGRESS, 20,
									"""
											Briefing sent to every school's designated safeguarding lead; two secondary schools \
											are piloting a private fostering question on their admission forms.""")
							.update(3, IN_PROGRESS, 35,
									"""
											Two new arrangements notified this month, both being assessed in timescale. Campaign \
											leaflets translated into five languages.""")
							.build(),
						action(6, "Publish a quarterly 'What we learned' briefing for staff", HEAD_OF_QUALITY_ASSURANCE)
							.describedAs(
									"Themes from audits, complaints and compliments, and what we changed because of "
											+ "them.")
							.runs(-300, 60)
							.answers(7)
							.update(285, IN_PROGRESS, 15, """
									First briefing out, drawing together audits, complaints and compliments. The \
									intranet says 61% of staff opened it.""")
							.update(197, IN_PROGRESS, 30, """
									Second briefing out, with a practice story from the front door. Staff asked for \
									something shorter, so a one-page version now goes by email.""")
							.update(112, IN_PROGRESS, 45, """
									Third briefing held up by re-inspection preparation. The complaints team now send \
									their themes monthly, which should make the next one quicker.""")
							.update(38, IN_PROGRESS, 55, """
									Fourth briefing drafted and with the DCS for sign-off.""")
							.build()));
	}

}
