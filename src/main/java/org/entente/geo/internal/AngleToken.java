package org.entente.geo.internal;

import static java.util.Objects.requireNonNull;

/**
 * One lexical piece of a coordinate written in degrees: a number, a unit mark, a hemisphere letter or the separator
 * between latitude and longitude.
 *
 * @param kind what the piece is
 * @param text for a number its digits (with a leading {@code -} when negative); for a hemisphere its upper-case letter;
 * for a mark the character it was written with
 */
record AngleToken(Kind kind, String text) {

	enum Kind {

		NUMBER, DEGREE_MARK, MINUTE_MARK, SECOND_MARK, HEMISPHERE, SEPARATOR

	}

	AngleToken {
		requireNonNull(kind, "kind is null");
		requireNonNull(text, "text is null");
	}

	boolean is(Kind expected) {
		return this.kind == expected;
	}

	boolean isWrittenAsLetter() {
		return Character.isLetter(this.text.charAt(0));
	}

}
