-- Coverage counts per proposal, maintained by triggers in the same transaction as every write to
-- "BallotItem" and "Vote" (whoever writes: ballot assignment, vote, import, cascade deletes), so
-- ballot assignment reads one row per proposal instead of counting every ballot item and vote of
-- the event (it used to slow down as the event filled). Statement-level triggers upsert in
-- proposal-id order, so concurrent assignments lock coverage rows in one order (no deadlock).

-- CreateTable
CREATE TABLE "ProposalCoverage" (
    "proposalId" TEXT NOT NULL,
    "assigned" INTEGER NOT NULL DEFAULT 0,
    "scored" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProposalCoverage_pkey" PRIMARY KEY ("proposalId")
);

-- AddForeignKey
ALTER TABLE "ProposalCoverage" ADD CONSTRAINT "ProposalCoverage_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from what exists.
INSERT INTO "ProposalCoverage" ("proposalId", "assigned", "scored")
SELECT p."id",
  (SELECT count(*) FROM "BallotItem" bi WHERE bi."proposalId" = p."id"),
  (SELECT count(*) FROM "Vote" v WHERE v."proposalId" = p."id" AND v."score" IS NOT NULL)
FROM "Proposal" p;

CREATE FUNCTION "podium_coverage_items_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProposalCoverage" ("proposalId", "assigned")
  SELECT "proposalId", count(*) FROM new_items GROUP BY "proposalId" ORDER BY "proposalId"
  ON CONFLICT ("proposalId") DO UPDATE SET "assigned" = "ProposalCoverage"."assigned" + EXCLUDED."assigned";
  RETURN NULL;
END $$;

CREATE FUNCTION "podium_coverage_items_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProposalCoverage" c SET "assigned" = c."assigned" - d.n
  FROM (SELECT "proposalId", count(*) AS n FROM old_items GROUP BY "proposalId" ORDER BY "proposalId") d
  WHERE c."proposalId" = d."proposalId";
  RETURN NULL;
END $$;

CREATE FUNCTION "podium_coverage_votes_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ProposalCoverage" ("proposalId", "scored")
    SELECT "proposalId", count(*) FROM new_votes WHERE "score" IS NOT NULL GROUP BY "proposalId" ORDER BY "proposalId"
    ON CONFLICT ("proposalId") DO UPDATE SET "scored" = "ProposalCoverage"."scored" + EXCLUDED."scored";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "ProposalCoverage" c SET "scored" = c."scored" - d.n
    FROM (SELECT "proposalId", count(*) AS n FROM old_votes WHERE "score" IS NOT NULL GROUP BY "proposalId") d
    WHERE c."proposalId" = d."proposalId";
  ELSE
    INSERT INTO "ProposalCoverage" ("proposalId", "scored")
    SELECT "proposalId", sum(n)::int FROM (
      SELECT "proposalId", count(*) FILTER (WHERE "score" IS NOT NULL) AS n FROM new_votes GROUP BY "proposalId"
      UNION ALL
      SELECT "proposalId", -count(*) FILTER (WHERE "score" IS NOT NULL) FROM old_votes GROUP BY "proposalId"
    ) d GROUP BY "proposalId" HAVING sum(n) <> 0 ORDER BY "proposalId"
    ON CONFLICT ("proposalId") DO UPDATE SET "scored" = "ProposalCoverage"."scored" + EXCLUDED."scored";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "BallotItem_coverage_insert" AFTER INSERT ON "BallotItem"
  REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION "podium_coverage_items_inserted"();
CREATE TRIGGER "BallotItem_coverage_delete" AFTER DELETE ON "BallotItem"
  REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION "podium_coverage_items_deleted"();
CREATE TRIGGER "Vote_coverage_insert" AFTER INSERT ON "Vote"
  REFERENCING NEW TABLE AS new_votes FOR EACH STATEMENT EXECUTE FUNCTION "podium_coverage_votes_changed"();
CREATE TRIGGER "Vote_coverage_update" AFTER UPDATE ON "Vote"
  REFERENCING OLD TABLE AS old_votes NEW TABLE AS new_votes FOR EACH STATEMENT EXECUTE FUNCTION "podium_coverage_votes_changed"();
CREATE TRIGGER "Vote_coverage_delete" AFTER DELETE ON "Vote"
  REFERENCING OLD TABLE AS old_votes FOR EACH STATEMENT EXECUTE FUNCTION "podium_coverage_votes_changed"();
