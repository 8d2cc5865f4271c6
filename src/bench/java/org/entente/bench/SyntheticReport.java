package org.entente.bench;

import java.time.Instant;
import java.util.List;

/**
 * One generated report, with the fields the baselines bind to SQL and the JSON the API receives.
 *
 * @param originator the member that submits it
 * @param reader a member other than the originator that may read it, or the originator when none may
 * @param releases the members it is released to ("ALL" for every member) with their detail
 */
record SyntheticReport(String originator, String reader, String title, String body, String language,
		String category, Instant observedAt, String sourceReliability, int credibility, String handling,
		List<Release> releases, List<SyntheticLocation> locations, String json) {

	record Release(String member, String detail) {
	}

	/** A location given as text in one of the notations analysts paste, or as numbers when the text is null. */
	record SyntheticLocation(double latitude, double longitude, String text, String label, String kind) {
	}

}
