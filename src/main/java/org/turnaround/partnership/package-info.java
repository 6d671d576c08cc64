/**
 * Partnerships: the partner councils and agencies that support an authority's improvement
 * and lead some of its actions.
 */
package org.turnaround.partnership;
