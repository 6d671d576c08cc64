package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;

/**
 * The value of a measure for one period. Created only through
 * {@link Measure#recordValue}.
 */
@Audited
@Entity
@Table(name = "measure_value")
public class MeasureValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "measure_id", nullable = false, updatable = false)
	private Measure measure;

	@Column(name = "period_on", nullable = false)
	private LocalDate periodOn;

	@Column(name = "value", nullable = false, precision = 14, scale = 2)
	@HistoryLabel("Value")
	private BigDecimal value;

	@Column(name = "note", length = 1000)
	@HistoryLabel("Note")
	private String note;

	@Column(name = "recorded_by_id")
	private Long recordedById;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected MeasureValue() {
	}

	MeasureValue(Measure measure, LocalDate periodOn, BigDecimal value, String note, Long recordedById,
			Instant recordedAt) {
		this.measure = measure;
		this.periodOn = periodOn;
		this.value = value;
		this.note = note;
		this.recordedById = recordedById;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getPeriodOn() {
		return this.periodOn;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getNote() {
		return this.note;
	}

	public Long getRecordedById() {
		return this.recordedById;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Long getVersion() {
		return this.version;
	}

	/**
	 * The value as a person reads it, in the measure's unit.
	 */
	public String formatted() {
		return this.measure.getUnit().format(this.value);
	}

}
