package org.turnaround.action;

/**
 * Red, amber, green (and blue for complete). Colour is never shown alone: every RAG has a
 * text label.
 */
public enum Rag {

	RED("Off track", "govuk-tag--red"),

	// GOV.UK Frontend has no amber tag; orange is its equivalent.
	AMBER("At risk", "govuk-tag--orange"),

	GREEN("On track", "govuk-tag--green"),

	BLUE("Complete", "govuk-tag--blue");

	private final String label;

	private final String tagClass;

	Rag(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The GOV.UK tag modifier class, to go beside {@code govuk-tag}.
	 */
	public String tagClass() {
		return this.tagClass;
	}

}
