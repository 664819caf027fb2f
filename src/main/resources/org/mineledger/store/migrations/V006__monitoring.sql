-- V006: marking plans and monitoring until handover (issue 7). Plain attribute tables keyed by the hazard
-- area's reference (HA-0001), so that records of an area stay readable in the audit trail even after the area
-- itself changes. Dates are ISO local dates (YYYY-MM-DD), times GeoPackage UTC text.

-- Who monitors an area and how often (near a settlement or not).
CREATE TABLE ml_monitoring_area (
  hazard_ref TEXT PRIMARY KEY NOT NULL,
  team TEXT NOT NULL DEFAULT '',
  near_settlement INTEGER NOT NULL DEFAULT 1 CHECK (near_settlement IN (0, 1)),
  monitoring_from TEXT
);

-- A marking plan as it was made: options, the sign table and the quantities, as JSON.
CREATE TABLE ml_marking_plan (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hazard_ref TEXT NOT NULL,
  created_at TEXT NOT NULL,
  plan_json TEXT NOT NULL
);
CREATE INDEX ml_marking_plan_by_area ON ml_marking_plan (hazard_ref, id);

CREATE TABLE ml_inspection (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hazard_ref TEXT NOT NULL,
  inspected_on TEXT NOT NULL,
  inspector TEXT NOT NULL,
  team TEXT NOT NULL DEFAULT '',
  missing_signs TEXT NOT NULL DEFAULT '',
  damaged_signs TEXT NOT NULL DEFAULT '',
  fence_breaches INTEGER NOT NULL DEFAULT 0 CHECK (fence_breaches >= 0),
  evidence_of_entry INTEGER NOT NULL DEFAULT 0 CHECK (evidence_of_entry IN (0, 1)),
  reviews_done INTEGER NOT NULL DEFAULT 0 CHECK (reviews_done IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX ml_inspection_by_area ON ml_inspection (hazard_ref, inspected_on);

-- Photos and other files taken at an inspection, kept inside the workspace.
CREATE TABLE ml_inspection_attachment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  inspection_id INTEGER NOT NULL REFERENCES ml_inspection (id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL
);

CREATE TABLE ml_monitoring_event (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hazard_ref TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('FLOOD', 'STORM', 'FIRE', 'FROST_HEAVE', 'REPORTED_ENTRY')),
  occurred_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ml_follow_up (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  inspection_id INTEGER REFERENCES ml_inspection (id),
  hazard_ref TEXT NOT NULL,
  team TEXT NOT NULL DEFAULT '',
  task TEXT NOT NULL,
  due_on TEXT NOT NULL,
  done_on TEXT
);

-- Self-destruct and self-deactivation data of a laid minefield's mines (Amended Protocol II, Technical Annex 3).
CREATE TABLE ml_self_destruct (
  hazard_ref TEXT PRIMARY KEY NOT NULL,
  laying_completed TEXT NOT NULL,
  self_destruct_s INTEGER NOT NULL CHECK (self_destruct_s > 0),
  self_deactivation_s INTEGER NOT NULL CHECK (self_deactivation_s >= self_destruct_s)
);
