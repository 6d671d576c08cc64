package org.turnaround.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The evidence part of the progress form: up to three files and up to three links, each
 * link with an optional title. Files are read from the request directly (and links too,
 * so that a link with a comma is not split into two by conversion).
 */
public final class EvidenceInput {

	static final int SLOTS = 3;

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final String WRONG_TYPE = "The selected file must be a PDF, Word, Excel, PowerPoint, image or text file";

	private final List<MultipartFile> files;

	private final List<String> links;

	private final List<String> linkTitles;

	private EvidenceInput(List<MultipartFile> files, List<String> links, List<String> linkTitles) {
		this.files = files;
		this.links = links;
		this.linkTitles = linkTitles;
	}

	static EvidenceInput none() {
		return new EvidenceInput(List.of(), slots(null), slots(null));
	}

	static EvidenceInput from(HttpServletRequest request) {
		var files = new ArrayList<MultipartFile>();
		var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			// A file input left empty still sends a part with no name and no bytes.
			multipart.getFiles("evidenceFiles")
				.stream()
				.filter((file) -> StringUtils.hasText(file.getOriginalFilename()) || !file.isEmpty())
				.forEach(files::add);
		}
		return new EvidenceInput(files, slots(request.getParameterValues("evidenceLinks")),
				slots(request.getParameterValues("evidenceLinkTitles")));
	}

	private static List<String> slots(String[] values) {
		var slots = new ArrayList<String>();
		for (int i = 0; i < SLOTS; i++) {
			slots.add((values != null && i < values.length) ? values[i] : "");
		}
		return slots;
	}

	/** The links as entered, one per slot, to show the form again. */
	public List<String> links() {
		return this.links;
	}

	public List<String> linkTitles() {
		return this.linkTitles;
	}

	/**
	 * What is wrong, keyed by the id of the field (evidenceFile1..3, evidenceLink1..3,
	 * evidenceLinkTitle1..3).
	 */
	Map<String, String> problems(HttpServletRequest request) {
		var problems = new LinkedHashMap<String, String>();
		if (this.files.size() > SLOTS) {
			problems.put("evidenceFile1", "Attach up to " + SLOTS + " files");
		}
		else {
			for (int i = 0; i < this.files.size(); i++) {
				var problem = fileProblem(this.files.get(i));
				if (problem != null) {
					problems.put("evidenceFile" + (i + 1), problem);
				}
			}
		}
		var extraLinks = request.getParameterValues("evidenceLinks");
		if (extraLinks != null && extraLinks.length > SLOTS) {
			problems.put("evidenceLink1", "Add up to " + SLOTS + " links");
		}
		for (int i = 0; i < SLOTS; i++) {
			var link = this.links.get(i).strip();
			var title = this.linkTitles.get(i).strip();
			if (link.isEmpty() && !title.isEmpty()) {
				problems.put("evidenceLink" + (i + 1), "Enter the link's web address, or remove its title");
			}
			else if (!link.isEmpty() && !isWebAddress(link)) {
				problems.put("evidenceLink" + (i + 1),
						"Enter a web address starting with https:// or http://, like https://www.example.org/report");
			}
			if (title.length() > 300) {
				problems.put("evidenceLinkTitle" + (i + 1), "The link's title must be 300 characters or fewer");
			}
		}
		return problems;
	}

	private static String fileProblem(MultipartFile file) {
		if (file.getSize() > MAX_FILE_BYTES) {
			return "The selected file must be smaller than 10 MB";
		}
		if (file.isEmpty()) {
			return "The selected file is empty";
		}
		if (EvidenceTypes.detect(bytes(file), file.getOriginalFilename()).isEmpty()) {
			return WRONG_TYPE;
		}
		return null;
	}

	static boolean isWebAddress(String link) {
		if (link.length() > 2000) {
			return false;
		}
		try {
			var uri = new URI(link);
			var scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) && StringUtils.hasText(uri.getHost());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/** The evidence to save; only call once {@link #problems} is empty. */
	List<NewEvidence> toEvidence() {
		var evidence = new ArrayList<NewEvidence>();
		for (var file : this.files) {
			var content = bytes(file);
			var type = EvidenceTypes.detect(content, file.getOriginalFilename()).orElseThrow();
			evidence.add(NewEvidence.file(displayName(file.getOriginalFilename()), type.contentType(), content));
		}
		for (int i = 0; i < SLOTS; i++) {
			var link = this.links.get(i).strip();
			if (!link.isEmpty()) {
				var title = this.linkTitles.get(i).strip();
				evidence.add(NewEvidence.link(title.isEmpty() ? abbreviate(link, 300) : title, link));
			}
		}
		return evidence;
	}

	/**
	 * The name a file is shown under: the last part of what the browser sent (some send a
	 * whole path), without control characters or characters file systems refuse, at most
	 * 255 characters with the extension kept.
	 */
	static String displayName(String original) {
		var name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"*:<>?|]", "").strip();
		name = name.replaceAll("^\\.+", "");
		if (name.isEmpty()) {
			name = "evidence";
		}
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			var extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, 255 - extension.length()) + extension;
		}
		return name;
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
