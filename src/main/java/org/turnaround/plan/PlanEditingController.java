package org.turnaround.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.account.Role;
import org.turnaround.plan.PlanEditing.PlanChanged;
import org.turnaround.plan.PlanEditing.PlanRefused;
import org.turnaround.plan.PlanQueries.NoticeChoice;
import org.turnaround.plan.PlanQueries.PlanDetail;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms a plan manager adds and edits their authority's plans with, including
 * recording cabinet's endorsement and making a plan active. Who may use a form is checked
 * before anything about it.
 */
@Controller
class PlanEditingController {

	private final PlanQueries plans;

	private final PlanEditing editing;

	PlanEditingController(PlanQueries plans, PlanEditing editing) {
		this.plans = plans;
		this.editing = editing;
	}

	@GetMapping("/plans/new")
	ModelAndView newForm(@AuthenticationPrincipal CurrentUser user) {
		long authorityId = managedAuthority(user);
		return page(null, this.plans.noticeChoices(authorityId), PlanForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/plans/new")
	ModelAndView create(@ModelAttribute("form") PlanForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long authorityId = managedAuthority(user);
		var notices = this.plans.noticeChoices(authorityId);
		// A new plan is a draft: cabinet endorses what it has seen.
		if (form.statusAction() != null && !form.statusAction().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A new plan starts as a draft");
		}
		var problems = form.problems(ids(notices));
		if (!problems.isEmpty()) {
			return page(null, notices, form, problems, null, HttpStatus.OK);
		}
		long created;
		try {
			created = this.editing.create(authorityId, form);
		}
		catch (PlanRefused refusal) {
			return page(null, notices, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Plan added");
		return new ModelAndView("redirect:/plans/" + created);
	}

	@GetMapping("/plans/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var detail = managed(id, user);
		return page(detail, this.plans.noticeChoices(detail.authorityId()), this.editing.form(id), Map.of(), null,
				HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") PlanForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var detail = managed(id, user);
		var notices = this.plans.noticeChoices(detail.authorityId());
		long current = this.editing.form(id).version();
		// The page always carries the version it was shown with: no form produced
		// anything
		// else.
		if (form.version() == null || form.version() > current) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < current) {
			return conflict(id, form, notices);
		}
		var problems = form.problems(ids(notices));
		if (!problems.isEmpty()) {
			return page(detail, notices, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form);
		}
		catch (PlanRefused refusal) {
			return page(detail, notices, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (PlanChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form, notices);
		}
		redirect.addFlashAttribute("success", "Plan saved");
		return new ModelAndView("redirect:/plans/" + id);
	}

	/** The authority a plan manager adds plans to; nobody else adds them. */
	private static long managedAuthority(CurrentUser user) {
		if (user.role() != Role.PLAN_MANAGER || user.authorityId() == null) {
			throw new AccessDeniedException("Only a plan manager adds plans, to their own authority");
		}
		return user.authorityId();
	}

	private PlanDetail managed(long id, CurrentUser user) {
		// Another authority's plan is "not found": its existence is not revealed.
		var detail = this.plans.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", id));
		if (!user.managesPlansOf(detail.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may change it");
		}
		return detail;
	}

	private static Set<Long> ids(List<NoticeChoice> notices) {
		return notices.stream().map(NoticeChoice::id).collect(Collectors.toSet());
	}

	/**
	 * Someone saved the plan after this person loaded it: show what it says now and keep
	 * this person's input, against the new version so they can save it again.
	 */
	private ModelAndView conflict(long id, PlanForm form, List<NoticeChoice> notices) {
		var current = this.plans.detail(id).orElseThrow();
		var kept = form.against(this.editing.form(id).version());
		return page(current, notices, kept, Map.of(), current, HttpStatus.CONFLICT);
	}

	private ModelAndView page(PlanDetail detail, List<NoticeChoice> notices, PlanForm form,
			Map<String, String> problems, PlanDetail conflict, HttpStatus status) {
		var page = new ModelAndView("plans/form", status);
		page.addObject("detail", detail);
		page.addObject("notices", notices);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		return page;
	}

}
