/**
 * The cabinet report: a plan's dashboard as recorded on a day, rendered to PDF.
 */
package org.turnaround.report;
