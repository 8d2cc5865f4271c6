package org.entente.geo;

import static java.util.Objects.requireNonNull;

/**
 * A coordinate found in a text, and where.
 *
 * @param latitude degrees north (WGS84), in [-90, 90]
 * @param longitude degrees east (WGS84), in [-180, 180]
 * @param precisionMeters the precision the written digits imply; see {@link Coordinate#precisionMeters()}
 * @param format the notation it was written in
 * @param start the offset of its first character in the text, in UTF-16 code units
 * @param end the offset after its last character (exclusive)
 * @param text exactly the characters of the text from {@code start} to {@code end}, as written
 */
public record ExtractedCoordinate(double latitude, double longitude, double precisionMeters, CoordinateFormat format,
		int start, int end, String text) {

	public ExtractedCoordinate {
		Coordinate.checkPoint(latitude, longitude);
		requireNonNull(format, "format is null");
		requireNonNull(text, "text is null");
		if (start < 0 || end <= start || text.length() != end - start) {
			throw new IllegalArgumentException("span " + start + ".." + end + " does not fit text of length "
					+ text.length());
		}
	}

	/** The coordinate, without where it was found. */
	public Coordinate coordinate() {
		return new Coordinate(this.latitude, this.longitude, this.precisionMeters, this.format);
	}

}
