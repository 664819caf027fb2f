-- V004: laid-minefield records with their life cycle and revisions, and the survey records of hazard areas
-- (survey activity, explosive ordnance finds, land release). Every change is audited in ml_audit under the
-- entities laid_minefield, survey_activity, ordnance_find and land_release.
-- These are plain (attribute) tables, not GeoPackage layers: the perimeter of a laid minefield is computed
-- from its traverse, and a release polygon is kept as WKB (EPSG:4326, x = longitude) in polygon_wkb.

CREATE TABLE ml_laid_minefield (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  number TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  supersedes INTEGER REFERENCES ml_laid_minefield (id),
  status TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'SIGNED_OFF')),
  signed_by TEXT,
  signed_role TEXT,
  signed_at DATETIME,
  hazard_fid INTEGER,
  record_json TEXT NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE (number, revision),
  CHECK ((status = 'SIGNED_OFF') = (signed_by IS NOT NULL AND signed_role IS NOT NULL AND signed_at IS NOT NULL))
);

-- A signed-off revision is locked even against plain SQL: only the link to the hazard area it became may be set.
CREATE TRIGGER ml_laid_minefield_locked BEFORE UPDATE ON ml_laid_minefield
  WHEN OLD.status = 'SIGNED_OFF' AND (NEW.record_json IS NOT OLD.record_json OR NEW.status IS NOT OLD.status
    OR NEW.number IS NOT OLD.number OR NEW.revision IS NOT OLD.revision OR NEW.supersedes IS NOT OLD.supersedes
    OR NEW.signed_by IS NOT OLD.signed_by OR NEW.signed_role IS NOT OLD.signed_role
    OR NEW.signed_at IS NOT OLD.signed_at)
BEGIN
  SELECT RAISE(ABORT, 'a signed-off laid-minefield record is locked; make a correction (new revision) instead');
END;

CREATE TRIGGER ml_laid_minefield_keep_signed BEFORE DELETE ON ml_laid_minefield
  WHEN OLD.status = 'SIGNED_OFF'
BEGIN
  SELECT RAISE(ABORT, 'a signed-off laid-minefield record cannot be deleted');
END;

CREATE TABLE ml_survey_activity (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  hazard_fid INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('NTS', 'TS')),
  survey_date DATE NOT NULL,
  team TEXT NOT NULL,
  method TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  informants_json TEXT NOT NULL DEFAULT '[]',
  created_at DATETIME NOT NULL
);
CREATE INDEX ml_survey_activity_by_hazard ON ml_survey_activity (hazard_fid);

CREATE TABLE ml_ordnance_find (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  hazard_fid INTEGER NOT NULL,
  lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
  find_date DATE NOT NULL,
  type_model TEXT NOT NULL,
  fuze_state TEXT NOT NULL DEFAULT '',
  depth_cm INTEGER NOT NULL CHECK (depth_cm >= 0),
  action_taken TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL
);
CREATE INDEX ml_ordnance_find_by_hazard ON ml_ordnance_find (hazard_fid);

CREATE TABLE ml_land_release (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  hazard_fid INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('CANCELLED', 'REDUCED', 'CLEARED')),
  method TEXT NOT NULL,
  release_date DATE NOT NULL,
  polygon_wkb BLOB NOT NULL,
  area_m2 REAL NOT NULL CHECK (area_m2 >= 0),
  created_at DATETIME NOT NULL
);
CREATE INDEX ml_land_release_by_hazard ON ml_land_release (hazard_fid);
