package org.entente.ledger.verification;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RFC 6962 / RFC 9162 proof vectors of transparency-dev/merkle (see the README beside
 * them), one dynamic test per file, named by its path.
 */
class MerkleProofVectorTests {

	private static final Path VECTORS = Path.of(System.getProperty("user.dir"))
		.resolve("../shared/testdata/merkle")
		.normalize();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Vectors whose expectation this implementation deliberately does not share, with the
	 * reason. transparency-dev/merkle compares the roots of two trees of equal size byte
	 * for byte without checking that they are hashes; here every hash must have 32 bytes,
	 * so a 12-byte "root" is refused.
	 */
	private static final Map<String, String> DEVIATIONS = Map
		.of("consistency/additional/sizes-are-equal-one-and-proof-is-empty.json", "root1 has 12 bytes, a hash has 32");

	@TestFactory
	Stream<DynamicTest> inclusionProofs() throws IOException {
		return vectorFiles("inclusion").map(file -> DynamicTest.dynamicTest(name(file), () -> checkInclusion(file)));
	}

	@TestFactory
	Stream<DynamicTest> consistencyProofs() throws IOException {
		return vectorFiles("consistency")
			.map(file -> DynamicTest.dynamicTest(name(file), () -> checkConsistency(file)));
	}

	/**
	 * The happy paths are proofs in the tree of the README's eight leaves: generating
	 * them must give the same.
	 */
	@TestFactory
	Stream<DynamicTest> generatedProofsEqualTheHappyPaths() throws IOException {
		return Stream.concat(vectorFiles("inclusion"), vectorFiles("consistency"))
			.filter(file -> file.getFileName().toString().equals("happy-path.json"))
			.map(file -> DynamicTest.dynamicTest(name(file), () -> checkGenerated(file)));
	}

	private static void checkGenerated(Path file) throws IOException {
		JsonNode vector = JSON.readTree(file.toFile());
		MerkleTree tree = new MerkleTree(MerkleTreeTests.vectorStore());
		if (vector.has("leafIdx")) {
			long index = unsigned(vector.get("leafIdx"));
			long size = unsigned(vector.get("treeSize"));
			assertThat(tree.inclusionProof(index, size)).containsExactlyElementsOf(hashes(vector.get("proof")));
			assertThat(tree.rootHash(size)).isEqualTo(hash(vector.get("root")));
		}
		else {
			long size1 = unsigned(vector.get("size1"));
			long size2 = unsigned(vector.get("size2"));
			assertThat(tree.consistencyProof(size1, size2)).containsExactlyElementsOf(hashes(vector.get("proof")));
			assertThat(tree.rootHash(size1)).isEqualTo(hash(vector.get("root1")));
			assertThat(tree.rootHash(size2)).isEqualTo(hash(vector.get("root2")));
		}
	}

	private static void checkInclusion(Path file) throws IOException {
		JsonNode vector = JSON.readTree(file.toFile());
		Executable verification = () -> MerkleProofs.verifyInclusion(unsigned(vector.get("leafIdx")),
				unsigned(vector.get("treeSize")), hash(vector.get("leafHash")), hashes(vector.get("proof")),
				hash(vector.get("root")));
		check(file, vector, verification);
	}

	private static void checkConsistency(Path file) throws IOException {
		JsonNode vector = JSON.readTree(file.toFile());
		Executable verification = () -> MerkleProofs.verifyConsistency(unsigned(vector.get("size1")),
				unsigned(vector.get("size2")), hashes(vector.get("proof")), hash(vector.get("root1")),
				hash(vector.get("root2")));
		check(file, vector, verification);
	}

	private static void check(Path file, JsonNode vector, Executable verification) {
		String deviation = DEVIATIONS.get(name(file));
		if (deviation != null) {
			assertThatThrownBy(verification::execute).isInstanceOf(ProofException.class).hasMessage(deviation);
		}
		else if (vector.get("wantErr").booleanValue()) {
			assertThatThrownBy(verification::execute).as(vector.get("desc").asString())
				.isInstanceOf(ProofException.class);
		}
		else {
			assertThatCode(verification::execute).as(vector.get("desc").asString()).doesNotThrowAnyException();
		}
	}

	/**
	 * The vectors hold unsigned 64-bit values; one above 2^63 - 1 becomes the negative
	 * long with the same bits, which the verifier must refuse.
	 */
	private static long unsigned(JsonNode number) {
		BigInteger value = number.bigIntegerValue();
		assertThat(value.signum()).as("unsigned value %s", value).isNotNegative();
		assertThat(value.bitLength()).as("unsigned 64-bit value %s", value).isLessThanOrEqualTo(64);
		return value.longValue();
	}

	private static byte[] hash(JsonNode base64) {
		return Base64.getDecoder().decode(base64.asString());
	}

	private static List<byte[]> hashes(JsonNode array) {
		List<byte[]> hashes = new ArrayList<>();
		if (array != null && !array.isNull()) {
			array.forEach(element -> hashes.add(hash(element)));
		}
		return hashes;
	}

	private static Stream<Path> vectorFiles(String kind) throws IOException {
		if (!Files.isDirectory(VECTORS)) {
			Assumptions.abort("../shared/testdata/merkle not found: " + VECTORS);
		}
		try (Stream<Path> files = Files.walk(VECTORS.resolve(kind))) {
			List<Path> found = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
			assertThat(found).as("vector files under %s", VECTORS.resolve(kind)).isNotEmpty();
			return found.stream();
		}
	}

	private static String name(Path file) {
		return VECTORS.relativize(file).toString();
	}

}
