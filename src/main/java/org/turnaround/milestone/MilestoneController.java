package org.turnaround.milestone;

import org.turnaround.account.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;

import org.turnaround.audit.History;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MilestoneController {

	private final MilestoneQueries milestones;

	private final History history;

	private final Clock clock;

	MilestoneController(MilestoneQueries milestones, History history, Clock clock) {
		this.milestones = milestones;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/milestones/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		// Another authority's milestone is "not found": its existence is not revealed.
		var detail = this.milestones.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Milestone", id));
		model.addAttribute("detail", detail);
		model.addAttribute("milestone", detail.milestone());
		model.addAttribute("changes", this.history.of(Milestone.class, id));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "milestones/show";
	}

}
