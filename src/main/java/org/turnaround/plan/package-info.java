/**
 * Improvement plans answering a notice, with their numbered priorities.
 */
package org.turnaround.plan;
