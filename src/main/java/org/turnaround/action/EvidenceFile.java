package org.turnaround.action;

/**
 * A stored file to download, with the authority whose action it belongs to so that the
 * same scoping as the action applies.
 */
record EvidenceFile(long id, long authorityId, String fileName, String contentType, byte[] content) {

}
