package org.turnaround.inspection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.turnaround.web.DateInput;

import org.springframework.util.StringUtils;

/**
 * The inspection form as posted. Every field arrives as text, so a date like "31 2" or an
 * unknown judgement becomes a message on its field rather than a failed binding. A
 * judgement left empty means the area was not judged.
 *
 * @param kind on the add form only: the kind of inspection or visit, which is fixed once
 * recorded
 */
record InspectionForm(String kind, String title, String startedDay, String startedMonth, String startedYear,
		String publishedDay, String publishedMonth, String publishedYear, String framework, String helpAndProtection,
		String childrenInCare, String careLeavers, String impactOfLeaders, String overall, String summary,
		Long version) {

	static final int MAX_SUMMARY_LENGTH = 10000;

	static InspectionForm empty() {
		return new InspectionForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	/** The form as first shown for an inspection: what it says now. */
	static InspectionForm of(Inspection inspection) {
		var started = inspection.getStartedOn();
		var published = inspection.getPublishedOn();
		return new InspectionForm(inspection.getKind().name(), inspection.getTitle(), DateInput.day(started),
				DateInput.month(started), DateInput.year(started), DateInput.day(published), DateInput.month(published),
				DateInput.year(published), inspection.getFramework(),
				name(inspection.judgementFor(InspectionArea.HELP_AND_PROTECTION)),
				name(inspection.judgementFor(InspectionArea.CHILDREN_IN_CARE)),
				name(inspection.judgementFor(InspectionArea.CARE_LEAVERS)),
				name(inspection.judgementFor(InspectionArea.IMPACT_OF_LEADERS)),
				name(Optional.ofNullable(inspection.getOverallJudgement())), inspection.getSummary(),
				inspection.getVersion());
	}

	private static String name(Optional<Judgement> judgement) {
		return judgement.map(Judgement::name).orElse("");
	}

	/**
	 * The same input against a newer version, for someone to re-apply after a conflict.
	 */
	InspectionForm against(long newVersion) {
		return new InspectionForm(this.kind, this.title, this.startedDay, this.startedMonth, this.startedYear,
				this.publishedDay, this.publishedMonth, this.publishedYear, this.framework, this.helpAndProtection,
				this.childrenInCare, this.careLeavers, this.impactOfLeaders, this.overall, this.summary, newVersion);
	}

	/** The field of the form that holds an area's judgement. */
	static String field(InspectionArea area) {
		return switch (area) {
			case HELP_AND_PROTECTION -> "helpAndProtection";
			case CHILDREN_IN_CARE -> "childrenInCare";
			case CARE_LEAVERS -> "careLeavers";
			case IMPACT_OF_LEADERS -> "impactOfLeaders";
		};
	}

	public String fieldOf(InspectionArea area) {
		return field(area);
	}

	public String judgementText(InspectionArea area) {
		return switch (area) {
			case HELP_AND_PROTECTION -> this.helpAndProtection;
			case CHILDREN_IN_CARE -> this.childrenInCare;
			case CARE_LEAVERS -> this.careLeavers;
			case IMPACT_OF_LEADERS -> this.impactOfLeaders;
		};
	}

	/**
	 * What is wrong with the input on its own, keyed by field id in page order.
	 * @param fixedKind the kind of an inspection being edited; null on the add form
	 */
	Map<String, String> problems(InspectionKind fixedKind) {
		var problems = new LinkedHashMap<String, String>();
		var chosenKind = (fixedKind != null) ? Optional.of(fixedKind) : kindValue();
		if (fixedKind == null && chosenKind.isEmpty()) {
			problems.put("kind", "Choose the kind of inspection or visit");
		}
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter a title, like the title of the report");
		}
		else if (this.title.strip().length() > 300) {
			problems.put("title", "The title must be 300 characters or fewer");
		}
		if (!DateInput.given(this.startedDay, this.startedMonth, this.startedYear)) {
			problems.put("startedDay", "Enter the date the inspection started");
		}
		else if (startedOn().isEmpty()) {
			problems.put("startedDay", "The date it started must be a real date, like 5 2 2024");
		}
		if (DateInput.given(this.publishedDay, this.publishedMonth, this.publishedYear)) {
			if (publishedOn().isEmpty()) {
				problems.put("publishedDay", "The date the report was published must be a real date, like 8 3 2024");
			}
			else if (startedOn().isPresent() && publishedOn().get().isBefore(startedOn().get())) {
				problems.put("publishedDay", "The report cannot be published before the inspection started");
			}
		}
		if (this.framework != null && this.framework.strip().length() > 200) {
			problems.put("framework", "The framework must be 200 characters or fewer");
		}
		boolean graded = chosenKind.map(InspectionKind::isGraded).orElse(true);
		for (var area : InspectionArea.values()) {
			judgementProblem(field(area), judgementText(area), area.shortLabel(), graded, chosenKind)
				.ifPresent((problem) -> problems.put(field(area), problem));
		}
		judgementProblem("overall", this.overall, "Overall effectiveness", graded, chosenKind)
			.ifPresent((problem) -> problems.put("overall", problem));
		if (this.summary != null && this.summary.length() > MAX_SUMMARY_LENGTH) {
			problems.put("summary", "The summary must be 10,000 characters or fewer");
		}
		return problems;
	}

	private static Optional<String> judgementProblem(String field, String text, String label, boolean graded,
			Optional<InspectionKind> kind) {
		if (!StringUtils.hasText(text)) {
			return Optional.empty();
		}
		if (judgement(text).isEmpty()) {
			return Optional.of("Choose a judgement for " + label.toLowerCase(Locale.UK) + ", or Not judged");
		}
		if (!graded) {
			return Optional.of("A " + kind.orElseThrow().label().toLowerCase(Locale.UK)
					+ " gives no graded judgements: choose Not judged for " + label.toLowerCase(Locale.UK));
		}
		return Optional.empty();
	}

	Optional<InspectionKind> kindValue() {
		for (var candidate : InspectionKind.values()) {
			if (candidate.name().equals(this.kind)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	Optional<LocalDate> startedOn() {
		return DateInput.parse(this.startedDay, this.startedMonth, this.startedYear);
	}

	/** Empty when no date was given, or one that is not a date. */
	Optional<LocalDate> publishedOn() {
		return DateInput.parse(this.publishedDay, this.publishedMonth, this.publishedYear);
	}

	/** The judgements chosen; an area left at Not judged is not in the map. */
	Map<InspectionArea, Judgement> judgements() {
		var judgements = new EnumMap<InspectionArea, Judgement>(InspectionArea.class);
		for (var area : InspectionArea.values()) {
			judgement(judgementText(area)).ifPresent((judgement) -> judgements.put(area, judgement));
		}
		return judgements;
	}

	Optional<Judgement> overallValue() {
		return judgement(this.overall);
	}

	private static Optional<Judgement> judgement(String text) {
		for (var candidate : Judgement.values()) {
			if (candidate.name().equals(text)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
