package org.turnaround.action;

/**
 * Someone else saved the record after this person loaded it; saving would silently
 * overwrite their change, so nothing is saved.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String what, long id) {
		super(what + " " + id + " was changed by someone else");
	}

}
