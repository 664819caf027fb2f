-- MineLedger workspace schema 1: an OGC GeoPackage 1.4 (OGC 12-128r18) with one feature table,
-- hazard_area, its R*Tree spatial index, and MineLedger's metadata and append-only audit trail.
-- Applied in one transaction by org.mineledger.store.Migrations; never edit after release.

PRAGMA application_id = 1196444487; -- 0x47504B47 'GPKG', GeoPackage requirement 2
PRAGMA user_version = 10400;        -- GeoPackage 1.4.0, requirement 2

-- GeoPackage core, Annex C (table definition SQL) -------------------------------------------------

CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);

-- Requirement 11: rows -1 and 0 (undefined) and 4326 (WGS 84 geodetic) must be present.
INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
       ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
       ('WGS 84 geodetic', 4326, 'EPSG', 4326,
        'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
        'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);

CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);

-- Feature table --------------------------------------------------------------------------------------
-- AUTOINCREMENT so that the id of a deleted hazard area is never given to a new one: the audit trail
-- refers to areas by id for ever. Times are GeoPackage DATETIME text, YYYY-MM-DDTHH:MM:SS.SSSZ (UTC).

CREATE TABLE hazard_area (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POLYGON NOT NULL,
  reference TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('hazard_area', 'features', 'Hazard areas', 'MineLedger hazard areas (SHA, CHA, laid minefields)', 4326);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
VALUES ('hazard_area', 'geom', 'POLYGON', 4326, 0, 0);

-- Spatial index, GeoPackage 1.4 Annex F.3 (extension gpkg_rtree_index), with the 1.4 set of triggers
-- (update1 and update3 are deprecated there and replaced by update5, update6 and update7).
-- The triggers call ST_IsEmpty and ST_MinX..ST_MaxY; MineLedger registers these as Java functions on
-- every connection (GeometryFunctions), GDAL and QGIS provide their own, so the index stays right
-- whichever program edits the layer.

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('hazard_area', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec/#extension_rtree', 'write-only');

CREATE VIRTUAL TABLE rtree_hazard_area_geom USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_hazard_area_geom_insert AFTER INSERT ON hazard_area
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_hazard_area_geom VALUES (
    NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_hazard_area_geom_update2 AFTER UPDATE OF geom ON hazard_area
  WHEN OLD.fid = NEW.fid AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_hazard_area_geom WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_hazard_area_geom_update4 AFTER UPDATE ON hazard_area
  WHEN OLD.fid != NEW.fid AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_hazard_area_geom WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_hazard_area_geom_update5 AFTER UPDATE ON hazard_area
  WHEN OLD.fid != NEW.fid AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_hazard_area_geom WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_hazard_area_geom VALUES (
    NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_hazard_area_geom_update6 AFTER UPDATE OF geom ON hazard_area
  WHEN OLD.fid = NEW.fid AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) AND
       (OLD.geom NOTNULL AND NOT ST_IsEmpty(OLD.geom))
BEGIN
  UPDATE rtree_hazard_area_geom SET
    minx = ST_MinX(NEW.geom),
    maxx = ST_MaxX(NEW.geom),
    miny = ST_MinY(NEW.geom),
    maxy = ST_MaxY(NEW.geom)
  WHERE id = NEW.fid;
END;

CREATE TRIGGER rtree_hazard_area_geom_update7 AFTER UPDATE OF geom ON hazard_area
  WHEN OLD.fid = NEW.fid AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) AND
       (OLD.geom ISNULL OR ST_IsEmpty(OLD.geom))
BEGIN
  INSERT INTO rtree_hazard_area_geom VALUES (
    NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_hazard_area_geom_delete AFTER DELETE ON hazard_area
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_hazard_area_geom WHERE id = OLD.fid;
END;

-- MineLedger tables ----------------------------------------------------------------------------------

CREATE TABLE ml_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  schema_version INTEGER NOT NULL,
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
INSERT INTO ml_meta (id, schema_version) VALUES (1, 1);

-- Append-only audit trail. Each row's hash is SHA-256 over its content and the previous row's hash
-- (see AuditLog), so a change made outside MineLedger breaks the chain and Workspace.check() finds it.
CREATE TABLE ml_audit (
  seq INTEGER PRIMARY KEY,
  time DATETIME NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);

CREATE TRIGGER ml_audit_no_update BEFORE UPDATE ON ml_audit
BEGIN
  SELECT RAISE(ABORT, 'ml_audit is append-only: audit entries cannot be changed');
END;

CREATE TRIGGER ml_audit_no_delete BEFORE DELETE ON ml_audit
BEGIN
  SELECT RAISE(ABORT, 'ml_audit is append-only: audit entries cannot be deleted');
END;
