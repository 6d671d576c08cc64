/**
 * Demo mode: in standalone mode, fills an empty database once with the fictional
 * Marchshire Council and its partner Northgate City Council.
 */
package org.turnaround.demo;
