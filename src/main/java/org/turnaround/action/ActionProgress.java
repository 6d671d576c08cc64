package org.turnaround.action;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records progress on an action: the owner or a plan manager of the same authority adds
 * one update to its history, and the action takes the update's status and percentage.
 */
@Service
public class ActionProgress {

	private final ActionRepository actions;

	private final ActionUpdateRepository updates;

	private final RagPolicy policy;

	private final EvidenceRepository evidence;

	private final Clock clock;

	ActionProgress(ActionRepository actions, ActionUpdateRepository updates, EvidenceRepository evidence,
			RagPolicy policy, Clock clock) {
		this.actions = actions;
		this.updates = updates;
		this.evidence = evidence;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Records one update, refusing it when the action changed since the person loaded it
	 * ({@code expectedVersion}) or when the action's own rules refuse it.
	 */
	@Transactional
	@PreAuthorize("@actionAccess.mayUpdate(#actionId, #by)")
	public ActionUpdate record(long actionId, long expectedVersion, ActionStatus status, int percentComplete,
			String commentary, CurrentUser by) {
		var action = this.actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		if (action.getVersion() != expectedVersion) {
			throw new StaleVersionException("Action", actionId);
		}
		var update = action.recordUpdate(by.accountId(), status, percentComplete, commentary, this.clock.instant(),
				this.clock.getZone(), this.policy);
		return this.updates.save(update);
	}

	/**
	 * Records one progress report in one transaction: the due date revision first (so the
	 * update's RAG reflects the new date), then the update, then the RAG override. Each
	 * refusal from the action's rules says which part of the form it is about, and
	 * nothing is saved.
	 */
	@Transactional
	@PreAuthorize("@actionAccess.mayUpdate(#actionId, #by)")
	public ActionUpdate record(long actionId, long expectedVersion, ProgressChange change, CurrentUser by) {
		return record(actionId, expectedVersion, change, List.of(), by);
	}

	/**
	 * Records one progress report with its evidence, all in one transaction: if any part
	 * fails, neither the update nor any of its files or links is kept.
	 */
	@Transactional
	@PreAuthorize("@actionAccess.mayUpdate(#actionId, #by)")
	public ActionUpdate record(long actionId, long expectedVersion, ProgressChange change, List<NewEvidence> evidence,
			CurrentUser by) {
		var action = this.actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		if (action.getVersion() != expectedVersion) {
			throw new StaleVersionException("Action", actionId);
		}
		var now = this.clock.instant();
		if (change.revisedDueOn() != null) {
			refusedAs("dueDay", () -> action.reviseDueDate(change.revisedDueOn(), change.dueRevisionReason()));
		}
		var update = refusedAs(fieldOf(change), () -> action.recordUpdate(by.accountId(), change.status(),
				change.percentComplete(), change.commentary(), now, this.clock.getZone(), this.policy));
		var saved = this.updates.save(update);
		for (var item : evidence) {
			this.evidence.save(new Evidence(saved.getId(), item, now));
		}
		if (change.ragOverride() == null) {
			action.clearRagOverride();
		}
		else if (change.ragOverride() != action.getRagOverride()
				|| !change.ragOverrideReason().equals(action.getRagOverrideReason())) {
			refusedAs("ragOverride",
					() -> action.overrideRag(change.ragOverride(), change.ragOverrideReason(), by.accountId(), now));
		}
		try {
			// Someone who passed the version check at the same moment has committed
			// first.
			this.actions.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleVersionException("Action", actionId);
		}
		return saved;
	}

	/**
	 * The field a refused update is about. The rules' refusals of an update are about the
	 * status unless they are about the percentage or the commentary.
	 */
	private static String fieldOf(ProgressChange change) {
		if (change.percentComplete() < 0 || change.percentComplete() > 100) {
			return "percentComplete";
		}
		if (change.commentary() == null || change.commentary().isBlank()
				|| change.commentary().length() > Action.MAX_COMMENTARY_LENGTH) {
			return "commentary";
		}
		return "status";
	}

	private static void refusedAs(String field, Runnable step) {
		refusedAs(field, () -> {
			step.run();
			return null;
		});
	}

	private static <T> T refusedAs(String field, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (IllegalArgumentException | IllegalStateException refusal) {
			throw new ProgressRefused(field, refusal);
		}
	}

}
