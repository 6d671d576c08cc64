package org.turnaround.partnership;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.turnaround.action.ActionLeadership;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits partnerships, with the actions the partner leads (a change of each
 * action) and supports (a change of the partnership), in one transaction.
 */
@Service
class PartnershipEditing {

	private final PartnershipRepository partnerships;

	private final PartnershipQueries queries;

	private final ActionLeadership leadership;

	private final EntityManager entityManager;

	PartnershipEditing(PartnershipRepository partnerships, PartnershipQueries queries, ActionLeadership leadership,
			EntityManager entityManager) {
		this.partnerships = partnerships;
		this.queries = queries;
		this.leadership = leadership;
		this.entityManager = entityManager;
	}

	/**
	 * The edit form filled from the partnership, inside the transaction (its actions load
	 * lazily).
	 */
	@Transactional(readOnly = true)
	PartnershipForm form(long id) {
		return PartnershipForm.of(this.partnerships.findById(id).orElseThrow(), this.queries.actionsOf(id).leads());
	}

	@Transactional
	long create(long authorityId, Details details, Set<Long> candidates) {
		var partnership = new Partnership(authorityId, details.partnerName(), details.kind(),
				details.partnerAuthorityId(), details.startsOn());
		apply(partnership, details);
		long id = this.partnerships.saveAndFlush(partnership).getId();
		this.leadership.leadOnly(id, details.leads(), candidates);
		return id;
	}

	@Transactional
	void edit(long id, long version, Details details, Set<Long> candidates) {
		var partnership = this.partnerships.findById(id).orElseThrow();
		if (partnership.getVersion() != version) {
			throw new PartnershipChanged(id);
		}
		try {
			refuseOn("partnerAuthority", () -> partnership.classify(details.kind(), details.partnerAuthorityId()));
			apply(partnership, details);
		}
		catch (PartnershipRefused refusal) {
			this.entityManager.detach(partnership);
			throw refusal;
		}
		// The actions it leads change the actions, not the partnership: its version still
		// counts the change, so two people editing it at once cannot both win.
		this.entityManager.lock(partnership, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.partnerships.flush();
		this.leadership.leadOnly(id, details.leads(), candidates);
	}

	private static void apply(Partnership partnership, Details details) {
		refuseOn("partnerName", () -> partnership.rename(details.partnerName()));
		refuseOn("role", () -> partnership.describeRole(details.role()));
		refuseOn("endsDay", () -> partnership.runs(details.startsOn(), details.endsOn()));
		refuseOn("supports", () -> partnership.supportsOnly(details.supports()));
	}

	private static void refuseOn(String field, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new PartnershipRefused(field, ex.getMessage());
		}
	}

	/** What the partnership form says, checked. */
	record Details(String partnerName, PartnerKind kind, Long partnerAuthorityId, String role, LocalDate startsOn,
			LocalDate endsOn, Set<Long> leads, Set<Long> supports) {

		static Details of(PartnershipForm form) {
			return new Details(form.partnerName(), form.kind().orElseThrow(),
					form.partnerAuthorityId().orElseThrow().orElse(null), form.role(), form.startsOn().orElseThrow(),
					form.endsOn().orElse(null), form.leadIds().orElseThrow(), form.supportIds().orElseThrow());
		}

	}

	/**
	 * The partnership refused a change; the message is for the person, on the field
	 * named.
	 */
	static class PartnershipRefused extends RuntimeException {

		private final String field;

		PartnershipRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the partnership after this person loaded it. */
	static class PartnershipChanged extends RuntimeException {

		PartnershipChanged(long id) {
			super("Partnership " + id + " was changed by someone else");
		}

	}

}
