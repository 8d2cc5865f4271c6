package org.entente.geo;

/**
 * Where a set of points lies: their centroid and the smallest box around them, both correct across the
 * antimeridian and at the poles, where averaging degrees is not.
 *
 * @param latitude the latitude of the centroid
 * @param longitude the longitude of the centroid; 0 when the points surround a pole evenly, as any would do
 * @param extent the box around the points, crossing the antimeridian when that makes it narrower
 */
public record Footprint(double latitude, double longitude, BoundingBox extent) {

	/**
	 * Aggregates that a database computes over the points in one pass, and from which their footprint follows.
	 *
	 * @param meanX the mean of cos(lat)·cos(lon), the points' unit vectors' x
	 * @param meanY the mean of cos(lat)·sin(lon)
	 * @param meanZ the mean of sin(lat)
	 * @param minimumLatitude the southernmost latitude
	 * @param maximumLatitude the northernmost latitude
	 * @param minimumLongitude the smallest longitude, in [-180, 180]
	 * @param maximumLongitude the largest longitude, in [-180, 180]
	 * @param minimumLongitude360 the smallest longitude counted in [0, 360) (lon + 360 when negative)
	 * @param maximumLongitude360 the largest longitude counted in [0, 360)
	 */
	public record Aggregates(double meanX, double meanY, double meanZ, double minimumLatitude, double maximumLatitude,
			double minimumLongitude, double maximumLongitude, double minimumLongitude360, double maximumLongitude360) {

		/**
		 * The centroid is the direction of the mean unit vector (the spherical mean); the box takes whichever of
		 * the two longitude ranges is narrower: counted from -180, or counted from 0, which is the right one for
		 * points on both sides of the antimeridian. Either is exact for points spanning less than half the globe.
		 */
		public Footprint footprint() {
			double latitude = Math.toDegrees(Math.atan2(this.meanZ, Math.hypot(this.meanX, this.meanY)));
			double longitude = Math.toDegrees(Math.atan2(this.meanY, this.meanX));
			return new Footprint(latitude, longitude, extent());
		}

		private BoundingBox extent() {
			double span = this.maximumLongitude - this.minimumLongitude;
			double span360 = this.maximumLongitude360 - this.minimumLongitude360;
			if (span360 < span) {
				return new BoundingBox(wrap(this.minimumLongitude360), this.minimumLatitude,
						wrap(this.maximumLongitude360), this.maximumLatitude);
			}
			return new BoundingBox(this.minimumLongitude, this.minimumLatitude, this.maximumLongitude,
					this.maximumLatitude);
		}

		private static double wrap(double longitude360) {
			return (longitude360 > 180) ? longitude360 - 360 : longitude360;
		}

	}

}
