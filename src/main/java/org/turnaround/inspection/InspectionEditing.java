package org.turnaround.inspection;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects inspections and their findings. A change the inspection refuses is
 * reported on the field it came from, and nothing of it is saved.
 */
@Service
class InspectionEditing {

	private final InspectionRepository inspections;

	private final EntityManager entityManager;

	InspectionEditing(InspectionRepository inspections, EntityManager entityManager) {
		this.inspections = inspections;
		this.entityManager = entityManager;
	}

	/**
	 * The edit form filled from the inspection, inside the transaction (judgements load
	 * lazily).
	 */
	@Transactional(readOnly = true)
	InspectionForm form(long id) {
		return InspectionForm.of(this.inspections.findById(id).orElseThrow());
	}

	/** The finding form filled from the finding, inside the transaction. */
	@Transactional(readOnly = true)
	FindingForm findingForm(long inspectionId, long findingId) {
		return FindingForm
			.of(this.inspections.findById(inspectionId).orElseThrow().findingWithId(findingId).orElseThrow());
	}

	@Transactional
	long create(long authorityId, InspectionKind kind, Details details) {
		var inspection = new Inspection(authorityId, kind, details.title(), details.startedOn());
		apply(inspection, details);
		return this.inspections.saveAndFlush(inspection).getId();
	}

	@Transactional
	void edit(long id, long version, Details details) {
		var inspection = current(id, version);
		try {
			apply(inspection, details);
		}
		catch (InspectionRefused refusal) {
			// Nothing of a refused edit is saved, not even the fields that were fine.
			this.entityManager.detach(inspection);
			throw refusal;
		}
		this.inspections.flush();
	}

	private static void apply(Inspection inspection, Details details) {
		refuseOn("title", () -> inspection.retitle(details.title()));
		refuseOn("publishedDay", () -> inspection.redate(details.startedOn(), details.publishedOn()));
		refuseOn("framework", () -> inspection.describe(details.framework(), details.summary()));
		for (var area : InspectionArea.values()) {
			refuseOn(InspectionForm.field(area), () -> inspection.judgeOrClear(area, details.judgements().get(area)));
		}
		refuseOn("overall", () -> inspection.judgeOverall(details.overall()));
	}

	/**
	 * Adds a finding numbered after the last, answered by the given actions (of the
	 * inspected authority's plans, as the caller has checked).
	 */
	@Transactional
	long addFinding(long inspectionId, String text, Set<Long> actionIds) {
		var inspection = this.inspections.findById(inspectionId).orElseThrow();
		var finding = inspection.addFinding(text);
		finding.answeredOnlyBy(actionIds);
		this.inspections.flush();
		return finding.getId();
	}

	@Transactional
	void editFinding(long inspectionId, long findingId, long version, String text, Set<Long> actionIds) {
		var finding = this.inspections.findById(inspectionId).orElseThrow().findingWithId(findingId).orElseThrow();
		if (finding.getVersion() != version) {
			throw new InspectionChanged(findingId);
		}
		finding.reword(text);
		finding.answeredOnlyBy(actionIds);
		this.inspections.flush();
	}

	private Inspection current(long id, long version) {
		var inspection = this.inspections.findById(id).orElseThrow();
		if (inspection.getVersion() != version) {
			throw new InspectionChanged(id);
		}
		return inspection;
	}

	private static void refuseOn(String field, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new InspectionRefused(field, ex.getMessage());
		}
	}

	/**
	 * What the inspection form says, checked.
	 *
	 * @param publishedOn null if the report is not published yet
	 * @param judgements the areas judged; an area missing is not judged
	 * @param overall null for no overall judgement
	 */
	record Details(String title, LocalDate startedOn, LocalDate publishedOn, String framework, String summary,
			Map<InspectionArea, Judgement> judgements, Judgement overall) {

		static Details of(InspectionForm form) {
			return new Details(form.title(), form.startedOn().orElseThrow(), form.publishedOn().orElse(null),
					form.framework(), form.summary(), form.judgements(), form.overallValue().orElse(null));
		}

	}

	/**
	 * The inspection refused a change; the message is for the person, on the field named.
	 */
	static class InspectionRefused extends RuntimeException {

		private final String field;

		InspectionRefused(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

	/** Someone saved the inspection or finding after this person loaded it. */
	static class InspectionChanged extends RuntimeException {

		InspectionChanged(long id) {
			super("Record " + id + " was changed by someone else");
		}

	}

}
