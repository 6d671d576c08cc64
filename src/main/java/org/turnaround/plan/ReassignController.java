package org.turnaround.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionReassignment;
import org.turnaround.action.ActionReassignment.ReassignableAction;
import org.turnaround.action.ActionReassignment.ReassignmentRefused;
import org.turnaround.action.ActionReassignment.StaleActionsException;
import org.turnaround.plan.PlanQueries.PlanDetail;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan manager moves several of a plan's open actions to a new owner at once, and sees
 * the actions whose owner has left (their account is deactivated), already chosen. Who
 * may use the page is checked before anything about the form.
 */
@Controller
class ReassignController {

	private final PlanQueries plans;

	private final ActionReassignment reassignment;

	ReassignController(PlanQueries plans, ActionReassignment reassignment) {
		this.plans = plans;
		this.reassignment = reassignment;
	}

	@GetMapping("/plans/{id}/reassign")
	ModelAndView form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = managed(id, user);
		var actions = this.reassignment.openActions(id);
		var orphaned = actions.stream()
			.filter((action) -> !action.ownerActive())
			.map(ReassignableAction::id)
			.collect(Collectors.toSet());
		return page(plan, actions, orphaned, null, Map.of(), HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/reassign")
	ModelAndView reassign(@PathVariable long id, @RequestParam(name = "actions", required = false) List<String> chosen,
			@RequestParam(name = "owner", required = false) String owner, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var plan = managed(id, user);
		var versions = versionsOf((chosen != null) ? chosen : List.of());
		var problems = new LinkedHashMap<String, String>();
		if (versions.isEmpty()) {
			problems.put("actions", "Choose at least one action to reassign");
		}
		Long ownerId = ownerIdOf(owner);
		if (ownerId == null) {
			problems.put("owner", (owner == null || owner.isBlank()) ? "Choose who the actions move to"
					: "Choose a new owner from the list");
		}
		if (!problems.isEmpty()) {
			return page(plan, this.reassignment.openActions(id), versions.keySet(), ownerId, problems, HttpStatus.OK);
		}
		String ownerName;
		try {
			ownerName = this.reassignment.reassign(id, versions, ownerId, user);
		}
		catch (ReassignmentRefused refusal) {
			return page(plan, this.reassignment.openActions(id), versions.keySet(), ownerId,
					Map.of(refusal.field(), refusal.getMessage()), HttpStatus.OK);
		}
		catch (StaleActionsException stale) {
			var actions = this.reassignment.openActions(id);
			var changed = actions.stream()
				.filter((action) -> stale.actionIds().contains(action.id()))
				.map((action) -> action.reference() + " " + action.title())
				.toList();
			var message = (changed.isEmpty() ? "Some of the chosen actions" : String.join(", ", changed))
					+ " changed since you opened this page. Nothing was moved: check the list and try again.";
			return page(plan, actions, versions.keySet(), ownerId, Map.of("actions", message), HttpStatus.CONFLICT);
		}
		int count = versions.size();
		redirect.addFlashAttribute("success",
				count + ((count == 1) ? " action" : " actions") + " moved to " + ownerName);
		return new ModelAndView("redirect:/plans/" + id);
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
			throw new AccessDeniedException("Only a plan manager of the plan's authority may reassign its actions");
		}
		return plan;
	}

	/**
	 * Each checkbox's "id:version". The page always sends that shape, so anything else is
	 * a request no form produced.
	 */
	private static Map<Long, Long> versionsOf(List<String> chosen) {
		var versions = new LinkedHashMap<Long, Long>();
		for (String value : chosen) {
			var parts = value.split(":", -1);
			try {
				if (parts.length != 2) {
					throw new NumberFormatException(value);
				}
				versions.put(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
			}
			catch (NumberFormatException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not an action and version: " + value);
			}
		}
		return versions;
	}

	private static Long ownerIdOf(String owner) {
		if (owner == null || owner.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(owner.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private ModelAndView page(PlanDetail plan, List<ReassignableAction> actions, Set<Long> checked, Long ownerId,
			Map<String, String> problems, HttpStatus status) {
		var page = new ModelAndView("plans/reassign", status);
		page.addObject("plan", plan);
		page.addObject("actions", actions);
		page.addObject("orphaned", actions.stream().filter((action) -> !action.ownerActive()).toList());
		page.addObject("checked", checked);
		page.addObject("owners", this.reassignment.owners(plan.authorityId()));
		page.addObject("chosenOwner", ownerId);
		page.addObject("problems", problems);
		return page;
	}

}
