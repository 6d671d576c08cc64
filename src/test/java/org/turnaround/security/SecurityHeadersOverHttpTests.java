package org.turnaround.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: the session cookie as a browser receives it, and the
 * error pages the container renders (a refusal by Spring Security, a malformed id), with
 * no browser, just {@link HttpClient}. The app runs on its own embedded PostgreSQL with
 * the demo data, as two servers wiping one data directory would destroy each other's
 * data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "turnaround.standalone.data-directory=target/test-postgres-headers")
@ActiveProfiles("test")
class SecurityHeadersOverHttpTests {

	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	String signedIn;

	@BeforeEach
	void signInAsTheDemoOfficer() throws Exception {
		this.signedIn = signIn("officer", "turnaround-demo").sessionCookie();
	}

	@Test
	void signingInSetsANewSessionCookieThatIsHttpOnlySecureAndSameSiteLax() throws Exception {
		var signInPage = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
		var before = sessionCookie(signInPage);
		var signIn = signIn("officer", "turnaround-demo");
		assertThat(signIn.response().statusCode()).isEqualTo(302);
		assertThat(URI.create(signIn.response().headers().firstValue("Location").orElseThrow()).getPath())
			.isEqualTo("/");

		var cookie = signIn.setCookie();
		assertThat(attributes(cookie)).as(cookie).contains("httponly", "secure", "samesite=lax");
		assertThat(value(cookie)).as("the session id after signing in").isNotEqualTo(value(before));
	}

	@Test
	void theSessionCookieOfTheSignInPageIsHttpOnlySecureAndSameSiteLaxToo() throws Exception {
		var cookie = sessionCookie(send(HttpRequest.newBuilder(uri("/login")).GET(), null));
		assertThat(attributes(cookie)).as(cookie).contains("httponly", "secure", "samesite=lax");
	}

	@Test
	void pagesAsServedCarryTheSecurityHeaders() throws Exception {
		for (var path : List.of("/notices", "/plans")) {
			var response = get(path, this.signedIn);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			SecurityHeaders.assertPresent((name) -> response.headers().firstValue(name).orElse(null), path);
		}
		var signInPage = get("/login", null);
		SecurityHeaders.assertPresent((name) -> signInPage.headers().firstValue(name).orElse(null), "/login");
	}

	@Test
	void aFailedSignInShowsTheMessageOnTheRealPage() throws Exception {
		var page = get("/login?error", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Enter a correct username and password");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/actions/abc, 400", "/actions/99999999999999999999, 400", "/plans/abc, 400",
			"/actions/999999999, 404", "/no-such-page, 404", "/admin/users, 403", "/actuator/env, 403" })
	void errorPagesAsServedGiveNothingAway(String path, int status) throws Exception {
		var response = get(path, this.signedIn);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		SecurityHeaders.assertGivesNothingAway(response.body(), path);
		SecurityHeaders.assertPresent((name) -> response.headers().firstValue(name).orElse(null), path);
	}

	@Test
	void aRequestTheFirewallRefusesGivesNothingAway() throws Exception {
		var response = get("/actions/1;jsessionid=planted", this.signedIn);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain(SecurityHeaders.TELL_TALES);
	}

	private SignIn signIn(String username, String password) throws Exception {
		var page = send(HttpRequest.newBuilder(uri("/login")).GET(), null);
		var cookie = sessionCookie(page);
		var token = CSRF_FIELD.matcher(page.body());
		assertThat(token.find()).as("a CSRF token in the sign-in form").isTrue();
		var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		var response = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)), value(cookie));
		var setCookie = sessionCookie(response);
		return new SignIn(response, setCookie, value(setCookie));
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET(), session);
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
			.orElseThrow(() -> new AssertionError("no session cookie set by " + response.uri()));
	}

	/** The {@code name=value} pair a client sends back. */
	private static String value(String setCookie) {
		return setCookie.split(";")[0].strip();
	}

	private static List<String> attributes(String setCookie) {
		return Arrays.stream(setCookie.split(";")).skip(1).map((part) -> part.strip().toLowerCase()).toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record SignIn(HttpResponse<String> response, String setCookie, String sessionCookie) {

	}

}
