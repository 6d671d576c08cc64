package org.turnaround.inspection;

/**
 * The kind of Ofsted activity. Only a full inspection grades the areas; visits report
 * findings without judgements.
 */
public enum InspectionKind {

	INSPECTION("Inspection", true), FOCUSED_VISIT("Focused visit", false), MONITORING_VISIT("Monitoring visit", false),
	JOINT_TARGETED_AREA_INSPECTION("Joint targeted area inspection", false);

	private final String label;

	private final boolean graded;

	InspectionKind(String label, boolean graded) {
		this.label = label;
		this.graded = graded;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether this kind of activity gives graded judgements.
	 */
	public boolean isGraded() {
		return this.graded;
	}

}
