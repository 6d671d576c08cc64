package org.turnaround.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Turns well-formed XHTML into PDF with OpenHTMLtoPDF. It embeds DejaVu Sans where the
 * machine has it (Debian's fonts-dejavu-core), so every character of a commentary prints;
 * without it the PDF's built-in Helvetica is used, which lacks some characters.
 */
@Component
class PdfRenderer {

	private static final String FAMILY = "Report Sans";

	private static final List<String> FONT_DIRECTORIES = List.of("/usr/share/fonts/truetype/dejavu",
			"/usr/share/fonts/dejavu", "/usr/share/fonts/TTF");

	private final File regular;

	private final File bold;

	PdfRenderer() {
		File regular = null;
		File bold = null;
		for (String directory : FONT_DIRECTORIES) {
			var candidate = new File(directory, "DejaVuSans.ttf");
			var candidateBold = new File(directory, "DejaVuSans-Bold.ttf");
			if (candidate.canRead() && candidateBold.canRead()) {
				regular = candidate;
				bold = candidateBold;
				break;
			}
		}
		this.regular = regular;
		this.bold = bold;
	}

	/** The font family the report's CSS should name first. */
	String family() {
		return (this.regular != null) ? FAMILY : "Helvetica";
	}

	byte[] render(String xhtml) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (this.regular != null) {
				builder.useFont(this.regular, FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
				builder.useFont(this.bold, FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("Turnaround");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
