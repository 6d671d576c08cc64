package org.turnaround.inspection;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Inspections and, through them, their judgements and findings.
 */
public interface InspectionRepository extends JpaRepository<Inspection, Long> {

	/**
	 * An authority's inspections and visits, most recent first, each with its judgements
	 * loaded in the same query.
	 */
	@EntityGraph(attributePaths = "judgements")
	List<Inspection> findByAuthorityIdOrderByStartedOnDescIdDesc(Long authorityId);

}
