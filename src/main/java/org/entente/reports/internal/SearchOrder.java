package org.entente.reports.internal;

import java.util.Arrays;
import java.util.Optional;

/** The orders a search answers in, each made total by the id so that cursor paging is stable. */
enum SearchOrder {

	/** Newest release first. */
	TIME("time"),

	/** Best text match first; needs a text. */
	RELEVANCE("relevance"),

	/** Nearest first; needs a point. */
	DISTANCE("distance");

	private final String wireName;

	SearchOrder(String wireName) {
		this.wireName = wireName;
	}

	String wireName() {
		return this.wireName;
	}

	static Optional<SearchOrder> fromWireName(String name) {
		return Arrays.stream(values()).filter((order) -> order.wireName.equals(name)).findFirst();
	}

}
