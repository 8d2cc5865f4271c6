package org.entente.dissemination.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
 * @param queueCapacity events a subscriber may fall behind by before it is disconnected (it resumes later)
 * @param pollInterval how often the ledger is read when no NOTIFY arrived, the safety net for a lost one, and how
 * often a node without stream clients (not listening then) moves its position
 * @param writers threads that write events to the clients' sockets (without blocking), and as many again that
 * read the ledger for clients catching up; about one per core
 * @param dispatchGap the least time between two reads of new ledger entries for the streams: under a stream of
 * appends, one read then serves all those that came meanwhile instead of one read each, which would cost the
 * database as much again as the appends themselves; the delay it can add to a delivery is at most this
 */
@ConfigurationProperties("entente.stream")
record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("1000") int queueCapacity,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2") int writers,
		@DefaultValue("5ms") Duration dispatchGap) {
}
