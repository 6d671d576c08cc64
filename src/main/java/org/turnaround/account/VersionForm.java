package org.turnaround.account;

/**
 * A form with no fields of its own, only the version of the account it was shown with.
 */
record VersionForm(Long version) {

}
