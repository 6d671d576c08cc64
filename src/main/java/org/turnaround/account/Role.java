package org.turnaround.account;

/**
 * What a person does in Turnaround; see the roles table in DESIGN.md.
 */
public enum Role {

	OFFICER("Council officer"), PLAN_MANAGER("Improvement programme manager"), CABINET_MEMBER("Cabinet member"),
	ADVISER("Improvement adviser"), ADMIN("System administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Advisers and admins work across authorities; everyone else belongs to exactly one.
	 */
	public boolean belongsToOneAuthority() {
		return this != ADVISER && this != ADMIN;
	}

}
