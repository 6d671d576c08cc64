package org.turnaround.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shows a field of an audited entity in its history, under a label a person understands
 * ("Due date"). Fields without it (versions, timestamps the app sets itself) are kept in
 * the audit tables but not shown.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HistoryLabel {

	/** The label, as on the record's own page. */
	String value();

	/**
	 * What an id (or a collection of ids) in this field refers to, so the history shows a
	 * name instead of a number.
	 */
	Reference refersTo() default Reference.NONE;

	/**
	 * How the worded value is written, as a {@link String#format} pattern with one
	 * {@code %s}: {@code "%s%%"} for percentages, {@code "£%s"} for pounds.
	 */
	String format() default "%s";

	/**
	 * For a one-to-many of child entities: how one child is named, with its fields in
	 * braces, as in {@code "Priority {number}"}. An added or removed child is shown as
	 * that name followed by its first labelled field.
	 */
	String item() default "";

}
