-- Sites: locations linked by single linkage within the correlation distance (SiteCorrelation). A site holds no
-- figures of its own: what a member sees of it is computed from the locations it may see, at read time.

create table site (
    id          uuid primary key,
    -- When sites merge, the oldest keeps its id, so that the sites clients already know stay where they were.
    created_at  timestamptz not null
);

-- The distinct points of the live locations (not withdrawn, not replaced by an amendment), with how many
-- locations share each: the neighbour search reads these rather than the locations, so that a place reported
-- ten thousand times is one candidate, not ten thousand. All locations at one point and of one kind are at
-- distance 0 of each other, hence always in one site.
create table site_point (
    latitude   double precision not null,
    longitude  double precision not null,
    kind       text,
    -- No foreign key: every row is written by SiteCorrelation with a site it has just made or merged into, and
    -- the check per row cost as much as the rest of the insert.
    site_id    uuid not null,
    locations  integer not null check (locations >= 0),
    unique nulls not distinct (latitude, longitude, kind)
);
-- Queries must use this very expression, point(longitude, latitude) <@ box(...), for the planner to use it.
create index site_point_point on site_point using gist (point(longitude, latitude));
create index site_point_site on site_point (site_id);

-- Set when the location is stored; null only for locations stored before this migration, which SiteBackfill
-- correlates in the background.
alter table location add column site_id uuid references site (id);
create index location_site on location (site_id);
create index location_unlinked on location (id) where site_id is null;

-- Area queries over locations (sites in a box): the exact point for originators and full recipients, the grid
-- point for sanitised recipients, each with its GiST index.
create index if not exists location_point on location using gist (point(longitude, latitude));
create index if not exists location_sanitized_point on location using gist (point(sanitized_longitude, sanitized_latitude));
