package org.turnaround.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.turnaround.account.CurrentUser;
import org.turnaround.audit.History;
import org.turnaround.authority.AuthorityQueries;
import org.turnaround.web.LineChart;
import org.turnaround.web.RecordNotFoundException;
import org.turnaround.workforce.WorkforceEditing.WorkforceChanged;
import org.turnaround.workforce.WorkforceEditing.WorkforceRefused;

import org.springframework.dao.DataIntegrityViolationException;
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
 * An authority's workforce returns with the trend of their rates, one return with its
 * history, and the forms a plan manager records and corrects returns with. Who may use a
 * form is checked before anything about it.
 */
@Controller
class WorkforceController {

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final WorkforceQueries workforce;

	private final WorkforceEditing editing;

	private final AuthorityQueries authorities;

	private final History history;

	private final Clock clock;

	WorkforceController(WorkforceQueries workforce, WorkforceEditing editing, AuthorityQueries authorities,
			History history, Clock clock) {
		this.workforce = workforce;
		this.editing = editing;
		this.authorities = authorities;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/workforce")
	String list(@RequestParam(name = "authority", required = false) Long authority,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var choice = this.authorities.choose(user.readableAuthorityIds(), user.authorityId(), authority);
		var periods = (choice.chosen() != null) ? this.workforce.periods(choice.chosen().id())
				: List.<WorkforcePeriod>of();
		model.addAttribute("choice", choice);
		model.addAttribute("periods", periods);
		model.addAttribute("chart", chart(periods));
		model.addAttribute("recordsReturns", choice.chosen() != null && user.managesPlansOf(choice.chosen().id()));
		return "workforce/list";
	}

	static LineChart chart(List<WorkforcePeriod> periods) {
		var description = new StringBuilder("Agency, vacancy and turnover rates in each period, oldest first. ");
		for (var period : periods) {
			description.append(LONG_DATE.format(period.periodOn()))
				.append(": agency ")
				.append(percent(period.agencyRate()))
				.append(", vacancy ")
				.append(percent(period.vacancyRate()))
				.append(", turnover ")
				.append(percent(period.turnoverRate()))
				.append(". ");
		}
		description.append("The table gives the figures.");
		return new LineChart("trend", "Workforce rates by period", description.toString(),
				periods.stream().map((period) -> SHORT_MONTH.format(period.periodOn())).toList(),
				List.of(series("Agency rate", periods, WorkforcePeriod::agencyRate),
						series("Vacancy rate", periods, WorkforcePeriod::vacancyRate),
						series("Turnover rate", periods, WorkforcePeriod::turnoverRate)));
	}

	private static LineChart.Series series(String name, List<WorkforcePeriod> periods,
			Function<WorkforcePeriod, BigDecimal> rate) {
		return new LineChart.Series(name, periods.stream().map(rate).toList());
	}

	private static String percent(BigDecimal value) {
		return (value != null) ? value.toPlainString() + "%" : "not applicable";
	}

	@GetMapping("/workforce/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var period = readable(id, user);
		model.addAttribute("period", period);
		model.addAttribute("authority",
				this.authorities.choose(user.readableAuthorityIds(), null, period.authorityId()).chosen());
		model.addAttribute("changes", this.history.of(WorkforceReturn.class, id));
		model.addAttribute("recordsReturns", user.managesPlansOf(period.authorityId()));
		return "workforce/show";
	}

	@GetMapping("/workforce/new")
	ModelAndView newForm(@AuthenticationPrincipal CurrentUser user) {
		managedAuthority(user);
		return page(null, WorkforceForm.empty(), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/workforce/new")
	ModelAndView create(@ModelAttribute("form") WorkforceForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long authorityId = managedAuthority(user);
		var problems = form.problems(LocalDate.now(this.clock), true);
		if (!problems.isEmpty()) {
			return page(null, form, problems, null, HttpStatus.OK);
		}
		var periodOn = form.periodOn().orElseThrow();
		long created;
		try {
			created = this.editing.create(authorityId, periodOn, form.figures());
		}
		catch (WorkforceRefused refusal) {
			return page(null, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone recorded a return for the same period a moment earlier.
			var refusal = WorkforceEditing.duplicate(periodOn);
			return page(null, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		redirect.addFlashAttribute("success", "Workforce return recorded");
		return new ModelAndView("redirect:/workforce/" + created);
	}

	@GetMapping("/workforce/{id}/edit")
	ModelAndView editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var period = managed(id, user);
		return page(period, WorkforceForm.of(period), Map.of(), null, HttpStatus.OK);
	}

	@PostMapping("/workforce/{id}/edit")
	ModelAndView edit(@PathVariable long id, @ModelAttribute("form") WorkforceForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var period = managed(id, user);
		if (form.version() == null || form.version() > period.version()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or impossible version");
		}
		if (form.version() < period.version()) {
			return conflict(period, form);
		}
		var problems = form.problems(LocalDate.now(this.clock), false);
		if (!problems.isEmpty()) {
			return page(period, form, problems, null, HttpStatus.OK);
		}
		try {
			this.editing.edit(id, form.version(), form.figures());
		}
		catch (WorkforceRefused refusal) {
			return page(period, form, Map.of(refusal.field(), refusal.getMessage()), null, HttpStatus.OK);
		}
		catch (WorkforceChanged | ObjectOptimisticLockingFailureException ex) {
			return conflict(managed(id, user), form);
		}
		redirect.addFlashAttribute("success", "Workforce return saved");
		return new ModelAndView("redirect:/workforce/" + id);
	}

	private WorkforcePeriod readable(long id, CurrentUser user) {
		// Another authority's return is "not found": its existence is not revealed.
		return this.workforce.period(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Workforce return", id));
	}

	private WorkforcePeriod managed(long id, CurrentUser user) {
		var period = readable(id, user);
		if (!user.managesPlansOf(period.authorityId())) {
			throw new AccessDeniedException("Only a plan manager of the authority may correct its workforce returns");
		}
		return period;
	}

	private static long managedAuthority(CurrentUser user) {
		if (user.authorityId() == null || !user.managesPlansOf(user.authorityId())) {
			throw new AccessDeniedException("Only a plan manager may record workforce returns");
		}
		return user.authorityId();
	}

	private ModelAndView conflict(WorkforcePeriod current, WorkforceForm form) {
		return page(current, form.against(current.version()), Map.of(), current, HttpStatus.CONFLICT);
	}

	private ModelAndView page(WorkforcePeriod period, WorkforceForm form, Map<String, String> problems,
			WorkforcePeriod conflict, HttpStatus status) {
		var page = new ModelAndView("workforce/form", status);
		page.addObject("period", period);
		page.addObject("form", form);
		page.addObject("problems", problems);
		page.addObject("conflict", conflict);
		return page;
	}

}
