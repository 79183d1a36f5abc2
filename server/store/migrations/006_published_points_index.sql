-- The published rows of a jurisdiction, found without reading its history. Publishing ends and counts them and the
-- server loads them at start; without this index each of those reads every row the jurisdiction ever had, so a
-- daily refresh would get slower every day. Unique: a source id is published once per jurisdiction.
create unique index points_published on points (jurisdiction, source_id) where to_version is null;
