package org.turnaround.caseaudit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The case-audit rounds of each authority.
 */
public interface CaseAuditRepository extends JpaRepository<CaseAudit, Long> {

	/**
	 * An authority's audit rounds, oldest first, as a trend reads.
	 */
	List<CaseAudit> findByAuthorityIdOrderByCompletedOnAscIdAsc(Long authorityId);

}
