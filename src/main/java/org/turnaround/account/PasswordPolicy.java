package org.turnaround.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after the NCSC's guidance: long enough, not one
 * everybody else uses, not the username, and no rules about mixing character kinds (they
 * make passwords harder to remember, not harder to guess).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	// A username of two or three characters turns up by chance inside many good
	// passphrases, so only longer ones are looked for inside a password.
	private static final int SHORTEST_USERNAME_LOOKED_FOR = 4;

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load("common-passwords.txt");
	}

	/**
	 * Checks a password someone is choosing.
	 * @param password the password as typed, never trimmed (spaces count)
	 * @param username the username of the account it is for
	 * @return what is wrong with it, in words for the person choosing it; empty if it is
	 * acceptable
	 */
	public Optional<String> problemWith(String password, String username) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Enter a password");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || isOneCharacterRepeated(password)) {
			return Optional.of("Choose a password that is harder to guess: this one is on a list of common passwords");
		}
		if (username != null && !username.isBlank()) {
			String name = username.strip().toLowerCase(Locale.ROOT);
			if (lower.equals(name) || (name.length() >= SHORTEST_USERNAME_LOOKED_FOR && lower.contains(name))) {
				return Optional.of("Password must not contain the username");
			}
		}
		return Optional.empty();
	}

	public boolean isAcceptable(String password, String username) {
		return problemWith(password, username).isEmpty();
	}

	private static boolean isOneCharacterRepeated(String password) {
		return password.codePoints().distinct().count() == 1;
	}

	private static Set<String> load(String resource) {
		var stream = PasswordPolicy.class.getResourceAsStream(resource);
		if (stream == null) {
			throw new IllegalStateException("The list of common passwords " + resource + " is missing");
		}
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
