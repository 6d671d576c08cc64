package org.turnaround.account;

/**
 * Someone changing their own password.
 */
record ChangePasswordForm(String currentPassword, String newPassword, String confirmPassword) {

	static ChangePasswordForm empty() {
		return new ChangePasswordForm(null, null, null);
	}

	@Override
	public String toString() {
		return "ChangePasswordForm[...]";
	}

}
