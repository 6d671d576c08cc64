/**
 * The cabinet dashboard of a plan and its report: where the improvement stands, what
 * changed and how RAG moved over time, read through aggregate queries.
 */
package org.turnaround.dashboard;
