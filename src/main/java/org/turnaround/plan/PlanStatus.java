package org.turnaround.plan;

public enum PlanStatus {

	DRAFT("Draft", "govuk-tag--grey"), ENDORSED("Endorsed", "govuk-tag--light-blue"),
	ACTIVE("Active", "govuk-tag--green"), CLOSED("Closed", "govuk-tag--blue");

	private final String label;

	private final String tagClass;

	PlanStatus(String label, String tagClass) {
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
