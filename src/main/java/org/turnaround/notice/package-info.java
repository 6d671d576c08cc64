/**
 * DfE improvement notices issued to an authority and the numbered requirements they set.
 */
package org.turnaround.notice;
