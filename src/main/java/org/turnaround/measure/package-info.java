/**
 * Measures of impact: performance indicators with their targets and dated values.
 */
package org.turnaround.measure;
