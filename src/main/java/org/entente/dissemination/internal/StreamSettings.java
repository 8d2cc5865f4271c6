package org.entente.dissemination.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
 * @param queueCapacity events a subscriber may fall behind by before it is disconnected (it resumes later)
 * @param pollInterval how often the ledger is read when no NOTIFY arrived, the safety net for a lost one
 * @param writers threads that write events to the clients' sockets (without blocking), and as many again that
 * read the ledger for clients catching up; about one per core
 */
@ConfigurationProperties("entente.stream")
record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("1000") int queueCapacity,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2") int writers) {
}
