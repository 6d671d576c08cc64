package org.turnaround.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The workforce returns of each authority, one per period.
 */
public interface WorkforceReturnRepository extends JpaRepository<WorkforceReturn, Long> {

	List<WorkforceReturn> findByAuthorityIdOrderByPeriodOn(Long authorityId);

	Optional<WorkforceReturn> findFirstByAuthorityIdOrderByPeriodOnDesc(Long authorityId);

	boolean existsByAuthorityIdAndPeriodOn(Long authorityId, LocalDate periodOn);

}
