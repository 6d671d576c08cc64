package org.turnaround.measure;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A measure as a checked form gives it: what to create or what to change it to.
 *
 * @param target the target, or null for none
 * @param priorityId the priority of the plan it evidences, or null
 * @param ownerId the account that records its values, or null
 */
record MeasureInput(String name, String description, MeasureUnit unit, Direction direction, BigDecimal target,
		Frequency frequency, Long priorityId, Long ownerId, boolean headline, Set<Long> actionIds) {

}
