package org.turnaround.account;

/**
 * What an admin gives to create an account; the authority is ignored for roles that do
 * not belong to one.
 */
record NewAccount(String username, String displayName, String jobTitle, String email, Role role, Long authorityId,
		String password) {

	@Override
	public String toString() {
		return "NewAccount[" + this.username + ", " + this.role + "]";
	}

}
