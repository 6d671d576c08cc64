/**
 * The people who use Turnaround, their role and the authority they belong to.
 */
package org.turnaround.account;
