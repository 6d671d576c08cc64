package org.turnaround.browser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.turnaround.support.PlanFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer attaches a PDF to a progress update, finds it in the action's history and
 * downloads it as an attachment, exactly as it was sent.
 */
@BrowserTest
class EvidenceJourneyTests {

	private static final String FILE_NAME = "board-minutes.pdf";

	@Autowired
	PlanFixture fixture;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anOfficerAttachesAFileToAnUpdateSeesItInTheHistoryAndDownloadsIt(Page page, BrowserSession browser)
			throws Exception {
		var built = this.transaction.execute((status) -> this.fixture.plan("evidence-journey", 1, 1, 1));
		long actionId = built.actions().get(0).getId();
		byte[] pdf = pdf("Improvement Board minutes, panel dates agreed");

		SignIn.as(page, built.owner().getUsername(), PlanFixture.PASSWORD);
		page.navigate("/actions/" + actionId + "/update");
		PlaywrightAssertions.assertThat(heading(page)).hasText("Update progress");
		page.getByLabel("In progress").check();
		page.getByLabel("Percent complete").fill("60");
		page.getByLabel("Commentary").fill("Board agreed the panel dates; minutes attached");
		page.getByLabel("File 1").setInputFiles(new FilePayload(FILE_NAME, "application/pdf", pdf));
		browser.visit(page, "01-update-with-a-file-chosen");
		button(page, "Save update").click();

		page.waitForURL(Pattern.compile("/actions/" + actionId + "$"));
		PlaywrightAssertions.assertThat(page.locator(".govuk-notification-banner--success"))
			.containsText("Update saved");
		var latest = page.locator(".turnaround-history__item").first();
		PlaywrightAssertions.assertThat(latest).containsText("Board agreed the panel dates; minutes attached");
		var link = latest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(FILE_NAME));
		PlaywrightAssertions.assertThat(link).isVisible();
		PlaywrightAssertions.assertThat(latest).containsText("(PDF, ");
		browser.visit(page, "02-action-with-the-evidence");

		var download = page.waitForDownload(link::click);
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).isEqualTo(FILE_NAME);
		assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

		// the same request the link makes, for the headers the download hides
		var response = page.context().request().get(link.getAttribute("href"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-disposition")).startsWith("attachment")
			.contains("filename=\"" + FILE_NAME + "\"");
		assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
		assertThat(response.body()).isEqualTo(pdf);
	}

	/** A one-page PDF with a correct cross-reference table, saying the given line. */
	private static byte[] pdf(String line) {
		var text = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
						+ " /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		var out = new ByteArrayOutputStream();
		var offsets = new ArrayList<Integer>();
		write(out, "%PDF-1.4\n");
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		var table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach((offset) -> table.append("%010d 00000 n \n".formatted(offset)));
		write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
				+ "\n%%EOF\n");
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
