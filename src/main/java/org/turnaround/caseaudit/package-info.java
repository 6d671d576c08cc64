/**
 * Case-audit rounds: how many children's case files were audited and how many were graded
 * outstanding, good, requires improvement or inadequate.
 */
package org.turnaround.caseaudit;
