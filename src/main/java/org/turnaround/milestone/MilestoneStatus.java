package org.turnaround.milestone;

public enum MilestoneStatus {

	PLANNED("Planned", "govuk-tag--grey"), ACHIEVED("Achieved", "govuk-tag--blue"), MISSED("Missed", "govuk-tag--red"),
	CANCELLED("Cancelled", "govuk-tag--grey");

	private final String label;

	private final String tagClass;

	MilestoneStatus(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	public String label() {
		return this.label;
	}

	public String tagClass() {
		return this.tagClass;
	}

}
