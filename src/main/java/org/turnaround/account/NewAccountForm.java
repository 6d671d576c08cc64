package org.turnaround.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The create-an-account form. Text is trimmed of surrounding spaces; passwords are kept
 * exactly as typed.
 */
record NewAccountForm(@NotBlank(message = "Enter a username") @Pattern(regexp = "|[A-Za-z0-9._@-]{2,100}",
		message = "A username must be 2 to 100 letters, digits, dots, hyphens, underscores or @ signs") String username,
		@NotBlank(message = "Enter the person's full name") @Size(max = 200,
				message = "Name must be 200 characters or fewer") String displayName,
		@Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
		@NotBlank(message = "Enter an email address") @Email(
				message = "Enter an email address in the correct format, like name@example.gov.uk") @Size(max = 320,
						message = "Email address must be 320 characters or fewer") String email,
		@NotNull(message = "Choose a role") Role role, Long authorityId, String password, String confirmPassword) {

	NewAccountForm {
		username = strip(username);
		displayName = strip(displayName);
		jobTitle = strip(jobTitle);
		email = strip(email);
	}

	static NewAccountForm empty() {
		return new NewAccountForm(null, null, null, null, null, null, null, null);
	}

	NewAccount toNewAccount() {
		return new NewAccount(this.username, this.displayName,
				(this.jobTitle == null || this.jobTitle.isEmpty()) ? null : this.jobTitle, this.email, this.role,
				this.authorityId, this.password);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

	@Override
	public String toString() {
		return "NewAccountForm[" + this.username + ", " + this.role + "]";
	}

}
