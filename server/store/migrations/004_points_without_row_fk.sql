-- The foreign key from points to versions fired a trigger per inserted row: a third of a 100k-row publish.
-- Points are only ever written in the same transaction as their version row (SqlStore.publish/restore), which
-- is what the key guaranteed.
alter table points drop constraint if exists points_jurisdiction_version_fkey;
