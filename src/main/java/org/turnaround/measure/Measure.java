package org.turnaround.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;
import org.turnaround.audit.Reference;

/**
 * A performance indicator an authority watches to see whether its improvement work has an
 * impact, with a target and one value per period.
 */
@Audited
@Entity
@Table(name = "measure")
public class Measure {

	// the councils are in England: "today" is the London date, whatever the server's zone
	static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

	// numeric(14, 2)
	private static final BigDecimal LARGEST_VALUE = new BigDecimal("999999999999.99");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "authority_id", nullable = false, updatable = false)
	private Long authorityId;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "priority_id")
	@HistoryLabel(value = "Priority", refersTo = Reference.PRIORITY)
	private Long priorityId;

	@Column(name = "owner_id")
	@HistoryLabel(value = "Owner", refersTo = Reference.ACCOUNT)
	private Long ownerId;

	@Column(name = "name", nullable = false, length = 300)
	@HistoryLabel("Name")
	private String name;

	@Column(name = "description")
	@HistoryLabel("Description")
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit", nullable = false, length = 20)
	@HistoryLabel("Unit")
	private MeasureUnit unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "direction", nullable = false, length = 20)
	@HistoryLabel("Direction")
	private Direction direction;

	@Column(name = "target", precision = 14, scale = 2)
	@HistoryLabel("Target")
	private BigDecimal target;

	@Enumerated(EnumType.STRING)
	@Column(name = "frequency", nullable = false, length = 20)
	@HistoryLabel("Frequency")
	private Frequency frequency;

	@Column(name = "headline", nullable = false)
	@HistoryLabel("Headline measure")
	private boolean headline;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	// a new or removed value is a change of the measure, and counts against its version
	@OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("periodOn")
	@OptimisticLock(excluded = false)
	@HistoryLabel(value = "Values", item = "Value for {periodOn}")
	private List<MeasureValue> values = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "measure_action", joinColumns = @JoinColumn(name = "measure_id"))
	@Column(name = "action_id", nullable = false)
	@HistoryLabel(value = "Actions that aim to move it", refersTo = Reference.ACTION)
	private Set<Long> actionIds = new HashSet<>();

	protected Measure() {
	}

	public Measure(Long authorityId, String name, MeasureUnit unit, Direction direction, Frequency frequency,
			BigDecimal target) {
		this.authorityId = Objects.requireNonNull(authorityId, "A measure belongs to an authority.");
		this.unit = Objects.requireNonNull(unit, "A measure needs a unit.");
		this.direction = Objects.requireNonNull(direction, "A measure needs a direction.");
		this.frequency = Objects.requireNonNull(frequency, "A measure needs a frequency.");
		rename(name);
		changeTarget(target);
	}

	public void rename(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A measure needs a name.");
		}
		if (name.strip().length() > 300) {
			throw new IllegalArgumentException("The name of a measure must be 300 characters or fewer.");
		}
		this.name = name.strip();
	}

	public void describe(String description) {
		this.description = (description == null || description.isBlank()) ? null : description.strip();
	}

	/**
	 * Sets or clears the target; a target must itself be a possible value of the unit.
	 */
	public void changeTarget(BigDecimal target) {
		if (target != null) {
			requirePossible(target, "target");
		}
		this.target = (target != null) ? target.setScale(2, RoundingMode.HALF_UP) : null;
	}

	/**
	 * Places the measure under a plan, and optionally one of its priorities; both null
	 * takes it out of any plan.
	 */
	public void placeInPlan(Long planId, Long priorityId) {
		if (priorityId != null && planId == null) {
			throw new IllegalArgumentException("A measure can only sit under a priority of a plan it belongs to.");
		}
		this.planId = planId;
		this.priorityId = priorityId;
	}

	/**
	 * Changes what the measure counts, which way is better and how often it gets a value.
	 * A new unit must accept the target and every value already recorded.
	 */
	public void define(MeasureUnit unit, Direction direction, Frequency frequency) {
		Objects.requireNonNull(unit, "A measure needs a unit.");
		Objects.requireNonNull(direction, "A measure needs a direction.");
		Objects.requireNonNull(frequency, "A measure needs a frequency.");
		if (this.target != null) {
			unit.requireAcceptable(this.target);
		}
		for (var value : this.values) {
			if (!unit.accepts(value.getValue())) {
				throw new IllegalArgumentException("The unit cannot be " + unit.label().toLowerCase(Locale.UK)
						+ ": the value for " + value.getPeriodOn() + " (" + value.getValue().toPlainString()
						+ ") is not possible in it.");
			}
		}
		this.unit = unit;
		this.direction = direction;
		this.frequency = frequency;
	}

	/**
	 * Links exactly these actions, unlinking any others.
	 */
	public void aimsToMoveOnly(Set<Long> actionIds) {
		Objects.requireNonNull(actionIds, "actionIds");
		this.actionIds.retainAll(actionIds);
		actionIds.forEach(this::linkAction);
	}

	public void assignOwner(Long ownerId) {
		this.ownerId = ownerId;
	}

	public void showAsHeadline(boolean headline) {
		this.headline = headline;
	}

	public void linkAction(Long actionId) {
		this.actionIds.add(Objects.requireNonNull(actionId, "actionId"));
	}

	public void unlinkAction(Long actionId) {
		this.actionIds.remove(actionId);
	}

	/**
	 * Records the value of one period. Refuses a value the unit cannot have, a period
	 * that has not started yet, and a second value for a period that already has one.
	 * @param period the period the value is for (conventionally its first day)
	 * @param value the value, rounded to 2 decimal places
	 * @param recordedById the account recording it, if known
	 * @param note an optional note on the value (its source, a caveat)
	 * @param now the current time
	 * @return the recorded value
	 */
	public MeasureValue recordValue(LocalDate period, BigDecimal value, Long recordedById, String note, Instant now) {
		Objects.requireNonNull(period, "A value needs the period it is for.");
		Objects.requireNonNull(value, "A value needs a figure.");
		Objects.requireNonNull(now, "now");
		LocalDate today = LocalDate.ofInstant(now, COUNCIL_ZONE);
		if (period.isAfter(today)) {
			throw new IllegalArgumentException("A value cannot be recorded for " + period + ": that is in the future.");
		}
		requirePossible(value, "value");
		if (valueFor(period).isPresent()) {
			throw new IllegalStateException(
					"There is already a value for " + period + ". Correct that value instead of adding another.");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 1000) {
			throw new IllegalArgumentException("A note on a value must be 1000 characters or fewer.");
		}
		var recorded = new MeasureValue(this, period, value.setScale(2, RoundingMode.HALF_UP), cleanNote, recordedById,
				now);
		int position = 0;
		while (position < this.values.size() && this.values.get(position).getPeriodOn().isBefore(period)) {
			position++;
		}
		this.values.add(position, recorded);
		return recorded;
	}

	/**
	 * Removes the value of a period, for one recorded by mistake.
	 */
	public void removeValue(LocalDate period) {
		if (!this.values.removeIf((value) -> value.getPeriodOn().equals(period))) {
			throw new IllegalArgumentException("There is no value for " + period + " to remove.");
		}
	}

	public Optional<MeasureValue> valueFor(LocalDate period) {
		return this.values.stream().filter((value) -> value.getPeriodOn().equals(period)).findFirst();
	}

	public Optional<MeasureValue> latestValue() {
		return this.values.isEmpty() ? Optional.empty() : Optional.of(this.values.get(this.values.size() - 1));
	}

	/**
	 * Whether the latest value reaches the target; empty while there is no target or no
	 * value.
	 */
	public Optional<Boolean> latestMeetsTarget() {
		if (this.target == null) {
			return Optional.empty();
		}
		return latestValue().map((latest) -> this.direction.meetsTarget(latest.getValue(), this.target));
	}

	private void requirePossible(BigDecimal figure, String what) {
		this.unit.requireAcceptable(figure);
		if (figure.abs().setScale(2, RoundingMode.HALF_UP).compareTo(LARGEST_VALUE) > 0) {
			throw new IllegalArgumentException("The " + what + " " + figure.toPlainString() + " is too large.");
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getPriorityId() {
		return this.priorityId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public MeasureUnit getUnit() {
		return this.unit;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public boolean isHeadline() {
		return this.headline;
	}

	public Long getVersion() {
		return this.version;
	}

	/**
	 * The values, oldest period first.
	 */
	public List<MeasureValue> getValues() {
		return Collections.unmodifiableList(this.values);
	}

	public Set<Long> getActionIds() {
		return Collections.unmodifiableSet(this.actionIds);
	}

}
