/**
 * The children's social work workforce of each authority by period, and the agency,
 * vacancy and turnover rates derived from it.
 */
package org.turnaround.workforce;
