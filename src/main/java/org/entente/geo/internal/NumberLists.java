package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists of bare decimal numbers around a bare pair ({@code 9.25, 9.50 and 9.75},
 * {@code 33.3152,44.3661,34.1234,45.5678}): numbers joined by commas, semicolons or a word ("and", "et", "и"...).
 * Such a list is read as coordinates only as a list of pairs, taken two by two from its first number:
 * <ul>
 * <li>it has an even number of items, every one with at least two decimals, and every pair is a latitude and a
 * longitude joined by a comma, a semicolon or a space;</li>
 * <li>and its pairs show, either by the joints (the joints inside the pairs are all of other kinds than those between
 * them: {@code 33.31, 44.36 and 34.12, 45.56}, {@code 33.31,44.36;34.12,45.56}) or by the numbers, every one of which
 * has at least four decimals ({@code 33.3152,44.3661,34.1234,45.5678}).</li>
 * </ul>
 * Otherwise none of its numbers is a coordinate: a list all joined alike of numbers with two or three decimals is
 * prices, versions, scores or readings ({@code 9.25, 9.50, 9.75, 10.00}), and an odd count has no pairing at all. A
 * list of more than {@value #MOST_ITEMS} numbers is a table of data, of which none is read either: so that every pair
 * looks at a bounded stretch of text, and a table costs linear time.
 */
final class NumberLists {

	/** The words that join list items. */
	private static final List<String> JOINT_WORDS = List.of("and", "or", "et", "ou", "и", "или", "to", "à", "до");

	/** More numbers than this in one list make a table. */
	private static final int MOST_ITEMS = 64;

	/** Items this fine make a list of pairs even when every joint is alike. */
	private static final int DECIMALS_OF_A_PLAIN_LIST_OF_PAIRS = 4;

	/** The joint of numbers written with spaces only between them: {@code 33.31 44.36}. */
	private static final String SPACE = " ";

	/** The marks of degrees, minutes and seconds, after which a number is half of a written coordinate. */
	private static final String MARKS = "°º˚'′’\"″”";

	private final String text;

	/** The start of every number known to be in a table. */
	private final Set<Integer> tableItems = new HashSet<>();

	/** The list, joined by spaces too, that each number is in, by the number's start, and whether it reads as pairs. */
	private final Map<Integer, Spaced> spacedLists = new HashMap<>();

	/**
	 * The lists of numbers in a scanning text: each list is followed once, however many pairs stand in it.
	 */
	NumberLists(String text) {
		this.text = text;
	}

	private record Spaced(NumberList list, boolean readsAsPairs) {

	}

	private record Item(int start, int end, int decimals) {

	}

	/** The items of a list, and the joint after each but the last. */
	private record NumberList(List<Item> items, List<String> joints) {

		NumberList() {
			this(new ArrayList<>(), new ArrayList<>());
		}

		int size() {
			return this.items.size();
		}

		/** The index of {@code first} if {@code second} follows it here; else -1. */
		int indexOf(Item first, Item second) {
			for (int index = 0; index + 1 < this.items.size(); index++) {
				if (this.items.get(index).equals(first)) {
					return this.items.get(index + 1).equals(second) ? index : -1;
				}
			}
			return -1;
		}

	}

	/**
	 * Whether the bare pair from {@code start} to {@code end} is two items of a longer list that does not read as
	 * a list of pairs with this pair among them. Numbers joined by spaces only count as a list when it reads as pairs
	 * ({@code 33.31 44.36, 33.33 44.40}, where {@code 44.36, 33.33} straddles two of them); else a number after
	 * a space is something else ({@code 46.63540, 32.61690 01.03}, a date).
	 */
	boolean isRefusedInList(int start, int end) {
		String text = this.text;
		int firstEnd = decimalEnd(text, start);
		int secondStart = decimalEndingAt(text, end);
		if (firstEnd < 0 || secondStart < firstEnd) {
			// Decimal commas (48,8566, 2,3522): refused beside any list item, as no list of them is read.
			return itemAfter(text, end, false, new String[1]) != null || itemBefore(text, start, false, new String[1]) != null;
		}
		if (this.tableItems.contains(start)) {
			return true;
		}
		Item first = new Item(start, firstEnd, decimalsOf(text, start, firstEnd));
		Item second = new Item(secondStart, end, decimalsOf(text, secondStart, end));
		String joint = jointBetween(text, firstEnd, secondStart);
		Spaced spaced = this.spacedLists.get(start);
		int pairIndex = (spaced == null) ? -1 : spaced.list().indexOf(first, second);
		if (pairIndex < 0) {
			NumberList list = new NumberList();
			pairIndex = collect(first, joint, second, true, list);
			if (pairIndex < 0) {
				return true;
			}
			spaced = new Spaced(list, list.size() > 2 && readsAsPairs(text, list));
			for (Item item : list.items()) {
				this.spacedLists.put(item.start(), spaced);
			}
		}
		if (spaced.readsAsPairs()) {
			return pairIndex % 2 != 0;
		}
		if (spaced.list().size() == 2) {
			return false;
		}
		NumberList joined = new NumberList();
		pairIndex = collect(first, joint, second, false, joined);
		return joined.size() > 2 && !(pairIndex % 2 == 0 && readsAsPairs(text, joined));
	}

	/**
	 * The list around the pair, joined by spaces only too if {@code spaced}; answers the index of the pair's first
	 * number, or -1 if the list is a table (whose numbers are then remembered as such).
	 */
	private int collect(Item first, String joint, Item second, boolean spaced, NumberList list) {
		List<Item> before = new ArrayList<>();
		List<String> jointsBefore = new ArrayList<>();
		String[] found = new String[1];
		for (Item item = itemBefore(this.text, first.start(), spaced, found); item != null;
				item = itemBefore(this.text, item.start(), spaced, found)) {
			before.add(item);
			jointsBefore.add(found[0]);
			if (before.size() + 2 > MOST_ITEMS || this.tableItems.contains(item.start())) {
				return table(before, first, second, List.of());
			}
		}
		for (int index = before.size() - 1; index >= 0; index--) {
			list.items().add(before.get(index));
			list.joints().add(jointsBefore.get(index));
		}
		int pairIndex = list.size();
		list.items().add(first);
		list.joints().add(joint);
		list.items().add(second);
		for (Item item = itemAfter(this.text, second.end(), spaced, found); item != null;
				item = itemAfter(this.text, item.end(), spaced, found)) {
			list.joints().add(found[0]);
			list.items().add(item);
			if (list.size() > MOST_ITEMS || this.tableItems.contains(item.start())) {
				return table(list.items(), first, second, list.items());
			}
		}
		return pairIndex;
	}

	private int table(List<Item> items, Item first, Item second, List<Item> more) {
		for (List<Item> some : List.of(items, more, List.of(first, second))) {
			for (Item item : some) {
				this.tableItems.add(item.start());
			}
		}
		return -1;
	}

	private static boolean readsAsPairs(String text, NumberList list) {
		if (list.size() % 2 != 0) {
			return false;
		}
		boolean fine = true;
		for (Item item : list.items()) {
			if (item.decimals() < 2) {
				return false;
			}
			fine &= item.decimals() >= DECIMALS_OF_A_PLAIN_LIST_OF_PAIRS;
		}
		Set<String> inside = new HashSet<>();
		Set<String> between = new HashSet<>();
		for (int index = 0; index < list.joints().size(); index++) {
			(index % 2 == 0 ? inside : between).add(list.joints().get(index));
		}
		if (!inside.stream().allMatch((joint) -> joint.equals(",") || joint.equals(";") || joint.equals(SPACE))) {
			return false;
		}
		inside.retainAll(between);
		if (!fine && !inside.isEmpty()) {
			return false;
		}
		for (int index = 0; index < list.size(); index += 2) {
			if (Math.abs(valueOf(text, list.items().get(index))) > 90
					|| Math.abs(valueOf(text, list.items().get(index + 1))) > 180) {
				return false;
			}
		}
		return true;
	}

	private static double valueOf(String text, Item item) {
		return Double.parseDouble(text.substring(item.start(), item.end()).replace('−', '-'));
	}

	/**
	 * The item joined to the number ending at {@code end} by a comma, a semicolon or a word after it (or spaces
	 * only, if {@code spaced}), or null; its joint goes to {@code joint[0]}.
	 */
	private static Item itemAfter(String text, int end, boolean spaced, String[] joint) {
		int position = skipSpaces(text, end);
		int itemStart = -1;
		if (position < text.length() && (text.charAt(position) == ',' || text.charAt(position) == ';')) {
			joint[0] = String.valueOf(text.charAt(position));
			itemStart = skipSpaces(text, position + 1);
		}
		else if (position > end) {
			for (String word : JOINT_WORDS) {
				int wordEnd = position + word.length();
				if (text.regionMatches(true, position, word, 0, word.length())
						&& (wordEnd == text.length() || !Character.isLetter(text.charAt(wordEnd)))) {
					joint[0] = word;
					itemStart = skipSpaces(text, wordEnd);
					break;
				}
			}
			if (itemStart < 0 && spaced) {
				joint[0] = SPACE;
				itemStart = position;
			}
		}
		int itemEnd = (itemStart < 0) ? -1 : decimalEnd(text, itemStart);
		if (itemEnd < 0 || !endsItem(text, itemEnd)) {
			return null;
		}
		return new Item(itemStart, itemEnd, decimalsOf(text, itemStart, itemEnd));
	}

	/**
	 * The item joined to the number starting at {@code start} by a comma, a semicolon or a word before it (or spaces
	 * only, if {@code spaced}), or null; its joint goes to {@code joint[0]}.
	 */
	private static Item itemBefore(String text, int start, boolean spaced, String[] joint) {
		int position = skipSpacesBack(text, start);
		int jointStart = -1;
		if (position > 0 && (text.charAt(position - 1) == ',' || text.charAt(position - 1) == ';')) {
			joint[0] = String.valueOf(text.charAt(position - 1));
			jointStart = skipSpacesBack(text, position - 1);
		}
		else {
			for (String word : JOINT_WORDS) {
				int begin = position - word.length();
				if (begin > 0 && text.regionMatches(true, begin, word, 0, word.length())
						&& Character.isWhitespace(text.charAt(begin - 1))) {
					joint[0] = word;
					jointStart = skipSpacesBack(text, begin);
					break;
				}
			}
			if (jointStart < 0 && spaced && position < start) {
				joint[0] = SPACE;
				jointStart = position;
			}
		}
		int itemStart = (jointStart < 0) ? -1 : decimalEndingAt(text, jointStart);
		return (itemStart < 0) ? null : new Item(itemStart, jointStart, decimalsOf(text, itemStart, jointStart));
	}

	/** What joins the two numbers of a bare pair: a comma, a semicolon, a space or what else stands there. */
	private static String jointBetween(String text, int firstEnd, int secondStart) {
		String joint = text.substring(firstEnd, secondStart).strip();
		return joint.isEmpty() ? SPACE : joint;
	}

	private static int decimalsOf(String text, int start, int end) {
		return end - text.indexOf('.', start) - 1;
	}

	/** Where a plain decimal number ({@code 33.31}, {@code -12.05}) starting at {@code start} ends, or -1. */
	private static int decimalEnd(String text, int start) {
		int position = start;
		if (position < text.length() && "-+−".indexOf(text.charAt(position)) >= 0) {
			position++;
		}
		int wholeStart = position;
		position = skipDigits(text, position);
		if (position == wholeStart || position + 1 >= text.length() || text.charAt(position) != '.'
				|| !isAsciiDigit(text.charAt(position + 1))) {
			return -1;
		}
		return skipDigits(text, position + 1);
	}

	/**
	 * Whether an item may end at {@code end}: no more digits (a full stop may end the sentence), and no letter or
	 * mark that would make it half of a written coordinate.
	 */
	private static boolean endsItem(String text, int end) {
		if (end == text.length()) {
			return true;
		}
		char after = text.charAt(end);
		boolean moreDigits = isAsciiDigit(after)
				|| after == '.' && end + 1 < text.length() && isAsciiDigit(text.charAt(end + 1));
		return !moreDigits && !Character.isLetter(after) && MARKS.indexOf(after) < 0;
	}

	/**
	 * Where a plain decimal number ({@code 33.31}, {@code -12.05}) ending exactly at {@code end} begins, or -1;
	 * the number must not continue a longer one ({@code 1.2.33.31}).
	 */
	private static int decimalEndingAt(String text, int end) {
		if (end <= 0) {
			return -1;
		}
		int position = end;
		while (position > 0 && isAsciiDigit(text.charAt(position - 1))) {
			position--;
		}
		if (position == end || position < 2 || text.charAt(position - 1) != '.'
				|| !isAsciiDigit(text.charAt(position - 2))) {
			return -1;
		}
		position--;
		while (position > 0 && isAsciiDigit(text.charAt(position - 1))) {
			position--;
		}
		if (position > 0 && "-+−".indexOf(text.charAt(position - 1)) >= 0) {
			position--;
		}
		boolean continues = position > 0 && (isAsciiDigit(text.charAt(position - 1)) || text.charAt(position - 1) == '.');
		return continues ? -1 : position;
	}

	private static int skipDigits(String text, int start) {
		int position = start;
		while (position < text.length() && isAsciiDigit(text.charAt(position))) {
			position++;
		}
		return position;
	}

	private static int skipSpaces(String text, int start) {
		int position = start;
		while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
			position++;
		}
		return position;
	}

	private static int skipSpacesBack(String text, int end) {
		int position = end;
		while (position > 0 && Character.isWhitespace(text.charAt(position - 1))) {
			position--;
		}
		return position;
	}

	private static boolean isAsciiDigit(char character) {
		return character >= '0' && character <= '9';
	}

}
