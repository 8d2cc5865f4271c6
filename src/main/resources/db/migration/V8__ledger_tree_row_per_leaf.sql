-- The Merkle tree's stored hashes, one row per leaf instead of one row per hash. Row n holds, concatenated, the
-- hashes that became complete when leaf n was appended: the leaf hash SHA-256(0x00 || envelope), then the hash
-- of every subtree that leaf completes, lowest level first (one per trailing one bit of n), which is the order
-- golang.org/x/mod/sumdb/tlog stores them in. The hash at (level L, index K) is the L-th of row (K + 1)·2^L - 1.
-- An append of k entries so writes k rows, not about 2k, each at the right end of the primary key, in the
-- same statement as the entries.
create table ledger_tree (
    leaf    bigint primary key check (leaf >= 0),
    hashes  bytea not null,
    -- A leaf n with t trailing one bits completes t subtrees, so its row holds 1 + t hashes of 32 bytes; and
    -- n XOR (n + 1) = 2^(1+t) - 1.
    constraint ledger_tree_hash_count check (octet_length(hashes) % 32 = 0
        and (leaf # (leaf + 1)) + 1 = 1::bigint << (octet_length(hashes) / 32))
);

insert into ledger_tree (leaf, hashes)
select ((subtree_index + 1) << level) - 1, string_agg(hash, ''::bytea order by level)
from ledger_hash
group by 1;

drop table ledger_hash;

create trigger ledger_tree_append_only before update or delete on ledger_tree
    for each row execute function ledger_refuse_change();
create trigger ledger_tree_no_truncate before truncate on ledger_tree
    for each statement execute function ledger_refuse_change();
