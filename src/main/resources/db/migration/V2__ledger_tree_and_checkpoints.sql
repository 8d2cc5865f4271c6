-- The verifiable ledger: the Merkle tree over the entries' public envelopes (RFC 9162 §2.1), the signed
-- checkpoints of its roots, and the public half of the centre's checkpoint key.

-- The hash of every complete subtree, at (level, subtree_index), as golang.org/x/mod/sumdb/tlog stores them:
-- written once, in the appending transaction, when the subtree's last leaf arrives. Level 0 holds the leaf
-- hashes SHA-256(0x00 || envelope); any root or proof combines O(log n) of these rows.
create table ledger_hash (
    level          smallint not null check (level between 0 and 62),
    subtree_index  bigint not null check (subtree_index >= 0),
    hash           bytea not null check (octet_length(hash) = 32),
    primary key (level, subtree_index)
);

create trigger ledger_hash_append_only before update or delete on ledger_hash
    for each row execute function ledger_refuse_change();
create trigger ledger_hash_no_truncate before truncate on ledger_hash
    for each statement execute function ledger_refuse_change();

-- Every checkpoint the centre signed: a C2SP tlog-checkpoint note of the tree of the first size entries.
-- Ed25519 signatures are deterministic, so two nodes signing the same size with the one key write the same
-- note; the primary key keeps one.
create table ledger_checkpoint (
    size       bigint primary key check (size >= 0),
    root_hash  bytea not null check (octet_length(root_hash) = 32),
    note       text not null,
    signed_at  timestamptz not null
);

create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function ledger_refuse_change();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_refuse_change();

-- The verifier key of the centre, recorded by the first node that signs: a node started with another key
-- file refuses to sign rather than publish checkpoints no member could verify with the key it pinned.
create table ledger_key (
    singleton     boolean primary key default true check (singleton),
    verifier_key  text not null,
    recorded_at   timestamptz not null
);
