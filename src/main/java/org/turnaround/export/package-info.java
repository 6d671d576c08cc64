/**
 * Exports: a plan's actions as CSV and Excel, and an action's history as CSV, for the
 * people who keep working in spreadsheets.
 */
package org.turnaround.export;
