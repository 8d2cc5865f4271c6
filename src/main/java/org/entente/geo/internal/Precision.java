package org.entente.geo.internal;

/**
 * How precisely a written coordinate places its point, in metres.
 *
 * <p>
 * Angular notations are rated by the length on the ground of their last written digit, measured along a meridian:
 * one degree of latitude is about {@value #METERS_PER_DEGREE_OF_LATITUDE} m (the WGS84 average, between 110 574 m at
 * the equator and 111 694 m at the poles). A degree of longitude is never longer, so the same figure is a safe upper
 * bound for both axes.
 */
public final class Precision {

	/** The length of one degree of latitude, in metres, as commonly rounded. */
	public static final double METERS_PER_DEGREE_OF_LATITUDE = 111_320;

	/**
	 * The finest precision we claim, that of six decimals of a degree (about 11 cm). Finer claims would exceed both
	 * the realisation of WGS84 itself and the accuracy of the transverse Mercator formulas we use for UTM and MGRS
	 * (within 4 cm of the Krüger series over the whole UTM domain).
	 */
	public static final double FINEST_METERS = METERS_PER_DEGREE_OF_LATITUDE * 1e-6;

	private Precision() {
	}

	/**
	 * The precision of a value written in units of the given size with the given number of decimals.
	 */
	public static double ofDecimals(double unitMeters, int decimals) {
		return atLeastFinest(unitMeters * Math.pow(10, -decimals));
	}

	/**
	 * The precision, raised to {@link #FINEST_METERS} when finer.
	 */
	public static double atLeastFinest(double precisionMeters) {
		return Math.max(precisionMeters, FINEST_METERS);
	}

	/**
	 * The number of digits after the decimal point of a number written with an optional full stop.
	 */
	public static int decimals(String number) {
		int point = number.indexOf('.');
		return (point < 0) ? 0 : number.length() - point - 1;
	}

}
