package org.turnaround.notice;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits notices. A change the notice refuses is reported on the field it came
 * from, and the notice is left as it was.
 */
@Service
class NoticeEditing {

	private final NoticeRepository notices;

	private final EntityManager entityManager;

	NoticeEditing(NoticeRepository notices, EntityManager entityManager) {
		this.notices = notices;
		this.entityManager = entityManager;
	}

	/**
	 * The edit form filled from the notice, built inside the transaction because its
	 * requirements are loaded lazily.
	 */
	@Transactional(readOnly = true)
	NoticeForm form(long id) {
		return NoticeForm.of(this.notices.findById(id).orElseThrow());
	}

	/** How many requirements the notice has now, which the edit form must carry. */
	@Transactional(readOnly = true)
	int requirementCount(long id) {
		return this.notices.findById(id).orElseThrow().getRequirements().size();
	}

	/**
	 * @param form a form with no problems of its own
	 */
	@Transactional
	long create(long authorityId, NoticeForm form) {
		var notice = refused("title", () -> new ImprovementNotice(authorityId, form.title().strip(),
				form.kindValue().orElseThrow(), form.triggerValue().orElseThrow(), form.issuedOn().orElseThrow()));
		apply(notice, form);
		return this.notices.saveAndFlush(notice).getId();
	}

	/**
	 * @param form a form with no problems of its own, carrying one text for each of the
	 * notice's requirements
	 */
	@Transactional
	void edit(long id, long version, NoticeForm form) {
		var notice = this.notices.findById(id).orElseThrow();
		if (notice.getVersion() != version) {
			throw new NoticeChanged(id);
		}
		try {
			// The next review is set again below, once the issue date it must follow is.
			refuseOn("reviewIntervalMonths", () -> notice.reviewEvery(form.interval().orElseThrow(), null));
			refuseOn("title", () -> notice.edit(form.title(), form.kindValue().orElseThrow(),
					form.triggerValue().orElseThrow(), form.issuedOn().orElseThrow()));
			var texts = form.existingTexts();
			for (int i = 0; i < texts.size(); i++) {
				int number = i + 1;
				if (!texts.get(i).strip().equals(notice.getRequirements().get(i).getText())) {
					refuseOn("requirement-" + number, () -> notice.rewordRequirement(number, texts.get(number - 1)));
				}
			}
			apply(notice, form);
		}
		catch (NoticeRefused refusal) {
			// Nothing of a refused edit is saved, not even the fields that were fine.
			this.entityManager.detach(notice);
			throw refusal;
		}
		this.notices.flush();
	}

	private static void apply(ImprovementNotice notice, NoticeForm form) {
		refuseOn("nextReviewDay",
				() -> notice.reviewEvery(form.interval().orElseThrow(), form.nextReviewOn().orElse(null)));
		if (NoticeForm.blankToNull(form.adviserName()) != null) {
			refuseOn("adviserName", () -> notice.appointAdviser(form.adviserName().strip(),
					NoticeForm.blankToNull(form.adviserRole()), form.adviserAppointedOn().orElse(null)));
		}
		notice.describe(NoticeForm.blankToNull(form.triggerDetail()), NoticeForm.blankToNull(form.summary()));
		for (String text : form.newRequirements()) {
			refuseOn("requirements", () -> notice.addRequirement(text));
		}
	}

	private static <T> T refused(String field, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new NoticeRefused(field, ex.getMessage());
		}
	}

	private static void refuseOn(String field, Runnable change) {
		refused(field, () -> {
			change.run();
			return null;
		});
	}

	/**
	 * The notice refused a change; the message is for the person on the field named.
	 */
	static class NoticeRefused extends RuntimeException {

		private final String field;

		NoticeRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the notice after this person loaded it. */
	static class NoticeChanged extends RuntimeException {

		NoticeChanged(long id) {
			super("Notice " + id + " was changed by someone else");
		}

	}

}
