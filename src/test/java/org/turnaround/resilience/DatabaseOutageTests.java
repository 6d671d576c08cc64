package org.turnaround.resilience;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops while officers are working and comes back: pages say the service is
 * unavailable (quickly, and without a stack trace), the health check says DOWN, an update
 * being saved is handed back unsaved with every word kept, and the app recovers by
 * itself.
 */
class DatabaseOutageTests extends OwnServer {

	private static final Pattern VERSION_FIELD = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.datasource.hikari.connection-timeout}")
	long connectionTimeoutMillis;

	@Test
	void anOutageIsAFriendly503ThatKeepsTheOfficersWordsAndTheAppRecoversWithoutARestart() throws Exception {
		long actionId = this.jdbc.queryForObject("""
				select a.id from action a join account o on o.id = a.owner_id
				where o.username = 'officer' and a.status = 'IN_PROGRESS' order by a.id limit 1""", Long.class);
		long updates = this.jdbc.queryForObject("select count(*) from action_update where action_id = ?", Long.class,
				actionId);
		var officer = HttpSession.signIn(this.port, "officer", "turnaround-demo");
		var form = officer.get("/actions/" + actionId + "/update");
		assertThat(form.statusCode()).isEqualTo(200);
		var version = VERSION_FIELD.matcher(form.body());
		assertThat(version.find()).isTrue();
		var commentary = "Recruitment panel met on Tuesday & agreed <three> offers; Ofsted's feedback noted.";
		var update = new LinkedHashMap<String, String>();
		update.put("_csrf", HttpSession.csrf(form.body()));
		update.put("version", version.group(1));
		update.put("status", "IN_PROGRESS");
		update.put("percentComplete", "65");
		update.put("commentary", commentary);
		update.put("ragOverride", "NONE");
		var pgCtl = new PgCtl(this.postgres, Path.of(OwnServer.DATA_DIRECTORY));
		var colleague = HttpSession.anonymous(this.port);
		var signIn = new LinkedHashMap<String, String>();
		signIn.put("username", "manager");
		signIn.put("password", "turnaround-demo");
		signIn.put("_csrf", HttpSession.csrf(colleague.get("/login").body()));

		pgCtl.stop();
		try {
			var page = timed(() -> officer.get("/my-actions"));
			assertThat(page.statusCode()).isEqualTo(503);
			assertFriendly(page.body());

			// Signing in fails inside Spring Security, before any controller.
			var refused = timed(() -> colleague.post("/login", signIn));
			assertThat(refused.statusCode()).isEqualTo(503);
			assertFriendly(refused.body());

			var health = timed(() -> officer.get("/actuator/health"));
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");

			var unsaved = timed(() -> officer.post("/actions/" + actionId + "/update", update));
			assertThat(unsaved.statusCode()).isEqualTo(503);
			assertFriendly(unsaved.body());
			assertThat(unsaved.body()).contains("Your update has not been saved")
				.contains(
						"Recruitment panel met on Tuesday &amp; agreed &lt;three&gt; offers; Ofsted&#39;s feedback noted."
								+ "</textarea>")
				.contains("name=\"version\" value=\"" + version.group(1) + "\"")
				.contains("name=\"percentComplete\" value=\"65\"");
			update.put("_csrf", HttpSession.csrf(unsaved.body()));
		}
		finally {
			pgCtl.start();
		}

		// The pool reconnects by itself: no restart, and the officer's session survives.
		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> page;
		do {
			page = officer.get("/my-actions");
		}
		while (page.statusCode() != 200 && System.nanoTime() < deadline);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(officer.get("/actuator/health").statusCode()).isEqualTo(200);
		var saved = officer.post("/actions/" + actionId + "/update", update);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from action_update where action_id = ?", Long.class,
				actionId))
			.isEqualTo(updates + 1);
		assertThat(this.jdbc.queryForObject(
				"select commentary from action_update where action_id = ? order by id desc limit 1", String.class,
				actionId))
			.isEqualTo(commentary);
	}

	private static void assertFriendly(String body) {
		assertThat(body).contains("Sorry, the service is unavailable")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("SQL")
			.doesNotContain("postgres");
	}

	/**
	 * Answers within the pool's connection timeout (and a little for the page itself).
	 */
	private HttpResponse<String> timed(Request request) throws Exception {
		long start = System.nanoTime();
		var response = request.send();
		var took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).isLessThan(Duration.ofMillis(this.connectionTimeoutMillis + 2000));
		return response;
	}

	interface Request {

		HttpResponse<String> send() throws Exception;

	}

}
