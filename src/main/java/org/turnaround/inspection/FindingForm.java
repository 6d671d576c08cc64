package org.turnaround.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.turnaround.web.CheckedIds;

import org.springframework.util.StringUtils;

/**
 * The finding form as posted: its text and the actions that answer it, as checked. A
 * tampered action id becomes a message rather than a failed binding.
 */
record FindingForm(String text, List<String> actions, Long version) {

	static final int MAX_TEXT_LENGTH = 2000;

	static FindingForm empty() {
		return new FindingForm(null, List.of(), null);
	}

	static FindingForm of(InspectionFinding finding) {
		return new FindingForm(finding.getText(), finding.getActionIds().stream().map(String::valueOf).toList(),
				finding.getVersion());
	}

	FindingForm against(long newVersion) {
		return new FindingForm(this.text, this.actions, newVersion);
	}

	/**
	 * What is wrong with the input, keyed by field id in page order.
	 * @param choices the ids of the actions of the inspected authority's plans
	 */
	Map<String, String> problems(Set<Long> choices) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.text)) {
			problems.put("text", "Enter the finding");
		}
		else if (this.text.strip().length() > MAX_TEXT_LENGTH) {
			problems.put("text", "The finding must be 2,000 characters or fewer");
		}
		if (actionIds().map((ids) -> !choices.containsAll(ids)).orElse(true)) {
			problems.put("actions", "Choose actions from this authority's plans");
		}
		return problems;
	}

	/** The chosen action ids, or empty if one of them is not an id at all. */
	Optional<Set<Long>> actionIds() {
		return CheckedIds.parse(this.actions);
	}

}
