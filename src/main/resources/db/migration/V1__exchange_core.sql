-- The exchange core: members, users, tokens, reports with locations and releasability, the ledger.

create extension if not exists pg_trgm;

create table member (
    code        text primary key check (code ~ '^[A-Z0-9]{2,12}$'),
    name        text not null,
    active      boolean not null default true,
    created_at  timestamptz not null
);

create table app_user (
    username       text primary key,
    member_code    text not null references member (code),
    password_hash  text,
    roles          text[] not null,
    active         boolean not null default true,
    created_at     timestamptz not null
);
create index app_user_member on app_user (member_code);

-- Tokens are stored only as the SHA-256 of their 256 random bits: enough, as nobody can guess them.
create table api_token (
    id            uuid primary key,
    username      text not null references app_user (username),
    name          text not null,
    token_hash    bytea not null unique,
    created_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_token_user on api_token (username);

create table report (
    id                  uuid primary key,
    reference           text not null unique,
    originator          text not null references member (code),
    author              text not null,
    version             integer not null,
    title               text not null,
    body                text not null,
    language            text,
    category            text,
    observed_at         timestamptz,
    valid_until         timestamptz,
    source_reliability  char(1) check (source_reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
    credibility         smallint check (credibility between 1 and 6),
    handling            text not null check (handling in ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
    submitted_at        timestamptz not null,
    updated_at          timestamptz not null,
    withdrawn_at        timestamptz,
    withdrawn_reason    text
);
create index report_originator_time on report (originator, submitted_at desc, id desc);
create index report_time on report (submitted_at desc, id desc);

-- One row per named recipient; a release to every member, present and future, is the single row 'ALL',
-- so that costs never grow with members x reports.
create table report_release (
    report_id    uuid not null references report (id),
    member_code  text not null,
    detail       text not null check (detail in ('full', 'sanitized')),
    released_at  timestamptz not null,
    primary key (report_id, member_code)
);
create index report_release_member on report_release (member_code, report_id);

create table location (
    id                uuid primary key,
    report_id         uuid not null references report (id),
    position          integer not null,
    latitude          double precision not null check (latitude between -90 and 90),
    longitude         double precision not null check (longitude between -180 and 180),
    precision_meters  double precision not null,
    elevation_meters  double precision,
    kind              text,
    label             text,
    observed_at       timestamptz,
    original_text     text,
    format            text not null,
    -- Sanitised coordinates are computed once, at write time, so that searches of sanitised recipients can
    -- use them in SQL and never touch the exact ones.
    sanitized_latitude   double precision not null,
    sanitized_longitude  double precision not null,
    sanitized_precision_meters double precision not null,
    unique (report_id, position)
);

-- Each version of a report as its originator wrote it; the current one is also in report and location.
create table report_version (
    report_id    uuid not null references report (id),
    version      integer not null,
    recorded_at  timestamptz not null,
    author       text not null,
    content      jsonb not null,
    primary key (report_id, version)
);

-- Gap-free human references ORIG-YYYY-NNNNN: a counter row per originator and year, advanced inside the
-- submitting transaction, so a rollback gives the number back.
create table reference_counter (
    originator  text not null,
    year        integer not null,
    last_value  integer not null,
    primary key (originator, year)
);

-- A replayed request with the same Idempotency-Key answers from here and stores nothing.
create table idempotent_request (
    member_code    text not null,
    key            text not null,
    request_hash   bytea not null,
    status         integer not null,
    response       text not null,
    created_at     timestamptz not null,
    primary key (member_code, key)
);

-- The ledger: one row per state change, appended in the transaction that makes the change.
create table ledger_head (
    singleton  boolean primary key default true check (singleton),
    size       bigint not null
);
insert into ledger_head (size) values (0);

create table ledger (
    seq           bigint primary key check (seq >= 0),
    recorded_at   timestamptz not null,
    actor_member  text not null,
    actor_user    text,
    type          text not null,
    subject_type  text not null,
    subject_id    text not null,
    event         text not null,
    salt          bytea not null check (octet_length(salt) = 32)
);
create index ledger_subject on ledger (subject_type, subject_id);

create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_append_only before update or delete on ledger
    for each row execute function ledger_refuse_change();
create trigger ledger_no_truncate before truncate on ledger
    for each statement execute function ledger_refuse_change();
