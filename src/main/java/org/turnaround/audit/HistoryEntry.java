package org.turnaround.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One revision of a record as a person reads it: when (UK time), who, what kind of change
 * and the fields that changed.
 */
public record HistoryEntry(LocalDateTime when, String who, Kind kind, List<FieldChange> changes) {

	public HistoryEntry {
		changes = List.copyOf(changes);
	}

	public enum Kind {

		CREATED("Created"), CHANGED("Changed"), REMOVED("Removed");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
