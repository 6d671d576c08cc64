package org.turnaround.account;

/**
 * An admin setting a new password on someone's account.
 */
record PasswordResetForm(String newPassword, String confirmPassword, Long version) {

	static PasswordResetForm fresh(long version) {
		return new PasswordResetForm(null, null, version);
	}

	@Override
	public String toString() {
		return "PasswordResetForm[version=" + this.version + "]";
	}

}
