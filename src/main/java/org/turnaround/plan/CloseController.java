package org.turnaround.plan;

import java.util.Map;

import org.turnaround.account.CurrentUser;
import org.turnaround.plan.PlanClosing.PlanChanged;
import org.turnaround.plan.PlanQueries.PlanDetail;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * A plan manager closes a plan once its work is done, after confirming. Who may use the
 * page is checked before anything about the form.
 */
@Controller
class CloseController {

	private static final String CHANGED = "Someone changed this plan since you opened this page. Check it and try again.";

	private final PlanQueries plans;

	private final PlanClosing closing;

	CloseController(PlanQueries plans, PlanClosing closing) {
		this.plans = plans;
		this.closing = closing;
	}

	@GetMapping("/plans/{id}/close")
	ModelAndView confirm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = managed(id, user);
		return page(plan, this.closing.versionOf(id), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/close")
	ModelAndView close(@PathVariable long id, @RequestParam(required = false) String version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var plan = managed(id, user);
		long current = this.closing.versionOf(id);
		long seen;
		try {
			seen = Long.parseLong((version != null) ? version.strip() : "");
		}
		catch (NumberFormatException ex) {
			seen = -1;
		}
		if (seen < 0 || seen > current) {
			// The page always carries the version it was shown with: no form produced
			// this.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (seen < current) {
			return page(plan, current, Map.of("close", CHANGED), HttpStatus.CONFLICT);
		}
		try {
			this.closing.close(id, seen);
		}
		catch (IllegalStateException refusal) {
			return page(plan, current, Map.of("close", refusal.getMessage()), HttpStatus.OK);
		}
		catch (PlanChanged | ObjectOptimisticLockingFailureException ex) {
			return page(managed(id, user), this.closing.versionOf(id), Map.of("close", CHANGED), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", "Plan closed");
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
			throw new AccessDeniedException("Only a plan manager of the plan's authority may close it");
		}
		return plan;
	}

	private ModelAndView page(PlanDetail plan, long version, Map<String, String> problems, HttpStatus status) {
		var page = new ModelAndView("plans/close", status);
		page.addObject("plan", plan);
		page.addObject("version", version);
		page.addObject("problems", problems);
		return page;
	}

}
