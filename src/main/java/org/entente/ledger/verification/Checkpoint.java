package org.entente.ledger.verification;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import static java.util.Objects.requireNonNull;

/**
 * The body of a C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): which log, how
 * many entries, and the RFC 9162 root hash of the tree of those entries. Its
 * {@link #text()} is what the centre signs as a note.
 * <p>
 * Entente's checkpoints have no extension lines; {@link #parse} refuses a body with some
 * rather than dropping lines that a signature covers.
 *
 * @param origin the log's unique name, conventionally a schema-less URL
 * @param size the number of entries, the tree size
 * @param rootHash the root hash of the tree of that size; copied in and out, since arrays
 * are mutable
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

	public Checkpoint {
		requireNonNull(origin, "origin is null");
		requireNonNull(rootHash, "rootHash is null");
		if (origin.isEmpty() || origin.codePoints().anyMatch(c -> c == '\n' || NoteFormat.isForbiddenInNote(c))) {
			throw new IllegalArgumentException("origin must be a non-empty line without control characters");
		}
		if (size < 0) {
			throw new IllegalArgumentException("size " + size + " is negative");
		}
		if (rootHash.length != MerkleHashes.HASH_SIZE) {
			throw new IllegalArgumentException(
					"rootHash has " + rootHash.length + " bytes, a hash has " + MerkleHashes.HASH_SIZE);
		}
		rootHash = rootHash.clone();
	}

	/**
	 * Parses a checkpoint body: {@code <origin>\n<size>\n<base64 root hash>\n}.
	 * @param text the body, as {@link NoteVerifier#verify} returns it
	 * @return the checkpoint
	 * @throws NoteException if the body is not a checkpoint in canonical form
	 */
	public static Checkpoint parse(String text) throws NoteException {
		requireNonNull(text, "text is null");
		if (!text.endsWith("\n")) {
			throw new NoteException("malformed checkpoint: it does not end with a newline");
		}
		String[] lines = text.split("\n", -1);
		// split keeps the empty string after the final newline: three lines make four
		// parts.
		if (lines.length != 4) {
			throw new NoteException("malformed checkpoint: it has " + (lines.length - 1)
					+ " lines, not the three of origin, size and root hash");
		}
		if (lines[0].isEmpty()) {
			throw new NoteException("malformed checkpoint: the origin is empty");
		}
		return new Checkpoint(lines[0], parseSize(lines[1]), parseRootHash(lines[2]));
	}

	/** Returns the checkpoint body, with a newline after each of its three lines. */
	public String text() {
		return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
	}

	@Override
	public byte[] rootHash() {
		return rootHash.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
				&& MessageDigest.isEqual(rootHash, that.rootHash);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * origin.hashCode() + Long.hashCode(size)) + Arrays.hashCode(rootHash);
	}

	@Override
	public String toString() {
		return "Checkpoint[" + origin + ", " + size + ", " + Base64.getEncoder().encodeToString(rootHash) + "]";
	}

	/** ASCII decimal without sign or leading zeros, so that a size has one spelling. */
	private static long parseSize(String line) throws NoteException {
		if (!line.matches("0|[1-9][0-9]{0,18}")) {
			throw new NoteException(
					"malformed checkpoint: size \"" + line + "\" is not a decimal number without leading zeros");
		}
		try {
			return Long.parseLong(line);
		}
		catch (NumberFormatException exception) {
			throw new NoteException("malformed checkpoint: size " + line + " is above 2^63 - 1");
		}
	}

	private static byte[] parseRootHash(String line) throws NoteException {
		byte[] rootHash = NoteFormat.decodeBase64(line);
		if (rootHash == null || rootHash.length != MerkleHashes.HASH_SIZE) {
			throw new NoteException("malformed checkpoint: root hash \"" + line + "\" is not the base64 of 32 bytes");
		}
		return rootHash;
	}

}
