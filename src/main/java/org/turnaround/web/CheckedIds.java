package org.turnaround.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the ids of the checkboxes a person checked. A value that is not an id (a tampered
 * form) gives nothing, for the form to report on its field.
 */
public final class CheckedIds {

	private CheckedIds() {
	}

	/** The ids checked, in page order; empty if one of them is not an id at all. */
	public static Optional<Set<Long>> parse(List<String> values) {
		var ids = new LinkedHashSet<Long>();
		for (String value : (values != null) ? values : List.<String>of()) {
			try {
				ids.add(Long.valueOf(value.strip()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return Optional.of(ids);
	}

}
