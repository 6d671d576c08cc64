package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.turnaround.web.DateInput;

/**
 * The form that records one value of a measure, as posted.
 */
record ValueForm(String periodDay, String periodMonth, String periodYear, String value, String note) {

	static final int MAX_NOTE_LENGTH = 1000;

	static ValueForm empty() {
		return new ValueForm(null, null, null, null, null);
	}

	/**
	 * What is wrong with the input, keyed by field id in page order.
	 * @param unit the measure's unit, which says which values are possible
	 * @param today today's date, as no value is for a period that has not started
	 */
	Map<String, String> problems(MeasureUnit unit, LocalDate today) {
		var problems = new LinkedHashMap<String, String>();
		if (!DateInput.given(this.periodDay, this.periodMonth, this.periodYear)) {
			problems.put("periodDay", "Enter the date of the period the value is for");
		}
		else if (period().isEmpty()) {
			problems.put("periodDay", "The period must be a real date, like 1 3 2026");
		}
		else if (period().get().isAfter(today)) {
			problems.put("periodDay", "The period must be today or in the past");
		}
		String valueProblem = FigureInput.problem(this.value, "value", unit);
		if (valueProblem != null) {
			problems.put("value", valueProblem);
		}
		if (this.note != null && this.note.length() > MAX_NOTE_LENGTH) {
			problems.put("note", "The note must be 1,000 characters or fewer");
		}
		return problems;
	}

	Optional<LocalDate> period() {
		return DateInput.parse(this.periodDay, this.periodMonth, this.periodYear);
	}

	BigDecimal figure() {
		return FigureInput.parse(this.value).orElseThrow();
	}

}
