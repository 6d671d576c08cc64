package org.turnaround.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.StringUtils;

/**
 * The priority form as posted; the version only on the edit form.
 */
record PriorityForm(String title, String description, String leadName, Long version) {

	static final int MAX_DESCRIPTION_LENGTH = 5000;

	static PriorityForm empty() {
		return new PriorityForm(null, null, null, null);
	}

	static PriorityForm of(Priority priority) {
		return new PriorityForm(priority.getTitle(), priority.getDescription(), priority.getLeadName(),
				priority.getVersion());
	}

	/**
	 * The same input against a newer version, for someone to re-apply after a conflict.
	 */
	PriorityForm against(long newVersion) {
		return new PriorityForm(this.title, this.description, this.leadName, newVersion);
	}

	/** What is wrong with the input, keyed by field id in page order. */
	Map<String, String> problems() {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.title)) {
			problems.put("title", "Enter a title for the priority");
		}
		else if (this.title.strip().length() > Priority.MAX_TITLE_LENGTH) {
			problems.put("title", "The title must be " + Priority.MAX_TITLE_LENGTH + " characters or fewer");
		}
		if (this.description != null && this.description.length() > MAX_DESCRIPTION_LENGTH) {
			problems.put("description", "The description must be 5,000 characters or fewer");
		}
		if (this.leadName != null && this.leadName.strip().length() > Priority.MAX_LEAD_LENGTH) {
			problems.put("leadName", "The lead's name must be " + Priority.MAX_LEAD_LENGTH + " characters or fewer");
		}
		return problems;
	}

}
