/**
 * Ofsted inspections and visits of an authority's children's services: their judgements
 * per area and the findings that improvement actions answer.
 */
package org.turnaround.inspection;
