package org.entente.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of one request, so that a caller learns of every bad field at once rather than one per
 * attempt.
 */
public final class Validation {

	private final List<FieldProblem> problems = new ArrayList<>();

	public void reject(String field, String rule, String message) {
		this.problems.add(new FieldProblem(field, rule, message));
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

	public boolean matches(String field, String value, Pattern pattern, String description) {
		if (value == null || !pattern.matcher(value).matches()) {
			reject(field, "pattern", "must be " + description);
			return false;
		}
		return true;
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
