package org.turnaround.measure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Measures and, through them, their values.
 */
public interface MeasureRepository extends JpaRepository<Measure, Long> {

	List<Measure> findByAuthorityIdOrderByName(Long authorityId);

	List<Measure> findByPlanIdOrderByName(Long planId);

	/**
	 * One measure with its values in the same query, for the page that charts them.
	 */
	@EntityGraph(attributePaths = "values")
	Optional<Measure> findWithValuesById(Long id);

}
