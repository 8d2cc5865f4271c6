package org.entente.ledger.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings ({@code entente.ledger.*}).
 *
 * @param keyFile the centre's checkpoint signing key; default {@code <entente.data-dir>/ledger/checkpoint.key}.
 * Every app node sharing one database must use the same key: point this at one file on shared storage, or copy
 * the file the first node made to the others (mode 600, owned by the service user)
 * @param origin the log's name, used as the checkpoint origin and key name when the key is first made; the key
 * file then carries it, so changing this later changes nothing
 * @param checkpointInterval how often a node signs a new checkpoint if the log has grown
 * @param startupCheck how much of the ledger the start-up check recomputes
 */
@ConfigurationProperties("entente.ledger")
record LedgerSettings(Path keyFile, @DefaultValue("entente/ledger") String origin,
		@DefaultValue("5s") Duration checkpointInterval, @DefaultValue StartupCheck startupCheck) {

	/**
	 * @param fullCheckLimit up to this many entries, every entry is recomputed at start-up
	 * @param recentEntries above it, only this many of the newest entries are, and every checkpoint's root
	 */
	record StartupCheck(@DefaultValue("1000000") long fullCheckLimit, @DefaultValue("100000") long recentEntries) {
	}

}
