package org.turnaround.notice;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<ImprovementNotice, Long> {

}
