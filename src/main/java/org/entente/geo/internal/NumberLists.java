package org.entente.geo.internal;

import java.util.ArrayList;
import java.util.Collections;
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
 * prices, versions, scores or readings ({@code 9.25, 9.50, 9.75, 10.00}), and an odd count has no pairing at all.
 * Numbers joined by spaces only (or line breaks) count as a list when it then reads as pairs
 * ({@code 33.31 44.36, 33.33 44.40}, where {@code 44.36, 33.33} straddles two of them; a waypoint per line); else
 * a number after a space is something else ({@code 46.63540, 32.61690 01.03}, a date) and only the numbers joined
 * otherwise make the list. Each list is followed once per text, however many pairs stand in it.
 */
final class NumberLists {

	/** The words that join list items. */
	private static final List<String> JOINT_WORDS = List.of("and", "or", "et", "ou", "и", "или", "to", "à", "до");

	/** Items this fine make a list of pairs even when every joint is alike. */
	private static final int DECIMALS_OF_A_PLAIN_LIST_OF_PAIRS = 4;

	/** The joint of numbers written with spaces only between them: {@code 33.31 44.36}. */
	private static final String SPACE = " ";

	/** The marks of degrees, minutes and seconds, after which a number is half of a written coordinate. */
	private static final String MARKS = "°º˚'′’\"″”";

	private final String text;

	/** The list, joined by spaces too, that each number is in, by the number's start. */
	private final Map<Integer, NumberList> lists = new HashMap<>();

	/**
	 * The lists of numbers in a scanning text.
	 */
	NumberLists(String text) {
		this.text = text;
	}

	private record Item(int start, int end, int decimals) {

	}

	/** A list joined by spaces too: its items, the joint after each but the last, and what is known of it. */
	private final class NumberList {

		private final List<Item> items = new ArrayList<>();

		private final List<String> joints = new ArrayList<>();

		private final Map<Integer, Integer> indexes = new HashMap<>();

		/** For each item, the first and last index of the items joined to it by other joints than spaces only. */
		private int[] joinedFrom;

		private int[] joinedTo;

		/** Whether the items from one index to another read as pairs, by {@code from << 32 | to}. */
		private final Map<Long, Boolean> pairs = new HashMap<>();

		int size() {
			return this.items.size();
		}

		void finish() {
			int size = size();
			this.joinedFrom = new int[size];
			this.joinedTo = new int[size];
			for (int index = 0; index < size; index++) {
				this.indexes.put(this.items.get(index).start(), index);
				boolean afterSpace = index == 0 || this.joints.get(index - 1).equals(SPACE);
				this.joinedFrom[index] = afterSpace ? index : this.joinedFrom[index - 1];
			}
			for (int index = size - 1; index >= 0; index--) {
				boolean beforeSpace = index == size - 1 || this.joints.get(index).equals(SPACE);
				this.joinedTo[index] = beforeSpace ? index : this.joinedTo[index + 1];
			}
		}

		boolean readsAsPairs(int from, int to) {
			return this.pairs.computeIfAbsent(((long) from << 32) | to, (key) -> NumberLists.readsAsPairs(
					NumberLists.this.text, this.items.subList(from, to + 1), this.joints.subList(from, to)));
		}

	}

	/**
	 * Whether the bare pair from {@code start} to {@code end} is two items of a longer list that does not read as
	 * a list of pairs with this pair among them.
	 */
	boolean isRefusedInList(int start, int end) {
		String text = this.text;
		int firstEnd = decimalEnd(text, start);
		int secondStart = decimalEndingAt(text, end);
		if (firstEnd < 0 || secondStart < firstEnd || !isPairJoint(jointBetween(text, firstEnd, secondStart))) {
			// Decimal commas (48,8566, 2,3522), or more than two numbers: refused beside any list item, as no list of
			// them is read.
			return itemAfter(text, end, false, new String[1]) != null || itemBefore(text, start, false, new String[1]) != null;
		}
		Item first = new Item(start, firstEnd, decimalsOf(text, start, firstEnd));
		Item second = new Item(secondStart, end, decimalsOf(text, secondStart, end));
		NumberList list = this.lists.get(start);
		Integer found = (list == null) ? null : list.indexes.get(start);
		if (found == null || found + 1 >= list.size() || !list.items.get(found + 1).equals(second)) {
			list = follow(first, jointBetween(text, firstEnd, secondStart), second);
			found = list.indexes.get(start);
		}
		int index = found;
		if (list.size() == 2) {
			return false;
		}
		if (list.readsAsPairs(0, list.size() - 1)) {
			return index % 2 != 0;
		}
		// Numbers after spaces only are something else: the list is what is joined otherwise, the pair included.
		int from = list.joinedFrom[index];
		int to = list.joinedTo[index + 1];
		return to - from + 1 > 2 && !((index - from) % 2 == 0 && list.readsAsPairs(from, to));
	}

	/** The list, joined by spaces too, around the pair; remembered for the numbers in it. */
	private NumberList follow(Item first, String joint, Item second) {
		List<Item> before = new ArrayList<>();
		List<String> jointsBefore = new ArrayList<>();
		String[] found = new String[1];
		for (Item item = itemBefore(this.text, first.start(), true, found); item != null;
				item = itemBefore(this.text, item.start(), true, found)) {
			before.add(item);
			jointsBefore.add(found[0]);
		}
		Collections.reverse(before);
		Collections.reverse(jointsBefore);
		NumberList list = new NumberList();
		list.items.addAll(before);
		list.joints.addAll(jointsBefore);
		list.items.add(first);
		list.joints.add(joint);
		list.items.add(second);
		for (Item item = itemAfter(this.text, second.end(), true, found); item != null;
				item = itemAfter(this.text, item.end(), true, found)) {
			list.joints.add(found[0]);
			list.items.add(item);
		}
		list.finish();
		for (Item item : list.items) {
			this.lists.putIfAbsent(item.start(), list);
		}
		return list;
	}

	private static boolean readsAsPairs(String text, List<Item> items, List<String> joints) {
		if (items.size() % 2 != 0) {
			return false;
		}
		boolean fine = true;
		for (Item item : items) {
			if (item.decimals() < 2) {
				return false;
			}
			fine &= item.decimals() >= DECIMALS_OF_A_PLAIN_LIST_OF_PAIRS;
		}
		Set<String> inside = new HashSet<>();
		Set<String> between = new HashSet<>();
		for (int index = 0; index < joints.size(); index++) {
			(index % 2 == 0 ? inside : between).add(joints.get(index));
		}
		if (!inside.stream().allMatch(NumberLists::isPairJoint)) {
			return false;
		}
		inside.retainAll(between);
		if (!fine && !inside.isEmpty()) {
			return false;
		}
		for (int index = 0; index < items.size(); index += 2) {
			if (Math.abs(valueOf(text, items.get(index))) > 90 || Math.abs(valueOf(text, items.get(index + 1))) > 180) {
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
		int position = Surroundings.skipSpacesBack(text, start);
		int jointStart = -1;
		if (position > 0 && (text.charAt(position - 1) == ',' || text.charAt(position - 1) == ';')) {
			joint[0] = String.valueOf(text.charAt(position - 1));
			jointStart = Surroundings.skipSpacesBack(text, position - 1);
		}
		else {
			for (String word : JOINT_WORDS) {
				int begin = position - word.length();
				if (begin > 0 && text.regionMatches(true, begin, word, 0, word.length())
						&& Character.isWhitespace(text.charAt(begin - 1))) {
					joint[0] = word;
					jointStart = Surroundings.skipSpacesBack(text, begin);
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

	/** Whether a joint may stand between the latitude and the longitude of a bare pair. */
	private static boolean isPairJoint(String joint) {
		return joint.equals(",") || joint.equals(";") || joint.equals(SPACE);
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
				|| !Surroundings.isAsciiDigit(text.charAt(position + 1))) {
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
		boolean moreDigits = Surroundings.isAsciiDigit(after)
				|| after == '.' && end + 1 < text.length() && Surroundings.isAsciiDigit(text.charAt(end + 1));
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
		while (position > 0 && Surroundings.isAsciiDigit(text.charAt(position - 1))) {
			position--;
		}
		if (position == end || position < 2 || text.charAt(position - 1) != '.'
				|| !Surroundings.isAsciiDigit(text.charAt(position - 2))) {
			return -1;
		}
		position--;
		while (position > 0 && Surroundings.isAsciiDigit(text.charAt(position - 1))) {
			position--;
		}
		if (position > 0 && "-+−".indexOf(text.charAt(position - 1)) >= 0) {
			position--;
		}
		boolean continues = position > 0 && (Surroundings.isAsciiDigit(text.charAt(position - 1)) || text.charAt(position - 1) == '.');
		return continues ? -1 : position;
	}

	private static int skipDigits(String text, int start) {
		int position = start;
		while (position < text.length() && Surroundings.isAsciiDigit(text.charAt(position))) {
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

}
