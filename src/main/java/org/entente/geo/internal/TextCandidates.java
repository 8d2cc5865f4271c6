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

	/**
	 * Whether a coordinate in any notation begins at {@code position}, whatever stands around it: a candidate written
	 * against the next one ({@code 38SMB4488,38SMB4589}) stands apart only if there is one.
	 */
	static boolean readingStartsAt(ScanText scan, int position) {
		return scan.readingStartsAt(position,
				() -> GridCandidates.readingStartsAt(scan, position) || AngularCandidates.readingStartsAt(scan, position));
	}

}
