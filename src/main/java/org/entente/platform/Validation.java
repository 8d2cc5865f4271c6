package org.entente.platform;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of one request, so that a caller learns of every bad field at once rather than one per
 * attempt.
 */
public final class Validation {

	/**
	 * The earliest instant the API takes. RFC 3339 writes four-digit years; Java reads years of up to nine digits
	 * and PostgreSQL stores 4713 BC to 294276 AD, so an instant outside the years 1 to 9999 failed in SQL ("timestamp
	 * out of range", a 500) or could not be written back as RFC 3339.
	 */
	public static final Instant EARLIEST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	/** The latest instant the API takes: the end of the year 9999. */
	public static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

	private final List<FieldProblem> problems = new ArrayList<>();

	public void reject(String field, String rule, String message) {
		this.problems.add(new FieldProblem(field, rule, message));
	}

	public void reject(FieldProblem problem) {
		this.problems.add(problem);
	}

	/** Adds the problems of a check that throws, such as decoding a cursor, to the others. */
	public void reject(InvalidRequestException exception) {
		this.problems.addAll(exception.problems());
	}

	/**
	 * Checks text that will be stored and returned byte for byte: PostgreSQL cannot store U+0000, and a lone
	 * surrogate cannot be encoded as UTF-8, so either would be silently altered.
	 */
	public boolean text(String field, String value, int maximumLength) {
		if (value.length() > maximumLength) {
			reject(field, "maxLength", "must be at most " + maximumLength + " characters");
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == 0) {
				reject(field, "noNullCharacter", "must not contain U+0000");
				return false;
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				reject(field, "wellFormedUnicode", "must be well-formed Unicode (a lone surrogate at index " + i + ")");
				return false;
			}
		}
		return true;
	}

	public boolean requiredText(String field, String value, int maximumLength) {
		if (value == null || value.isBlank()) {
			reject(field, "required", "must not be blank");
			return false;
		}
		return text(field, value, maximumLength);
	}

	public boolean optionalText(String field, String value, int maximumLength) {
		return value == null || text(field, value, maximumLength);
	}

	/**
	 * A filter value that is optional but, when given, must say something: an empty {@code originator=} would
	 * otherwise match nothing, silently.
	 */
	public boolean optionalValue(String field, String value, int maximumLength) {
		if (value == null) {
			return true;
		}
		if (value.isBlank()) {
			reject(field, "notBlank", "must not be blank; leave it out to not filter by it");
			return false;
		}
		return text(field, value, maximumLength);
	}

	/** The page size asked for ({@link Page#DEFAULT_LIMIT} when none), rejected when out of bounds. */
	public int limit(Integer requested) {
		if (requested == null) {
			return Page.DEFAULT_LIMIT;
		}
		if (requested < 1 || requested > Page.MAXIMUM_LIMIT) {
			rejectLimit();
			return Page.DEFAULT_LIMIT;
		}
		return requested;
	}

	/** The page size as a query parameter writes it: a whole number, in decimal digits. */
	public int limit(String requested) {
		if (requested == null) {
			return Page.DEFAULT_LIMIT;
		}
		long size;
		try {
			size = DecimalNumber.parseWhole(requested.strip());
		}
		catch (NumberFormatException exception) {
			size = 0;
		}
		return limit((int) Math.max(0, Math.min(size, Page.MAXIMUM_LIMIT + 1L)));
	}

	private void rejectLimit() {
		reject("limit", "range", "must be between 1 and " + Page.MAXIMUM_LIMIT);
	}

	public boolean matches(String field, String value, Pattern pattern, String description) {
		if (value == null || !pattern.matcher(value).matches()) {
			reject(field, "pattern", "must be " + description);
			return false;
		}
		return true;
	}

	/**
	 * An ISO 8601 instant such as {@code 2026-05-01T00:00:00Z} (an offset instead of {@code Z} too), within the
	 * years 1 to 9999; {@code null} for {@code null}, and for text that is not one, which is rejected naming the
	 * field.
	 */
	public Instant instant(String field, String text) {
		if (text == null) {
			return null;
		}
		Instant instant;
		try {
			instant = Instant.parse(text);
		}
		catch (DateTimeParseException exception) {
			reject(field, "format", "must be an ISO 8601 instant such as 2026-05-01T00:00:00Z");
			return null;
		}
		return storable(field, instant) ? instant : null;
	}

	/** Rejects an instant (parsed elsewhere, by Jackson say) outside the years 1 to 9999; {@code null} passes. */
	public boolean storable(String field, Instant instant) {
		if (instant != null && !isStorable(instant)) {
			reject(field, "range", "must be within the years 0001 to 9999");
			return false;
		}
		return true;
	}

	/** Whether an instant lies within the years 1 to 9999, which every part of the centre can store and write. */
	public static boolean isStorable(Instant instant) {
		return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT);
	}

	public boolean failed() {
		return !this.problems.isEmpty();
	}

	public List<FieldProblem> problems() {
		return List.copyOf(this.problems);
	}

	/** Throws when any rule was broken; call once, after every field was checked. */
	public void throwIfFailed() {
		if (failed()) {
			throw new InvalidRequestException(this.problems);
		}
	}

}
