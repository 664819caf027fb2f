-- V009: one audit entry per import (issue 9). An import of many hazard areas is recorded as ONE audit entry
-- (entity 'hazard_import') listing every area it created with the SHA-256 of its stored row, instead of one
-- entry per area repeating its polygon. This table says which hazard-area ids each such entry covers, so the
-- history of one area finds its import entry without reading every import. The import entry itself (in the
-- hash chain) is authoritative; 'mineledger check' verifies this table against it. Append-only like ml_audit.

CREATE TABLE ml_audit_range (
  seq INTEGER PRIMARY KEY REFERENCES ml_audit (seq),
  entity TEXT NOT NULL,
  first_id INTEGER NOT NULL,
  last_id INTEGER NOT NULL,
  CHECK (first_id <= last_id)
);
CREATE INDEX ml_audit_range_by_item ON ml_audit_range (entity, first_id, last_id);

CREATE TRIGGER ml_audit_range_no_update BEFORE UPDATE ON ml_audit_range
BEGIN
  SELECT RAISE(ABORT, 'ml_audit_range is append-only: it cannot be changed');
END;

CREATE TRIGGER ml_audit_range_no_delete BEFORE DELETE ON ml_audit_range
BEGIN
  SELECT RAISE(ABORT, 'ml_audit_range is append-only: it cannot be deleted from');
END;
