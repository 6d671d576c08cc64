package org.turnaround.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of a measure's line chart, worked out here so the template only draws:
 * values placed by date (a missing month leaves a gap in time, not a kink), the target as
 * a dashed line, five labelled gridlines and up to six period labels.
 *
 * @param line the SVG polyline points of the values, oldest first
 * @param points each value's position and words, for its marker
 * @param targetY where the target line sits, or null without a target
 * @param gridlines the horizontal gridlines with their labels
 * @param periods the period labels along the bottom
 * @param description the chart in one sentence, for its {@code <desc>}
 */
record MeasureChart(String line, List<Point> points, Double targetY, List<Tick> gridlines, List<Tick> periods,
		String description) {

	static final int WIDTH = 640;

	static final int HEIGHT = 280;

	static final int LEFT = 70;

	static final int RIGHT = 620;

	static final int TOP = 20;

	static final int BOTTOM = 240;

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private static final int MOST_PERIOD_LABELS = 6;

	static MeasureChart of(List<PeriodValue> values, MeasureUnit unit, BigDecimal target) {
		List<BigDecimal> figures = new ArrayList<>(values.stream().map(PeriodValue::value).toList());
		figures.add(target);
		var scale = LinearScale.covering(figures, unit, TOP, BOTTOM);
		List<Point> points = new ArrayList<>();
		long first = values.isEmpty() ? 0 : values.get(0).period().toEpochDay();
		long span = values.isEmpty() ? 0 : values.get(values.size() - 1).period().toEpochDay() - first;
		for (var value : values) {
			double x = (span == 0) ? (LEFT + RIGHT) / 2.0
					: LinearScale.round(LEFT + (value.period().toEpochDay() - first) * (double) (RIGHT - LEFT) / span);
			points.add(new Point(x, scale.y(value.value()), value.periodText() + ": " + unit.format(value.value())));
		}
		String line = points.stream()
			.map((point) -> String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y()))
			.collect(Collectors.joining(" "));
		List<Tick> gridlines = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double figure = scale.low() + (scale.high() - scale.low()) * i / 4;
			gridlines.add(new Tick(scale.y(figure),
					unit.format(BigDecimal.valueOf(figure).setScale(1, RoundingMode.HALF_UP))));
		}
		List<Tick> periods = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(values.size() / (double) MOST_PERIOD_LABELS));
		for (int i = 0; i < values.size(); i += every) {
			periods.add(new Tick(points.get(i).x(), SHORT_MONTH.format(values.get(i).period())));
		}
		return new MeasureChart(line, points, (target != null) ? scale.y(target) : null, gridlines, periods,
				describe(values, unit, target));
	}

	private static String describe(List<PeriodValue> values, MeasureUnit unit, BigDecimal target) {
		String aim = (target != null) ? " The target is " + unit.format(target) + "." : " There is no target.";
		if (values.isEmpty()) {
			return "No values recorded yet." + aim;
		}
		var first = values.get(0);
		var last = values.get(values.size() - 1);
		if (values.size() == 1) {
			return "One value: " + unit.format(first.value()) + " in " + first.periodText() + "." + aim;
		}
		return "%d values, from %s in %s to %s in %s.%s".formatted(values.size(), unit.format(first.value()),
				first.periodText(), unit.format(last.value()), last.periodText(), aim);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int bottom() {
		return BOTTOM;
	}

	/** A value's marker and what it says. */
	record Point(double x, double y, String words) {

	}

	/** A label on an axis at a position along it. */
	record Tick(double at, String label) {

	}

}
