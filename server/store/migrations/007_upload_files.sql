-- The file of each upload waiting to be published, so that any server process can rebuild its preview: the
-- instance that validated an upload keeps the preview in memory, and behind a load balancer the publish may land
-- on another one (or come after a restart). Kept for the preview's hour, dropped once published.
-- `storage external`: out of line and uncompressed, so the upload does not wait for the server to compress a file
-- it reads back at most once.
create table upload_files (
  upload_id text primary key,
  file bytea not null,
  mapping jsonb,
  lang text not null default 'en',
  created_at timestamptz not null default now()
);
alter table upload_files alter column file set storage external;
