package org.turnaround.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.turnaround.inspection.InspectionQueries.InspectionSummary;

/**
 * One inspection in an authority's judgement history: a column of the table whose rows
 * are the areas and the overall effectiveness.
 *
 * @param judgements the judgement of each area judged; an area missing was not judged
 * @param overall the overall effectiveness judgement, null if none was given
 */
public record JudgementHistoryColumn(long inspectionId, String title, InspectionKind kind, LocalDate startedOn,
		LocalDate publishedOn, Map<InspectionArea, Judgement> judgements, Judgement overall) {

	public JudgementHistoryColumn {
		judgements = Collections.unmodifiableMap(judgements);
	}

	/** The judgement of an area, or null if the inspection did not judge it. */
	public Judgement judgementFor(InspectionArea area) {
		return this.judgements.get(area);
	}

	/** The inspections that gave a judgement, oldest first, from a list newest first. */
	static List<JudgementHistoryColumn> of(List<InspectionSummary> newestFirst) {
		var columns = new ArrayList<JudgementHistoryColumn>();
		for (var inspection : newestFirst) {
			if (inspection.judged()) {
				columns.add(0,
						new JudgementHistoryColumn(inspection.id(), inspection.title(), inspection.kind(),
								inspection.startedOn(), inspection.publishedOn(), inspection.judgements(),
								inspection.overall()));
			}
		}
		return List.copyOf(columns);
	}

}
