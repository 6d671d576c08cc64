package org.turnaround.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	static final String COMMON = "Choose a password that is harder to guess: this one is on a list of common passwords";

	PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithNoDigitsCapitalsOrSymbols() {
		assertThat(this.policy.problemWith("marmalade tractor on the ring road", "hannah.ridley")).isEmpty();
		assertThat(this.policy.isAcceptable("marmalade tractor on the ring road", "hannah.ridley")).isTrue();
	}

	@Test
	void refusesAnEmptyPassword() {
		assertThat(this.policy.problemWith("", "someone")).contains("Enter a password");
		assertThat(this.policy.problemWith(null, "someone")).contains("Enter a password");
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharactersAndAcceptsExactlyTwelve() {
		assertThat(this.policy.problemWith("violet-moss", "someone"))
			.contains("Password must be 12 characters or more");
		assertThat(this.policy.problemWith("violet-moss!", "someone")).isEmpty();
	}

	@Test
	void countsCharactersNotUtf16UnitsSoEmojiDoNotPadAShortPassword() {
		assertThat(this.policy.problemWith("moss\uD83C\uDF3F\uD83C\uDF3F\uD83C\uDF3F\uD83C\uDF3F", "someone"))
			.contains("Password must be 12 characters or more");
	}

	@Test
	void refusesAPasswordLongerThan128Characters() {
		assertThat(this.policy.problemWith("a quiet river ".repeat(10), "someone"))
			.contains("Password must be 128 characters or fewer");
		assertThat(this.policy.problemWith("quiet river ".repeat(10) + "quiet ri", "someone")).isEmpty();
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.problemWith("password1234", "someone")).contains(COMMON);
		assertThat(this.policy.problemWith("QwertyUiop123", "someone")).contains(COMMON);
		assertThat(this.policy.problemWith("123456789012", "someone")).contains(COMMON);
		assertThat(this.policy.problemWith("ILOVEYOU1234", "someone")).contains(COMMON);
	}

	@Test
	void refusesThePublishedDemoPassword() {
		assertThat(this.policy.problemWith("turnaround-demo", "someone")).contains(COMMON);
	}

	@Test
	void refusesOneCharacterRepeated() {
		assertThat(this.policy.problemWith("zzzzzzzzzzzzzzzz", "someone")).contains(COMMON);
	}

	@Test
	void refusesAPasswordThatIsOrContainsTheUsername() {
		assertThat(this.policy.problemWith("hannah.ridley", "hannah.ridley"))
			.contains("Password must not contain the username");
		assertThat(this.policy.problemWith("my name is Hannah.Ridley", "hannah.ridley"))
			.contains("Password must not contain the username");
	}

	@Test
	void aVeryShortUsernameInsideALongPassphraseIsChance() {
		assertThat(this.policy.problemWith("jolly good passphrase", "jo")).isEmpty();
		assertThat(this.policy.problemWith("jojojojojojojo", "jojojojojojojo"))
			.contains("Password must not contain the username");
	}

	@Test
	void theListOfCommonPasswordsHasHundredsOfEntriesOfTwelveCharactersOrMore() throws Exception {
		try (var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			var entries = new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
			assertThat(entries).hasSizeGreaterThan(300).allSatisfy((entry) -> assertThat(entry).hasSizeGreaterThan(11));
		}
	}

}
