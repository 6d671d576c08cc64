package org.turnaround.notice;

/**
 * What led the DfE to intervene.
 */
public enum NoticeTrigger {

	OFSTED_INSPECTION("Ofsted inspection"), COURT_JUDGEMENT("Court judgement"), OTHER("Other");

	private final String label;

	NoticeTrigger(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
