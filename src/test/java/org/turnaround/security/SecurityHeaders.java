package org.turnaround.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every response must carry and what no error page may show, checked the same
 * way on MockMvc responses and on real HTTP ones.
 */
final class SecurityHeaders {

	/** What would give away the code behind a page: exception names, stack frames. */
	static final List<String> TELL_TALES = List.of("Exception", "java.", "at org.", "Whitelabel", "Caused by");

	private SecurityHeaders() {
	}

	/**
	 * @param header the value of a response header by name, or {@code null}
	 * @param what which response, for the failure message
	 */
	static void assertPresent(Function<String, String> header, String what) {
		var policy = header.apply("Content-Security-Policy");
		assertThat(policy).as("Content-Security-Policy of %s", what).isNotBlank();
		var directives = directives(policy);
		var scripts = directives.getOrDefault("script-src", directives.get("default-src"));
		assertThat(scripts).as("script-src of %s (or default-src in its place)", what)
			.isNotNull()
			.doesNotContain("'unsafe-inline'", "*");
		assertThat(directives.get("frame-ancestors")).as("frame-ancestors of %s", what).containsExactly("'none'");
		assertThat(header.apply("X-Content-Type-Options")).as("X-Content-Type-Options of %s", what)
			.isEqualTo("nosniff");
		assertThat(header.apply("Referrer-Policy")).as("Referrer-Policy of %s", what)
			.isIn("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
		assertThat(header.apply("X-Frame-Options")).as("X-Frame-Options of %s", what).isEqualTo("DENY");
	}

	static void assertGivesNothingAway(String body, String what) {
		assertThat(body).as("the page of %s", what).isNotBlank().doesNotContain(TELL_TALES);
	}

	static Map<String, List<String>> directives(String policy) {
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter((directive) -> !directive.isEmpty())
			.map((directive) -> directive.split("\\s+"))
			.collect(Collectors.toMap((parts) -> parts[0].toLowerCase(),
					(parts) -> List.of(parts).subList(1, parts.length)));
	}

}
