-- What the search plans at a million reports asked for (docs/search-plans.md).

-- Every search tests need-to-know per candidate report: its release to the member and to ALL. With the detail
-- in the primary key's index that is one index-only descent (both rows sit side by side under the report)
-- instead of two descents and two heap visits.
alter table report_release drop constraint report_release_pkey,
    add constraint report_release_pkey primary key (report_id, member_code) include (detail);

-- The newest reports in an area: each location carries its report's release time, which never changes, so that
-- a search can walk the locations newest first in one index, test the area from the index alone, and stop when
-- the page is full, instead of collecting every report in the area to sort them (tens of thousands in a busy
-- town at a million reports).
alter table location add column report_submitted_at timestamptz;
update location l set report_submitted_at = r.submitted_at from report r where r.id = l.report_id;
alter table location alter column report_submitted_at set not null;
create index location_newest on location (report_submitted_at desc, report_id desc)
    include (longitude, latitude, sanitized_longitude, sanitized_latitude);
