-- Versions of each jurisdiction's published points. Every version is kept: nothing is ever overwritten.
create table versions (
  jurisdiction text not null,
  version integer not null,
  published_at timestamptz not null default now(),
  published_by text not null,
  file_name text not null default '',
  file_hash text not null default '',
  summary jsonb not null default '{}'::jsonb,
  restored_from integer,
  primary key (jurisdiction, version)
);

-- The points of every version. `data` is the validated ServicePoint; lat/lon are copied out for SQL analyses.
create table points (
  jurisdiction text not null,
  version integer not null,
  source_id text not null,
  lat double precision not null,
  lon double precision not null,
  data jsonb not null,
  primary key (jurisdiction, version, source_id),
  foreign key (jurisdiction, version) references versions (jurisdiction, version)
);

-- Which version of each jurisdiction the public sees. Switching it is the last step of a publish transaction.
create table published (
  jurisdiction text primary key,
  version integer not null,
  updated_at timestamptz not null default now(),
  foreign key (jurisdiction, version) references versions (jurisdiction, version)
);
