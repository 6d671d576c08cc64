package org.turnaround.action;

/**
 * A notice requirement that an action answers.
 */
public record RequirementRef(long noticeId, String noticeTitle, int number, String text) {

}
