package org.entente.reports;

import java.util.Locale;

/**
 * How much of a report a recipient receives. {@code SANITIZED}: coordinates rounded to the centre's
 * sanitisation precision, source grading and author removed.
 */
public enum Detail {

	FULL, SANITIZED;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Detail fromWireName(String name) {
		for (Detail detail : values()) {
			if (detail.wireName().equals(name)) {
				return detail;
			}
		}
		throw new IllegalArgumentException("unknown detail: " + name);
	}

}
