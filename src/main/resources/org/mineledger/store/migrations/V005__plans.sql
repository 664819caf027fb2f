-- V005: clearance planning (issue 6). The asset catalogue the planner uses, as edited by the programme
-- (defaults are not stored until someone changes them), and saved plans with the full schedule as JSON.
CREATE TABLE ml_asset_type (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('MANUAL', 'MECHANICAL', 'MDD')),
    name TEXT NOT NULL,
    team_size INTEGER NOT NULL CHECK (team_size >= 1),
    daily_cost_usd REAL NOT NULL CHECK (daily_cost_usd >= 0),
    -- {"light/soft": 400.0, ...}: m² per working day for each vegetation/soil class
    productivity_json TEXT NOT NULL,
    source TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE ml_plan (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    cost_usd REAL NOT NULL,
    area_m2 REAL NOT NULL,
    -- how it was made: country, teams, setup days, grid, box size
    settings_json TEXT NOT NULL,
    -- the schedule: teams, tasks, assignments with their working days, unscheduled tasks with reasons
    plan_json TEXT NOT NULL
);
