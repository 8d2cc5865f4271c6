package org.entente.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws by rank with weights falling as 1/rank^s, as words and places occur in text: a few common, most rare.
 */
final class Weights {

	private Weights() {
	}

	/** The cumulative weights of {@code count} ranks, normalised to end at 1. */
	static double[] cumulative(int count, double exponent) {
		double[] cumulative = new double[count];
		double sum = 0;
		for (int rank = 0; rank < count; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			cumulative[rank] = sum;
		}
		for (int rank = 0; rank < count; rank++) {
			cumulative[rank] /= sum;
		}
		return cumulative;
	}

	/** A rank drawn with the given cumulative weights. */
	static int pick(SplittableRandom random, double[] cumulative) {
		int index = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(cumulative.length - 1, (index >= 0) ? index : -index - 1);
	}

}
