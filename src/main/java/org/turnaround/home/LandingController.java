package org.turnaround.home;

import org.turnaround.account.CurrentUser;
import org.turnaround.plan.PlanQueries;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each person to the page they come for: officers to the actions they own, plan
 * managers and cabinet members to their authority's active plan, advisers to the plans of
 * the authorities they advise, admins to the accounts.
 */
@Controller
class LandingController {

	private final PlanQueries plans;

	LandingController(PlanQueries plans) {
		this.plans = plans;
	}

	@GetMapping("/")
	String land(@AuthenticationPrincipal CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> "redirect:/admin/users";
			case ADVISER -> "redirect:/plans";
			case OFFICER -> "redirect:/my-actions";
			case PLAN_MANAGER -> this.plans.activePlanOf(user.authorityId())
				.map((planId) -> "redirect:/plans/" + planId)
				.orElse("redirect:/plans");
			// Cabinet members read where the improvement stands, not the plan's detail.
			case CABINET_MEMBER -> this.plans.activePlanOf(user.authorityId())
				.map((planId) -> "redirect:/plans/" + planId + "/dashboard")
				.orElse("redirect:/plans");
		};
	}

}
