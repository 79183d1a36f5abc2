-- A point is stored once per change instead of once per version: its row holds it from the version that
-- introduced it (`from_version`) until the version that changed or removed it (`to_version`, exclusive), and
-- `to_version` is null while it is published. A refresh of 100k points that changes 300 of them writes 300 rows.
-- Every version can still be read back exactly: version v is every row with from_version <= v < to_version.
alter table points rename column version to from_version;
alter table points add column to_version integer;
-- The published version is always a jurisdiction's latest (publish and restore both add one and publish it), so
-- the rows of older versions end at the next one.
update points p set to_version = p.from_version + 1
  where p.from_version <> coalesce((select pub.version from published pub where pub.jurisdiction = p.jurisdiction), -1);
alter table points add constraint points_version_range check (to_version is null or to_version > from_version);
-- `data` is the compact positional JSON of point-codec.ts, kept as text: the database never looks inside it, and
-- parsing it into jsonb cost a quarter of a bulk load.
alter table points alter column data type text using data::text;
