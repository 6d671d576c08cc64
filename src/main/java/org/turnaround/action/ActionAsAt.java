package org.turnaround.action;

/**
 * An action as it stood on a past day, with the commentary of its latest update by then
 * (null when it had none).
 */
public record ActionAsAt(ActionRow action, String latestCommentary) {

}
