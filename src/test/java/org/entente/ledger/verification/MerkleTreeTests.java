package org.entente.ledger.verification;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MerkleTreeTests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void emptyRootIsTheHashOfTheEmptyString() {
		assertThat(HEX.formatHex(MerkleHashes.emptyRoot()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(new MerkleTree(new InMemoryHashStore()).rootHash(0)).isEqualTo(MerkleHashes.emptyRoot());
	}

	@Test
	void rootOfTheEightVectorLeavesIsTheOneInTheReadme() {
		InMemoryHashStore store = vectorStore();

		assertThat(HEX.formatHex(new MerkleTree(store).rootHash(8))).isEqualTo(ReferenceMerkleTree.VECTOR_ROOT);
	}

	@Test
	void everyRootProofOfSmallTreesEqualsTheRecursiveDefinition() {
		ReferenceMerkleTree reference = referenceOfSize(70);
		MerkleTree tree = new MerkleTree(storeOf(reference));
		for (int size2 = 1; size2 <= 70; size2++) {
			assertThat(tree.rootHash(size2)).as("MTH of size %d", size2).isEqualTo(reference.rootHash(size2));
			for (int index = 0; index < size2; index++) {
				assertThat(tree.inclusionProof(index, size2)).as("PATH(%d, D[%d])", index, size2)
					.containsExactlyElementsOf(reference.path(index, size2));
			}
			for (int size1 = 1; size1 <= size2; size1++) {
				assertThat(tree.consistencyProof(size1, size2)).as("PROOF(%d, D[%d])", size1, size2)
					.containsExactlyElementsOf(reference.proof(size1, size2));
			}
		}
	}

	@Nested
	class StoredHashes {

		@Test
		void leafWithoutTrailingOneBitsCompletesOnlyItself() {
			InMemoryHashStore store = storeOfSize(4);
			byte[] leafHash = MerkleHashes.leafHash(new byte[] { 4 });

			List<SubtreeHash> stored = new MerkleTree(store).storedHashes(4, leafHash);

			assertThat(stored).containsExactly(new SubtreeHash(new HashAddress(0, 4), leafHash));
		}

		@Test
		void leafWithThreeTrailingOneBitsCompletesThreeSubtreesReadingTheirLeftSiblingsAtOnce() {
			CountingHashStore store = new CountingHashStore(storeOfSize(7));
			byte[] leafHash = MerkleHashes.leafHash(new byte[] { 7 });

			List<SubtreeHash> stored = new MerkleTree(store).storedHashes(7, leafHash);

			assertThat(stored).extracting(SubtreeHash::address)
				.containsExactly(new HashAddress(0, 7), new HashAddress(1, 3), new HashAddress(2, 1),
						new HashAddress(3, 0));
			assertThat(store.reads())
				.containsExactly(List.of(new HashAddress(0, 6), new HashAddress(1, 2), new HashAddress(2, 0)));
		}

		@Test
		void refusesANegativeIndex() {
			MerkleTree tree = new MerkleTree(new InMemoryHashStore());

			assertThatThrownBy(() -> tree.storedHashes(-1, new byte[32])).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("leaf index -1 is out of range");
		}

	}

	@Nested
	class Reads {

		@Test
		void eachProofReadsItsHashesInOneBatchOfLogarithmicSize() {
			CountingHashStore store = new CountingHashStore(storeOfSize(1000));
			MerkleTree tree = new MerkleTree(store);

			tree.rootHash(999);
			tree.inclusionProof(500, 999);
			tree.consistencyProof(333, 999);

			assertThat(store.reads()).hasSize(3).allSatisfy(read -> assertThat(read).hasSizeLessThanOrEqualTo(20));
		}

		@Test
		void aStoreThatAnswersTooFewHashesIsAnError() {
			MerkleTree tree = new MerkleTree(addresses -> List.of());

			assertThatThrownBy(() -> tree.rootHash(3)).isInstanceOf(IllegalStateException.class)
				.hasMessage("hash store answered 0 hashes for 2 addresses");
		}

	}

	@Nested
	class Arguments {

		private final MerkleTree tree = new MerkleTree(storeOfSize(8));

		@Test
		void inclusionProofNeedsAnIndexInTheTree() {
			assertThatThrownBy(() -> tree.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("leaf index 8 is not in a tree of size 8");
		}

		@Test
		void consistencyProofNeedsANonEmptyOlderTree() {
			assertThatThrownBy(() -> tree.consistencyProof(0, 8)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("size1 0 is not between 1 and size2 8: no consistency proof exists");
		}

		@Test
		void consistencyProofNeedsTheOlderTreeNotLarger() {
			assertThatThrownBy(() -> tree.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("size1 5 is not between 1 and size2 4: no consistency proof exists");
		}

		@Test
		void rootNeedsASizeNotNegative() {
			assertThatThrownBy(() -> tree.rootHash(-1)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("tree size -1 is negative");
		}

	}

	static InMemoryHashStore vectorStore() {
		return storeOf(ReferenceMerkleTree.ofVectorLeaves());
	}

	private static InMemoryHashStore storeOfSize(int size) {
		return storeOf(referenceOfSize(size));
	}

	private static ReferenceMerkleTree referenceOfSize(int size) {
		return ReferenceMerkleTree.ofLeafHashes(TestLeaves.leafHashes(size));
	}

	private static InMemoryHashStore storeOf(ReferenceMerkleTree reference) {
		InMemoryHashStore store = new InMemoryHashStore();
		reference.leafHashes().forEach(store::append);
		return store;
	}

}
