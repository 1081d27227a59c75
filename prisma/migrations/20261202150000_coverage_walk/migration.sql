-- Ballot assignment walks "ProposalCoverage" in coverage order through an index and stops after
-- the ballot's size, instead of reading and sorting every proposal of the event (constant work
-- per ballot, whatever the size of the event). For that the coverage row carries the proposal's
-- event, track and pool membership (status SUBMITTED, lib/ballot/candidates.ts
-- VOTING_POOL_STATUSES), kept by triggers on "Proposal", and a random tie-break that is drawn again
-- each time the proposal is assigned (proposals of equal coverage come in a fresh random order).
-- Every proposal now has a coverage row from its creation on.

ALTER TABLE "ProposalCoverage" ADD COLUMN "eventId" TEXT;
ALTER TABLE "ProposalCoverage" ADD COLUMN "trackId" TEXT;
ALTER TABLE "ProposalCoverage" ADD COLUMN "pooled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ProposalCoverage" ADD COLUMN "tiebreak" DOUBLE PRECISION NOT NULL DEFAULT random();

-- Rows for proposals that had none, then the copies for all.
INSERT INTO "ProposalCoverage" ("proposalId", "assigned", "scored")
SELECT p."id",
  (SELECT count(*) FROM "BallotItem" bi WHERE bi."proposalId" = p."id"),
  (SELECT count(*) FROM "Vote" v WHERE v."proposalId" = p."id" AND v."score" IS NOT NULL)
FROM "Proposal" p
ON CONFLICT ("proposalId") DO NOTHING;

UPDATE "ProposalCoverage" c
SET "eventId" = p."eventId", "trackId" = p."trackId", "pooled" = (p."status" = 'SUBMITTED')
FROM "Proposal" p WHERE p."id" = c."proposalId";

ALTER TABLE "ProposalCoverage" ALTER COLUMN "eventId" SET NOT NULL;
ALTER TABLE "ProposalCoverage" ALTER COLUMN "trackId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ProposalCoverage_eventId_pooled_assigned_scored_tiebreak_idx" ON "ProposalCoverage"("eventId", "pooled", "assigned", "scored", "tiebreak");

CREATE FUNCTION "podium_coverage_proposals_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProposalCoverage" ("proposalId", "eventId", "trackId", "pooled")
  SELECT "id", "eventId", "trackId", "status" = 'SUBMITTED' FROM new_proposals ORDER BY "id"
  ON CONFLICT ("proposalId") DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION "podium_coverage_proposal_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProposalCoverage"
  SET "eventId" = NEW."eventId", "trackId" = NEW."trackId", "pooled" = (NEW."status" = 'SUBMITTED')
  WHERE "proposalId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Proposal_coverage_insert" AFTER INSERT ON "Proposal"
  REFERENCING NEW TABLE AS new_proposals FOR EACH STATEMENT EXECUTE FUNCTION "podium_coverage_proposals_inserted"();
CREATE TRIGGER "Proposal_coverage_update" AFTER UPDATE OF "status", "trackId", "eventId" ON "Proposal"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."trackId" IS DISTINCT FROM NEW."trackId"
    OR OLD."eventId" IS DISTINCT FROM NEW."eventId")
  EXECUTE FUNCTION "podium_coverage_proposal_updated"();

-- The counting triggers of 20261201140000 insert a row when a proposal has none; such a row needs
-- the copies now (NOT NULL), so they read them from "Proposal". Still in proposal-id order, so
-- concurrent writers lock coverage rows in one order (no deadlock).
CREATE OR REPLACE FUNCTION "podium_coverage_items_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProposalCoverage" ("proposalId", "eventId", "trackId", "pooled", "assigned")
  SELECT p."id", p."eventId", p."trackId", p."status" = 'SUBMITTED', n.n
  FROM (SELECT "proposalId", count(*) AS n FROM new_items GROUP BY "proposalId") n
  JOIN "Proposal" p ON p."id" = n."proposalId"
  ORDER BY p."id"
  ON CONFLICT ("proposalId") DO UPDATE
    SET "assigned" = "ProposalCoverage"."assigned" + EXCLUDED."assigned", "tiebreak" = random();
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "podium_coverage_votes_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ProposalCoverage" ("proposalId", "eventId", "trackId", "pooled", "scored")
    SELECT p."id", p."eventId", p."trackId", p."status" = 'SUBMITTED', n.n
    FROM (SELECT "proposalId", count(*) AS n FROM new_votes WHERE "score" IS NOT NULL GROUP BY "proposalId") n
    JOIN "Proposal" p ON p."id" = n."proposalId"
    ORDER BY p."id"
    ON CONFLICT ("proposalId") DO UPDATE SET "scored" = "ProposalCoverage"."scored" + EXCLUDED."scored";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "ProposalCoverage" c SET "scored" = c."scored" - d.n
    FROM (SELECT "proposalId", count(*) AS n FROM old_votes WHERE "score" IS NOT NULL GROUP BY "proposalId") d
    WHERE c."proposalId" = d."proposalId";
  ELSE
    INSERT INTO "ProposalCoverage" ("proposalId", "eventId", "trackId", "pooled", "scored")
    SELECT p."id", p."eventId", p."trackId", p."status" = 'SUBMITTED', d.n
    FROM (
      SELECT "proposalId", sum(n)::int AS n FROM (
        SELECT "proposalId", count(*) FILTER (WHERE "score" IS NOT NULL) AS n FROM new_votes GROUP BY "proposalId"
        UNION ALL
        SELECT "proposalId", -count(*) FILTER (WHERE "score" IS NOT NULL) FROM old_votes GROUP BY "proposalId"
      ) x GROUP BY "proposalId" HAVING sum(n) <> 0
    ) d
    JOIN "Proposal" p ON p."id" = d."proposalId"
    ORDER BY p."id"
    ON CONFLICT ("proposalId") DO UPDATE SET "scored" = "ProposalCoverage"."scored" + EXCLUDED."scored";
  END IF;
  RETURN NULL;
END $$;
