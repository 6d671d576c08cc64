package org.turnaround.caseaudit;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.turnaround.web.DateInput;
import org.turnaround.web.NumberInput;

import org.springframework.util.StringUtils;

/**
 * The audit round form as posted. Every field arrives as text, so a count like "12a" is a
 * message on its field and is shown back as typed.
 */
record CaseAuditForm(String title, String completedDay, String completedMonth, String completedYear,
		String casesAudited, String outstanding, String good, String requiresImprovement, String inadequate,
		String summary, Long version) {

	static final int MAX_TITLE_LENGTH = 300;

	static final int MAX_SUMMARY_LENGTH = 5000;

	static CaseAuditForm empty() {
		return new CaseAuditForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static CaseAuditForm of(CaseAuditRound round) {
		var completed = round.completedOn();
		return new CaseAuditForm(round.title(), DateInput.day(completed), DateInput.month(completed),
				DateInput.year(completed), Integer.toString(round.casesAudited()),
				Integer.toString(round.outstanding()), Integer.toString(round.good()),
				Integer.toString(round.requiresImprovement()), Integer.toString(round.inadequate()), round.summary(),
				round.version());
	}

	/** The same input against a newer version, to re-apply after a conflict. */
	CaseAuditForm against(long newVersion) {
		return new CaseAuditForm(this.title, this.completedDay, this.completedMonth, this.completedYear,
				this.casesAudited, this.outstanding, this.good, this.requiresImprovement, this.inadequate, this.summary,
				newVersion);
	}

	/**
	 * What is wrong with the input, keyed by field id in page order; {@code grades} is
	 * the four grade counts together, when they do not add up to the cases audited.
	 */
	Map<String, String> problems(LocalDate today) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter a title for the audit round");
		}
		else if (this.title.strip().length() > MAX_TITLE_LENGTH) {
			problems.put("title", "The title must be 300 characters or fewer");
		}
		if (!DateInput.given(this.completedDay, this.completedMonth, this.completedYear)) {
			problems.put("completedDay", "Enter the date the audit was completed");
		}
		else if (completedOn().isEmpty()) {
			problems.put("completedDay", "The date completed must be a real date, like 28 2 2026");
		}
		else if (completedOn().get().isAfter(today)) {
			problems.put("completedDay", "The date completed cannot be in the future");
		}
		count("casesAudited", this.casesAudited, "cases audited", problems);
		count("outstanding", this.outstanding, "cases graded outstanding", problems);
		count("good", this.good, "cases graded good", problems);
		count("requiresImprovement", this.requiresImprovement, "cases graded requires improvement", problems);
		count("inadequate", this.inadequate, "cases graded inadequate", problems);
		if (grades().isPresent()) {
			var grades = grades().get();
			long graded = grades.graded();
			if (graded != grades.casesAudited()) {
				var words = NumberFormat.getIntegerInstance(Locale.UK);
				problems.put("grades",
						"The grades add up to " + words.format(graded) + " cases, but "
								+ words.format(grades.casesAudited())
								+ " were audited: give every audited case exactly one grade");
			}
		}
		if (this.summary != null && this.summary.length() > MAX_SUMMARY_LENGTH) {
			problems.put("summary", "The summary must be 5,000 characters or fewer");
		}
		return problems;
	}

	private static void count(String field, String text, String what, Map<String, String> problems) {
		if (!NumberInput.given(text)) {
			problems.put(field, "Enter the number of " + what + ", or 0 if there were none");
		}
		else if (NumberInput.count(text).isEmpty()) {
			problems.put(field, "The number of " + what + " must be a whole number, 0 or more, like 25");
		}
	}

	Optional<LocalDate> completedOn() {
		return DateInput.parse(this.completedDay, this.completedMonth, this.completedYear);
	}

	/** The five counts, when each is a whole number 0 or more. */
	Optional<Grades> grades() {
		var cases = NumberInput.count(this.casesAudited);
		var o = NumberInput.count(this.outstanding);
		var g = NumberInput.count(this.good);
		var r = NumberInput.count(this.requiresImprovement);
		var i = NumberInput.count(this.inadequate);
		if (cases.isEmpty() || o.isEmpty() || g.isEmpty() || r.isEmpty() || i.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Grades(cases.get(), o.get(), g.get(), r.get(), i.get()));
	}

	record Grades(int casesAudited, int outstanding, int good, int requiresImprovement, int inadequate) {

		long graded() {
			return (long) this.outstanding + this.good + this.requiresImprovement + this.inadequate;
		}

	}

}
