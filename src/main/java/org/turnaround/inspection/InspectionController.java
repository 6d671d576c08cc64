package org.turnaround.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionQueries;
import org.turnaround.action.ActionRow;
import org.turnaround.audit.History;
import org.turnaround.authority.AuthorityQueries;
import org.turnaround.inspection.InspectionQueries.FindingRow;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An authority's inspections with its judgement history, and the page of one inspection
 * with its findings and the actions that answer them.
 */
@Controller
class InspectionController {

	private final InspectionQueries inspections;

	private final AuthorityQueries authorities;

	private final ActionQueries actions;

	private final History history;

	InspectionController(InspectionQueries inspections, AuthorityQueries authorities, ActionQueries actions,
			History history) {
		this.inspections = inspections;
		this.authorities = authorities;
		this.actions = actions;
		this.history = history;
	}

	/**
	 * One authority at a time, as the judgement history is an authority's: a person's
	 * own, or for an adviser the one asked for (the first by name otherwise). An
	 * authority the person may not read is "not found".
	 */
	@GetMapping("/inspections")
	String list(@RequestParam(required = false) Long authority, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var choice = this.authorities.choose(user.readableAuthorityIds(), user.authorityId(), authority);
		model.addAttribute("choice", choice);
		List<InspectionQueries.InspectionSummary> list = (choice.chosen() != null)
				? this.inspections.forAuthority(choice.chosen().id()) : List.of();
		model.addAttribute("inspections", list);
		model.addAttribute("history", JudgementHistoryColumn.of(list));
		model.addAttribute("areas", InspectionArea.values());
		model.addAttribute("managesPlan", choice.chosen() != null && user.managesPlansOf(choice.chosen().id()));
		return "inspections/list";
	}

	@GetMapping("/inspections/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		// Another authority's inspection is "not found": its existence is not revealed.
		var inspection = this.inspections.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Inspection", id));
		var findings = this.inspections.findings(id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("areas", InspectionArea.values());
		model.addAttribute("findings", findings);
		model.addAttribute("answering", answering(findings));
		model.addAttribute("changes", this.history.of(Inspection.class, id));
		model.addAttribute("managesPlan", user.managesPlansOf(inspection.authorityId()));
		return "inspections/show";
	}

	/** The actions answering each finding, by finding id, read in one statement. */
	private Map<Long, List<ActionRow>> answering(List<FindingRow> findings) {
		var ids = findings.stream().flatMap((finding) -> finding.actionIds().stream()).collect(Collectors.toSet());
		var rows = this.actions.withIds(ids).stream().collect(Collectors.toMap(ActionRow::id, Function.identity()));
		var answering = new LinkedHashMap<Long, List<ActionRow>>();
		for (var finding : findings) {
			answering.put(finding.id(), finding.actionIds().stream().map(rows::get).toList());
		}
		return answering;
	}

}
