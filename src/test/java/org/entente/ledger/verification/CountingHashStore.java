package org.entente.ledger.verification;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A {@link HashStore} that records every batch read, to check how a tree reads its store.
 */
final class CountingHashStore implements HashStore {

	private final HashStore delegate;

	private final List<List<HashAddress>> reads = new ArrayList<>();

	CountingHashStore(HashStore delegate) {
		this.delegate = requireNonNull(delegate, "delegate is null");
	}

	@Override
	public List<byte[]> hashes(List<HashAddress> addresses) {
		reads.add(List.copyOf(addresses));
		return delegate.hashes(addresses);
	}

	List<List<HashAddress>> reads() {
		return List.copyOf(reads);
	}

}
