-- Revocable sessions: every session cookie carries the user's sessionVersion from sign-in time.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- Losing a right cuts the cookies that carried it, whoever makes the change (admin page, CLI, SQL):
-- a lower global role, or a removed track-chair seat, bumps the version.
CREATE OR REPLACE FUNCTION "podium_role_rank"(r "GlobalRole") RETURNS INTEGER
  LANGUAGE SQL IMMUTABLE AS $$ SELECT CASE r WHEN 'ADMIN' THEN 2 WHEN 'ORGANIZER' THEN 1 ELSE 0 END $$;

CREATE OR REPLACE FUNCTION "podium_user_role_lowered"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
BEGIN
  IF "podium_role_rank"(NEW."role") < "podium_role_rank"(OLD."role") THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "User_role_lowered_revokes_sessions"
  BEFORE UPDATE OF "role" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "podium_user_role_lowered"();

CREATE OR REPLACE FUNCTION "podium_chair_seat_removed"() RETURNS TRIGGER
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = OLD."userId";
  RETURN OLD;
END $$;

CREATE TRIGGER "TrackChair_removed_revokes_sessions"
  AFTER DELETE ON "TrackChair"
  FOR EACH ROW EXECUTE FUNCTION "podium_chair_seat_removed"();
