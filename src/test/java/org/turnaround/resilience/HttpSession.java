package org.turnaround.resilience;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser, reduced to what these tests need: a session cookie, the CSRF
 * token of the last form seen, and plain form posts to a real server.
 */
final class HttpSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private String cookie;

	private HttpSession(int port) {
		this.port = port;
	}

	/** Someone who has not signed in yet. */
	static HttpSession anonymous(int port) {
		return new HttpSession(port);
	}

	static HttpSession signIn(int port, String username, String password) throws Exception {
		var session = new HttpSession(port);
		var page = session.get("/login");
		var form = new LinkedHashMap<String, String>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", csrf(page.body()));
		var response = session.post("/login", form);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return session;
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		var body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,*/*;q=0.8")
			.POST(BodyPublishers.ofString(body)));
	}

	static String csrf(String page) {
		var token = CSRF_FIELD.matcher(page);
		assertThat(token.find()).as("the page's CSRF token").isTrue();
		return token.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		request.timeout(Duration.ofSeconds(30));
		if (this.cookie != null) {
			// Set by hand: a client-side cookie store would not send a Secure cookie over
			// plain http.
			request.header("Cookie", this.cookie);
		}
		var response = this.http.send(request.build(), BodyHandlers.ofString());
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.ifPresent((cookie) -> this.cookie = cookie.split(";")[0].strip());
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
