package org.turnaround.partnership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The partnerships of each authority.
 */
public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	List<Partnership> findByAuthorityIdOrderByStartsOnAscIdAsc(Long authorityId);

}
