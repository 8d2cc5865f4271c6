package org.entente;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts of ledger entries for tests that check "one entry per command" or "nothing written". Only entries made
 * by users' commands count: the centre's own (notifications that other tests' subscriptions raise in the
 * background) would otherwise disturb the counts of tests sharing the database.
 */
public final class LedgerEntries {

	private LedgerEntries() {
	}

	public static long madeByUsers(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from ledger where actor_user is not null").query(Long.class).single();
	}

}
