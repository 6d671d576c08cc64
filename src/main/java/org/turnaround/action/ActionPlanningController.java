package org.turnaround.action;

import java.util.Map;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionPlanning.PlanRef;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan manager creates, edits and cancels the plan's actions. Who may use the pages is
 * checked before anything about the form: another authority's plan or action is not
 * found, and anyone but a plan manager of its authority is forbidden.
 */
@Controller
class ActionPlanningController {

	private final ActionPlanning planning;

	private final ActionQueries actions;

	ActionPlanningController(ActionPlanning planning, ActionQueries actions) {
		this.planning = planning;
		this.actions = actions;
	}

	@GetMapping("/plans/{id}/actions/new")
	ModelAndView newForm(@PathVariable long id, @RequestParam(name = "priority", required = false) Long priority,
			@AuthenticationPrincipal CurrentUser user) {
		var plan = managedPlan(id, user);
		return page(plan, null, ActionForm.blank(priority), Map.of(), false, HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/actions/new")
	ModelAndView create(@PathVariable long id, @ModelAttribute("form") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var plan = managedPlan(id, user);
		var problems = form.problems(true, null);
		if (!problems.isEmpty()) {
			return page(plan, null, form, problems, false, HttpStatus.OK);
		}
		long actionId;
		try {
			actionId = this.planning.create(id, form, user);
		}
		catch (ActionRefused refusal) {
			return page(plan, null, form, Map.of(refusal.field(), refusal.getMessage()), false, HttpStatus.OK);
		}
		var created = load(actionId);
		redirect.addFlashAttribute("success", "Action " + created.reference() + " added");
		return new ModelAndView("redirect:/actions/" + actionId);
	}

	@GetMapping("/actions/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var action = managedAction(id, user);
		var plan = this.planning.plan(action.planId()).orElseThrow();
		var form = ActionForm.of(action, this.planning.requirementsOf(id));
		return page(plan, action, form, Map.of(), false, HttpStatus.OK);
	}

	@PostMapping("/actions/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") ActionForm form, BindingResult binding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var action = managedAction(id, user);
		var plan = this.planning.plan(action.planId()).orElseThrow();
		if (form.version() == null || binding.hasFieldErrors("version") || form.version() > action.version()) {
			// The page always carries the version it was shown with: no form produced
			// this.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < action.version()) {
			return page(plan, action, form.against(action.version()), Map.of(), true, HttpStatus.CONFLICT);
		}
		var problems = form.problems(false, action.baselineDueOn());
		if (!problems.isEmpty()) {
			return page(plan, action, form, problems, false, HttpStatus.OK);
		}
		try {
			this.planning.edit(id, form, user);
		}
		catch (ActionRefused refusal) {
			return page(plan, action, form, Map.of(refusal.field(), refusal.getMessage()), false, HttpStatus.OK);
		}
		catch (StaleVersionException ex) {
			var current = load(id);
			return page(plan, current, form.against(current.version()), Map.of(), true, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", "Action " + action.reference() + " saved");
		return new ModelAndView("redirect:/actions/" + id);
	}

	@GetMapping("/actions/{id}/cancel")
	ModelAndView cancelForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return cancelPage(managedAction(id, user), null, Map.of());
	}

	@PostMapping("/actions/{id}/cancel")
	ModelAndView cancel(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var action = managedAction(id, user);
		if (!StringUtils.hasText(reason)) {
			return cancelPage(action, reason, Map.of("reason", "Give a reason for cancelling the action"));
		}
		if (reason.length() > 1000) {
			return cancelPage(action, reason,
					Map.of("reason", "The reason for cancelling must be 1,000 characters or fewer"));
		}
		try {
			this.planning.cancel(id, reason, user);
		}
		catch (ActionRefused refusal) {
			return cancelPage(action, reason, Map.of(refusal.field(), refusal.getMessage()));
		}
		redirect.addFlashAttribute("success", "Action " + action.reference() + " cancelled");
		return new ModelAndView("redirect:/actions/" + id);
	}

	private PlanRef managedPlan(long id, CurrentUser user) {
		var plan = this.planning.plan(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", id));
		if (!user.managesPlansOf(plan.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may add its actions");
		}
		return plan;
	}

	private ActionDetail managedAction(long id, CurrentUser user) {
		var action = load(id);
		if (!user.canRead(action.authorityId())) {
			throw new RecordNotFoundException("Action", id);
		}
		if (!user.managesPlansOf(action.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may change its actions");
		}
		return action;
	}

	private ActionDetail load(long id) {
		return this.actions.detail(id).orElseThrow(() -> new RecordNotFoundException("Action", id));
	}

	/**
	 * The create or edit form. {@code action} is null when creating; on a conflict it is
	 * the action as someone else saved it.
	 */
	private ModelAndView page(PlanRef plan, ActionDetail action, ActionForm form, Map<String, String> problems,
			boolean conflict, HttpStatus status) {
		var page = new ModelAndView("actions/form", status);
		page.addObject("plan", plan);
		page.addObject("action", action);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		page.addObject("priorities", this.planning.priorities(plan));
		page.addObject("owners", this.planning.owners(plan));
		page.addObject("requirements", this.planning.requirements(plan));
		if (conflict) {
			page.addObject("currentRequirements", this.actions.requirementsAnswered(action.id()));
		}
		return page;
	}

	private ModelAndView cancelPage(ActionDetail action, String reason, Map<String, String> problems) {
		var page = new ModelAndView("actions/cancel", HttpStatus.OK);
		page.addObject("action", action);
		page.addObject("reason", reason);
		page.addObject("problems", problems);
		return page;
	}

}
