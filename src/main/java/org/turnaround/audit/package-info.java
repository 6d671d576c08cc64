/**
 * The audit trail: every change to a notice, plan, action, milestone or account is kept
 * by Hibernate Envers with who made it and when, and read back as history in words.
 */
package org.turnaround.audit;
