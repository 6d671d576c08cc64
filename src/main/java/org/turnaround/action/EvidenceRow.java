package org.turnaround.action;

import java.util.Map;

/**
 * A file or link as the action's history lists it (without a file's bytes).
 */
public record EvidenceRow(long id, long updateId, boolean file, String title, String fileName, String contentType,
		Long sizeBytes, String url) {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("application/pdf", "PDF"),
			Map.entry(EvidenceTypes.DOCX, "Word"), Map.entry("application/msword", "Word"),
			Map.entry(EvidenceTypes.XLSX, "Excel"), Map.entry("application/vnd.ms-excel", "Excel"),
			Map.entry(EvidenceTypes.PPTX, "PowerPoint"), Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
			Map.entry("image/png", "PNG"), Map.entry("image/jpeg", "JPEG"), Map.entry("image/gif", "GIF"),
			Map.entry("text/plain", "Text"), Map.entry("text/csv", "CSV"));

	/** What kind of file it is, in words people use ("PDF", "Word"). */
	public String typeLabel() {
		return TYPES.getOrDefault(this.contentType, "File");
	}

	/** The size as people read it: "850 bytes", "12 KB", "3.4 MB". */
	public String sizeLabel() {
		if (this.sizeBytes == null) {
			return "";
		}
		long bytes = this.sizeBytes;
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
