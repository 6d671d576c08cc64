package org.turnaround.inspection;

/**
 * Ofsted's four-point judgement, best first. Colour is never shown alone: every judgement
 * has a text label.
 */
public enum Judgement {

	OUTSTANDING("Outstanding", "govuk-tag--green"), GOOD("Good", "govuk-tag--turquoise"),
	REQUIRES_IMPROVEMENT("Requires improvement to be good", "govuk-tag--yellow"),
	INADEQUATE("Inadequate", "govuk-tag--red");

	private final String label;

	private final String tagClass;

	Judgement(String label, String tagClass) {
		this.label = label;
		this.tagClass = tagClass;
	}

	/**
	 * The judgement in Ofsted's words.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The GOV.UK tag modifier class, to go beside {@code govuk-tag}.
	 */
	public String tagClass() {
		return this.tagClass;
	}

	/**
	 * Whether this judgement is better than another.
	 */
	public boolean isBetterThan(Judgement other) {
		return ordinal() < other.ordinal();
	}

}
