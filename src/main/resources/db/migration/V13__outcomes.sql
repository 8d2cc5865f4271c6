-- What came of a report, as one of its recipients or its originator says: a row exists only when a member records
-- one. An outcome names the report's version it was recorded against and, optionally, some of that version's
-- locations (an amendment gives a report new locations, so the ids are kept as they were, not as references).
create table outcome (
    id            uuid primary key,
    report_id     uuid not null references report (id),
    version       integer not null,
    member_code   text not null,
    username      text not null,
    recorded_at   timestamptz not null,
    occurred_at   timestamptz not null,
    effect        text not null,
    object_type   text,
    quantity      bigint check (quantity >= 0),
    note          text,
    location_ids  uuid[] not null default '{}'
);

-- A report's outcomes in the order they were recorded; also what the search's has-outcome filter probes.
create index outcome_report on outcome (report_id, recorded_at, id);
