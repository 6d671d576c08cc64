package org.turnaround.measure;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.StringUtils;

/**
 * The measure form as posted. Every field arrives as text so that a target like "85
 * percent" or a tampered id becomes a message on the field rather than a failed binding.
 *
 * @param headline "true" when the box is ticked
 * @param actions the ids of the actions that aim to move it, as ticked
 */
record MeasureForm(String name, String description, String unit, String direction, String target, String frequency,
		String priority, String owner, String headline, List<String> actions, Long version) {

	static final int MAX_NAME_LENGTH = 300;

	static final int MAX_DESCRIPTION_LENGTH = 5000;

	/** An empty form for a new measure: monthly, as most returns are. */
	static MeasureForm empty() {
		return new MeasureForm(null, null, null, null, null, Frequency.MONTHLY.name(), null, null, null, List.of(),
				null);
	}

	/** The form as first shown for a measure: what it says now. */
	static MeasureForm of(Measure measure) {
		return new MeasureForm(measure.getName(), measure.getDescription(), measure.getUnit().name(),
				measure.getDirection().name(), (measure.getTarget() != null) ? plain(measure.getTarget()) : null,
				measure.getFrequency().name(), text(measure.getPriorityId()), text(measure.getOwnerId()),
				measure.isHeadline() ? "true" : null,
				measure.getActionIds().stream().sorted().map(String::valueOf).toList(), measure.getVersion());
	}

	/** The same input against a newer version, to re-apply after a conflict. */
	MeasureForm against(long newVersion) {
		return new MeasureForm(this.name, this.description, this.unit, this.direction, this.target, this.frequency,
				this.priority, this.owner, this.headline, this.actions, newVersion);
	}

	/**
	 * What is wrong with the input, keyed by field id in page order.
	 * @param priorities the ids of the plan's priorities
	 * @param owners the ids of the accounts that may own it
	 * @param planActions the ids of the plan's actions
	 */
	Map<String, String> problems(Set<Long> priorities, Set<Long> owners, Set<Long> planActions) {
		var problems = new LinkedHashMap<String, String>();
		if (!StringUtils.hasText(this.name)) {
			problems.put("name", "Enter a name for the measure");
		}
		else if (this.name.strip().length() > MAX_NAME_LENGTH) {
			problems.put("name", "The name must be 300 characters or fewer");
		}
		if (this.description != null && this.description.length() > MAX_DESCRIPTION_LENGTH) {
			problems.put("description", "The description must be 5,000 characters or fewer");
		}
		if (unitValue().isEmpty()) {
			problems.put("unit", "Choose what the measure counts");
		}
		if (directionValue().isEmpty()) {
			problems.put("direction", "Choose whether higher or lower is better");
		}
		if (StringUtils.hasText(this.target)) {
			String problem = FigureInput.problem(this.target, "target", unitValue().orElse(null));
			if (problem != null) {
				problems.put("target", problem);
			}
		}
		if (frequencyValue().isEmpty()) {
			problems.put("frequency", "Choose how often the measure gets a value");
		}
		if (StringUtils.hasText(this.priority)
				&& id(this.priority).map((id) -> !priorities.contains(id)).orElse(true)) {
			problems.put("priority", "Choose a priority of this plan");
		}
		if (StringUtils.hasText(this.owner) && id(this.owner).map((id) -> !owners.contains(id)).orElse(true)) {
			problems.put("owner", "Choose an owner from the list");
		}
		if (actionIds().map((ids) -> !planActions.containsAll(ids)).orElse(true)) {
			problems.put("actions", "Choose actions from this plan");
		}
		return problems;
	}

	/** The checked input; only call when {@link #problems} found none. */
	MeasureInput input() {
		return new MeasureInput(this.name.strip(), this.description, unitValue().orElseThrow(),
				directionValue().orElseThrow(),
				StringUtils.hasText(this.target) ? FigureInput.parse(this.target).orElseThrow() : null,
				frequencyValue().orElseThrow(), id(this.priority).orElse(null), id(this.owner).orElse(null),
				isHeadline(), actionIds().orElseThrow());
	}

	Optional<MeasureUnit> unitValue() {
		return named(MeasureUnit.values(), this.unit);
	}

	Optional<Direction> directionValue() {
		return named(Direction.values(), this.direction);
	}

	Optional<Frequency> frequencyValue() {
		return named(Frequency.values(), this.frequency);
	}

	public boolean isHeadline() {
		return "true".equals(this.headline);
	}

	/** The chosen action ids, or empty if one of them is not an id at all. */
	Optional<Set<Long>> actionIds() {
		var ids = new LinkedHashSet<Long>();
		for (String value : (this.actions != null) ? this.actions : List.<String>of()) {
			var id = id(value);
			if (id.isEmpty()) {
				return Optional.empty();
			}
			ids.add(id.get());
		}
		return Optional.of(ids);
	}

	public boolean chose(long actionId) {
		return this.actions != null && this.actions.contains(Long.toString(actionId));
	}

	private static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
		return Arrays.stream(values).filter((value) -> value.name().equals(name)).findFirst();
	}

	private static Optional<Long> id(String text) {
		try {
			return StringUtils.hasText(text) ? Optional.of(Long.valueOf(text.strip())) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String text(Long id) {
		return (id != null) ? id.toString() : null;
	}

	private static String plain(BigDecimal figure) {
		return figure.stripTrailingZeros().toPlainString();
	}

}
