package org.turnaround.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.turnaround.account.CurrentUser;
import org.turnaround.action.Rag;
import org.turnaround.web.DateInput;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cabinet dashboard. "Since" defaults to a month ago, the usual gap between cabinet
 * meetings; it is chosen with a GOV.UK date input (or a {@code since} date in the link),
 * and a date that cannot be read, or lies in the future, is an error on the page, which
 * still shows the month before.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	DashboardController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/plans/{id}/dashboard")
	String dashboard(@PathVariable long id, @RequestParam(required = false) String since,
			@RequestParam(required = false) String sinceDay, @RequestParam(required = false) String sinceMonth,
			@RequestParam(required = false) String sinceYear, @AuthenticationPrincipal CurrentUser user, Model model) {
		var header = readableHeader(id, user);
		var today = this.dashboards.today();
		var problems = new LinkedHashMap<String, String>();
		var chosen = since(since, sinceDay, sinceMonth, sinceYear, today, problems);
		var from = chosen.orElse(today.minusMonths(1));
		var dashboard = this.dashboards.now(header, from);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("trendChart", TrendChart.of(dashboard.trend()));
		model.addAttribute("problems", problems);
		model.addAttribute("sinceDay", problems.isEmpty() ? DateInput.day(from) : sinceDay);
		model.addAttribute("sinceMonth", problems.isEmpty() ? DateInput.month(from) : sinceMonth);
		model.addAttribute("sinceYear", problems.isEmpty() ? DateInput.year(from) : sinceYear);
		model.addAttribute("today", today);
		model.addAttribute("rags", Rag.values());
		return "dashboard/show";
	}

	PlanHeader readableHeader(long planId, CurrentUser user) {
		return this.dashboards.header(planId)
			.filter((header) -> user.canRead(header.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", planId));
	}

	private static Optional<LocalDate> since(String iso, String day, String month, String year, LocalDate today,
			Map<String, String> problems) {
		Optional<LocalDate> date;
		if (DateInput.given(day, month, year)) {
			date = DateInput.parse(day, month, year);
		}
		else if (iso != null && !iso.isBlank()) {
			date = parseIso(iso.strip());
		}
		else {
			return Optional.empty();
		}
		if (date.isEmpty()) {
			problems.put("sinceDay", "Enter a real date, for example 14 10 2026");
		}
		else if (date.get().isAfter(today)) {
			problems.put("sinceDay", "The date must be today or in the past");
			return Optional.empty();
		}
		return date;
	}

	private static Optional<LocalDate> parseIso(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
