package org.entente.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.entente.platform.PayloadTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever bytes arrive, in whatever pieces the network cuts them into, {@link NdjsonLines} gives back exactly
 * the lines between the newlines (less one {@code \r} before each), numbered from 1, and refuses only a line over
 * its limit. Tries follow {@code jqwik.tries.default}: {@code -Djqwik.tries.default=1000000} for a long run.
 */
class NdjsonLinesProperties {

	@Property
	void givesBackTheLinesBetweenNewlinesWhateverThePieces(@ForAll("bodies") byte[] body, @ForAll long seed)
			throws IOException {
		NdjsonLines lines = new NdjsonLines(new PiecewiseInput(body, new Random(seed)), 1 << 20);

		List<byte[]> read = new ArrayList<>();
		for (byte[] line = lines.next(); line != null; line = lines.next()) {
			read.add(line);
			assertThat(lines.number()).isEqualTo(read.size());
		}

		assertThat(read).containsExactlyElementsOf(expectedLines(body));
	}

	@Property(tries = 200)
	void refusesOnlyALineOverItsLimit(@ForAll @IntRange(min = 1, max = 300) int limit,
			@ForAll @IntRange(min = 0, max = 600) int length, @ForAll long seed) {
		byte[] body = new byte[length + 1];
		Arrays.fill(body, (byte) 'x');
		body[length] = '\n';
		NdjsonLines lines = new NdjsonLines(new PiecewiseInput(body, new Random(seed)), limit);

		if (length > limit) {
			assertThatThrownBy(lines::next).isInstanceOf(PayloadTooLargeException.class);
		}
		else {
			assertThat(catchingNext(lines)).hasSize(length);
		}
	}

	@Provide
	Arbitrary<byte[]> bodies() {
		Arbitrary<Byte> mostlyStructure = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.of((byte) '\n', (byte) '\r', (byte) '{', (byte) '}')),
				net.jqwik.api.Tuple.of(5, Arbitraries.bytes()));
		return mostlyStructure.array(byte[].class).ofMaxSize(20_000).withSizeDistribution(
				net.jqwik.api.RandomDistribution.biased());
	}

	/** The specification, in the plainest terms: split at {@code \n}, no empty last line, strip one {@code \r}. */
	private static List<byte[]> expectedLines(byte[] body) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= body.length; i++) {
			boolean end = i == body.length;
			if (end && start == body.length) {
				break;
			}
			if (end || body[i] == '\n') {
				int stop = (i > start && body[i - 1] == '\r') ? i - 1 : i;
				lines.add(Arrays.copyOfRange(body, start, stop));
				start = i + 1;
			}
		}
		return lines;
	}

	private static byte[] catchingNext(NdjsonLines lines) {
		try {
			return lines.next();
		}
		catch (IOException exception) {
			throw new AssertionError(exception);
		}
	}

	/** A body that arrives in random pieces, including empty reads of nothing, as sockets deliver it. */
	private static final class PiecewiseInput extends InputStream {

		private final ByteArrayInputStream bytes;

		private final Random random;

		PiecewiseInput(byte[] body, Random random) {
			this.bytes = new ByteArrayInputStream(body);
			this.random = random;
		}

		@Override
		public int read() {
			return this.bytes.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			int piece = Math.min(length, 1 + this.random.nextInt(this.random.nextBoolean() ? 16 : 100_000));
			return this.bytes.read(buffer, offset, piece);
		}

	}

}
