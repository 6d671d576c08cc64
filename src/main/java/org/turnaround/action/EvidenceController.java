package org.turnaround.action;

import java.nio.charset.StandardCharsets;

import org.turnaround.account.CurrentUser;
import org.turnaround.web.RecordNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves evidence files to the people who may read the action. A file is always a
 * download, of the type its content was found to be, so a browser never renders or sniffs
 * it as a page of this site; and private files are not kept in caches.
 */
@Controller
class EvidenceController {

	private final ActionQueries actions;

	EvidenceController(ActionQueries actions) {
		this.actions = actions;
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		// Another authority's evidence is "not found", like its action.
		var file = this.actions.evidenceFile(id)
			.filter((found) -> user.canRead(found.authorityId()))
			.orElseThrow(() -> new RecordNotFoundException("Evidence", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

}
