package org.turnaround.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.turnaround.action.Rag;
import org.turnaround.dashboard.Dashboard.TrendPoint;

/**
 * The geometry of the RAG trend as an SVG line chart: one line per RAG, each with its own
 * dash pattern and a label at its end, so colour is never the only way to tell them
 * apart. The numbers themselves are in the table beside the chart.
 */
record TrendChart(int width, int height, List<Line> lines, List<Tick> yTicks, List<Tick> xTicks, String summary) {

	private static final int LEFT = 40;

	private static final int RIGHT = 90;

	private static final int TOP = 10;

	private static final int BOTTOM = 30;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

	private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** One RAG's line: its points, and where its end label goes. */
	record Line(Rag rag, String points, String dash, String colour, int endX, int endY, int lastCount) {

	}

	/** A labelled position on an axis. */
	record Tick(int position, String label) {

	}

	static TrendChart of(List<TrendPoint> trend) {
		int width = 640;
		int height = 260;
		int plotWidth = width - LEFT - RIGHT;
		int plotHeight = height - TOP - BOTTOM;
		int max = trend.stream()
			.flatMap((point) -> point.counts().byRag().values().stream())
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
		int top = niceCeiling(Math.max(max, 1));
		int n = trend.size();
		var lines = new ArrayList<Line>();
		for (Rag rag : Rag.values()) {
			var points = new ArrayList<String>();
			int x = LEFT;
			int y = TOP + plotHeight;
			for (int i = 0; i < n; i++) {
				x = LEFT + ((n == 1) ? plotWidth / 2 : i * plotWidth / (n - 1));
				y = TOP + plotHeight - trend.get(i).counts().count(rag) * plotHeight / top;
				points.add(x + "," + y);
			}
			int last = (n > 0) ? trend.get(n - 1).counts().count(rag) : 0;
			lines.add(new Line(rag, String.join(" ", points), dash(rag), colour(rag), x, y, last));
		}
		spreadLabels(lines);
		var yTicks = new ArrayList<Tick>();
		int step = Math.max(1, top / 4);
		for (int value = 0; value <= top; value += step) {
			yTicks.add(new Tick(TOP + plotHeight - value * plotHeight / top, Integer.toString(value)));
		}
		var xTicks = new ArrayList<Tick>();
		int every = Math.max(1, (n + 7) / 8);
		for (int i = 0; i < n; i += every) {
			int x = LEFT + ((n == 1) ? plotWidth / 2 : i * plotWidth / (n - 1));
			xTicks.add(new Tick(x, trend.get(i).day().format(MONTH)));
		}
		return new TrendChart(width, height, lines, yTicks, xTicks, summary(trend));
	}

	/**
	 * A sentence saying what the chart shows, for people who cannot see it: each RAG's
	 * count at the start and at the end.
	 */
	static String summary(List<TrendPoint> trend) {
		if (trend.isEmpty()) {
			return "No actions yet.";
		}
		var first = trend.get(0);
		var last = trend.get(trend.size() - 1);
		var moves = new ArrayList<String>();
		for (Rag rag : Rag.values()) {
			moves.add("%s from %d to %d".formatted(rag.label().toLowerCase(Locale.UK), first.counts().count(rag),
					last.counts().count(rag)));
		}
		return "Actions by RAG at the end of each month, %s to %s: %s.".formatted(first.day().format(LONG_MONTH),
				last.day().format(LONG_MONTH), moves.stream().collect(Collectors.joining(", ")));
	}

	private static int niceCeiling(int value) {
		int[] steps = { 4, 8, 12, 20, 40, 60, 80, 100, 200, 400, 600, 800, 1000 };
		for (int step : steps) {
			if (value <= step) {
				return step;
			}
		}
		return ((value + 999) / 1000) * 1000;
	}

	// End labels of lines ending at the same height would overprint each other.
	private static void spreadLabels(List<Line> lines) {
		var sorted = new ArrayList<>(lines);
		sorted.sort((a, b) -> Integer.compare(a.endY(), b.endY()));
		int previous = Integer.MIN_VALUE;
		for (int i = 0; i < sorted.size(); i++) {
			var line = sorted.get(i);
			int y = Math.max(line.endY(), previous + 14);
			previous = y;
			lines.set(lines.indexOf(line),
					new Line(line.rag(), line.points(), line.dash(), line.colour(), line.endX(), y, line.lastCount()));
		}
	}

	private static String dash(Rag rag) {
		return switch (rag) {
			case RED -> "none";
			case AMBER -> "8 4";
			case GREEN -> "2 3";
			case BLUE -> "12 3 3 3";
		};
	}

	private static String colour(Rag rag) {
		return switch (rag) {
			case RED -> "#d4351c";
			case AMBER -> "#b35200";
			case GREEN -> "#00703c";
			case BLUE -> "#1d70b8";
		};
	}

}
