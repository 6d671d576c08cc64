/**
 * Tests that Turnaround survives what goes wrong in service: a database outage, failures
 * half-way through a save, many people saving at once, hostile input, and a restore from
 * backup.
 */
package org.turnaround.resilience;
