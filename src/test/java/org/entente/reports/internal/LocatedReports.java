package org.entente.reports.internal;

import java.util.List;
import java.util.Map;

import org.entente.Api;
import org.entente.Exchange.Partner;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports with locations, submitted and released over the API, for the tests of the area searches and the map. */
final class LocatedReports {

	private LocatedReports() {
	}

	/** A report of {@code originator} with these locations, released to {@code recipient} at {@code detail}. */
	static String submit(Partner originator, Partner recipient, String detail, List<Map<String, Object>> locations) {
		Api.Response submitted = originator.api().post("/api/v1/reports", Map.of("title", "Located", "body", "Seen.",
				"language", "en", "handling", "AMBER", "locations", locations, "releasableTo",
				List.of(Map.of("member", recipient.code(), "detail", detail))));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json().path("id").asString();
	}

	/** Releases the report to one more member, or to one already released to at another detail. */
	static void release(Partner originator, String id, String recipient, String detail) {
		Api.Response released = originator.api().post("/api/v1/reports/" + id + "/release",
				Map.of("releasableTo", List.of(Map.of("member", recipient, "detail", detail))));
		assertThat(released.status()).as(released.toString()).isEqualTo(200);
	}

	static Map<String, Object> point(double latitude, double longitude) {
		return Map.of("lat", latitude, "lon", longitude);
	}

}
