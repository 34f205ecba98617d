-- Summit file format 4: names of tracks, delegations, rooms, levels, statuses and agenda issues
-- in the summit's other languages (Russian, Chinese, Kazakh), one table for every kind of
-- record, so that lists sent in any of them are matched to the summit's own records.
-- Frozen: never edit, add a new step instead.

CREATE TABLE "local_name" ("id" INTEGER NOT NULL PRIMARY KEY, "record_kind" VARCHAR(255) NOT NULL CHECK (record_kind IN ('track', 'delegation', 'room', 'level', 'status', 'issue')), "record_id" INTEGER NOT NULL, "language" VARCHAR(8) NOT NULL CHECK (language IN ('ru', 'zh', 'kk')), "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0));
CREATE UNIQUE INDEX "local_name_record_kind_record_id_language" ON "local_name" ("record_kind", "record_id", "language");
