package org.turnaround.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.turnaround.workforce.WorkforceForm.Figures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects workforce returns, one per authority and period. A change the
 * return refuses is reported on a field, and nothing of it is saved.
 */
@Service
class WorkforceEditing {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final WorkforceReturnRepository returns;

	private final EntityManager entityManager;

	WorkforceEditing(WorkforceReturnRepository returns, EntityManager entityManager) {
		this.returns = returns;
		this.entityManager = entityManager;
	}

	/**
	 * @throws WorkforceRefused on the period when the authority already has a return for
	 * it; a return saved by someone else at the same moment is refused by the database's
	 * unique constraint instead, as a DataIntegrityViolationException
	 */
	@Transactional
	long create(long authorityId, LocalDate periodOn, Figures figures) {
		if (this.returns.existsByAuthorityIdAndPeriodOn(authorityId, periodOn)) {
			throw duplicate(periodOn);
		}
		WorkforceReturn created;
		try {
			created = new WorkforceReturn(authorityId, periodOn, figures.socialWorkers(), figures.vacancies(),
					figures.agencyWorkers(), figures.leavers(), figures.averageCaseload());
		}
		catch (IllegalArgumentException ex) {
			throw new WorkforceRefused("socialWorkers", ex.getMessage());
		}
		return this.returns.saveAndFlush(created).getId();
	}

	static WorkforceRefused duplicate(LocalDate periodOn) {
		return new WorkforceRefused("periodDay",
				"There is already a return for " + DATE.format(periodOn) + ": correct that one instead");
	}

	@Transactional
	void edit(long id, long version, Figures figures) {
		var existing = this.returns.findById(id).orElseThrow();
		if (existing.getVersion() != version) {
			throw new WorkforceChanged(id);
		}
		try {
			existing.revise(figures.socialWorkers(), figures.vacancies(), figures.agencyWorkers(), figures.leavers(),
					figures.averageCaseload());
		}
		catch (IllegalArgumentException ex) {
			this.entityManager.detach(existing);
			throw new WorkforceRefused("socialWorkers", ex.getMessage());
		}
		this.returns.flush();
	}

	/** The return refused a change; the message is for the person, on the field named. */
	static class WorkforceRefused extends RuntimeException {

		private final String field;

		WorkforceRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the return after this person loaded it. */
	static class WorkforceChanged extends RuntimeException {

		WorkforceChanged(long id) {
			super("Workforce return " + id + " was changed by someone else");
		}

	}

}
