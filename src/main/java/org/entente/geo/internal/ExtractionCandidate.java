package org.entente.geo.internal;

import static java.util.Objects.requireNonNull;

import org.entente.geo.Coordinate;

/**
 * A coordinate read from a span of a text, before overlapping candidates are settled.
 *
 * @param start the offset of the first character, in UTF-16 units
 * @param end the offset after the last character
 * @param coordinate what the span reads as
 */
public record ExtractionCandidate(int start, int end, Coordinate coordinate) {

	public ExtractionCandidate {
		requireNonNull(coordinate, "coordinate is null");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean overlaps(ExtractionCandidate other) {
		return this.start < other.end && other.start < this.end;
	}

}
