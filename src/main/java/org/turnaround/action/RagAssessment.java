package org.turnaround.action;

/**
 * A RAG with the sentence that explains it. {@code rag} is null only for a cancelled
 * action.
 *
 * @param rag the RAG, or null when the action has none
 * @param reason one plain-English sentence explaining the RAG, ending with a full stop
 * @param overridden whether a person set this RAG rather than the policy
 */
public record RagAssessment(Rag rag, String reason, boolean overridden) {

	public RagAssessment {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Every RAG needs a sentence that explains it.");
		}
		if (rag == null && overridden) {
			throw new IllegalArgumentException("An overridden RAG must say which RAG it was set to.");
		}
	}

	/**
	 * No RAG at all, as for a cancelled action.
	 */
	public static RagAssessment none(String reason) {
		return new RagAssessment(null, reason, false);
	}

	public boolean hasRag() {
		return this.rag != null;
	}

	public String label() {
		return hasRag() ? this.rag.label() : "No RAG";
	}

}
