-- Names spelt differently, at a million reports. Matching each query word by trigrams against the whole text of
-- every report (report_search_trigrams) made a search for a common word recheck word similarity over most of
-- the reports: minutes at a million. Instead, the words of the reports are kept once each, and a query word is
-- first matched by trigrams against them (a few hundred thousand short words at most); the words found join the
-- full-text query, which the search_vector index answers. This is how pg_trgm's documentation suggests spelling
-- suggestions be made.

create table search_word (
    word text primary key
);
create index search_word_trigrams on search_word using gin (word gin_trgm_ops);

-- Reports whose words are not yet in search_word: a row per report written, taken off by the vocabulary's
-- background job. Searches read the words of these few reports directly, so a report is found by a variant
-- spelling from the moment it is committed. The job, not the writing transaction, adds the words: concurrent
-- writers adding the same new word would otherwise wait for one another (and could deadlock).
create table search_word_pending (
    report_id uuid primary key
);

create function entente_search_words_pending() returns trigger language plpgsql as $$
begin
    insert into search_word_pending (report_id) values (new.id) on conflict do nothing;
    return null;
end
$$;

create trigger report_search_words after insert or update of title, body on report
    for each row execute function entente_search_words_pending();

-- The words as written, as the search_vector holds them (the 'simple' configuration).
create function entente_search_words(title text, body text) returns text[]
    language sql immutable parallel safe
    return tsvector_to_array(to_tsvector('simple'::regconfig, title || ' ' || body));

insert into search_word (word)
select distinct word from report cross join unnest(entente_search_words(title, body)) as word
on conflict do nothing;

drop index report_search_trigrams;

-- Any of, and all of, a set of text queries.
create aggregate entente_any_query(tsquery) (sfunc = tsquery_or, stype = tsquery);
create aggregate entente_all_queries(tsquery) (sfunc = tsquery_and, stype = tsquery);
