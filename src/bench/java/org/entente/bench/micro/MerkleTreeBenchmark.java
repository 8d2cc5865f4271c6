package org.entente.bench.micro;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.entente.ledger.verification.InMemoryHashStore;
import org.entente.ledger.verification.MerkleHashes;
import org.entente.ledger.verification.MerkleProofs;
import org.entente.ledger.verification.MerkleTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ledger's Merkle tree over an {@link InMemoryHashStore} of {@code size} leaves: leaf hashing, root hash,
 * inclusion and consistency proofs at random positions, and verifying an inclusion proof. The design's goal
 * (proof generation under 1 ms) is set at 10M entries; run {@code -Dbench.jmh.include=MerkleTree} with
 * {@code -p size=10000000} by hand for that, as its tree takes some 2 GB of heap to build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MerkleTreeBenchmark {

	private static final byte[] ENVELOPE = ("{\"commitment\":\"n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=\","
			+ "\"seq\":123456,\"time\":\"2026-01-01T12:00:00.123456Z\",\"type\":\"report.submitted\"}")
		.getBytes(StandardCharsets.UTF_8);

	@Param({ "1000000" })
	public long size;

	private MerkleTree tree;

	private final SplittableRandom random = new SplittableRandom(42);

	private long index;

	private byte[] leafHash;

	private List<byte[]> inclusionProof;

	private byte[] root;

	@Setup(Level.Trial)
	public void build() {
		InMemoryHashStore store = new InMemoryHashStore();
		for (long leaf = 0; leaf < this.size; leaf++) {
			store.append(MerkleHashes.leafHash(Long.toString(leaf).getBytes(StandardCharsets.UTF_8)));
		}
		this.tree = new MerkleTree(store);
		this.root = this.tree.rootHash(this.size);
		this.index = this.size / 3;
		this.leafHash = MerkleHashes.leafHash(Long.toString(this.index).getBytes(StandardCharsets.UTF_8));
		this.inclusionProof = this.tree.inclusionProof(this.index, this.size);
	}

	@Benchmark
	public byte[] leafHash() {
		return MerkleHashes.leafHash(ENVELOPE);
	}

	@Benchmark
	public byte[] rootHash() {
		return this.tree.rootHash(this.size);
	}

	@Benchmark
	public List<byte[]> inclusionProof() {
		return this.tree.inclusionProof(this.random.nextLong(this.size), this.size);
	}

	@Benchmark
	public List<byte[]> consistencyProof() {
		return this.tree.consistencyProof(1 + this.random.nextLong(this.size - 1), this.size);
	}

	@Benchmark
	public byte[] verifyInclusion() throws Exception {
		MerkleProofs.verifyInclusion(this.index, this.size, this.leafHash, this.inclusionProof, this.root);
		return this.root;
	}

}
