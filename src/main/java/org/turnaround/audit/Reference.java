package org.turnaround.audit;

/**
 * The records an id in an audited field can point at, each with the SQL that names it.
 * Names are read in the same statement as the history itself (as scalar subqueries), so
 * naming costs no extra statements however many changes mention an id. The name is
 * today's name of the record; an id whose record is gone is shown as a number.
 */
public enum Reference {

	NONE(null),

	ACCOUNT("select ref.display_name from account ref where ref.id = %s"),

	AUTHORITY("select ref.name from authority ref where ref.id = %s"),

	NOTICE("select ref.title from improvement_notice ref where ref.id = %s"),

	REQUIREMENT(
			"select 'Requirement ' || ref.number || ': ' || ref.text from notice_requirement ref where ref.id = %s"),

	ACTION("""
			select pr.number || '.' || ref.number || ' ' || ref.title
			from action ref join priority pr on pr.id = ref.priority_id where ref.id = %s"""),

	PARTNERSHIP("select ref.partner_name from partnership ref where ref.id = %s"),

	PRIORITY("select 'Priority ' || ref.number || ': ' || ref.title from priority ref where ref.id = %s");

	private final String nameQuery;

	Reference(String nameQuery) {
		this.nameQuery = nameQuery;
	}

	/** A scalar subquery naming the record whose id is in the given column. */
	String nameOf(String column) {
		return "(" + this.nameQuery.formatted(column) + ")";
	}

	boolean named() {
		return this.nameQuery != null;
	}

}
