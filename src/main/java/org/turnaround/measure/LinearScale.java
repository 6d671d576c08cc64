package org.turnaround.measure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * Maps figures onto an SVG axis (which grows downwards), for the chart and the sparkline.
 */
record LinearScale(double low, double high, double top, double bottom) {

	/**
	 * A scale covering every figure given (nulls ignored), with a little room above and
	 * below so no line sits on the edge; a percentage scale never leaves 0 to 100.
	 */
	static LinearScale covering(Collection<BigDecimal> figures, MeasureUnit unit, double top, double bottom) {
		double low = figures.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
		double high = figures.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
		double room = (high > low) ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
		low -= room;
		high += room;
		if (low < 0 && figures.stream().filter(Objects::nonNull).allMatch((figure) -> figure.signum() >= 0)) {
			low = 0;
		}
		if (unit == MeasureUnit.PERCENT) {
			high = Math.min(high, 100);
		}
		return new LinearScale(low, high, top, bottom);
	}

	double y(BigDecimal figure) {
		return y(figure.doubleValue());
	}

	double y(double figure) {
		double share = (figure - this.low) / (this.high - this.low);
		return round(this.bottom - share * (this.bottom - this.top));
	}

	static double round(double coordinate) {
		return Math.round(coordinate * 10) / 10.0;
	}

}
