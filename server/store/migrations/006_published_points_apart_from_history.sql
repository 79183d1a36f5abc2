-- The published set and the history in two tables: `points` holds exactly what is published, one row per
-- jurisdiction and source id; `points_history` every row a later version replaced, with the version that replaced
-- it (`to_version`, exclusive). Publishing reads and rewrites only the published set, however long the history.
-- With one table, ending the replaced rows of a refresh read every row the jurisdiction ever had (a restore alone
-- adds a whole set): a 100k refresh's publish took ~0.6 s instead of ~0.2 s after three full replacements; an index
-- of the published rows avoided that but made every bulk load 30-40 % slower (both measured, bench/README.md).
-- Version v is the published rows with from_version <= v plus the history rows with from_version <= v < to_version.
create table points_history (
  jurisdiction text not null,
  from_version integer not null,
  to_version integer not null,
  source_id text not null,
  lat double precision not null,
  lon double precision not null,
  data text not null,
  primary key (jurisdiction, from_version, source_id),
  constraint points_history_version_range check (to_version > from_version)
);
insert into points_history (jurisdiction, from_version, to_version, source_id, lat, lon, data)
  select jurisdiction, from_version, to_version, source_id, lat, lon, data from points where to_version is not null;
delete from points where to_version is not null;
alter table points drop constraint points_version_range;
alter table points drop column to_version;
alter table points drop constraint points_pkey;
alter table points add primary key (jurisdiction, source_id);
