-- Deliveries are derived from release rows (a release to ALL stays one row); a per-member row exists only when
-- the member acts: it acknowledged a version of a report.
create table acknowledgement (
    report_id        uuid not null references report (id),
    member_code      text not null,
    version          integer not null,
    username         text not null,
    acknowledged_at  timestamptz not null,
    primary key (report_id, member_code, version)
);
create index acknowledgement_member on acknowledgement (member_code, report_id, version desc);
create index report_updated on report (updated_at desc, id desc);
