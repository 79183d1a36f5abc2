-- The text keys of the points compared byte by byte (collation "C") rather than by the database's locale: ids are
-- codes, not words, so no locale order means anything for them, and a locale other than C makes every btree
-- comparison of a bulk load a strcoll() call. A 91k-row COPY into `points` on PostgreSQL 15 with a C.UTF-8
-- database: 427-475 ms with the locale's order, 378-420 ms in byte order (measured, bench/README.md). Byte order is
-- also the order publish sorts its rows in (code units, which agree with UTF-8 bytes below U+E000), so the primary
-- key's btree grows at its right edge for every id, not only ASCII ones.
alter table points
  alter column jurisdiction type text collate "C",
  alter column source_id type text collate "C";
alter table points_history
  alter column jurisdiction type text collate "C",
  alter column source_id type text collate "C";
