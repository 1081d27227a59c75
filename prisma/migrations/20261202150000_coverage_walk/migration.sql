-- Ballot assignment orders the event's pool by coverage reading "ProposalCoverage" alone (small
-- rows, found by the index on event and pool), and checks conflicts only for the proposals it
-- takes, instead of joining every proposal of the event with its speakers on every ballot. For
-- that the coverage row carries the proposal's event, track and pool membership (status
-- SUBMITTED: the voting pool, lib/ballot/candidates.ts), kept by triggers on "Proposal"; every
-- proposal has a coverage row from its creation on.
--
-- The counters are NOT indexed, on purpose: every assignment updates about 30 coverage rows, and an
-- index on a counter makes each update leave a dead index entry and a dead row version behind
-- (measured: 5,000 assignments left ~200,000 dead versions, and reading the pool cost 1,800 pages
-- instead of 30). Without it the updates are HOT (in-page) and pruned as they go; the fill factor
-- leaves each page room for them.

ALTER TABLE "ProposalCoverage" ADD COLUMN "eventId" TEXT;
ALTER TABLE "ProposalCoverage" ADD COLUMN "trackId" TEXT;
ALTER TABLE "ProposalCoverage" ADD COLUMN "pooled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "ProposalCoverage" SET (fillfactor = 50);

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
CREATE INDEX "ProposalCoverage_eventId_pooled_idx" ON "ProposalCoverage"("eventId", "pooled");

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
  ON CONFLICT ("proposalId") DO UPDATE SET "assigned" = "ProposalCoverage"."assigned" + EXCLUDED."assigned";
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
