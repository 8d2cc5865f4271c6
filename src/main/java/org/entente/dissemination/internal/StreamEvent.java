package org.entente.dissemination.internal;

/**
 * One event of a member's stream: {@code id} is the ledger sequence number of the entry it comes from, so a
 * client resumes exactly after the last one it saw.
 *
 * @param name {@code delivery}, {@code update}, {@code withdrawal} or {@code acknowledgement}
 * @param data the event's JSON
 */
record StreamEvent(long id, String name, String data) {
}
