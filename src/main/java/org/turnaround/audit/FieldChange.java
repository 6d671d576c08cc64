package org.turnaround.audit;

import java.util.List;

/**
 * One thing that changed in a revision, in words: a value ("Due date" from "3 March 2026"
 * to "10 April 2026", either side empty when there was or is no value) or items added to
 * and removed from a collection ("Notice requirements it answers").
 */
public record FieldChange(String label, String from, String to, List<String> added, List<String> removed) {

	public FieldChange {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	static FieldChange value(String label, String from, String to) {
		return new FieldChange(label, from, to, List.of(), List.of());
	}

	static FieldChange items(String label, List<String> added, List<String> removed) {
		return new FieldChange(label, null, null, added, removed);
	}

	public boolean itemsChanged() {
		return !this.added.isEmpty() || !this.removed.isEmpty();
	}

	/**
	 * What happened, as a phrase to follow the label: "changed from A to B", "set to B",
	 * "cleared (was A)", "added A, B; removed C".
	 */
	public String wording() {
		if (itemsChanged()) {
			String added = this.added.isEmpty() ? null : "added " + String.join(", ", this.added);
			String removed = this.removed.isEmpty() ? null : "removed " + String.join(", ", this.removed);
			return (added != null && removed != null) ? added + "; " + removed : (added != null) ? added : removed;
		}
		if (this.from == null) {
			return "set to " + this.to;
		}
		if (this.to == null) {
			return "cleared (was " + this.from + ")";
		}
		return "changed from " + this.from + " to " + this.to;
	}

}
