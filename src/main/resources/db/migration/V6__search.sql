-- Search over reports and locations: full text in the report's language, trigram similarity for names spelt
-- differently, points for areas and distances, and the orderings the list pages by.

-- The text search configuration of a BCP 47 language tag; anything without a stemmer of its own (Persian,
-- for one) is split into words as written.
create function entente_text_configuration(language text) returns regconfig
    language sql immutable parallel safe
    return case lower(split_part(coalesce(language, ''), '-', 1))
        when 'en' then 'english'::regconfig
        when 'fr' then 'french'::regconfig
        when 'ru' then 'russian'::regconfig
        when 'ar' then 'arabic'::regconfig
        else 'simple'::regconfig
    end;

-- The words of a report in its own language, weighted title over body, and once more as written, so that a
-- query in another language, a name or a stop word of the report's language still finds it.
alter table report add column search_vector tsvector generated always as (
    setweight(to_tsvector(entente_text_configuration(language), title), 'A')
    || setweight(to_tsvector(entente_text_configuration(language), body), 'B')
    || to_tsvector('simple'::regconfig, title || ' ' || body)
) stored;
create index report_search_vector on report using gin (search_vector);
create index report_search_trigrams on report using gin ((title || ' ' || body) gin_trgm_ops);

create index report_category_time on report (category, submitted_at desc, id desc);
create index report_handling_time on report (handling, submitted_at desc, id desc);
create index report_observed on report (observed_at);

-- Exact points serve the originator and full recipients; sanitised points serve sanitised recipients, so a
-- search of theirs never looks at an exact coordinate.
create index location_point on location using gist (point(longitude, latitude));
create index location_sanitized_point on location using gist (point(sanitized_longitude, sanitized_latitude));

-- The length in metres of the geodesic between two points on the WGS84 ellipsoid, by Andoyer's formula with
-- Lambert's flattening correction (Meeus, Astronomical Algorithms, ch. 11): within 2e-5 of the length Karney's
-- algorithm gives below 10,000 km (two centimetres a kilometre; 0.2 % at the antipodes), at a fraction of its
-- cost, which matters because a radius search computes it for every candidate point. Callers pre-filter with a
-- box, so only candidates pay it.
create function entente_geodesic_meters(latitude1 double precision, longitude1 double precision,
                                        latitude2 double precision, longitude2 double precision)
    returns double precision language plpgsql immutable parallel safe strict as $$
declare
    flattening constant double precision := 1 / 298.257223563;
    f double precision := radians((latitude1 + latitude2) / 2);
    g double precision := radians((latitude1 - latitude2) / 2);
    l double precision := radians((longitude1 - longitude2) / 2);
    s double precision := sin(g) ^ 2 * cos(l) ^ 2 + cos(f) ^ 2 * sin(l) ^ 2;
    c double precision := cos(g) ^ 2 * cos(l) ^ 2 + sin(f) ^ 2 * sin(l) ^ 2;
    omega double precision;
    r double precision;
begin
    if s = 0 then
        return 0;
    end if;
    if c = 0 then
        -- Antipodes: half the meridian, the longest geodesic there is.
        return 20003931.4586;
    end if;
    omega := atan(sqrt(s / c));
    r := sqrt(s * c) / omega;
    return 2 * omega * 6378137.0 * (1 + flattening * (3 * r - 1) / (2 * c) * sin(f) ^ 2 * cos(g) ^ 2
        - flattening * (3 * r + 1) / (2 * s) * cos(f) ^ 2 * sin(g) ^ 2);
end;
$$;
