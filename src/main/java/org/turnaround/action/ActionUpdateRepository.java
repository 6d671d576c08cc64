package org.turnaround.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {

	List<ActionUpdate> findByActionIdOrderByRecordedAtDescIdDesc(Long actionId);

}
