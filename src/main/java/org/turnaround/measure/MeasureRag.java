package org.turnaround.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.turnaround.action.Rag;
import org.turnaround.action.RagAssessment;

/**
 * The RAG of a measure against its target, with the sentence that explains it. Green at
 * or better than the target; amber when worse, but by no more than a tenth of the target
 * (so 77% against a target of 85% is amber, 76% red; 16.5% agency staff against 15% is
 * amber, 16.6% red); red when further off. No RAG without a target or a value.
 */
public final class MeasureRag {

	/**
	 * How far short of its target a measure may be and still count as at risk rather than
	 * off track: a tenth of the target, the margin a board will accept as "nearly there".
	 */
	public static final BigDecimal TOLERANCE = new BigDecimal("0.10");

	private MeasureRag() {
	}

	/**
	 * @param direction which way is better
	 * @param unit how to write the figures in the reason
	 * @param target the target, or null when none is set
	 * @param latest the latest value, or null when none is recorded
	 */
	public static RagAssessment assess(Direction direction, MeasureUnit unit, BigDecimal target, BigDecimal latest) {
		if (latest == null) {
			return RagAssessment.none("No value recorded yet.");
		}
		if (target == null) {
			return RagAssessment.none("No target set.");
		}
		String figures = "%s against a target of %s".formatted(unit.format(latest), unit.format(target));
		if (direction.meetsTarget(latest, target)) {
			return new RagAssessment(Rag.GREEN, "At or better than target: " + figures + ".", false);
		}
		BigDecimal shortfall = latest.subtract(target).abs();
		BigDecimal allowed = target.abs().multiply(TOLERANCE).setScale(4, RoundingMode.HALF_UP);
		if (shortfall.compareTo(allowed) <= 0) {
			return new RagAssessment(Rag.AMBER, "Within 10% of target: " + figures + ".", false);
		}
		return new RagAssessment(Rag.RED, "More than 10% off target: " + figures + ".", false);
	}

}
