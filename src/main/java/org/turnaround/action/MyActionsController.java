package org.turnaround.action;

import java.util.Arrays;
import java.util.List;

import org.turnaround.account.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officer's page: the actions they own, most urgent first, filtered by plain GET
 * parameters so the filters work without JavaScript and can be bookmarked.
 */
@Controller
class MyActionsController {

	/** The status filter's value for "every action, complete and cancelled too". */
	static final String DONE = "done";

	private final ActionQueries actions;

	MyActionsController(ActionQueries actions) {
		this.actions = actions;
	}

	@GetMapping("/my-actions")
	@PreAuthorize("hasAnyRole('OFFICER','PLAN_MANAGER')")
	String myActions(@RequestParam(required = false) String status, @RequestParam(required = false) String rag,
			@RequestParam(required = false) String priority, @AuthenticationPrincipal CurrentUser user, Model model) {
		var statusFilter = blankToNull(status);
		var ragFilter = blankToNull(rag);
		var priorityFilter = blankToNull(priority);
		// A value no select of the form offers is a tampered or mistyped address: a 400,
		// never a 500 nor a silently ignored filter.
		ActionStatus onlyStatus = (statusFilter == null || DONE.equals(statusFilter)) ? null
				: parse(ActionStatus.class, statusFilter);
		Rag onlyRag = (ragFilter != null) ? parse(Rag.class, ragFilter) : null;
		var priorities = this.actions.prioritiesReadableBy(user.readableAuthorityIds());
		Long onlyPriority = (priorityFilter != null) ? priorityId(priorityFilter, priorities) : null;

		boolean includeDone = DONE.equals(statusFilter) || (onlyStatus != null && !OwnedAction.isOpen(onlyStatus));
		var owned = this.actions.ownedBy(user.accountId(), user.readableAuthorityIds(), includeDone);
		var open = owned.stream().filter(OwnedAction::open).toList();
		var shown = owned.stream()
			.filter((action) -> onlyStatus == null || action.status() == onlyStatus)
			.filter((action) -> onlyRag == null || action.rag().rag() == onlyRag)
			.filter((action) -> onlyPriority == null || action.priorityId() == onlyPriority)
			.toList();

		model.addAttribute("actions", shown);
		model.addAttribute("openCount", open.size());
		model.addAttribute("overdueCount", open.stream().filter(OwnedAction::overdue).count());
		model.addAttribute("filtered", statusFilter != null || ragFilter != null || priorityFilter != null);
		model.addAttribute("status", statusFilter);
		model.addAttribute("rag", ragFilter);
		model.addAttribute("priority", onlyPriority);
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("priorities", priorities);
		return "actions/mine";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(value))
			.findFirst()
			.orElseThrow(() -> badFilter(value));
	}

	/** Only a priority of a plan the person may read; any other id is refused. */
	private static long priorityId(String value, List<PriorityChoice> priorities) {
		return priorities.stream()
			.filter((choice) -> String.valueOf(choice.id()).equals(value))
			.findFirst()
			.orElseThrow(() -> badFilter(value))
			.id();
	}

	private static ResponseStatusException badFilter(String value) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such filter value: " + value);
	}

}
