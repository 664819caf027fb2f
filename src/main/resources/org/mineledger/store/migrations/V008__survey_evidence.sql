-- V008: survey evidence (issue 9): GPS waypoints and tracks imported from GPX or CSV, kept as a GeoPackage
-- feature layer of points and lines (geometry type GEOMETRY) so QGIS and ogrinfo list it beside hazard_area.
-- Each row keeps the file and feature it came from; the audit trail keeps them too.

CREATE TABLE survey_evidence (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom GEOMETRY NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  time DATETIME,
  elevation REAL,
  source_file TEXT NOT NULL,
  source_feature TEXT NOT NULL,
  hazard_ref TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL
);
CREATE INDEX survey_evidence_by_area ON survey_evidence (hazard_ref);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
VALUES ('survey_evidence', 'features', 'Survey evidence',
        'GPS waypoints (points) and tracks (lines) recorded as survey evidence', 4326);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
VALUES ('survey_evidence', 'geom', 'GEOMETRY', 4326, 0, 0);
