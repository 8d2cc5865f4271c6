package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Every span of a scanning text that reads as a coordinate in some notation, overlaps included.
 */
public final class TextCandidates {

	private TextCandidates() {
	}

	/**
	 * The grid references first, then the coordinates in degrees; the caller settles overlaps.
	 */
	public static List<ExtractionCandidate> find(ScanText scan) {
		List<ExtractionCandidate> candidates = new ArrayList<>(GridCandidates.find(scan));
		candidates.addAll(AngularCandidates.find(scan));
		return candidates;
	}

}
