package org.turnaround.account;

/**
 * A change to an account that the rules do not allow, with the message for the person who
 * asked for it and the form field it concerns (none when it concerns the whole form).
 */
class AccountChangeRefused extends RuntimeException {

	static final String STALE = "Someone else changed this account while you were looking at it. "
			+ "Check the account as it is now and try again.";

	private final String field;

	AccountChangeRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	static AccountChangeRefused stale() {
		return new AccountChangeRefused(null, STALE);
	}

	/** The form field the refusal concerns, or null for the whole form. */
	String field() {
		return this.field;
	}

}
