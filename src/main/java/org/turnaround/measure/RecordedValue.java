package org.turnaround.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A value as the measure page lists it, with its note and who recorded it when.
 *
 * @param recordedBy the name of who recorded it, or null when not known
 */
public record RecordedValue(long id, LocalDate period, BigDecimal value, String note, String recordedBy,
		LocalDateTime recordedAt) {

	public PeriodValue periodValue() {
		return new PeriodValue(this.period, this.value);
	}

}
