package org.entente.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Request bodies as a careless or hostile client sends them: a valid body with one value replaced by a wrong
 * type, a huge number, deep nesting, NUL, a lone surrogate or bytes that are not UTF-8; with a duplicate key;
 * with bytes inserted; cut short; or no JSON object at all. Built as bytes, since several are not valid text.
 */
final class HostileJson {

	private HostileJson() {
	}

	/** Bodies grown from a valid template (maps, lists, strings, numbers, booleans, null). */
	static Arbitrary<byte[]> bodies(Map<String, Object> template) {
		return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(json(template))),
				Tuple.of(8, valueReplaced(template)), Tuple.of(2, duplicateKey(template)),
				Tuple.of(2, bytesInserted(template)), Tuple.of(1, truncated(template)), Tuple.of(1, notAnObject()));
	}

	/** Raw JSON fragments that stand where a value should; several are not JSON, or not within parser limits. */
	static Arbitrary<byte[]> values() {
		return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(fixedValues())), Tuple.of(2, strings()),
				Tuple.of(2, deeplyNested()), Tuple.of(1, Arbitraries.integers().between(1, 5000).map(HostileJson::digits)),
				Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(8)));
	}

	private static List<byte[]> fixedValues() {
		List<String> texts = List.of("1e400", "-1e400", "1e-400", "99999999999999999999999", "-0", "NaN", "Infinity",
				"-Infinity", "0x1F", "01", "1.", ".5", "1e", "+1", "true", "false", "null", "[]", "{}", "[null]",
				"[1,2,3]", "{\"a\":1}", "[{}]", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"",
				"\"\\udc00x\"", "\"a\\ud83d\"", "\"\\ud83d\\ude00\"", "\"\\x41\"", "\"abc", "\"tab\there\"",
				"\"ALL\"", "[\"ALL\"]", "[{\"member\":\"ALL\",\"detail\":5}]", "[{\"member\":null}]",
				"\"2026-02-30T25:61:00Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"TLP:RED\"", "\"🛰️ ﷽ \u202e\"", "1.7976931348623157E309");
		List<byte[]> values = new ArrayList<>(texts.stream().map((text) -> text.getBytes(StandardCharsets.UTF_8)).toList());
		values.add(quoted(0xff));
		values.add(quoted(0xc3, 0x28));
		values.add(quoted(0xed, 0xa0, 0x80));
		values.add(quoted(0xc0, 0xaf));
		values.add(quoted(0xf4, 0x90, 0x80, 0x80));
		values.add(quoted(0x01));
		values.add(quoted(0xe2, 0x82));
		return values;
	}

	private static Arbitrary<byte[]> strings() {
		return Arbitraries.strings().all().ofMaxLength(40).map((text) -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			writeString(out, text);
			return out.toByteArray();
		});
	}

	/** Far past any parser's nesting limit (10,000 levels), or just within it. */
	private static Arbitrary<byte[]> deeplyNested() {
		return Combinators.combine(Arbitraries.of(3, 200, 10_000, 100_000), Arbitraries.of(true, false))
			.as((depth, arrays) -> arrays ? ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)
					: ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] digits(int count) {
		return ("9".repeat(count) + ((count % 2 == 0) ? ".5" : "")).getBytes(StandardCharsets.US_ASCII);
	}

	private static Arbitrary<byte[]> valueReplaced(Map<String, Object> template) {
		List<List<Object>> paths = leafPaths(template, new ArrayList<>());
		return Combinators.combine(Arbitraries.of(paths), values())
			.as((path, value) -> json(replaced(template, path, 0, new Raw(value))));
	}

	/** The first key again at the front, with another value: {@code {"title":1,"title":"x",...}}. */
	private static Arbitrary<byte[]> duplicateKey(Map<String, Object> template) {
		List<String> keys = new ArrayList<>(template.keySet());
		return Combinators.combine(Arbitraries.of(keys), values()).as((key, value) -> {
			byte[] json = json(template);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write('{');
			writeString(out, key);
			out.write(':');
			out.writeBytes(value);
			out.write(',');
			out.write(json, 1, json.length - 1);
			return out.toByteArray();
		});
	}

	private static Arbitrary<byte[]> bytesInserted(Map<String, Object> template) {
		byte[] json = json(template);
		Arbitrary<byte[]> inserts = Arbitraries.of(new byte[] { 0 }, new byte[] { (byte) 0xff },
				new byte[] { (byte) 0xc3, 0x28 }, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
				new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, new byte[] { '"' }, new byte[] { '\\' },
				new byte[] { '{' }, new byte[] { '}' }, new byte[] { ',' }, new byte[] { '\n' });
		return Combinators.combine(Arbitraries.integers().between(0, json.length), inserts).as((at, insert) -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(json, 0, at);
			out.writeBytes(insert);
			out.write(json, at, json.length - at);
			return out.toByteArray();
		});
	}

	private static Arbitrary<byte[]> truncated(Map<String, Object> template) {
		byte[] json = json(template);
		return Arbitraries.integers().between(0, json.length - 1).map((length) -> Arrays.copyOf(json, length));
	}

	private static Arbitrary<byte[]> notAnObject() {
		return Arbitraries.oneOf(Arbitraries.of("", "null", "[]", "\"x\"", "1", "true", "{}", "{} {}", "{}x", " ")
			.map((text) -> text.getBytes(StandardCharsets.UTF_8)), values(),
				Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
	}

	private static List<List<Object>> leafPaths(Object node, List<Object> prefix) {
		List<List<Object>> paths = new ArrayList<>();
		paths.add(List.copyOf(prefix));
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> paths.addAll(leafPaths(value, append(prefix, key))));
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				paths.addAll(leafPaths(list.get(i), append(prefix, i)));
			}
		}
		return paths.subList(prefix.isEmpty() ? 1 : 0, paths.size());
	}

	private static List<Object> append(List<Object> prefix, Object step) {
		List<Object> path = new ArrayList<>(prefix);
		path.add(step);
		return path;
	}

	@SuppressWarnings("unchecked")
	private static Object replaced(Object node, List<Object> path, int depth, Raw value) {
		if (depth == path.size()) {
			return value;
		}
		Object step = path.get(depth);
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
			copy.put((String) step, replaced(map.get(step), path, depth + 1, value));
			return copy;
		}
		List<Object> copy = new ArrayList<>((List<Object>) node);
		copy.set((Integer) step, replaced(copy.get((Integer) step), path, depth + 1, value));
		return copy;
	}

	/** Serialises a template; {@link Raw} values go out byte for byte. */
	static byte[] json(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, value);
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, Object value) {
		if (value instanceof Raw raw) {
			out.writeBytes(raw.bytes());
		}
		else if (value instanceof String text) {
			writeString(out, text);
		}
		else if (value instanceof Map<?, ?> map) {
			out.write('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.writeBytes(first ? new byte[0] : new byte[] { ',' });
				first = false;
				writeString(out, (String) entry.getKey());
				out.write(':');
				write(out, entry.getValue());
			}
			out.write('}');
		}
		else if (value instanceof List<?> list) {
			out.write('[');
			for (int i = 0; i < list.size(); i++) {
				out.writeBytes((i == 0) ? new byte[0] : new byte[] { ',' });
				write(out, list.get(i));
			}
			out.write(']');
		}
		else {
			out.writeBytes(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** JSON string; control characters and surrogates (paired or not) as {@code \\u} escapes. */
	private static void writeString(ByteArrayOutputStream out, String text) {
		StringBuilder escaped = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		out.writeBytes(escaped.append('"').toString().getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] quoted(int... bytes) {
		byte[] quoted = new byte[bytes.length + 2];
		quoted[0] = '"';
		for (int i = 0; i < bytes.length; i++) {
			quoted[i + 1] = (byte) bytes[i];
		}
		quoted[quoted.length - 1] = '"';
		return quoted;
	}

	/** JSON text to be written as it is, valid or not. */
	record Raw(byte[] bytes) {
	}

}
