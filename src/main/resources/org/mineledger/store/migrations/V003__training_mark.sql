-- V003: a workspace made from a bundled sample scenario carries its training banner and sample id,
-- so that every screen and print made from it can say "TRAINING — FICTIONAL DATA".
ALTER TABLE ml_meta ADD COLUMN training_banner TEXT NOT NULL DEFAULT '';
ALTER TABLE ml_meta ADD COLUMN sample_id TEXT NOT NULL DEFAULT '';
