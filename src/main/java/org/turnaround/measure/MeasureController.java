package org.turnaround.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionReassignment;
import org.turnaround.action.ActionReassignment.OwnerChoice;
import org.turnaround.action.ActionRow;
import org.turnaround.audit.History;
import org.turnaround.measure.MeasureEditing.MeasureChanged;
import org.turnaround.measure.MeasureEditing.MeasureRefused;
import org.turnaround.plan.PlanQueries;
import org.turnaround.plan.PlanQueries.PlanDetail;
import org.turnaround.plan.PlanQueries.PriorityRow;
import org.turnaround.plan.PlanStatus;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measures of an authority, one measure's page, and the forms a plan manager defines
 * measures with and a plan manager or the measure's owner records values with. Who may
 * use a form is checked before anything about it.
 */
@Controller
class MeasureController {

	private final MeasureQueries measures;

	private final MeasureEditing editing;

	private final PlanQueries plans;

	private final ActionQueries actions;

	private final ActionReassignment owners;

	private final History history;

	private final Clock clock;

	MeasureController(MeasureQueries measures, MeasureEditing editing, PlanQueries plans, ActionQueries actions,
			ActionReassignment owners, History history, Clock clock) {
		this.measures = measures;
		this.editing = editing;
		this.plans = plans;
		this.actions = actions;
		this.owners = owners;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The measures of one authority the person may read: their own, or for an adviser the
	 * one chosen (the first by name until they choose). Admins read no authority's
	 * records, so they see none, as on the notices page.
	 */
	@GetMapping("/measures")
	String list(@RequestParam(name = "authority", required = false) Long authority,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var readable = this.measures.authorities(user.readableAuthorityIds());
		var chosen = readable.stream()
			.filter((choice) -> (authority != null) ? choice.id() == authority
					: user.authorityId() == null || choice.id() == user.authorityId())
			.findFirst();
		if (authority != null && chosen.isEmpty()) {
			throw new RecordNotFoundException("Authority", authority);
		}
		var today = LocalDate.now(this.clock);
		List<MeasureSummary> found = chosen.map((choice) -> this.measures.forAuthority(choice.id())).orElse(List.of());
		model.addAttribute("authorities", readable);
		model.addAttribute("authority", chosen.orElse(null));
		model.addAttribute("groups", PriorityGroup.of(found));
		model.addAttribute("today", today);
		return "measures/list";
	}

	@GetMapping("/measures/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var detail = readable(id, user);
		var today = LocalDate.now(this.clock);
		model.addAttribute("measure", detail);
		model.addAttribute("rag", detail.rag());
		model.addAttribute("due", detail.due(today));
		model.addAttribute("chart", detail.chart());
		model.addAttribute("movers", movers(detail));
		model.addAttribute("changes", this.history.of(Measure.class, id));
		model.addAttribute("managesPlan", user.managesPlansOf(detail.authorityId()));
		model.addAttribute("recordsValues", recordsValues(detail, user));
		return "measures/show";
	}

	@GetMapping("/plans/{id}/measures/new")
	ModelAndView newForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = managedPlan(id, user);
		return page(plan, null, MeasureForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/plans/{id}/measures/new")
	ModelAndView create(@PathVariable long id, @ModelAttribute("form") MeasureForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var plan = managedPlan(id, user);
		var problems = new LinkedHashMap<>(problems(form, plan, plan.authorityId()));
		if (problems.isEmpty() && plan.status() == PlanStatus.CLOSED) {
			problems.put("name", "This plan is closed: it takes no new measures");
		}
		if (!problems.isEmpty()) {
			return page(plan, null, form, problems, null, HttpStatus.OK);
		}
		long created;
		try {
			created = this.editing.create(plan.authorityId(), plan.id(), form.input());
		}
		catch (MeasureRefused refusal) {
			return page(plan, null, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Measure added");
		return new ModelAndView("redirect:/measures/" + created);
	}

	@GetMapping("/measures/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var detail = managed(id, user);
		return page(planOf(detail), detail, this.editing.form(id), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/measures/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") MeasureForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var detail = managed(id, user);
		var plan = planOf(detail);
		if (form.version() == null || form.version() > detail.version()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < detail.version()) {
			return conflict(plan, detail, form);
		}
		var problems = problems(form, plan, detail.authorityId());
		if (!problems.isEmpty()) {
			return page(plan, detail, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form.input());
		}
		catch (MeasureRefused refusal) {
			return page(plan, detail, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (MeasureChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(plan, managed(id, user), form);
		}
		redirect.addFlashAttribute("success", "Measure saved");
		return new ModelAndView("redirect:/measures/" + id);
	}

	@GetMapping("/measures/{id}/values/new")
	ModelAndView valueForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var detail = recordable(id, user);
		return valuePage(detail, ValueForm.empty(), Map.of());
	}

	@PostMapping("/measures/{id}/values/new")
	ModelAndView recordValue(@PathVariable long id, @ModelAttribute("form") ValueForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var detail = recordable(id, user);
		var problems = form.problems(detail.unit(), LocalDate.now(this.clock));
		if (!problems.isEmpty()) {
			return valuePage(detail, form, problems);
		}
		LocalDate period;
		try {
			period = this.editing.recordValue(id, form.period().orElseThrow(), form.figure(), form.note(),
					user.accountId());
		}
		catch (MeasureRefused refusal) {
			return valuePage(detail, form, Map.of(refusal.field(), refusal.getMessage()));
		}
		redirect.addFlashAttribute("success", "Value recorded: " + detail.unit().format(form.figure()) + " for "
				+ new PeriodValue(period, form.figure()).periodText());
		return new ModelAndView("redirect:/measures/" + id);
	}

	private MeasureDetail readable(long id, CurrentUser user) {
		// Another authority's measure is "not found": its existence is not revealed.
		return this.measures.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Measure", id));
	}

	private MeasureDetail managed(long id, CurrentUser user) {
		var detail = readable(id, user);
		if (!user.managesPlansOf(detail.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the measure's authority may change it");
		}
		return detail;
	}

	private MeasureDetail recordable(long id, CurrentUser user) {
		var detail = readable(id, user);
		if (!recordsValues(detail, user)) {
			throw new AccessDeniedException("Only a plan manager or the measure's owner may record its values");
		}
		return detail;
	}

	private static boolean recordsValues(MeasureDetail detail, CurrentUser user) {
		return user.managesPlansOf(detail.authorityId())
				// Both are Long: == would compare references, true only for ids up to
				// 127.
				|| (detail.ownerId() != null && detail.ownerId().equals(user.accountId()));
	}

	private PlanDetail managedPlan(long planId, CurrentUser user) {
		var plan = this.plans.detail(planId)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", planId));
		if (!user.managesPlansOf(plan.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the plan's authority may add measures");
		}
		return plan;
	}

	/** The plan a measure sits in; null for one outside any plan. */
	private PlanDetail planOf(MeasureDetail detail) {
		return (detail.planId() != null) ? this.plans.detail(detail.planId()).orElseThrow() : null;
	}

	/** The actions of the measure's plan that aim to move it, with their RAG. */
	private List<ActionRow> movers(MeasureDetail detail) {
		if (detail.planId() == null || detail.actionIds().isEmpty()) {
			return List.of();
		}
		return this.actions.forPlan(detail.planId())
			.stream()
			.filter((action) -> detail.actionIds().contains(action.id()))
			.toList();
	}

	private Map<String, String> problems(MeasureForm form, PlanDetail plan, long authorityId) {
		Set<Long> priorities = priorities(plan).stream().map(PriorityRow::id).collect(Collectors.toSet());
		Set<Long> owners = this.owners.owners(authorityId).stream().map(OwnerChoice::id).collect(Collectors.toSet());
		Set<Long> planActions = planActions(plan).stream().map(ActionRow::id).collect(Collectors.toSet());
		return form.problems(priorities, owners, planActions);
	}

	private List<PriorityRow> priorities(PlanDetail plan) {
		return (plan != null) ? this.plans.priorities(plan.id()) : List.of();
	}

	private List<ActionRow> planActions(PlanDetail plan) {
		return (plan != null) ? this.actions.forPlan(plan.id()) : List.of();
	}

	/**
	 * Someone saved the measure after this person loaded it: show what it says now and
	 * keep this person's input, against the new version so they can save it again.
	 */
	private ModelAndView conflict(PlanDetail plan, MeasureDetail current, MeasureForm form) {
		return page(plan, current, form.against(current.version()), Map.of(), current, HttpStatus.CONFLICT);
	}

	private ModelAndView page(PlanDetail plan, MeasureDetail detail, MeasureForm form, Map<String, String> problems,
			MeasureDetail conflict, HttpStatus status) {
		var page = new ModelAndView("measures/form", status);
		page.addObject("plan", plan);
		page.addObject("detail", detail);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		page.addObject("units", MeasureUnit.values());
		page.addObject("directions", Direction.values());
		page.addObject("frequencies", Frequency.values());
		page.addObject("priorities", priorities(plan));
		page.addObject("owners", this.owners.owners((plan != null) ? plan.authorityId() : detail.authorityId()));
		page.addObject("choices", planActions(plan));
		return page;
	}

	private ModelAndView valuePage(MeasureDetail detail, ValueForm form, Map<String, String> problems) {
		var page = new ModelAndView("measures/value", HttpStatus.OK);
		page.addObject("measure", detail);
		page.addObject("form", form);
		page.addObject("problems", problems);
		return page;
	}

}
