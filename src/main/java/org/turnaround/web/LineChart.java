package org.turnaround.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of percentages over periods, laid out for a server-rendered SVG (see
 * fragments/chart.html). Each series has its own colour, dash and marker shape, so that
 * colour is never the only way to tell the lines apart. A missing value breaks its line.
 * The chart is a picture of a table on the same page, which remains the data.
 */
public final class LineChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	private static final int LEFT = 48;

	private static final int RIGHT = 24;

	private static final int TOP = 16;

	private static final int BOTTOM = 40;

	private static final int MOST_LABELS = 8;

	private static final String[] COLOURS = { "#1d70b8", "#00703c", "#4c2c92" };

	private static final String[] DASHES = { "none", "8 4", "2 4" };

	private final String id;

	private final String title;

	private final String description;

	private final List<String> labels;

	private final List<Series> series;

	private final int top;

	/**
	 * @param id the id the chart's title and description are given, unique on the page
	 * @param labels one per period, oldest first
	 * @param series at most three, each with one value (or null) per label
	 */
	public LineChart(String id, String title, String description, List<String> labels, List<Series> series) {
		if (series.size() > COLOURS.length) {
			throw new IllegalArgumentException("A chart draws at most " + COLOURS.length + " lines");
		}
		for (var one : series) {
			if (one.values().size() != labels.size()) {
				throw new IllegalArgumentException("Series " + one.name() + " needs one value per label");
			}
		}
		this.id = id;
		this.title = title;
		this.description = description;
		this.labels = List.copyOf(labels);
		this.series = List.copyOf(series);
		this.top = top(series);
	}

	/** 100, or the next multiple of 25 above the largest value when that is more. */
	private static int top(List<Series> series) {
		var largest = series.stream()
			.flatMap((one) -> one.values().stream())
			.filter((value) -> value != null)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		if (largest.compareTo(BigDecimal.valueOf(100)) <= 0) {
			return 100;
		}
		return largest.divide(BigDecimal.valueOf(25), 0, RoundingMode.CEILING).intValueExact() * 25;
	}

	public String id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public boolean empty() {
		return this.labels.isEmpty();
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int bottom() {
		return HEIGHT - BOTTOM;
	}

	/** The horizontal grid lines with their labels, every 25%. */
	public List<Mark> yTicks() {
		List<Mark> ticks = new ArrayList<>();
		for (int value = 0; value <= this.top; value += 25) {
			ticks.add(new Mark(LEFT - 8, y(BigDecimal.valueOf(value)), value + "%"));
		}
		return ticks;
	}

	/** The period labels under the axis; only some when there are too many to fit. */
	public List<Mark> xLabels() {
		int step = Math.max(1, (int) Math.ceil(this.labels.size() / (double) MOST_LABELS));
		List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < this.labels.size(); i++) {
			if (i % step == 0 || i == this.labels.size() - 1) {
				marks.add(new Mark(x(i), HEIGHT - BOTTOM + 20, this.labels.get(i)));
			}
		}
		return marks;
	}

	public List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		for (int s = 0; s < this.series.size(); s++) {
			var one = this.series.get(s);
			List<String> segments = new ArrayList<>();
			List<Mark> points = new ArrayList<>();
			var segment = new StringBuilder();
			for (int i = 0; i < one.values().size(); i++) {
				var value = one.values().get(i);
				if (value == null) {
					flush(segment, segments);
					continue;
				}
				double x = x(i);
				double y = y(value);
				segment.append(format(x)).append(',').append(format(y)).append(' ');
				points.add(new Mark(x, y, marker(s, x, y)));
			}
			flush(segment, segments);
			lines.add(new Line(one.name(), COLOURS[s], DASHES[s], segments, points, marker(s, 20, 8)));
		}
		return lines;
	}

	private static void flush(StringBuilder segment, List<String> segments) {
		if (!segment.isEmpty()) {
			segments.add(segment.toString().strip());
			segment.setLength(0);
		}
	}

	private double x(int index) {
		int span = WIDTH - LEFT - RIGHT;
		if (this.labels.size() == 1) {
			return LEFT + span / 2.0;
		}
		return LEFT + 12 + (span - 24) * index / (double) (this.labels.size() - 1);
	}

	private double y(BigDecimal value) {
		int span = HEIGHT - TOP - BOTTOM;
		return HEIGHT - BOTTOM - span * value.doubleValue() / this.top;
	}

	/** An SVG path: a circle, a square or a triangle, one shape per series. */
	private static String marker(int series, double x, double y) {
		double r = 5;
		return switch (series) {
			case 0 -> "M%s,%s a%s,%s 0 1,0 %s,0 a%s,%s 0 1,0 -%s,0".formatted(format(x - r), format(y), format(r),
					format(r), format(2 * r), format(r), format(r), format(2 * r));
			case 1 -> "M%s,%s h%s v%s h-%s z".formatted(format(x - r), format(y - r), format(2 * r), format(2 * r),
					format(2 * r));
			default -> "M%s,%s l%s,%s h-%s z".formatted(format(x), format(y - r - 1), format(r + 1), format(2 * r + 2),
					format(2 * r + 2));
		};
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** One line of the chart: its name, and one value or null per label. */
	public record Series(String name, List<BigDecimal> values) {

	}

	/** A point or label at a place on the chart; for a point, text is its marker path. */
	public record Mark(double x, double y, String text) {

	}

	/**
	 * A series as drawn.
	 *
	 * @param segments the SVG polyline points of each unbroken run of values
	 * @param legendMarker the series' marker as drawn in the legend
	 */
	public record Line(String name, String colour, String dash, List<String> segments, List<Mark> points,
			String legendMarker) {

	}

}
