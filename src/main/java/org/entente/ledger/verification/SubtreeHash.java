package org.entente.ledger.verification;

import java.util.Arrays;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * The hash of a complete subtree, at its address: what a {@link HashStore} keeps.
 *
 * @param address where the subtree is
 * @param hash its 32-byte hash; copied in and out, since arrays are mutable
 */
public record SubtreeHash(HashAddress address, byte[] hash) {

	public SubtreeHash {
		requireNonNull(address, "address is null");
		requireNonNull(hash, "hash is null");
		if (hash.length != MerkleHashes.HASH_SIZE) {
			throw new IllegalArgumentException(
					"hash has " + hash.length + " bytes, a hash has " + MerkleHashes.HASH_SIZE);
		}
		hash = hash.clone();
	}

	@Override
	public byte[] hash() {
		return hash.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SubtreeHash that && address.equals(that.address) && Arrays.equals(hash, that.hash);
	}

	@Override
	public int hashCode() {
		return 31 * address.hashCode() + Arrays.hashCode(hash);
	}

	@Override
	public String toString() {
		return "SubtreeHash" + address + " " + HexFormat.of().formatHex(hash);
	}

}
