-- V007: per-hazard planning details (issue 6): the priority facts, the ground class and depth the planner uses
-- for the hazard's tasks, and the field notes printed on its task sheets. One row per hazard that has any;
-- NULL means "not known" (the planner then uses its defaults and the sheet prints blank lines).
CREATE TABLE ml_hazard_planning (
    hazard_reference TEXT PRIMARY KEY,
    hazard_id INTEGER NOT NULL,
    blocked_access INTEGER NOT NULL DEFAULT 0 CHECK (blocked_access IN (0, 1)),
    blocked_note TEXT NOT NULL DEFAULT '',
    community_request INTEGER NOT NULL DEFAULT 0 CHECK (community_request IN (0, 1)),
    request_date TEXT,
    request_source TEXT NOT NULL DEFAULT '',
    casualties INTEGER NOT NULL DEFAULT 0 CHECK (casualties >= 0),
    last_casualty_date TEXT,
    -- ground class as the productivity catalogue reads it: LIGHT/MEDIUM/DENSE and SOFT/FIRM/ROCKY
    vegetation TEXT CHECK (vegetation IN ('LIGHT', 'MEDIUM', 'DENSE')),
    soil TEXT CHECK (soil IN ('SOFT', 'FIRM', 'ROCKY')),
    depth_cm INTEGER CHECK (depth_cm BETWEEN 1 AND 500),
    access_route TEXT NOT NULL DEFAULT '',
    safe_lane TEXT NOT NULL DEFAULT '',
    -- emergency/medevac point on WGS84 (degrees), the coordinate as typed (any supported system), what it is
    medevac_lat REAL,
    medevac_lon REAL,
    medevac_as_typed TEXT NOT NULL DEFAULT '',
    medevac_description TEXT NOT NULL DEFAULT '',
    marking_reference TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
