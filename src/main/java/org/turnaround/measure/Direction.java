package org.turnaround.measure;

import java.math.BigDecimal;

/**
 * Which way a measure should move: up for "% of cases adequate or better", down for
 * "agency social worker rate".
 */
public enum Direction {

	HIGHER_IS_BETTER("Higher is better", 1), LOWER_IS_BETTER("Lower is better", -1);

	private final String label;

	private final int better;

	Direction(String label, int better) {
		this.label = label;
		this.better = better;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether a value reaches the target: at or above it when higher is better, at or
	 * below it when lower is better.
	 */
	public boolean meetsTarget(BigDecimal value, BigDecimal target) {
		return Integer.signum(value.compareTo(target)) != -this.better;
	}

	/**
	 * Whether moving from one value to the next is a strict improvement.
	 */
	public boolean isImprovement(BigDecimal from, BigDecimal to) {
		return Integer.signum(to.compareTo(from)) == this.better;
	}

}
