package org.turnaround.caseaudit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.turnaround.account.CurrentUser;
import org.turnaround.audit.History;
import org.turnaround.authority.AuthorityQueries;
import org.turnaround.caseaudit.CaseAuditEditing.CaseAuditChanged;
import org.turnaround.caseaudit.CaseAuditEditing.CaseAuditRefused;
import org.turnaround.web.LineChart;
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
 * An authority's case-audit rounds with the trend of "% adequate or better", one round
 * with its history, and the forms a plan manager records and corrects rounds with. Who
 * may use a form is checked before anything about it.
 */
@Controller
class CaseAuditController {

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final CaseAuditQueries audits;

	private final CaseAuditEditing editing;

	private final AuthorityQueries authorities;

	private final History history;

	private final Clock clock;

	CaseAuditController(CaseAuditQueries audits, CaseAuditEditing editing, AuthorityQueries authorities,
			History history, Clock clock) {
		this.audits = audits;
		this.editing = editing;
		this.authorities = authorities;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/case-audits")
	String list(@RequestParam(name = "authority", required = false) Long authority,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var choice = this.authorities.choose(user.readableAuthorityIds(), user.authorityId(), authority);
		var rounds = (choice.chosen() != null) ? this.audits.rounds(choice.chosen().id()) : List.<CaseAuditRound>of();
		model.addAttribute("choice", choice);
		model.addAttribute("rounds", rounds);
		model.addAttribute("chart", chart(rounds));
		model.addAttribute("recordsAudits", choice.chosen() != null && user.managesPlansOf(choice.chosen().id()));
		return "caseaudits/list";
	}

	static LineChart chart(List<CaseAuditRound> rounds) {
		var description = rounds.stream()
			.map((round) -> percent(round.percentAdequateOrBetter()) + " in " + LONG_DATE.format(round.completedOn()))
			.collect(Collectors.joining("; ",
					"Percentage of audited cases graded adequate or better in each round, oldest first: ",
					". The table gives the figures."));
		return new LineChart("trend", "Cases adequate or better, by audit round", description,
				rounds.stream().map((round) -> SHORT_MONTH.format(round.completedOn())).toList(),
				List.of(new LineChart.Series("Adequate or better",
						rounds.stream().map(CaseAuditRound::percentAdequateOrBetter).toList())));
	}

	private static String percent(BigDecimal value) {
		return (value != null) ? value.toPlainString() + "%" : "no cases audited";
	}

	@GetMapping("/case-audits/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var round = readable(id, user);
		model.addAttribute("round", round);
		model.addAttribute("authority",
				this.authorities.choose(user.readableAuthorityIds(), null, round.authorityId()).chosen());
		model.addAttribute("changes", this.history.of(CaseAudit.class, id));
		model.addAttribute("recordsAudits", user.managesPlansOf(round.authorityId()));
		return "caseaudits/show";
	}

	@GetMapping("/case-audits/new")
	ModelAndView newForm(@AuthenticationPrincipal CurrentUser user) {
		managedAuthority(user);
		return page(null, CaseAuditForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/case-audits/new")
	ModelAndView create(@ModelAttribute("form") CaseAuditForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long authorityId = managedAuthority(user);
		var problems = form.problems(LocalDate.now(this.clock));
		if (!problems.isEmpty()) {
			return page(null, form, problems, null, HttpStatus.OK);
		}
		long created;
		try {
			created = this.editing.create(authorityId, form.title(), form.completedOn().orElseThrow(),
					form.grades().orElseThrow(), form.summary());
		}
		catch (CaseAuditRefused refusal) {
			return page(null, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Audit round recorded");
		return new ModelAndView("redirect:/case-audits/" + created);
	}

	@GetMapping("/case-audits/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var round = managed(id, user);
		return page(round, CaseAuditForm.of(round), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/case-audits/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") CaseAuditForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var round = managed(id, user);
		if (form.version() == null || form.version() > round.version()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < round.version()) {
			return conflict(round, form);
		}
		var problems = form.problems(LocalDate.now(this.clock));
		if (!problems.isEmpty()) {
			return page(round, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form.title(), form.completedOn().orElseThrow(),
					form.grades().orElseThrow(), form.summary());
		}
		catch (CaseAuditRefused refusal) {
			return page(round, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (CaseAuditChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(managed(id, user), form);
		}
		redirect.addFlashAttribute("success", "Audit round saved");
		return new ModelAndView("redirect:/case-audits/" + id);
	}

	private CaseAuditRound readable(long id, CurrentUser user) {
		// Another authority's round is "not found": its existence is not revealed.
		return this.audits.round(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Case audit", id));
	}

	private CaseAuditRound managed(long id, CurrentUser user) {
		var round = readable(id, user);
		if (!user.managesPlansOf(round.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the authority may correct its case audits");
		}
		return round;
	}

	private static long managedAuthority(CurrentUser user) {
		if (user.authorityId() == null || !user.managesPlansOf(user.authorityId())) {
			throw new AccessDeniedException("Only a plan manager may record case audits");
		}
		return user.authorityId();
	}

	/**
	 * Someone saved the round after this person loaded it: show what it says now and keep
	 * this person's input, against the new version so they can save it again.
	 */
	private ModelAndView conflict(CaseAuditRound current, CaseAuditForm form) {
		return page(current, form.against(current.version()), Map.of(), current, HttpStatus.CONFLICT);
	}

	private ModelAndView page(CaseAuditRound round, CaseAuditForm form, Map<String, String> problems,
			CaseAuditRound conflict, HttpStatus status) {
		var page = new ModelAndView("caseaudits/form", status);
		page.addObject("round", round);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		return page;
	}

}
