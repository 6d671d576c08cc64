package org.turnaround.notice;

public enum NoticeKind {

	NON_STATUTORY_NOTICE("Non-statutory improvement notice"), IMPROVEMENT_NOTICE("Improvement notice"),
	STATUTORY_DIRECTION("Statutory direction");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
