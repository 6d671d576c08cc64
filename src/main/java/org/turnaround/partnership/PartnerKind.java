package org.turnaround.partnership;

/**
 * What kind of organisation a partner is.
 */
public enum PartnerKind {

	LOCAL_AUTHORITY("Local authority"), AGENCY("Agency"), OTHER("Other");

	private final String label;

	PartnerKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
