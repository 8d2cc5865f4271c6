package org.entente.geo.internal;

/**
 * Longitude arithmetic shared by the grid notations and sanitisation.
 */
public final class Longitudes {

	private Longitudes() {
	}

	/**
	 * The same meridian within [-180, 180]; transverse Mercator inverses near the antimeridian can return values a
	 * little beyond it, and 180 itself is kept as given.
	 */
	public static double normalised(double longitude) {
		if (longitude >= -180 && longitude <= 180) {
			return longitude;
		}
		double wrapped = ((longitude + 180) % 360 + 360) % 360 - 180;
		return (wrapped == -180 && longitude > 0) ? 180 : wrapped;
	}

}
