package org.turnaround.action;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows about uploads: the container, not the form, parses a
 * multipart request, and the CSRF token sent in its body must still be read. Runs on its
 * own embedded PostgreSQL with the demo data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "turnaround.standalone.data-directory=target/test-postgres-evidence")
@ActiveProfiles("test")
class EvidenceOverHttpTests {

	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern VERSION_FIELD = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	static final String BOUNDARY = "----evidence-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aFileInTheMultipartFormIsSavedWithTheTokenReadFromTheBodyAndAnOversizedOneGetsNoServerError()
			throws Exception {
		var session = signIn();
		long actionId = this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status = 'IN_PROGRESS' order by a.id limit 1""", Long.class);
		long evidenceBefore = this.jdbc.queryForObject("select count(*) from evidence", Long.class);
		long updatesBefore = this.jdbc.queryForObject("select count(*) from action_update", Long.class);

		var big = new byte[11 * 1024 * 1024];
		System.arraycopy(EvidenceTypesTests.PDF, 0, big, 0, EvidenceTypesTests.PDF.length);
		var tooBig = post(actionId, session, big);
		// The container refuses it before the form sees it: its own page, not a 500.
		assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
		assertThat(tooBig.body()).contains("Each file must be smaller than 10 MB");
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Long.class)).isEqualTo(evidenceBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from action_update", Long.class)).isEqualTo(updatesBefore);

		var saved = post(actionId, session, EvidenceTypesTests.PDF);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence", Long.class)).isEqualTo(evidenceBefore + 1);
	}

	private HttpResponse<String> post(long actionId, String session, byte[] file) throws Exception {
		var page = send(HttpRequest.newBuilder(uri("/actions/" + actionId + "/update")).GET(), session);
		var token = CSRF_FIELD.matcher(page.body());
		var version = VERSION_FIELD.matcher(page.body());
		assertThat(token.find() && version.find()).as("the form's token and version").isTrue();
		var body = new ByteArrayOutputStream();
		field(body, "_csrf", token.group(1));
		field(body, "version", version.group(1));
		field(body, "status", "IN_PROGRESS");
		field(body, "percentComplete", "50");
		field(body, "commentary", "Minutes attached");
		field(body, "ragOverride", "NONE");
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"evidenceFiles\"; "
				+ "filename=\"minutes.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/actions/" + actionId + "/update"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept", "text/html")
			.POST(BodyPublishers.ofByteArray(body.toByteArray())), session);
	}

	private static void field(ByteArrayOutputStream body, String name, String value) {
		body.writeBytes(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private String signIn() throws Exception {
		var page = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
		var cookie = sessionCookie(page);
		var token = CSRF_FIELD.matcher(page.body());
		assertThat(token.find()).isTrue();
		var form = "username=officer&password=turnaround-demo&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)), cookie);
		return sessionCookie(response);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
		if (session != null) {
			// Set by hand: a client-side cookie store would not send a Secure cookie over
			// plain http.
			request.header("Cookie", session);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie set by " + response.uri()))
			.split(";")[0].strip();
	}

}
