package org.turnaround.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.ActionChoice;
import org.turnaround.action.ActionQueries;
import org.turnaround.audit.History;
import org.turnaround.authority.AuthorityQueries;
import org.turnaround.authority.AuthorityQueries.AuthorityName;
import org.turnaround.partnership.PartnershipEditing.Details;
import org.turnaround.partnership.PartnershipEditing.PartnershipChanged;
import org.turnaround.partnership.PartnershipEditing.PartnershipRefused;
import org.turnaround.partnership.PartnershipQueries.PartnershipRow;
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
 * An authority's partnerships, the page of one with the actions the partner leads and
 * supports, and the forms a plan manager keeps them with.
 */
@Controller
class PartnershipController {

	private final PartnershipQueries partnerships;

	private final PartnershipEditing editing;

	private final AuthorityQueries authorities;

	private final ActionQueries actions;

	private final History history;

	private final Clock clock;

	PartnershipController(PartnershipQueries partnerships, PartnershipEditing editing, AuthorityQueries authorities,
			ActionQueries actions, History history, Clock clock) {
		this.partnerships = partnerships;
		this.editing = editing;
		this.authorities = authorities;
		this.actions = actions;
		this.history = history;
		this.clock = clock;
	}

	/** One authority at a time, chosen as on the inspections page. */
	@GetMapping("/partnerships")
	String list(@RequestParam(required = false) Long authority, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var choice = this.authorities.choose(user.readableAuthorityIds(), user.authorityId(), authority);
		model.addAttribute("choice", choice);
		model.addAttribute("partnerships",
				(choice.chosen() != null) ? this.partnerships.forAuthority(choice.chosen().id()) : List.of());
		model.addAttribute("managesPlan", choice.chosen() != null && user.managesPlansOf(choice.chosen().id()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "partnerships/list";
	}

	@GetMapping("/partnerships/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var partnership = readable(id, user);
		var roles = this.partnerships.actionsOf(id);
		var all = new HashSet<>(roles.leads());
		all.addAll(roles.supports());
		var rows = this.actions.withIds(all);
		model.addAttribute("partnership", partnership);
		model.addAttribute("leads", rows.stream().filter((row) -> roles.leads().contains(row.id())).toList());
		model.addAttribute("supports", rows.stream().filter((row) -> roles.supports().contains(row.id())).toList());
		model.addAttribute("changes", this.history.of(Partnership.class, id));
		model.addAttribute("managesPlan", user.managesPlansOf(partnership.authorityId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "partnerships/show";
	}

	@GetMapping("/partnerships/new")
	ModelAndView newForm(@AuthenticationPrincipal CurrentUser user) {
		long authorityId = ownAuthority(user);
		return page(authorityId, null, PartnershipForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/partnerships/new")
	ModelAndView create(@ModelAttribute("form") PartnershipForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long authorityId = ownAuthority(user);
		var candidates = candidates(authorityId);
		var problems = form.problems(authorityId, partnerAuthorityIds(), candidates);
		if (!problems.isEmpty()) {
			return page(authorityId, null, form, problems, null, HttpStatus.OK);
		}
		long created;
		try {
			created = this.editing.create(authorityId, Details.of(form), candidates);
		}
		catch (PartnershipRefused refusal) {
			return page(authorityId, null, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Partnership added");
		return new ModelAndView("redirect:/partnerships/" + created);
	}

	@GetMapping("/partnerships/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var partnership = managed(id, user);
		return page(partnership.authorityId(), partnership, this.editing.form(id), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/partnerships/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") PartnershipForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var partnership = managed(id, user);
		long authorityId = partnership.authorityId();
		if (form.version() == null || form.version() > partnership.version()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < partnership.version()) {
			return conflict(partnership, form);
		}
		var candidates = candidates(authorityId);
		var problems = form.problems(authorityId, partnerAuthorityIds(), candidates);
		if (!problems.isEmpty()) {
			return page(authorityId, partnership, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), Details.of(form), candidates);
		}
		catch (PartnershipRefused refusal) {
			return page(authorityId, partnership, form, Map.of(refusal.field(), refusal.getMessage()), null,
					HttpStatus.OK);
		}
		catch (PartnershipChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(managed(id, user), form);
		}
		redirect.addFlashAttribute("success", "Partnership saved");
		return new ModelAndView("redirect:/partnerships/" + id);
	}

	private PartnershipRow readable(long id, CurrentUser user) {
		// Another authority's partnership is "not found": its existence is not revealed.
		return this.partnerships.detail(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Partnership", id));
	}

	private PartnershipRow managed(long id, CurrentUser user) {
		var partnership = readable(id, user);
		if (!user.managesPlansOf(partnership.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the authority may change its partnerships");
		}
		return partnership;
	}

	private long ownAuthority(CurrentUser user) {
		if (user.authorityId() == null || !user.managesPlansOf(user.authorityId())) {
			throw new AccessDeniedException("Only a plan manager adds partnerships, for their own authority");
		}
		return user.authorityId();
	}

	private Set<Long> candidates(long authorityId) {
		return this.actions.choicesFor(authorityId, true).stream().map(ActionChoice::id).collect(Collectors.toSet());
	}

	private Set<Long> partnerAuthorityIds() {
		return this.authorities.all().stream().map(AuthorityName::id).collect(Collectors.toSet());
	}

	private ModelAndView conflict(PartnershipRow current, PartnershipForm form) {
		return page(current.authorityId(), current, form.against(current.version()), Map.of(), current,
				HttpStatus.CONFLICT);
	}

	private ModelAndView page(long authorityId, PartnershipRow partnership, PartnershipForm form,
			Map<String, String> problems, PartnershipRow conflict, HttpStatus status) {
		var page = new ModelAndView("partnerships/form", status);
		page.addObject("partnership", partnership);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		page.addObject("kinds", PartnerKind.values());
		page.addObject("authorities",
				this.authorities.all().stream().filter((authority) -> authority.id() != authorityId).toList());
		page.addObject("choices", ActionChoice.byPlan(this.actions.choicesFor(authorityId, true)));
		return page;
	}

}
