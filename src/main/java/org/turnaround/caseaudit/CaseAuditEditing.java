package org.turnaround.caseaudit;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.turnaround.caseaudit.CaseAuditForm.Grades;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects audit rounds. A change the round refuses is reported on the field
 * it came from, and nothing of it is saved.
 */
@Service
class CaseAuditEditing {

	private final CaseAuditRepository audits;

	private final EntityManager entityManager;

	private final Clock clock;

	CaseAuditEditing(CaseAuditRepository audits, EntityManager entityManager, Clock clock) {
		this.audits = audits;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Transactional
	long create(long authorityId, String title, LocalDate completedOn, Grades grades, String summary) {
		var today = LocalDate.now(this.clock);
		if (completedOn.isAfter(today)) {
			throw new CaseAuditRefused("completedDay", "The date completed cannot be in the future");
		}
		CaseAudit audit;
		try {
			audit = new CaseAudit(authorityId, title, completedOn, grades.casesAudited(), grades.outstanding(),
					grades.good(), grades.requiresImprovement(), grades.inadequate());
		}
		catch (IllegalArgumentException ex) {
			throw new CaseAuditRefused("title", ex.getMessage());
		}
		audit.summarise(summary);
		return this.audits.saveAndFlush(audit).getId();
	}

	@Transactional
	void edit(long id, long version, String title, LocalDate completedOn, Grades grades, String summary) {
		var audit = this.audits.findById(id).orElseThrow();
		if (audit.getVersion() != version) {
			throw new CaseAuditChanged(id);
		}
		try {
			refuseOn("title", () -> audit.retitle(title));
			refuseOn("completedDay", () -> audit.redate(completedOn, LocalDate.now(this.clock)));
			refuseOn("grades", () -> audit.correctGrades(grades.casesAudited(), grades.outstanding(), grades.good(),
					grades.requiresImprovement(), grades.inadequate()));
			audit.summarise(summary);
		}
		catch (CaseAuditRefused refusal) {
			// Nothing of a refused edit is saved, not even the fields that were fine.
			this.entityManager.detach(audit);
			throw refusal;
		}
		this.audits.flush();
	}

	private static void refuseOn(String field, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new CaseAuditRefused(field, ex.getMessage());
		}
	}

	/** The round refused a change; the message is for the person, on the field named. */
	static class CaseAuditRefused extends RuntimeException {

		private final String field;

		CaseAuditRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the round after this person loaded it. */
	static class CaseAuditChanged extends RuntimeException {

		CaseAuditChanged(long id) {
			super("Case audit " + id + " was changed by someone else");
		}

	}

}
