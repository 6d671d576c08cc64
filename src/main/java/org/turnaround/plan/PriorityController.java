package org.turnaround.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionRow;
import org.turnaround.plan.PlanClosing.PlanChanged;
import org.turnaround.plan.PlanQueries.PlanDetail;
import org.turnaround.plan.PlanQueries.PriorityRow;
import org.turnaround.plan.PriorityEditing.PriorityChanged;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan manager adds and edits a plan's priorities, and changes the order of priorities
 * and of the actions under each, one "Move up" or "Move down" at a time (no JavaScript
 * needed). Who may use a page is checked before anything about the form.
 */
@Controller
class PriorityController {

	private static final String CHANGED = "Someone changed this plan since you opened this page. Nothing was moved: check the order and try again.";

	private final PlanQueries plans;

	private final PriorityEditing editing;

	private final ActionQueries actions;

	PriorityController(PlanQueries plans, PriorityEditing editing, ActionQueries actions) {
		this.plans = plans;
		this.editing = editing;
		this.actions = actions;
	}

	@GetMapping("/plans/{id}/priorities/new")
	ModelAndView newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return page(managed(id, user), null, PriorityForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/priorities/new")
	ModelAndView create(@PathVariable long id, @ModelAttribute("form") PriorityForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var plan = managed(id, user);
		var problems = new LinkedHashMap<>(form.problems());
		if (problems.isEmpty() && plan.status() == PlanStatus.CLOSED) {
			problems.put("title", "This plan is closed: it takes no new priorities");
		}
		if (!problems.isEmpty()) {
			return page(plan, null, form, problems, null, HttpStatus.OK);
		}
		int number = this.editing.create(id, form.title(), form.description(), form.leadName());
		redirect.addFlashAttribute("success", "Priority " + number + " added");
		return new ModelAndView("redirect:/plans/" + id + "#priority-" + number);
	}

	@GetMapping("/priorities/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = managedPlanOfPriority(id, user);
		return page(plan, priority(plan, id), this.editing.form(id), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/priorities/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") PriorityForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var plan = managedPlanOfPriority(id, user);
		var priority = priority(plan, id);
		long current = this.editing.form(id).version();
		if (form.version() == null || form.version() > current) {
			// The page always carries the version it was shown with: no form produced
			// this.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < current) {
			return page(plan, priority, form.against(current), Map.of(), priority, HttpStatus.CONFLICT);
		}
		var problems = form.problems();
		if (!problems.isEmpty()) {
			return page(plan, priority, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form.title(), form.description(), form.leadName());
		}
		catch (IllegalArgumentException | IllegalStateException refusal) {
			return page(plan, priority, form, Map.of("title", refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (PriorityChanged | ObjectOptimisticLockingFailureException ex) {
			var now = priority(plan, id);
			return page(plan, now, form.against(this.editing.form(id).version()), Map.of(), now, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", "Priority " + priority.number() + " saved");
		return new ModelAndView("redirect:/plans/" + plan.id() + "#priority-" + priority.number());
	}

	@GetMapping("/plans/{id}/order")
	ModelAndView order(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return orderPage(managed(id, user), null, HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/order")
	ModelAndView move(@PathVariable long id, @RequestParam(required = false) Long priorityId,
			@RequestParam(required = false) Long actionId, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var plan = managed(id, user);
		int delta = switch ((direction != null) ? direction : "") {
			case "up" -> -1;
			case "down" -> 1;
			default -> 0;
		};
		long current = this.editing.planVersion(id);
		if (delta == 0 || (priorityId == null) == (actionId == null) || version == null || version > current) {
			// The buttons always send one id, a direction and the version: no form
			// produced this.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a move the order page offers");
		}
		if (version < current) {
			return orderPage(plan, CHANGED, HttpStatus.CONFLICT);
		}
		try {
			if (priorityId != null) {
				this.editing.movePriority(id, version, priorityId, delta);
			}
			else {
				this.editing.moveAction(id, version, actionId, delta);
			}
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		catch (IllegalStateException refusal) {
			return orderPage(plan, refusal.getMessage(), HttpStatus.OK);
		}
		catch (PlanChanged | ObjectOptimisticLockingFailureException ex) {
			return orderPage(plan, CHANGED, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", "Order changed");
		return new ModelAndView("redirect:/plans/" + id + "/order");
	}

	/**
	 * The plan, if this person manages it: another authority's plan is not found (its
	 * existence is not revealed); one of their own authority they do not manage is
	 * forbidden.
	 */
	private PlanDetail managed(long id, CurrentUser user) {
		var plan = this.plans.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", id));
		if (!user.managesPlansOf(plan.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may change its priorities");
		}
		return plan;
	}

	private PlanDetail managedPlanOfPriority(long priorityId, CurrentUser user) {
		var planId = this.editing.planOf(priorityId)
			.orElseThrow(() -> new RecordNotFoundException("Priority", priorityId));
		var plan = this.plans.detail(planId)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Priority", priorityId));
		if (!user.managesPlansOf(plan.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may change its priorities");
		}
		return plan;
	}

	private PriorityRow priority(PlanDetail plan, long priorityId) {
		return this.plans.priorities(plan.id())
			.stream()
			.filter((row) -> row.id() == priorityId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("Priority", priorityId));
	}

	private ModelAndView page(PlanDetail plan, PriorityRow priority, PriorityForm form, Map<String, String> problems,
			PriorityRow conflict, HttpStatus status) {
		var page = new ModelAndView("plans/priority", status);
		page.addObject("plan", plan);
		page.addObject("priority", priority);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		return page;
	}

	private ModelAndView orderPage(PlanDetail plan, String problem, HttpStatus status) {
		Map<Long, List<ActionRow>> actionsByPriority = this.actions.forPlan(plan.id())
			.stream()
			.collect(Collectors.groupingBy(ActionRow::priorityId, LinkedHashMap::new, Collectors.toList()));
		var page = new ModelAndView("plans/order", status);
		page.addObject("plan", plan);
		page.addObject("priorities", this.plans.priorities(plan.id()));
		page.addObject("actionsByPriority", actionsByPriority);
		page.addObject("version", this.editing.planVersion(plan.id()));
		page.addObject("problem", problem);
		return page;
	}

}
