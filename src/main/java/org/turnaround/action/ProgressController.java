package org.turnaround.action;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.turnaround.account.CurrentUser;
import org.turnaround.web.DatabaseUnavailable;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The progress form an officer fills in every month. Who may use it is checked before
 * anything about the form, so a cabinet member gets a 403 however the form was filled in.
 */
@Controller
class ProgressController {

	private static final Logger log = LoggerFactory.getLogger(ProgressController.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final List<ActionStatus> STATUSES = Arrays.stream(ActionStatus.values())
		.filter((status) -> status != ActionStatus.CANCELLED)
		.toList();

	private static final List<Rag> OVERRIDES = List.of(Rag.RED, Rag.AMBER, Rag.GREEN);

	private final ActionQueries actions;

	private final ActionProgress progress;

	private final DatabaseUnavailable databaseUnavailable;

	ProgressController(ActionQueries actions, ActionProgress progress, DatabaseUnavailable databaseUnavailable) {
		this.actions = actions;
		this.progress = progress;
		this.databaseUnavailable = databaseUnavailable;
	}

	@GetMapping("/actions/{id}/update")
	ModelAndView form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var action = updatable(id, user);
		var form = ProgressForm.of(action, newestUpdate(id));
		return page(action, form, EvidenceInput.none(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/actions/{id}/update")
	ModelAndView save(@PathVariable long id, @ModelAttribute("form") ProgressForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			return trySave(id, form, binding, user, request, redirect);
		}
		catch (RuntimeException ex) {
			if (!this.databaseUnavailable.explains(ex)) {
				throw ex;
			}
			// An officer may have typed for half an hour: the page they get back keeps
			// every word, with the version they started from, to save again later.
			log.warn("Progress update on action {} not saved: database unavailable ({})", id, ex.toString());
			var page = new ModelAndView("actions/update-unsaved", HttpStatus.SERVICE_UNAVAILABLE);
			page.addObject("actionId", id);
			page.addObject("form", form);
			page.addObject("evidence", EvidenceInput.from(request));
			return page;
		}
	}

	private ModelAndView trySave(long id, ProgressForm form, BindingResult binding, CurrentUser user,
			HttpServletRequest request, RedirectAttributes redirect) {
		var action = updatable(id, user);
		var evidence = EvidenceInput.from(request);
		if (form.version() == null || binding.hasFieldErrors("version") || form.version() > action.version()) {
			// The page always carries the version it was shown with: no form produced
			// this.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < action.version()) {
			return conflict(action, form, evidence);
		}
		var problems = new LinkedHashMap<>(form.problems(action.dueOn()));
		problems.putAll(evidence.problems(request));
		if (!problems.isEmpty()) {
			return page(action, form, evidence, problems, null, HttpStatus.OK);
		}
		try {
			this.progress.record(id, form.version(), form.toChange(action.dueOn()), evidence.toEvidence(), user);
		}
		catch (ProgressRefused refusal) {
			return page(action, form, evidence, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (StaleVersionException ex) {
			return conflict(load(id), form, evidence);
		}
		redirect.addFlashAttribute("success", whatChanged(action, load(id)));
		return new ModelAndView("redirect:/actions/" + id);
	}

	/**
	 * The action, if this person may update it: another authority's action is not found
	 * (its existence is not revealed); one of their own authority they may not change is
	 * forbidden.
	 */
	private ActionDetail updatable(long id, CurrentUser user) {
		var action = load(id);
		if (!user.canRead(action.authorityId())) {
			throw new RecordNotFoundException("Action", id);
		}
		if (!action.mayBeUpdatedBy(user)) {
			throw new AccessDeniedException("Only the action's owner or a plan manager may update it");
		}
		return action;
	}

	private ActionDetail load(long id) {
		return this.actions.detail(id).orElseThrow(() -> new RecordNotFoundException("Action", id));
	}

	private Long newestUpdate(long id) {
		var history = this.actions.history(id);
		return history.isEmpty() ? null : history.get(0).id();
	}

	/**
	 * Someone saved the action after this person loaded it: show what they recorded since
	 * and keep this person's input, against the new version so they can save it again.
	 */
	private ModelAndView conflict(ActionDetail current, ProgressForm form, EvidenceInput evidence) {
		var history = this.actions.history(current.id());
		var since = history.stream()
			.filter((row) -> form.seenUpdate() == null || row.id() > form.seenUpdate())
			.toList();
		var conflict = new Conflict(since.isEmpty() ? null : since.get(0), since.size());
		var kept = form.against(current.version(), history.isEmpty() ? null : history.get(0).id());
		return page(current, kept, evidence, Map.of(), conflict, HttpStatus.CONFLICT);
	}

	private ModelAndView page(ActionDetail action, ProgressForm form, EvidenceInput evidence,
			Map<String, String> problems, Conflict conflict, HttpStatus status) {
		var page = new ModelAndView("actions/update", status);
		page.addObject("action", action);
		page.addObject("form", form);
		page.addObject("evidence", evidence);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		// Once work has begun an action cannot go back to "not started", so it is not
		// offered.
		page.addObject("statuses", STATUSES.stream()
			.filter((option) -> option != ActionStatus.NOT_STARTED || action.status() == ActionStatus.NOT_STARTED)
			.toList());
		page.addObject("overrides", OVERRIDES);
		page.addObject("maxCommentary", Action.MAX_COMMENTARY_LENGTH);
		return page;
	}

	/** The banner's sentence: what this save changed, in the order the form asks. */
	static String whatChanged(ActionDetail before, ActionDetail after) {
		var changes = new ArrayList<String>();
		if (before.status() != after.status()) {
			changes.add("status " + before.status().label() + " to " + after.status().label());
		}
		if (before.percentComplete() != after.percentComplete()) {
			changes.add(before.percentComplete() + "% to " + after.percentComplete() + "%");
		}
		if (!before.dueOn().equals(after.dueOn())) {
			changes.add("due date now " + DATE.format(after.dueOn()));
		}
		if (changes.isEmpty()) {
			changes.add("progress note added");
		}
		changes.add("RAG now " + after.rag().label() + (after.rag().overridden() ? " (overridden)" : ""));
		return "Update saved: " + String.join(", ", changes);
	}

	/**
	 * @param latest the newest update recorded since this person opened the form, or null
	 * if the change was not a progress update
	 * @param count how many updates were recorded since
	 */
	record Conflict(UpdateRow latest, int count) {

	}

}
