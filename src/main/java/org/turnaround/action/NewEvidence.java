package org.turnaround.action;

/**
 * One piece of evidence as checked by the form, to be saved with its update: either a
 * file (its detected type, its bytes and a display name) or a link.
 */
public record NewEvidence(String title, String fileName, String contentType, byte[] content, String url) {

	static NewEvidence file(String fileName, String contentType, byte[] content) {
		return new NewEvidence(fileName, fileName, contentType, content, null);
	}

	static NewEvidence link(String title, String url) {
		return new NewEvidence(title, null, null, null, url);
	}

}
