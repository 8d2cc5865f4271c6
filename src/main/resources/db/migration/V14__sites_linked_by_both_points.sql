-- Sites now link each location by both of its points, the exact and the sanitised one (SiteCorrelation), so that a
-- stored site holds whole every site a member can see, whichever of the two points it is shown of each location;
-- the reads split it into the sites each member sees (ViewerSites). The sites linked before this were linked by
-- exact points only, so a member's view of them could not be told apart from a hidden location that joined them:
-- they are dropped, and the background correlation (SiteBackfill) links every location again.
update location set site_id = null where site_id is not null;
delete from site_point;
delete from site;
