package org.turnaround.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line of a measure's recent values, drawn by {@code measures/fragments ::
 * sparkline}: decoration beside figures given in text, never the only way to read them.
 *
 * @param points the SVG polyline points, "x,y x,y"
 * @param lastX where the latest value sits, for a dot that marks it
 * @param lastY where the latest value sits
 * @param empty whether there is nothing to draw
 */
public record Sparkline(String points, double lastX, double lastY, boolean empty) {

	public static final int WIDTH = 120;

	public static final int HEIGHT = 32;

	private static final double EDGE = 3;

	static Sparkline of(List<PeriodValue> values, MeasureUnit unit) {
		if (values.isEmpty()) {
			return new Sparkline("", 0, 0, true);
		}
		var scale = LinearScale.covering(values.stream().map(PeriodValue::value).toList(), unit, EDGE, HEIGHT - EDGE);
		double step = (values.size() > 1) ? (WIDTH - 2 * EDGE) / (values.size() - 1) : 0;
		List<String> points = new ArrayList<>();
		double x = (values.size() > 1) ? EDGE : WIDTH / 2.0;
		double y = 0;
		for (var value : values) {
			y = scale.y(value.value());
			points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
			x += step;
		}
		return new Sparkline(String.join(" ", points), LinearScale.round(x - step), y, false);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

}
