package org.turnaround.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<ImprovementPlan, Long> {

}
