/**
 * The people who use Turnaround, their role and the authority they belong to, how they
 * sign in, and how admins manage their accounts.
 */
package org.turnaround.account;
