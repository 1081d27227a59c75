-- Per-event acceptance share: the share of a track's proposals expected to be accepted, used by the
-- ranking's pAccept for tracks without a slot count (it was a fixed 25% before). Existing events
-- keep that 25%.
ALTER TABLE "Event" ADD COLUMN "acceptanceShare" DOUBLE PRECISION NOT NULL DEFAULT 0.25;
