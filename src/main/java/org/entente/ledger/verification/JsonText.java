package org.entente.ledger.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of JSON (RFC 8259) into maps, lists, strings, longs, doubles, booleans and null: enough for
 * the ledger API's answers, so that the verifier needs nothing but the JDK.
 */
final class JsonText {

	private final String text;

	private int position;

	private JsonText(String text) {
		this.text = text;
	}

	/**
	 * Parses one JSON value.
	 * @throws IllegalArgumentException if the text is not exactly one JSON value
	 */
	static Object parse(String text) {
		JsonText reader = new JsonText(text);
		Object value = reader.value();
		reader.skipWhiteSpace();
		if (reader.position != text.length()) {
			throw reader.error("text after the JSON value");
		}
		return value;
	}

	private Object value() {
		skipWhiteSpace();
		if (this.position >= this.text.length()) {
			throw error("end of text where a value was expected");
		}
		char c = this.text.charAt(this.position);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		this.position++;
		skipWhiteSpace();
		if (peek() == '}') {
			this.position++;
			return object;
		}
		do {
			skipWhiteSpace();
			String name = string();
			skipWhiteSpace();
			expect(':');
			object.put(name, value());
			skipWhiteSpace();
		}
		while (consume(','));
		expect('}');
		return object;
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		this.position++;
		skipWhiteSpace();
		if (peek() == ']') {
			this.position++;
			return array;
		}
		do {
			array.add(value());
			skipWhiteSpace();
		}
		while (consume(','));
		expect(']');
		return array;
	}

	private String string() {
		expect('"');
		StringBuilder string = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return string.toString();
			}
			if (c < 0x20) {
				throw error("a control character in a string");
			}
			string.append((c == '\\') ? escaped() : c);
		}
	}

	private char escaped() {
		char c = next();
		return switch (c) {
			case '"', '\\', '/' -> c;
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'u' -> unicodeEscape();
			default -> throw error("an invalid escape");
		};
	}

	private char unicodeEscape() {
		if (this.position + 4 > this.text.length()) {
			throw error("a short unicode escape");
		}
		String hex = this.text.substring(this.position, this.position + 4);
		this.position += 4;
		try {
			return (char) Integer.parseInt(hex, 16);
		}
		catch (NumberFormatException exception) {
			throw error("an invalid unicode escape");
		}
	}

	private Object number() {
		int start = this.position;
		while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		String number = this.text.substring(start, this.position);
		try {
			if (number.matches("-?(0|[1-9][0-9]*)")) {
				return Long.parseLong(number);
			}
			if (number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
				return Double.parseDouble(number);
			}
		}
		catch (NumberFormatException exception) {
			// Falls through to the error: an integer beyond a long.
		}
		throw error("an invalid value");
	}

	private Object literal(String literal, Object value) {
		if (!this.text.startsWith(literal, this.position)) {
			throw error("an invalid value");
		}
		this.position += literal.length();
		return value;
	}

	private void skipWhiteSpace() {
		while (this.position < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
	}

	private char peek() {
		return (this.position < this.text.length()) ? this.text.charAt(this.position) : 0;
	}

	private char next() {
		if (this.position >= this.text.length()) {
			throw error("end of text inside a value");
		}
		return this.text.charAt(this.position++);
	}

	private boolean consume(char c) {
		if (peek() == c) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!consume(c)) {
			throw error("'" + c + "' expected");
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("malformed JSON at character " + this.position + ": " + problem);
	}

}
