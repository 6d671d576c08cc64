package org.turnaround.export;

import java.time.Clock;
import java.time.LocalDate;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads for whoever may read the plan or action; for anyone else the record is "not
 * found", as on its page.
 */
@Controller
class ExportController {

	private final ExportQueries exports;

	private final ExportTables tables;

	private final Clock clock;

	ExportController(ExportQueries exports, ExportTables tables, Clock clock) {
		this.exports = exports;
		this.tables = tables;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/actions.csv")
	ResponseEntity<byte[]> planActionsCsv(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = readablePlan(id, user);
		return download(CsvExport.write(this.tables.planActions(id)), CsvExport.CONTENT_TYPE,
				fileName(plan, "plan", id, "actions", "csv"));
	}

	@GetMapping("/plans/{id}/actions.xlsx")
	ResponseEntity<byte[]> planActionsXlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var plan = readablePlan(id, user);
		return download(XlsxExport.write(this.tables.planActions(id)), XlsxExport.CONTENT_TYPE,
				fileName(plan, "plan", id, "actions", "xlsx"));
	}

	@GetMapping("/actions/{id}/history.csv")
	ResponseEntity<byte[]> actionHistoryCsv(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var action = this.exports.action(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Action", id));
		return download(CsvExport.write(this.tables.actionHistory(id)), CsvExport.CONTENT_TYPE,
				fileName(action, "action", id, "history", "csv"));
	}

	private ExportQueries.Owner readablePlan(long id, CurrentUser user) {
		// Another authority's plan is "not found": its existence is not revealed.
		return this.exports.plan(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Plan", id));
	}

	/** For example {@code marchshire-plan-12-actions-2026-03-01.csv}. */
	private String fileName(ExportQueries.Owner owner, String kind, long id, String what, String extension) {
		return "%s-%s-%d-%s-%s.%s".formatted(owner.authoritySlug(), kind, id, what, LocalDate.now(this.clock),
				extension);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		var headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
		return ResponseEntity.ok().headers(headers).body(body);
	}

}
