package org.turnaround.account;

/**
 * What a person does in Turnaround; see the roles table in DESIGN.md.
 */
public enum Role {

	OFFICER("Council officer", "Updates the actions they own, in their authority"),
	PLAN_MANAGER("Improvement programme manager",
			"Writes and maintains the notices, plans, priorities, actions and milestones of their authority"),
	CABINET_MEMBER("Cabinet member", "Reads their authority's dashboards and reports, and changes nothing"),
	ADVISER("Improvement adviser", "Reads the records of the authorities they are assigned to"),
	ADMIN("System administrator", "Manages accounts, and sees no authority's records");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	/** What someone in the role does, for whoever chooses a role for an account. */
	public String description() {
		return this.description;
	}

	/**
	 * Advisers and admins work across authorities; everyone else belongs to exactly one.
	 */
	public boolean belongsToOneAuthority() {
		return this != ADVISER && this != ADMIN;
	}

}
