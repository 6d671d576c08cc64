package org.turnaround.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.turnaround.account.CurrentUser;
import org.turnaround.action.Rag;
import org.turnaround.dashboard.Dashboards;
import org.turnaround.inspection.InspectionArea;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The cabinet report as PDF, as recorded at the end of a day ({@code asOf}, default
 * today): the same day gives the same report, however the plan has moved since. A day
 * that is not a date or lies in the future is a bad request; no form produces one.
 */
@Controller
class ReportController {

	private final Dashboards dashboards;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	ReportController(Dashboards dashboards, ITemplateEngine templates, PdfRenderer renderer) {
		this.dashboards = dashboards;
		this.templates = templates;
		this.renderer = renderer;
	}

	@GetMapping("/plans/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal CurrentUser user) {
		var header = this.dashboards.header(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", id));
		var today = this.dashboards.today();
		var day = day(asOf, today);
		var dashboard = this.dashboards.asAt(header, day);
		var context = new Context(Locale.UK);
		context.setVariable("dashboard", dashboard);
		context.setVariable("rags", Rag.values());
		context.setVariable("areas", InspectionArea.values());
		context.setVariable("font", this.renderer.family());
		var html = this.templates.process("report/cabinet-report", context);
		var pdf = this.renderer.render(html);
		var name = "%s-cabinet-report-%s.pdf".formatted(header.authoritySlug(), day);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}

	private static LocalDate day(String asOf, LocalDate today) {
		if (asOf == null || asOf.isBlank()) {
			return today;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "asOf must be a date as YYYY-MM-DD");
		}
		if (day.isAfter(today)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "asOf must not be in the future");
		}
		return day;
	}

}
