package org.entente.dissemination.internal;

import java.nio.charset.StandardCharsets;

/**
 * One event of a member's stream: {@code id} is the ledger sequence number of the entry it comes from, so a
 * client resumes exactly after the last one it saw.
 *
 * @param name {@code delivery}, {@code update}, {@code withdrawal}, {@code acknowledgement} or
 * {@code notification}
 * @param data the event's JSON
 */
record StreamEvent(long id, String name, String data) {

	/**
	 * The event as {@code text/event-stream} bytes (WHATWG HTML, server-sent events): the id first, then the
	 * name, a data line per line of data, and the blank line that ends it. Encoded once per member and shared
	 * by all the member's clients.
	 */
	byte[] encoded() {
		StringBuilder text = new StringBuilder(this.data.length() + 48);
		text.append("id:").append(this.id).append("\nevent:").append(this.name).append('\n');
		for (String line : this.data.split("\n", -1)) {
			text.append("data:").append(line).append('\n');
		}
		return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
	}

}
