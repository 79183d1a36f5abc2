-- Upload tokens: one jurisdiction each; only a hash of the secret is kept.
create table tokens (
  id text primary key,
  jurisdiction text not null,
  secret_hash text not null,
  label text not null default '',
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

-- Every upload's outcome, kept for audit whether or not it was published.
create table uploads (
  id text primary key,
  jurisdiction text not null,
  base_version integer,
  token_id text not null,
  file_name text not null,
  file_hash text not null,
  summary jsonb not null,
  errors jsonb not null,
  created_at timestamptz not null default now(),
  published_version integer
);

-- A jurisdiction's saved column mapping (its header → canonical column), for files with their own headers.
create table column_mappings (
  jurisdiction text primary key,
  mapping jsonb not null,
  updated_at timestamptz not null default now()
);
