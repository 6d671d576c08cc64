/**
 * Dated checkpoints of a plan, such as the DfE six-month review, and the actions they
 * depend on.
 */
package org.turnaround.milestone;
