package org.turnaround.export;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.turnaround.action.ActionQueries;
import org.turnaround.action.EvidenceRow;
import org.turnaround.action.UpdateRow;

import org.springframework.stereotype.Component;

/**
 * Lays out the rows of each export, once for CSV and Excel alike.
 */
@Component
class ExportTables {

	/** The council's own time, whatever zone the server runs in. */
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final List<Table.Column> ACTION_COLUMNS = columns("Priority", 30, "Action number", 9, "Title", 50,
			"Owner", 24, "Start date", 12, "Due date", 12, "Baseline due date", 12, "Status", 13, "Percent complete",
			10, "RAG", 10, "RAG reason", 60, "Last update date", 12, "Latest commentary", 80);

	private static final List<Table.Column> HISTORY_COLUMNS = columns("Recorded at", 26, "Author", 24, "Status", 13,
			"Percent complete", 10, "RAG", 10, "RAG reason", 60, "Commentary", 80, "Evidence", 60);

	private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private final ExportQueries exports;

	private final ActionQueries actions;

	private final Clock clock;

	ExportTables(ExportQueries exports, ActionQueries actions, Clock clock) {
		this.exports = exports;
		this.actions = actions;
		this.clock = clock;
	}

	Table planActions(long planId) {
		var rows = new ArrayList<List<Object>>();
		for (var action : this.exports.actions(planId)) {
			var rag = action.rag();
			rows.add(Arrays.asList(action.priorityNumber() + ". " + action.priorityTitle(),
					action.priorityNumber() + "." + action.number(), action.title(), action.ownerName(),
					action.startsOn(), action.dueOn(), action.baselineDueOn(), action.status().label(),
					action.percentComplete(), rag.hasRag() ? rag.label() : null, rag.reason(), action.lastUpdateOn(),
					action.latestCommentary()));
		}
		return new Table("Actions", ACTION_COLUMNS, rows);
	}

	Table actionHistory(long actionId) {
		Map<Long, List<EvidenceRow>> evidence = this.actions.evidence(actionId);
		var rows = new ArrayList<List<Object>>();
		for (UpdateRow update : this.actions.history(actionId)) {
			rows.add(Arrays.asList(recordedAt(update), update.authorName(), update.status().label(),
					update.percentComplete(), (update.rag() != null) ? update.rag().label() : null, update.ragReason(),
					update.commentary(), evidence(evidence.getOrDefault(update.id(), List.of()))));
		}
		return new Table("History", HISTORY_COLUMNS, rows);
	}

	/**
	 * ISO 8601 with the offset, so a reader can tell summer time from winter time;
	 * "+00:00" rather than "Z" in winter, which would read as UTC rather than London
	 * time.
	 */
	private String recordedAt(UpdateRow update) {
		return update.recordedAt().atZone(this.clock.getZone()).withZoneSameInstant(LONDON).format(RECORDED_AT);
	}

	private static String evidence(List<EvidenceRow> items) {
		return items.stream()
			.map((item) -> item.file() ? item.title() : item.title() + " (" + item.url() + ")")
			.collect(Collectors.joining("; "));
	}

	private static List<Table.Column> columns(Object... headingsAndWidths) {
		var columns = new ArrayList<Table.Column>();
		for (int i = 0; i < headingsAndWidths.length; i += 2) {
			columns.add(new Table.Column((String) headingsAndWidths[i], (Integer) headingsAndWidths[i + 1]));
		}
		return List.copyOf(columns);
	}

}
