package org.turnaround.notice;

import java.time.Clock;
import java.time.LocalDate;

import org.turnaround.account.CurrentUser;
import org.turnaround.account.Role;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.TracedRequirement;
import org.turnaround.audit.History;
import org.turnaround.plan.PlanQueries;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class NoticeController {

	private final NoticeQueries notices;

	private final PlanQueries plans;

	private final ActionQueries actions;

	private final History history;

	private final Clock clock;

	NoticeController(NoticeQueries notices, PlanQueries plans, ActionQueries actions, History history, Clock clock) {
		this.notices = notices;
		this.plans = plans;
		this.actions = actions;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/notices")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notices", this.notices.of(user.readableAuthorityIds()));
		model.addAttribute("addsNotices", user.role() == Role.PLAN_MANAGER && user.authorityId() != null);
		return "notices/list";
	}

	@GetMapping("/notices/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		// Another authority's notice is "not found": its existence is not revealed.
		var notice = this.notices.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Notice", id));
		model.addAttribute("notice", notice);
		model.addAttribute("requirements", this.notices.requirements(id));
		model.addAttribute("plans", this.plans.answering(id));
		model.addAttribute("changes", this.history.of(ImprovementNotice.class, id));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("managesPlan", user.managesPlansOf(notice.authorityId()));
		return "notices/show";
	}

	/**
	 * Each requirement with the actions that answer it and their RAG: a read page, for
	 * anyone who may read the notice.
	 */
	@GetMapping("/notices/{id}/traceability")
	String traceability(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var notice = this.notices.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Notice", id));
		var requirements = this.actions.tracing(id);
		long unanswered = requirements.stream().filter(TracedRequirement::unanswered).count();
		model.addAttribute("notice", notice);
		model.addAttribute("requirements", requirements);
		model.addAttribute("summary", summary(requirements.size(), unanswered));
		return "notices/traceability";
	}

	static String summary(int requirements, long unanswered) {
		return requirements + ((requirements == 1) ? " requirement, " : " requirements, ") + unanswered
				+ " with no action";
	}

}
