package org.entente.reports.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the words of newly written reports to search_word, the words a query word is matched against for names
 * spelt another way (V10). Every node runs it; each takes a different batch of pending reports (SKIP LOCKED) and
 * adds their words in sorted order, so that two nodes adding the same new words never wait on each other in a
 * cycle. Until a report's words are added, searches read them from the report itself.
 */
@Component
class SearchVocabulary {

	private static final Logger log = LoggerFactory.getLogger(SearchVocabulary.class);

	private static final int BATCH = 500;

	private static final String LEARN = """
			with taken as (
			    delete from search_word_pending where report_id in (
			        select report_id from search_word_pending limit :batch for update skip locked)
			    returning report_id
			), learnt as (
			    insert into search_word (word)
			    select distinct word from taken join report r on r.id = taken.report_id
			    cross join unnest(entente_search_words(r.title, r.body)) as word
			    order by word
			    on conflict do nothing
			)
			select count(*) from taken
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	SearchVocabulary(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "${entente.search.vocabulary-interval:2s}")
	void learnPeriodically() {
		try {
			learn();
		}
		catch (RuntimeException exception) {
			log.warn("Could not add the words of new reports to the search vocabulary; trying again later: {}",
					exception.toString());
		}
	}

	/** Adds the words of every pending report, a batch per transaction; answers how many reports were taken. */
	long learn() {
		long total = 0;
		int taken;
		do {
			taken = this.transaction.execute((status) -> this.jdbc.sql(LEARN).param("batch", BATCH).query(Integer.class).single());
			total += taken;
		}
		while (taken == BATCH);
		return total;
	}

}
