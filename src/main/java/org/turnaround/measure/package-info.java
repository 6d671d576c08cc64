/**
 * Measures of impact: performance indicators with their targets and dated values, and the
 * workforce returns from which agency, vacancy and turnover rates are derived.
 */
package org.turnaround.measure;
