package org.turnaround.web;

/**
 * A record that does not exist, or that the person may not know exists: either way a 404
 * page.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
