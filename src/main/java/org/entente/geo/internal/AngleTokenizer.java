package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.List;

import org.entente.geo.internal.AngleToken.Kind;

/**
 * Splits a coordinate written in degrees into {@link AngleToken}s, accepting the marks people actually type or paste:
 * {@code ° º ˚ d} for degrees, {@code ' ′ ’ m} for minutes, {@code " ″ ” '' s} for seconds.
 */
final class AngleTokenizer {

	private final String text;

	private final List<AngleToken> tokens = new ArrayList<>();

	private int position;

	private AngleTokenizer(String text) {
		this.text = text;
	}

	/**
	 * The tokens of the text, in order.
	 * @throws org.entente.geo.CoordinateParseException at a character no coordinate in degrees contains
	 */
	static List<AngleToken> tokens(String text) {
		AngleTokenizer tokenizer = new AngleTokenizer(text);
		tokenizer.readAll();
		return List.copyOf(tokenizer.tokens);
	}

	private void readAll() {
		while (this.position < this.text.length()) {
			char character = this.text.charAt(this.position);
			if (character == ' ') {
				this.position++;
			}
			else if (isAsciiDigit(character) || isSign(character)) {
				readNumber();
			}
			else if (character == '\'' && this.text.startsWith("''", this.position)) {
				// Two apostrophes stand for a double prime on keyboards without one.
				this.tokens.add(new AngleToken(Kind.SECOND_MARK, "''"));
				this.position += 2;
			}
			else {
				this.tokens.add(new AngleToken(symbolKind(character), String.valueOf(Character.toUpperCase(character))));
				this.position++;
			}
		}
	}

	private void readNumber() {
		int start = this.position;
		boolean negative = isSign(this.text.charAt(start)) && this.text.charAt(start) != '+';
		if (isSign(this.text.charAt(start))) {
			this.position++;
		}
		int digitsStart = this.position;
		skipDigits();
		if (this.position == digitsStart) {
			throw ParseRefusal.because("a sign must be followed by a number");
		}
		if (this.position < this.text.length() && this.text.charAt(this.position) == '.') {
			this.position++;
			int decimalsStart = this.position;
			skipDigits();
			if (this.position == decimalsStart) {
				throw ParseRefusal.because("a decimal point must be followed by digits");
			}
		}
		String digits = this.text.substring(digitsStart, this.position);
		this.tokens.add(new AngleToken(Kind.NUMBER, negative ? "-" + digits : digits));
	}

	private void skipDigits() {
		while (this.position < this.text.length() && isAsciiDigit(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private Kind symbolKind(char character) {
		return switch (character) {
			case '°', 'º', '˚', 'd', 'D' -> Kind.DEGREE_MARK;
			case '\'', '′', '’', 'm', 'M' -> Kind.MINUTE_MARK;
			case '"', '″', '”' -> Kind.SECOND_MARK;
			case 's', 'S' -> secondsMarkOrSouth();
			// 'O' is the French "ouest" (west); beware that German writes 'O' for "Ost" (east).
			case 'n', 'N', 'e', 'E', 'w', 'W', 'o', 'O' -> Kind.HEMISPHERE;
			case ',', ';' -> Kind.SEPARATOR;
			default -> throw ParseRefusal.because("unexpected character '" + character + "'");
		};
	}

	/**
	 * In {@code 33d18m54sN} the {@code s} marks seconds; in {@code 33 18 54 S} it means south. It is read as a
	 * seconds mark only right after a number that follows a minutes mark written as the letter {@code m}.
	 */
	private Kind secondsMarkOrSouth() {
		int count = this.tokens.size();
		boolean afterLetterMinutes = count >= 2 && this.tokens.get(count - 1).is(Kind.NUMBER)
				&& this.tokens.get(count - 2).is(Kind.MINUTE_MARK) && this.tokens.get(count - 2).isWrittenAsLetter();
		return afterLetterMinutes ? Kind.SECOND_MARK : Kind.HEMISPHERE;
	}

	private static boolean isAsciiDigit(char character) {
		// Character.isDigit would admit Arabic-Indic and other digits that Double.parseDouble rejects.
		return character >= '0' && character <= '9';
	}

	private static boolean isSign(char character) {
		return character == '-' || character == '+' || character == '−';
	}

}
