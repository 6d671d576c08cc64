package org.turnaround.inspection;

/**
 * The areas an inspection of local authority children's services judges, in the order
 * Ofsted reports them.
 */
public enum InspectionArea {

	HELP_AND_PROTECTION("The experiences and progress of children who need help and protection", "Help and protection"),

	CHILDREN_IN_CARE("The experiences and progress of children in care", "Children in care"),

	CARE_LEAVERS("The experiences and progress of care leavers", "Care leavers"),

	IMPACT_OF_LEADERS("The impact of leaders on social work practice with children and families", "Impact of leaders");

	private final String label;

	private final String shortLabel;

	InspectionArea(String label, String shortLabel) {
		this.label = label;
		this.shortLabel = shortLabel;
	}

	/**
	 * The area in the words of the inspection report.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * A short name for table headings.
	 */
	public String shortLabel() {
		return this.shortLabel;
	}

}
