package org.turnaround.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.account.Role;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionRow;
import org.turnaround.action.ActionStatus;
import org.turnaround.action.Rag;
import org.turnaround.audit.History;
import org.turnaround.milestone.MilestoneQueries;
import org.turnaround.partnership.PartnershipQueries;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PlanController {

	private final PlanQueries plans;

	private final ActionQueries actions;

	private final MilestoneQueries milestones;

	private final History history;

	private final PartnershipQueries partnerships;

	private final Clock clock;

	PlanController(PlanQueries plans, ActionQueries actions, MilestoneQueries milestones, History history,
			PartnershipQueries partnerships, Clock clock) {
		this.partnerships = partnerships;
		this.plans = plans;
		this.actions = actions;
		this.milestones = milestones;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("plans", this.plans.of(user.readableAuthorityIds()));
		model.addAttribute("canAddPlan", user.role() == Role.PLAN_MANAGER && user.authorityId() != null);
		return "plans/list";
	}

	/**
	 * A plan's actions, filtered by RAG, priority and status: where the dashboard's
	 * counts lead. A filter value no form offers is a bad request.
	 */
	@GetMapping("/plans/{id}/actions")
	String actions(@PathVariable long id, @RequestParam(required = false) Rag rag,
			@RequestParam(required = false) Integer priority, @RequestParam(required = false) ActionStatus status,
			@RequestParam(required = false) Long partnership, @AuthenticationPrincipal CurrentUser user, Model model) {
		var plan = readable(id, user);
		var today = LocalDate.now(this.clock);
		var partnerships = this.partnerships.forAuthority(plan.authorityId());
		if (partnership != null && partnerships.stream().noneMatch((p) -> p.id() == partnership)) {
			throw new RecordNotFoundException("Partnership", partnership);
		}
		Set<Long> partnersActions = (partnership != null) ? this.partnerships.actionIdsOf(partnership) : null;
		var shown = this.actions.forPlan(id)
			.stream()
			.filter((action) -> partnersActions == null || partnersActions.contains(action.id()))
			.filter((action) -> rag == null || (action.rag().hasRag() && action.rag().rag() == rag))
			.filter((action) -> priority == null || action.priorityNumber() == priority)
			.filter((action) -> status == null || action.status() == status)
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("actions", shown);
		model.addAttribute("priorities", this.plans.priorities(id));
		model.addAttribute("rag", rag);
		model.addAttribute("priority", priority);
		model.addAttribute("status", status);
		model.addAttribute("partnerships", partnerships);
		model.addAttribute("partnership", partnership);
		model.addAttribute("filtered", rag != null || priority != null || status != null || partnership != null);
		model.addAttribute("rags", Rag.values());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("today", today);
		return "plans/actions";
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var plan = readable(id, user);
		List<ActionRow> actions = this.actions.forPlan(id);
		Map<Long, List<ActionRow>> actionsByPriority = actions.stream()
			.collect(Collectors.groupingBy(ActionRow::priorityId, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("plan", plan);
		model.addAttribute("priorities", this.plans.priorities(id));
		model.addAttribute("actionsByPriority", actionsByPriority);
		model.addAttribute("ragCounts", RagCounts.of(actions));
		model.addAttribute("rags", Rag.values());
		model.addAttribute("milestones", this.milestones.forPlan(id));
		model.addAttribute("changes", this.history.of(ImprovementPlan.class, id));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("managesPlan", user.managesPlansOf(plan.authorityId()));
		return "plans/show";
	}

	// Another authority's plan is "not found": its existence is not revealed.
	private PlanQueries.PlanDetail readable(long id, CurrentUser user) {
		return this.plans.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", id));
	}

}
