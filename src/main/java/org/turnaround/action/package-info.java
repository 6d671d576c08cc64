/**
 * Actions: the numbered pieces of work of an improvement plan, their updates and the RAG
 * that says whether each is on track.
 */
package org.turnaround.action;
