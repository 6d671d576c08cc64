package org.turnaround.inspection;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionChoice;
import org.turnaround.action.ActionQueries;
import org.turnaround.inspection.InspectionEditing.Details;
import org.turnaround.inspection.InspectionEditing.InspectionChanged;
import org.turnaround.inspection.InspectionEditing.InspectionRefused;
import org.turnaround.inspection.InspectionQueries.FindingRef;
import org.turnaround.inspection.InspectionQueries.InspectionSummary;
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
 * The forms a plan manager records inspections and their findings with, for their own
 * authority. Who may use a form is checked before anything about it.
 */
@Controller
class InspectionEditingController {

	private final InspectionQueries inspections;

	private final InspectionEditing editing;

	private final ActionQueries actions;

	InspectionEditingController(InspectionQueries inspections, InspectionEditing editing, ActionQueries actions) {
		this.inspections = inspections;
		this.editing = editing;
		this.actions = actions;
	}

	@GetMapping("/inspections/new")
	ModelAndView newForm(@AuthenticationPrincipal CurrentUser user) {
		ownAuthority(user);
		return page(null, InspectionForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/inspections/new")
	ModelAndView create(@ModelAttribute("form") InspectionForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long authorityId = ownAuthority(user);
		var problems = form.problems(null);
		if (!problems.isEmpty()) {
			return page(null, form, problems, null, HttpStatus.OK);
		}
		long created;
		try {
			created = this.editing.create(authorityId, form.kindValue().orElseThrow(), Details.of(form));
		}
		catch (InspectionRefused refusal) {
			return page(null, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Inspection recorded");
		return new ModelAndView("redirect:/inspections/" + created);
	}

	@GetMapping("/inspections/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var inspection = managed(id, user);
		return page(inspection, this.editing.form(id), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/inspections/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") InspectionForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var inspection = managed(id, user);
		checkVersion(form.version(), inspection.version());
		if (form.version() < inspection.version()) {
			return page(inspection, form.against(inspection.version()), Map.of(), inspection, HttpStatus.CONFLICT);
		}
		var problems = form.problems(inspection.kind());
		if (!problems.isEmpty()) {
			return page(inspection, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), Details.of(form));
		}
		catch (InspectionRefused refusal) {
			return page(inspection, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (InspectionChanged | ObjectOptimisticLockingFailureException ex) {
			var current = managed(id, user);
			return page(current, form.against(current.version()), Map.of(), current, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("success", "Inspection saved");
		return new ModelAndView("redirect:/inspections/" + id);
	}

	@GetMapping("/inspections/{id}/findings/new")
	ModelAndView newFindingForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var inspection = managed(id, user);
		return findingPage(inspection, null, FindingForm.empty(), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/inspections/{id}/findings/new")
	ModelAndView addFinding(@PathVariable long id, @ModelAttribute("form") FindingForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var inspection = managed(id, user);
		var problems = form.problems(choiceIds(inspection.authorityId()));
		if (!problems.isEmpty()) {
			return findingPage(inspection, null, form, problems, HttpStatus.OK);
		}
		try {
			this.editing.addFinding(id, form.text(), form.actionIds().orElseThrow());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Someone added a finding at the same moment: this one takes the next number.
			this.editing.addFinding(id, form.text(), form.actionIds().orElseThrow());
		}
		redirect.addFlashAttribute("success", "Finding added");
		return new ModelAndView("redirect:/inspections/" + id + "#findings");
	}

	@GetMapping("/findings/{id}/edit")
	ModelAndView editFindingForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var finding = managedFinding(id, user);
		var inspection = this.inspections.detail(finding.inspectionId()).orElseThrow();
		return findingPage(inspection, finding, this.editing.findingForm(finding.inspectionId(), id), Map.of(),
				HttpStatus.OK);
	}

	@PostMapping("/findings/{id}/edit")
	ModelAndView editFinding(@PathVariable long id, @ModelAttribute("form") FindingForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var finding = managedFinding(id, user);
		var inspection = this.inspections.detail(finding.inspectionId()).orElseThrow();
		checkVersion(form.version(), finding.version());
		if (form.version() < finding.version()) {
			return findingConflict(inspection, finding, form);
		}
		var problems = form.problems(choiceIds(inspection.authorityId()));
		if (!problems.isEmpty()) {
			return findingPage(inspection, finding, form, problems, HttpStatus.OK);
		}
		try {
			this.editing.editFinding(finding.inspectionId(), id, form.version(), form.text(),
					form.actionIds().orElseThrow());
		}
		catch (InspectionChanged | ObjectOptimisticLockingFailureException ex) {
			return findingConflict(inspection, managedFinding(id, user), form);
		}
		redirect.addFlashAttribute("success", "Finding " + finding.number() + " saved");
		return new ModelAndView("redirect:/inspections/" + finding.inspectionId() + "#findings");
	}

	private long ownAuthority(CurrentUser user) {
		if (user.authorityId() == null || !user.managesPlansOf(user.authorityId())) {
			throw new AccessDeniedException("Only a plan manager records inspections, for their own authority");
		}
		return user.authorityId();
	}

	private InspectionSummary managed(long id, CurrentUser user) {
		var inspection = this.inspections.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Inspection", id));
		if (!user.managesPlansOf(inspection.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the inspected authority may change it");
		}
		return inspection;
	}

	private FindingRef managedFinding(long id, CurrentUser user) {
		var finding = this.inspections.finding(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Finding", id));
		if (!user.managesPlansOf(finding.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the inspected authority may change its findings");
		}
		return finding;
	}

	private Set<Long> choiceIds(long authorityId) {
		return this.actions.choicesFor(authorityId, false).stream().map(ActionChoice::id).collect(Collectors.toSet());
	}

	/** The page always carries the version it was shown with: no form produced this. */
	private static void checkVersion(Long seen, long current) {
		if (seen == null || seen > current) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
	}

	private ModelAndView page(InspectionSummary inspection, InspectionForm form, Map<String, String> problems,
			InspectionSummary conflict, HttpStatus status) {
		var page = new ModelAndView("inspections/form", status);
		page.addObject("inspection", inspection);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		page.addObject("kinds", InspectionKind.values());
		page.addObject("areas", InspectionArea.values());
		page.addObject("judgements", Judgement.values());
		return page;
	}

	private ModelAndView findingConflict(InspectionSummary inspection, FindingRef finding, FindingForm form) {
		var current = this.inspections.findings(inspection.id())
			.stream()
			.filter((row) -> row.id() == finding.id())
			.findFirst()
			.orElseThrow();
		var page = findingPage(inspection, finding, form.against(current.version()), Map.of(), HttpStatus.CONFLICT);
		page.addObject("conflict", current);
		return page;
	}

	private ModelAndView findingPage(InspectionSummary inspection, FindingRef finding, FindingForm form,
			Map<String, String> problems, HttpStatus status) {
		var page = new ModelAndView("inspections/finding", status);
		page.addObject("inspection", inspection);
		page.addObject("finding", finding);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", null);
		page.addObject("choices", ActionChoice.byPlan(this.actions.choicesFor(inspection.authorityId(), false)));
		return page;
	}

}
