package org.entente.geo;

/** A bounding box or polygon that is not a valid area, with the reason. */
public class ShapeException extends IllegalArgumentException {

	public ShapeException(String message) {
		super(message);
	}

}
