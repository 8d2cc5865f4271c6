-- The map's clusters at low zoom, counted ahead: a country at zoom 6 holds hundreds of thousands of visible
-- locations, and counting them one by one took seconds. Locations are counted per cell of the map's fixed grid
-- at zoom 8 (2048 x 1024 cells of 0.17578125 degrees) and at zoom 5 (256 x 128, for the world view), and per
-- audience (V11), so that a viewer's clusters are the sums of the rows whose audience shows the viewer that
-- location, with the coordinates it is shown: 'sanitized' rows count the sanitised coordinates. A cluster thus counts what the viewer may see and
-- nothing else, which makes the audience the need-to-know test here: releases are only ever added or changed,
-- never deleted, and every change reaches the audience in the same transaction (V11's triggers).
--
-- Stores add rows to map_cell_change only (no lock on a shared counter, so concurrent stores never wait for
-- each other or deadlock); MapGridCompaction folds them into map_cell every second, and the map adds the rows
-- not yet folded, so that a location counts from the moment its transaction commits.

create function entente_map_column(longitude double precision) returns integer
    language sql immutable parallel safe
    return least(floor((longitude + 180) / 0.17578125), 2047)::integer;

create function entente_map_row(latitude double precision) returns integer
    language sql immutable parallel safe
    return least(floor((latitude + 90) / 0.17578125), 1023)::integer;

create table map_cell (
    zoom            smallint not null check (zoom in (5, 8)),
    sanitized       boolean not null,
    row_index       integer not null,
    column_index    integer not null,
    audience        text[] not null,
    location_count  bigint not null,
    latitude_sum    double precision not null,
    longitude_sum   double precision not null,
    south           double precision not null,
    north           double precision not null,
    west            double precision not null,
    east            double precision not null,
    primary key (zoom, sanitized, row_index, column_index, audience)
);

-- One row per location counted (+1) or no longer counted (-1) at its cell of zoom 8; folded into map_cell (both
-- zooms) and deleted.
create table map_cell_change (
    sanitized     boolean not null,
    row_index     integer not null,
    column_index  integer not null,
    audience      text[] not null,
    change        smallint not null check (change in (-1, 1)),
    latitude      double precision not null,
    longitude     double precision not null
);

create function entente_map_change(is_sanitized boolean, stored location, change smallint) returns void
    language sql as $$
    insert into map_cell_change (sanitized, row_index, column_index, audience, change, latitude, longitude)
    select is_sanitized, entente_map_row(point.latitude), entente_map_column(point.longitude), stored.audience,
           change, point.latitude, point.longitude
    from (select case when is_sanitized then stored.sanitized_latitude else stored.latitude end as latitude,
                 case when is_sanitized then stored.sanitized_longitude else stored.longitude end as longitude) point
$$;

create function entente_location_map() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform entente_map_change(false, old, -1::smallint);
        perform entente_map_change(true, old, -1::smallint);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform entente_map_change(false, new, 1::smallint);
        perform entente_map_change(true, new, 1::smallint);
    end if;
    return null;
end;
$$;

create trigger location_map after insert or delete on location
    for each row execute function entente_location_map();

create trigger location_map_update
    after update of audience, latitude, longitude, sanitized_latitude, sanitized_longitude on location
    for each row
    when (old.audience is distinct from new.audience
          or old.latitude is distinct from new.latitude or old.longitude is distinct from new.longitude
          or old.sanitized_latitude is distinct from new.sanitized_latitude
          or old.sanitized_longitude is distinct from new.sanitized_longitude)
    execute function entente_location_map();

-- The counts of every location, as the triggers make them location by location: here, and after a load that
-- wrote locations with the trigger off (the benchmark's COPY).
create function entente_map_count_all() returns void language sql as $$
    delete from map_cell_change;
    delete from map_cell;
    insert into map_cell (zoom, sanitized, row_index, column_index, audience, location_count, latitude_sum,
                          longitude_sum, south, north, west, east)
    select 8, false, entente_map_row(latitude), entente_map_column(longitude), audience, count(*), sum(latitude),
           sum(longitude), min(latitude), max(latitude), min(longitude), max(longitude)
    from location group by 3, 4, 5
    union all
    select 8, true, entente_map_row(sanitized_latitude), entente_map_column(sanitized_longitude), audience, count(*),
           sum(sanitized_latitude), sum(sanitized_longitude), min(sanitized_latitude), max(sanitized_latitude),
           min(sanitized_longitude), max(sanitized_longitude)
    from location group by 3, 4, 5;

    insert into map_cell (zoom, sanitized, row_index, column_index, audience, location_count, latitude_sum,
                          longitude_sum, south, north, west, east)
    select 5, sanitized, row_index >> 3, column_index >> 3, audience, sum(location_count), sum(latitude_sum),
           sum(longitude_sum), min(south), max(north), min(west), max(east)
    from map_cell where zoom = 8 group by 2, 3, 4, 5;
$$;

select entente_map_count_all();
