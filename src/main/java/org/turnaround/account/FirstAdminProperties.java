package org.turnaround.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin of a new installation, from {@code TURNAROUND_FIRST_ADMIN_USERNAME},
 * {@code TURNAROUND_FIRST_ADMIN_PASSWORD} and optionally
 * {@code TURNAROUND_FIRST_ADMIN_NAME} and {@code TURNAROUND_FIRST_ADMIN_EMAIL}. Used only
 * while no admin account exists.
 */
@ConfigurationProperties("turnaround.first-admin")
record FirstAdminProperties(String username, String password, String name, String email) {

	boolean isConfigured() {
		return hasText(this.username) || hasText(this.password);
	}

	String displayName() {
		return hasText(this.name) ? this.name.strip() : "Administrator";
	}

	String emailOrNull() {
		return hasText(this.email) ? this.email.strip() : null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "FirstAdminProperties[" + this.username + "]";
	}

}
