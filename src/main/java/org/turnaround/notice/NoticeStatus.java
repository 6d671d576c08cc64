package org.turnaround.notice;

public enum NoticeStatus {

	ACTIVE("Active", "govuk-tag--green"), REVISED("Revised", "govuk-tag--yellow"), LIFTED("Lifted", "govuk-tag--blue"),
	SUPERSEDED("Superseded", "govuk-tag--grey");

	private final String label;

	private final String tagClass;

	NoticeStatus(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	public String label() {
		return this.label;
	}

	public String tagClass() {
		return this.tagClass;
	}

	/** A notice still in force: the authority is still in intervention under it. */
	public boolean inForce() {
		return this == ACTIVE || this == REVISED;
	}

}
