package org.entente.reports.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Correlates locations stored before sites existed (or by any path that missed correlation), a batch per
 * transaction, in the background: a large database is not held up at start-up, and until then those locations
 * simply belong to no site. Once none is left, each run is one look-up in a partial index of unlinked locations.
 */
@Component
@ConditionalOnBooleanProperty(name = "entente.sites.backfill", matchIfMissing = true)
class SiteBackfill {

	private static final Logger log = LoggerFactory.getLogger(SiteBackfill.class);

	private static final int BATCH = 1_000;

	/** A run stops after this long, so that shutdown never waits for a long backfill; the next run continues. */
	private static final long RUN_NANOS = 2_000_000_000L;

	private final SiteRepository repository;

	private final SiteCorrelation correlation;

	private final TransactionTemplate transactions;

	SiteBackfill(SiteRepository repository, SiteCorrelation correlation, TransactionTemplate transactions) {
		this.repository = repository;
		this.correlation = correlation;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT10S")
	void correlateUnlinked() {
		long deadline = System.nanoTime() + RUN_NANOS;
		int linked = 0;
		List<UUID> batch;
		do {
			batch = this.repository.someUnlinked(BATCH);
			if (!batch.isEmpty()) {
				List<UUID> locations = batch;
				linked += this.transactions.execute((status) -> this.correlation.correlateStored(locations));
			}
		}
		while (batch.size() == BATCH && System.nanoTime() < deadline);
		if (linked > 0) {
			log.info("Correlated {} locations stored without a site", linked);
		}
	}

}
