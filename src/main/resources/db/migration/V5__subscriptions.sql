-- Standing filters of a user (or of a whole member) and the notifications they raised. Matching follows the
-- ledger from one position, advanced under a row lock, so exactly one node matches each delivery.
create table subscription (
    id                   uuid primary key,
    member_code          text not null references member (code),
    username             text,
    name                 text not null,
    filter               jsonb not null,
    created_at           timestamptz not null,
    removed_at           timestamptz
);
create index subscription_member on subscription (member_code) where removed_at is null;

create table notification (
    id               uuid primary key,
    subscription_id  uuid not null references subscription (id),
    member_code      text not null,
    username         text,
    report_id        uuid not null references report (id),
    seq              bigint not null,
    created_at       timestamptz not null,
    read_at          timestamptz,
    unique (subscription_id, report_id, seq)
);
create index notification_member on notification (member_code, created_at desc);

create table subscription_cursor (
    singleton  boolean primary key default true check (singleton),
    position   bigint not null
);
insert into subscription_cursor (position) select size - 1 from ledger_head;
