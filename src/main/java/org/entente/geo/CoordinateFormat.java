package org.entente.geo;

import static java.util.Objects.requireNonNull;

/**
 * The notation a coordinate was written in, kept so that a location can be shown back to people the way it was given.
 */
public enum CoordinateFormat {

	/** Signed or hemisphere-lettered decimal degrees: {@code 33.315, 44.366}. */
	DECIMAL_DEGREES("decimal"),

	/** Whole degrees and decimal minutes: {@code 33°18.9'N 44°21.97'E}. */
	DEGREES_DECIMAL_MINUTES("ddm"),

	/** Whole degrees, whole minutes and (decimal) seconds: {@code 33°18'54"N 44°21'58"E}. */
	DEGREES_MINUTES_SECONDS("dms"),

	/** Military Grid Reference System, NGA.STND.0037: {@code 38SMB4488}. */
	MGRS("mgrs"),

	/** Universal Transverse Mercator with a hemisphere or latitude band letter: {@code 38N 444000 3688000}. */
	UTM("utm");

	private final String wireName;

	CoordinateFormat(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The lower-case name used in JSON and query parameters.
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * The format with the given wire name.
	 * @throws IllegalArgumentException if no format has that wire name
	 */
	public static CoordinateFormat fromWireName(String wireName) {
		requireNonNull(wireName, "wireName is null");
		for (CoordinateFormat format : values()) {
			if (format.wireName.equals(wireName)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown coordinate format: " + wireName);
	}

}
