package org.entente.geo.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.entente.geo.Coordinate;
import org.entente.geo.CoordinateExtractor;
import org.entente.geo.CoordinateFormatter;
import org.entente.geo.ExtractedCoordinate;
import org.entente.platform.DecimalNumber;
import org.entente.platform.InvalidRequestException;
import org.entente.platform.PayloadTooLargeException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coordinates found in free text, and one point written in every notation. */
@RestController
class GeoController {

	/**
	 * The largest text extracted from, in bytes of its UTF-8 encoding: bytes rather than characters so that the
	 * limit bounds the work alike for Latin, Arabic and Cyrillic text, and matches what a client can measure before
	 * sending. The request filter's larger body limit still applies to the JSON around it.
	 */
	static final int LARGEST_TEXT_BYTES = 1_048_576;

	record ExtractionRequest(@Nullable String text) {
	}

	record ExtractedView(double lat, double lon, double precisionMeters, String format, int start, int end,
			String text) {

		static ExtractedView of(ExtractedCoordinate coordinate) {
			return new ExtractedView(coordinate.latitude(), coordinate.longitude(), coordinate.precisionMeters(),
					coordinate.format().wireName(), coordinate.start(), coordinate.end(), coordinate.text());
		}

	}

	record ExtractionView(List<ExtractedView> items) {
	}

	/** MGRS and UTM are null outside 80°S to 84°N, where only UPS (not supported) applies. */
	record FormattedView(String decimal, String dms, String ddm, @Nullable String mgrs, @Nullable String utm,
			double lat, double lon) {
	}

	@PostMapping(path = "/api/v1/geo/extract", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Find every coordinate in a free text",
			description = "Answers each coordinate with its WGS84 point, precision, notation and UTF-16 span; "
					+ "text over 1 MiB of UTF-8 is refused with 413.")
	ExtractionView extract(@RequestBody(required = false) @Nullable ExtractionRequest request) {
		String text = (request == null) ? null : request.text();
		if (text == null) {
			throw new InvalidRequestException("text", "required", "must be given");
		}
		if (utf8Length(text) > LARGEST_TEXT_BYTES) {
			throw new PayloadTooLargeException(LARGEST_TEXT_BYTES);
		}
		return new ExtractionView(CoordinateExtractor.extract(text).stream().map(ExtractedView::of).toList());
	}

	@GetMapping("/api/v1/geo/format")
	@Operation(summary = "Write a point in every notation")
	FormattedView format(@RequestParam(required = false) @Nullable String lat,
			@RequestParam(required = false) @Nullable String lon) {
		double latitude = degrees("lat", lat, 90);
		double longitude = degrees("lon", lon, 180);
		boolean inUtmDomain = latitude >= MgrsNotation.SOUTHERN_LIMIT && latitude <= MgrsNotation.NORTHERN_LIMIT;
		return new FormattedView(CoordinateFormatter.decimalDegrees(latitude, longitude),
				CoordinateFormatter.degreesMinutesSeconds(latitude, longitude),
				CoordinateFormatter.degreesDecimalMinutes(latitude, longitude),
				inUtmDomain ? CoordinateFormatter.mgrs(latitude, longitude, 5) : null,
				inUtmDomain ? CoordinateFormatter.utm(latitude, longitude) : null, latitude, longitude);
	}

	private static double degrees(String field, @Nullable String value, double limit) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field, "required", "must be given");
		}
		double degrees;
		try {
			degrees = DecimalNumber.parse(value.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidRequestException(field, "number", "must be a number of degrees");
		}
		boolean valid = (limit == 90) ? Coordinate.isLatitude(degrees) : Coordinate.isLongitude(degrees);
		if (!valid) {
			throw new InvalidRequestException(field, "range", "must be within [-" + (int) limit + ", " + (int) limit + "]");
		}
		return degrees;
	}

	/** The UTF-8 length without encoding the text: a surrogate pair is four bytes, each of its halves two here. */
	private static long utf8Length(String text) {
		long bytes = 0;
		for (int index = 0; index < text.length(); index++) {
			char character = text.charAt(index);
			if (character < 0x80) {
				bytes += 1;
			}
			else if (character < 0x800 || Character.isSurrogate(character)) {
				bytes += 2;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
