-- Summit file format 6: a meeting's own scheduling limits (a priority tier, a fixed day, the
-- earliest and latest start in the summit's local time; empty means none, and the tier then
-- follows the meeting's level), and the weights of the scheduler's soft preferences.
-- Frozen: never edit, add a new step instead.

ALTER TABLE "meeting" ADD COLUMN "tier" INTEGER CHECK (tier IS NULL OR tier BETWEEN 0 AND 3);
ALTER TABLE "meeting" ADD COLUMN "fixed_day" DATE;
ALTER TABLE "meeting" ADD COLUMN "earliest" TIME;
ALTER TABLE "meeting" ADD COLUMN "latest" TIME CHECK (latest IS NULL OR earliest IS NULL OR latest >= earliest);
ALTER TABLE "summit" ADD COLUMN "weight_early" INTEGER NOT NULL DEFAULT 1 CHECK (weight_early BETWEEN 0 AND 100000);
ALTER TABLE "summit" ADD COLUMN "weight_break" INTEGER NOT NULL DEFAULT 2000 CHECK (weight_break BETWEEN 0 AND 100000);
ALTER TABLE "summit" ADD COLUMN "weight_stable_room" INTEGER NOT NULL DEFAULT 500 CHECK (weight_stable_room BETWEEN 0 AND 100000);
ALTER TABLE "summit" ADD COLUMN "weight_room" INTEGER NOT NULL DEFAULT 1 CHECK (weight_room BETWEEN 0 AND 100000);
ALTER TABLE "summit" ADD COLUMN "weight_idle" INTEGER NOT NULL DEFAULT 1000 CHECK (weight_idle BETWEEN 0 AND 100000);
