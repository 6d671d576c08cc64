package org.turnaround.action;

import java.time.Clock;
import java.time.LocalDate;

import org.turnaround.account.CurrentUser;
import org.turnaround.audit.History;
import org.turnaround.milestone.MilestoneQueries;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ActionController {

	private final ActionQueries actions;

	private final MilestoneQueries milestones;

	private final History history;

	private final Clock clock;

	ActionController(ActionQueries actions, MilestoneQueries milestones, History history, Clock clock) {
		this.actions = actions;
		this.milestones = milestones;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/actions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		// Another authority's action is "not found": its existence is not revealed.
		var action = this.actions.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Action", id));
		model.addAttribute("action", action);
		model.addAttribute("history", this.actions.history(id));
		model.addAttribute("evidence", this.actions.evidence(id));
		model.addAttribute("requirements", this.actions.requirementsAnswered(id));
		model.addAttribute("milestones", this.milestones.dependingOn(id));
		model.addAttribute("changes", this.history.of(Action.class, id));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("mayManage", user.managesPlansOf(action.authorityId()));
		model.addAttribute("mayUpdate", action.status() != ActionStatus.CANCELLED && action.mayBeUpdatedBy(user));
		return "actions/show";
	}

}
