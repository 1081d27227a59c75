-- feedbackWeight becomes a dial on the empirical-Bayes feedback prior (docs/decisions/006):
-- 0 = off, 1 = as far as the event's own data supports. The old default 0.3 (an additive weight)
-- becomes the new default 1; explicitly chosen other values keep their number.
ALTER TABLE "Event" ALTER COLUMN "feedbackWeight" SET DEFAULT 1;
UPDATE "Event" SET "feedbackWeight" = 1 WHERE "feedbackWeight" = 0.3;
