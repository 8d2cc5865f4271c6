-- A member admin's webhook endpoints. Events reach them through a per-endpoint outbox: the endpoint's position
-- in the ledger advances under a row lock (FOR UPDATE SKIP LOCKED), so exactly one node enqueues each event,
-- and each attempt is claimed with a lease, so a node that dies mid-attempt leaves the event to another.
create table webhook (
    id           uuid primary key,
    member_code  text not null references member (code),
    url          text not null,
    secret       text not null,
    created_by   text not null,
    created_at   timestamptz not null,
    removed_at   timestamptz,
    position     bigint not null
);
create index webhook_member on webhook (member_code);

create table webhook_delivery (
    id               uuid primary key,
    webhook_id       uuid not null references webhook (id),
    seq              bigint not null,
    event_name       text not null,
    payload          text not null,
    status           text not null check (status in ('pending', 'delivered', 'dead')),
    attempts         integer not null default 0,
    created_at       timestamptz not null,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    unique (webhook_id, seq)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_dead on webhook_delivery (webhook_id, created_at) where status = 'dead';
