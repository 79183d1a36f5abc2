-- Coordinates are WGS84 degrees; NaN compares greater than every number in PostgreSQL, so it fails this too.
alter table points add constraint points_coordinates_valid
  check (lat between -90 and 90 and lon between -180 and 180);
