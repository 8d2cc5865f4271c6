-- Who may see each location, on the location itself, so that an area search can skip what the viewer may not
-- see while it walks an index (nearest first, newest first) instead of looking each candidate's report and
-- releases up: at a million reports most of a walk's time went to those look-ups. Each entry is a detail and a
-- member, 'full:ALPHA' or 'sanitized:ALL', the originator's being 'full'. It only narrows the candidates: what
-- a search answers is still tested with the report's releases (ReportRepository.DETAIL), so a stale entry
-- could hide a location from a search but never show one.

create function entente_report_audience(report uuid) returns text[] language sql stable as $$
    select array['full:' || r.originator]
           || coalesce((select array_agg(rr.detail || ':' || rr.member_code order by rr.member_code)
                        from report_release rr where rr.report_id = r.id), '{}')
    from report r where r.id = report
$$;

alter table location add column audience text[];

update location l set audience = a.audience
from (select r.id, array['full:' || r.originator]
             || coalesce(array_agg(rr.detail || ':' || rr.member_code order by rr.member_code)
                         filter (where rr.member_code is not null), '{}') as audience
      from report r left join report_release rr on rr.report_id = r.id
      group by r.id) a
where a.id = l.report_id;

alter table location alter column audience set not null;

create function entente_location_audience() returns trigger language plpgsql as $$
begin
    new.audience := entente_report_audience(new.report_id);
    return new;
end;
$$;

create trigger location_audience before insert on location
    for each row execute function entente_location_audience();

-- A report is released before its locations are stored, and widened later: either way its locations follow.
create function entente_release_audience() returns trigger language plpgsql as $$
begin
    update location set audience = entente_report_audience(new.report_id) where report_id = new.report_id;
    return null;
end;
$$;

create trigger release_audience after insert or update on report_release
    for each row execute function entente_release_audience();

-- The newest-first walk (V9) tests the viewer from the index too.
drop index location_newest;
create index location_newest on location (report_submitted_at desc, report_id desc)
    include (longitude, latitude, sanitized_longitude, sanitized_latitude, audience);
