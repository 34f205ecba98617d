-- Summit file format 3: a random identifier per summit, kept by copies of the file, so that
-- calendar events exported from it keep the same UID from one export to the next.
-- Frozen: never edit, add a new step instead.

ALTER TABLE "summit" ADD COLUMN "uid" VARCHAR(255) NOT NULL DEFAULT '';
UPDATE "summit" SET "uid" = lower(hex(randomblob(16)));
