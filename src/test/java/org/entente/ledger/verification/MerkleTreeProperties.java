package org.entente.ledger.verification;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link MerkleTree} against the recursive definitions of RFC 9162
 * ({@link ReferenceMerkleTree}) and against {@link MerkleProofs}, on prefixes of one tree
 * of {@value #MAXIMUM_SIZE} leaves.
 */
class MerkleTreeProperties {

	private static final int MAXIMUM_SIZE = 3000;

	private static final ReferenceMerkleTree REFERENCE = ReferenceMerkleTree
		.ofLeafHashes(TestLeaves.leafHashes(MAXIMUM_SIZE));

	private static final InMemoryHashStore STORE = storeOfAllLeaves();

	private final MerkleTree tree = new MerkleTree(STORE);

	@Property(tries = 200)
	void rootHashIsTheMerkleTreeHash(@ForAll @IntRange(min = 0, max = MAXIMUM_SIZE) int size) {
		assertThat(tree.rootHash(size)).isEqualTo(REFERENCE.rootHash(size));
	}

	@Property(tries = 200)
	void inclusionProofIsTheAuditPathAndVerifies(@ForAll("leavesInTrees") LeafInTree leaf) throws ProofException {
		List<byte[]> proof = tree.inclusionProof(leaf.index(), leaf.size());

		assertThat(proof).containsExactlyElementsOf(REFERENCE.path(leaf.index(), leaf.size()));
		MerkleProofs.verifyInclusion(leaf.index(), leaf.size(), leafHash(leaf.index()), proof,
				REFERENCE.rootHash(leaf.size()));
	}

	@Property(tries = 200)
	void inclusionWithAFlippedBitFails(@ForAll("leavesInTrees") LeafInTree leaf,
			@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int flip) {
		// The hashes a verifier is given: the leaf hash, the proof, the root.
		List<byte[]> hashes = new ArrayList<>();
		hashes.add(leafHash(leaf.index()));
		hashes.addAll(tree.inclusionProof(leaf.index(), leaf.size()));
		hashes.add(REFERENCE.rootHash(leaf.size()));
		flipBit(hashes, flip);

		assertThatThrownBy(() -> MerkleProofs.verifyInclusion(leaf.index(), leaf.size(), hashes.get(0),
				hashes.subList(1, hashes.size() - 1), hashes.get(hashes.size() - 1)))
			.isInstanceOf(ProofException.class);
	}

	@Property(tries = 200)
	void consistencyProofIsTheRecursiveProofAndVerifies(@ForAll("treePairs") TreePair trees) throws ProofException {
		List<byte[]> proof = tree.consistencyProof(trees.size1(), trees.size2());

		assertThat(proof).containsExactlyElementsOf(REFERENCE.proof(trees.size1(), trees.size2()));
		MerkleProofs.verifyConsistency(trees.size1(), trees.size2(), proof, REFERENCE.rootHash(trees.size1()),
				REFERENCE.rootHash(trees.size2()));
	}

	@Property(tries = 200)
	void consistencyWithAFlippedBitFails(@ForAll("treePairs") TreePair trees,
			@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int flip) {
		// The hashes a verifier is given: the old root, the proof, the new root.
		List<byte[]> hashes = new ArrayList<>();
		hashes.add(REFERENCE.rootHash(trees.size1()));
		hashes.addAll(tree.consistencyProof(trees.size1(), trees.size2()));
		hashes.add(REFERENCE.rootHash(trees.size2()));
		flipBit(hashes, flip);

		assertThatThrownBy(() -> MerkleProofs.verifyConsistency(trees.size1(), trees.size2(),
				hashes.subList(1, hashes.size() - 1), hashes.get(0), hashes.get(hashes.size() - 1)))
			.isInstanceOf(ProofException.class);
	}

	@Property(tries = 50)
	void consistencyWithTheWrongOlderSizeFails(@ForAll("treePairs") TreePair trees) {
		List<byte[]> proof = tree.consistencyProof(trees.size1(), trees.size2());
		int otherSize1 = trees.size1() == 1 ? 2 : trees.size1() - 1;

		assertThatThrownBy(() -> MerkleProofs.verifyConsistency(otherSize1, trees.size2(), proof,
				REFERENCE.rootHash(trees.size1()), REFERENCE.rootHash(trees.size2())))
			.isInstanceOf(ProofException.class);
	}

	@Provide
	Arbitrary<LeafInTree> leavesInTrees() {
		return Arbitraries.integers()
			.between(1, MAXIMUM_SIZE)
			.flatMap(size -> Arbitraries.integers().between(0, size - 1).map(index -> new LeafInTree(index, size)));
	}

	@Provide
	Arbitrary<TreePair> treePairs() {
		return Arbitraries.integers()
			.between(1, MAXIMUM_SIZE)
			.flatMap(size2 -> Arbitraries.integers().between(1, size2).map(size1 -> new TreePair(size1, size2)));
	}

	/** Flips one bit of one of the hashes, both chosen by {@code flip}. */
	private static void flipBit(List<byte[]> hashes, int flip) {
		int position = flip % hashes.size();
		int bit = (flip / hashes.size()) % (MerkleHashes.HASH_SIZE * Byte.SIZE);
		byte[] flipped = hashes.get(position).clone();
		flipped[bit / Byte.SIZE] ^= (byte) (1 << (bit % Byte.SIZE));
		hashes.set(position, flipped);
	}

	private static byte[] leafHash(int index) {
		return REFERENCE.leafHashes().get(index);
	}

	private static InMemoryHashStore storeOfAllLeaves() {
		InMemoryHashStore store = new InMemoryHashStore();
		REFERENCE.leafHashes().forEach(store::append);
		return store;
	}

	record LeafInTree(int index, int size) {
	}

	record TreePair(int size1, int size2) {
	}

}
