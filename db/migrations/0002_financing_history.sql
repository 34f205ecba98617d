-- Summit file format 2: the history of financing requests' status changes.
-- Frozen: never edit, add a new step instead.

CREATE TABLE "financing_status_change" ("id" INTEGER NOT NULL PRIMARY KEY, "request_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'signed', 'disbursing', 'rejected', 'withdrawn')), "changed_at" TEXT NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("request_id") REFERENCES "financing_request" ("id") ON DELETE CASCADE);
CREATE INDEX "financing_status_change_request_id" ON "financing_status_change" ("request_id");

-- Every existing request starts its history at its present status.
INSERT INTO "financing_status_change" ("request_id", "status", "changed_at", "note") SELECT "id", "status", strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'status when the history began' FROM "financing_request";
