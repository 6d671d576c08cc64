package org.turnaround.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.audit.History;
import org.turnaround.milestone.MilestoneEditing.MilestoneChanged;
import org.turnaround.milestone.MilestoneEditing.MilestoneRefused;
import org.turnaround.milestone.MilestoneQueries.MilestoneDetail;
import org.turnaround.milestone.MilestoneQueries.PlanRef;
import org.turnaround.milestone.MilestoneRow.DependentAction;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The milestone page, and the forms a plan manager adds, edits and cancels milestones
 * with. Who may use a form is checked before anything about it.
 */
@Controller
class MilestoneController {

	private final MilestoneQueries milestones;

	private final MilestoneEditing editing;

	private final History history;

	private final Clock clock;

	MilestoneController(MilestoneQueries milestones, MilestoneEditing editing, History history, Clock clock) {
		this.milestones = milestones;
		this.editing = editing;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/milestones/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var detail = readable(id, user);
		model.addAttribute("detail", detail);
		model.addAttribute("milestone", detail.milestone());
		model.addAttribute("changes", this.history.of(Milestone.class, id));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("managesPlan", user.managesPlansOf(detail.authorityId()));
		return "milestones/show";
	}

	@GetMapping("/plans/{id}/milestones/new")
	ModelAndView newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = managedPlan(id, user);
		return page(plan, null, MilestoneForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/milestones/new")
	ModelAndView create(@PathVariable long id, @ModelAttribute("form") MilestoneForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var plan = managedPlan(id, user);
		var problems = new LinkedHashMap<>(form.problems(actionIdsOf(id), false));
		if (problems.isEmpty() && plan.closed()) {
			problems.put("title", "This plan is closed: it takes no new milestones");
		}
		if (!problems.isEmpty()) {
			return page(plan, null, form, problems, null, HttpStatus.OK);
		}
		long created = this.editing.create(id, form.title(), form.description(), form.targetOn().orElseThrow(),
				form.actionIds().orElseThrow());
		redirect.addFlashAttribute("success", "Milestone added");
		return new ModelAndView("redirect:/milestones/" + created);
	}

	@GetMapping("/milestones/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var detail = managed(id, user);
		return page(planOf(detail), detail, this.editing.form(id), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/milestones/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") MilestoneForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var detail = managed(id, user);
		var plan = planOf(detail);
		checkVersion(form.version(), detail.version());
		if (form.version() < detail.version()) {
			return conflict(plan, detail, form);
		}
		var problems = form.problems(actionIdsOf(plan.id()), true);
		if (!problems.isEmpty()) {
			return page(plan, detail, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form.title(), form.description(), form.targetOn().orElseThrow(),
					form.actionIds().orElseThrow(), form.statusValue().orElseThrow(), form.achievedOn().orElse(null));
		}
		catch (MilestoneRefused refusal) {
			return page(plan, detail, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (MilestoneChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(plan, managed(id, user), form);
		}
		redirect.addFlashAttribute("success", "Milestone saved");
		return new ModelAndView("redirect:/milestones/" + id);
	}

	@GetMapping("/milestones/{id}/cancel")
	ModelAndView cancelForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var detail = managed(id, user);
		return cancelPage(detail, null, detail.version(), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/milestones/{id}/cancel")
	ModelAndView cancel(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var detail = managed(id, user);
		long seen = versionOf(version, detail.version());
		if (seen < detail.version()) {
			return cancelPage(detail, reason, detail.version(),
					Map.of("reason",
							"Someone changed this milestone since you opened this page. Check it and try again."),
					HttpStatus.CONFLICT);
		}
		if (!StringUtils.hasText(reason)) {
			return cancelPage(detail, reason, seen, Map.of("reason", "Give a reason for cancelling the milestone"),
					HttpStatus.OK);
		}
		if (reason.length() > 1000) {
			return cancelPage(detail, reason, seen, Map.of("reason", "The reason must be 1,000 characters or fewer"),
					HttpStatus.OK);
		}
		try {
			this.editing.cancel(id, seen, reason);
		}
		catch (MilestoneRefused refusal) {
			return cancelPage(detail, reason, seen, Map.of(refusal.field(), refusal.getMessage()), HttpStatus.OK);
		}
		catch (MilestoneChanged | ObjectOptimisticLockingFailureException ex) {
			var current = managed(id, user);
			return cancelPage(current, reason, current.version(),
					Map.of("reason",
							"Someone changed this milestone since you opened this page. Check it and try again."),
					HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", "Milestone cancelled");
		return new ModelAndView("redirect:/milestones/" + id);
	}

	private MilestoneDetail readable(long id, CurrentUser user) {
		// Another authority's milestone is "not found": its existence is not revealed.
		return this.milestones.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Milestone", id));
	}

	private MilestoneDetail managed(long id, CurrentUser user) {
		var detail = readable(id, user);
		if (!user.managesPlansOf(detail.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may change its milestones");
		}
		return detail;
	}

	private PlanRef managedPlan(long planId, CurrentUser user) {
		var plan = this.milestones.plan(planId)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", planId));
		if (!user.managesPlansOf(plan.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may add milestones");
		}
		return plan;
	}

	private PlanRef planOf(MilestoneDetail detail) {
		return this.milestones.plan(detail.planId()).orElseThrow();
	}

	private Set<Long> actionIdsOf(long planId) {
		return this.milestones.actionChoices(planId).stream().map(DependentAction::id).collect(Collectors.toSet());
	}

	/** The page always carries the version it was shown with: no form produced this. */
	private static void checkVersion(Long seen, long current) {
		if (seen == null || seen > current) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
	}

	private static long versionOf(String text, long current) {
		try {
			long seen = Long.parseLong((text != null) ? text.strip() : "");
			checkVersion(seen, current);
			return seen;
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
	}

	/**
	 * Someone saved the milestone after this person loaded it: show what it says now and
	 * keep this person's input, against the new version so they can save it again.
	 */
	private ModelAndView conflict(PlanRef plan, MilestoneDetail current, MilestoneForm form) {
		return page(plan, current, form.against(current.version()), Map.of(), current.milestone(), HttpStatus.CONFLICT);
	}

	private ModelAndView page(PlanRef plan, MilestoneDetail detail, MilestoneForm form, Map<String, String> problems,
			MilestoneRow conflict, HttpStatus status) {
		var page = new ModelAndView("milestones/form", status);
		page.addObject("plan", plan);
		page.addObject("detail", detail);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		page.addObject("choices", this.milestones.actionChoices(plan.id()));
		if (detail != null) {
			var now = detail.milestone().status();
			page.addObject("statuses", switch (now) {
				case PLANNED ->
					new MilestoneStatus[] { MilestoneStatus.PLANNED, MilestoneStatus.ACHIEVED, MilestoneStatus.MISSED };
				case MISSED -> new MilestoneStatus[] { MilestoneStatus.MISSED, MilestoneStatus.ACHIEVED };
				case ACHIEVED -> new MilestoneStatus[] { MilestoneStatus.ACHIEVED };
				case CANCELLED -> new MilestoneStatus[0];
			});
		}
		return page;
	}

	private ModelAndView cancelPage(MilestoneDetail detail, String reason, long version, Map<String, String> problems,
			HttpStatus status) {
		var page = new ModelAndView("milestones/cancel", status);
		page.addObject("detail", detail);
		page.addObject("milestone", detail.milestone());
		page.addObject("reason", reason);
		page.addObject("version", version);
		page.addObject("problems", problems);
		return page;
	}

}
