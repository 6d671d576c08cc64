package org.turnaround.authority;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorityRepository extends JpaRepository<Authority, Long> {

	Optional<Authority> findBySlug(String slug);

	List<Authority> findAllByOrderByName();

}
