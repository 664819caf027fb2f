-- MineLedger workspace schema 2.
-- 1. Records which program wrote the workspace, so a file handed between teams says where it came from.
-- 2. Indexes the audit trail by item, so the history of one hazard area is found without a full scan
--    (the trail only grows: every change ever made stays in it).

ALTER TABLE ml_meta ADD COLUMN app TEXT NOT NULL DEFAULT 'MineLedger';

CREATE INDEX ml_audit_by_entity ON ml_audit (entity, entity_id, seq);
