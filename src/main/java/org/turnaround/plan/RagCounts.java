package org.turnaround.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.turnaround.action.ActionRow;
import org.turnaround.action.Rag;

/**
 * How many actions carry each RAG, in the order people read them (red first), plus those
 * with no RAG because they were cancelled.
 */
public record RagCounts(Map<Rag, Integer> byRag, int noRag, int total) {

	public static RagCounts of(Collection<ActionRow> actions) {
		Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0);
		}
		int noRag = 0;
		for (ActionRow action : actions) {
			if (action.rag().hasRag()) {
				counts.merge(action.rag().rag(), 1, Integer::sum);
			}
			else {
				noRag++;
			}
		}
		return new RagCounts(counts, noRag, actions.size());
	}

	public int count(Rag rag) {
		return this.byRag.get(rag);
	}

	/**
	 * The counts as a table row shows them: one per RAG in reading order, then the
	 * cancelled, then the total.
	 */
	public List<Integer> row() {
		var row = new ArrayList<Integer>();
		for (Rag rag : Rag.values()) {
			row.add(count(rag));
		}
		row.add(this.noRag);
		row.add(this.total);
		return row;
	}

}
