-- Summit file format 1: the initial schema. Frozen: never edit, add a new step instead.

CREATE TABLE "delegation" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(12) NOT NULL CHECK (length(trim(code)) > 0), "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "head" VARCHAR(255) NOT NULL, "colour" VARCHAR(7) NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'), "precedence" INTEGER NOT NULL, "timezone" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "delegation_code" ON "delegation" ("code");

CREATE TABLE "summit" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "city" VARCHAR(255) NOT NULL, "venue" VARCHAR(255) NOT NULL, "first_day" DATE NOT NULL, "last_day" DATE NOT NULL CHECK (last_day >= first_day), "timezone" VARCHAR(255) NOT NULL, "home_delegation_id" INTEGER, "reporting_currency" VARCHAR(3) NOT NULL CHECK (reporting_currency GLOB '[A-Z][A-Z][A-Z]'), "day_start" TIME NOT NULL, "day_end" TIME NOT NULL CHECK (day_end > day_start), "slot_minutes" INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120), "transfer_minutes" INTEGER NOT NULL CHECK (transfer_minutes BETWEEN 0 AND 240), FOREIGN KEY ("home_delegation_id") REFERENCES "delegation" ("id") ON DELETE SET NULL);

CREATE TABLE "person" ("id" INTEGER NOT NULL PRIMARY KEY, "delegation_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "rank" VARCHAR(255) NOT NULL CHECK (rank IN ('head_of_state', 'head_of_government', 'minister', 'deputy_minister', 'ambassador', 'senior_official', 'expert')), "title" VARCHAR(255) NOT NULL, FOREIGN KEY ("delegation_id") REFERENCES "delegation" ("id") ON DELETE CASCADE);
CREATE INDEX "person_delegation_id" ON "person" ("delegation_id");

CREATE TABLE "room" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "building" VARCHAR(255) NOT NULL, "capacity" INTEGER NOT NULL CHECK (capacity >= 0));
CREATE UNIQUE INDEX "room_name" ON "room" ("name");

CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL CHECK (length(trim(title)) > 0), "level" VARCHAR(255) NOT NULL CHECK (level IN ('heads_of_state', 'ministers', 'deputy_ministers', 'senior_officials')), "start" TEXT NOT NULL, "end" TEXT NOT NULL CHECK ("end" > start), "room_id" INTEGER, "status" VARCHAR(255) NOT NULL CHECK (status IN ('requested', 'proposed', 'confirmed', 'held', 'cancelled')), "notes" TEXT NOT NULL, "outcome" TEXT NOT NULL, "pinned" INTEGER NOT NULL, FOREIGN KEY ("room_id") REFERENCES "room" ("id") ON DELETE SET NULL);
CREATE INDEX "meeting_start" ON "meeting" ("start");
CREATE INDEX "meeting_room_id" ON "meeting" ("room_id");

CREATE TABLE "meeting_delegation" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "delegation_id" INTEGER NOT NULL, "role" VARCHAR(255) NOT NULL CHECK (role IN ('host', 'guest')), FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("delegation_id") REFERENCES "delegation" ("id") ON DELETE RESTRICT);
CREATE INDEX "meeting_delegation_delegation_id" ON "meeting_delegation" ("delegation_id");
CREATE UNIQUE INDEX "meeting_delegation_meeting_id_delegation_id" ON "meeting_delegation" ("meeting_id", "delegation_id");

CREATE TABLE "attendee" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "required" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE);
CREATE INDEX "attendee_person_id" ON "attendee" ("person_id");
CREATE UNIQUE INDEX "attendee_meeting_id_person_id" ON "attendee" ("meeting_id", "person_id");

CREATE TABLE "track" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "colour" VARCHAR(7) NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'), "sort_order" INTEGER NOT NULL);
CREATE UNIQUE INDEX "track_name" ON "track" ("name");

CREATE TABLE "agenda_issue" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(32) NOT NULL CHECK (length(trim(code)) > 0), "title" VARCHAR(255) NOT NULL CHECK (length(trim(title)) > 0), "track_id" INTEGER NOT NULL, "description" TEXT NOT NULL, "priority" VARCHAR(255) NOT NULL CHECK (priority IN ('high', 'medium', 'low')), "lead_delegation_id" INTEGER, "status" VARCHAR(255) NOT NULL CHECK (status IN ('open', 'under_negotiation', 'agreed', 'deferred', 'dropped')), "due_date" DATE, "tags" TEXT NOT NULL, FOREIGN KEY ("track_id") REFERENCES "track" ("id") ON DELETE RESTRICT, FOREIGN KEY ("lead_delegation_id") REFERENCES "delegation" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "agenda_issue_code" ON "agenda_issue" ("code");
CREATE INDEX "agenda_issue_track_id" ON "agenda_issue" ("track_id");
CREATE INDEX "agenda_issue_lead_delegation_id" ON "agenda_issue" ("lead_delegation_id");
CREATE INDEX "agenda_issue_status" ON "agenda_issue" ("status");

CREATE TABLE "meeting_issue" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "issue_id" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL, "minutes" INTEGER CHECK (minutes IS NULL OR minutes >= 0), "outcome" TEXT NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("issue_id") REFERENCES "agenda_issue" ("id") ON DELETE CASCADE);
CREATE INDEX "meeting_issue_issue_id" ON "meeting_issue" ("issue_id");
CREATE UNIQUE INDEX "meeting_issue_meeting_id_issue_id" ON "meeting_issue" ("meeting_id", "issue_id");

CREATE TABLE "position" ("id" INTEGER NOT NULL PRIMARY KEY, "delegation_id" INTEGER NOT NULL, "issue_id" INTEGER NOT NULL, "stance" VARCHAR(255) NOT NULL CHECK (stance IN ('support', 'conditional', 'neutral', 'oppose', 'unknown')), "talking_points" TEXT NOT NULL, "red_lines" TEXT NOT NULL, "fallback" TEXT NOT NULL, "changed_at" TEXT, FOREIGN KEY ("delegation_id") REFERENCES "delegation" ("id") ON DELETE CASCADE, FOREIGN KEY ("issue_id") REFERENCES "agenda_issue" ("id") ON DELETE CASCADE);
CREATE INDEX "position_delegation_id" ON "position" ("delegation_id");
CREATE UNIQUE INDEX "position_issue_id_delegation_id" ON "position" ("issue_id", "delegation_id");

CREATE TABLE "lender" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "short_name" VARCHAR(255) NOT NULL CHECK (length(trim(short_name)) > 0), "delegation_id" INTEGER, FOREIGN KEY ("delegation_id") REFERENCES "delegation" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "lender_name" ON "lender" ("name");
CREATE UNIQUE INDEX "lender_short_name" ON "lender" ("short_name");
CREATE INDEX "lender_delegation_id" ON "lender" ("delegation_id");

CREATE TABLE "envelope" ("id" INTEGER NOT NULL PRIMARY KEY, "lender_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "amount" TEXT NOT NULL, "currency" VARCHAR(3) NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'), "description" TEXT NOT NULL, FOREIGN KEY ("lender_id") REFERENCES "lender" ("id") ON DELETE RESTRICT);
CREATE INDEX "envelope_lender_id" ON "envelope" ("lender_id");
CREATE UNIQUE INDEX "envelope_name" ON "envelope" ("name");

CREATE TABLE "exchange_rate" ("id" INTEGER NOT NULL PRIMARY KEY, "currency" VARCHAR(3) NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'), "rate" TEXT NOT NULL, "as_of" DATE NOT NULL);
CREATE UNIQUE INDEX "exchange_rate_currency" ON "exchange_rate" ("currency");

CREATE TABLE "financing_request" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(32) NOT NULL CHECK (length(trim(code)) > 0), "title" VARCHAR(255) NOT NULL CHECK (length(trim(title)) > 0), "borrower_id" INTEGER NOT NULL, "lender_id" INTEGER NOT NULL, "instrument" VARCHAR(255) NOT NULL CHECK (instrument IN ('loan', 'concessional_loan', 'grant', 'credit_line', 'equity', 'guarantee')), "sector" VARCHAR(255) NOT NULL, "amount" TEXT NOT NULL, "currency" VARCHAR(3) NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'), "status" VARCHAR(255) NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'signed', 'disbursing', 'rejected', 'withdrawn')), "issue_id" INTEGER, "envelope_id" INTEGER, "notes" TEXT NOT NULL, FOREIGN KEY ("borrower_id") REFERENCES "delegation" ("id") ON DELETE RESTRICT, FOREIGN KEY ("lender_id") REFERENCES "lender" ("id") ON DELETE RESTRICT, FOREIGN KEY ("issue_id") REFERENCES "agenda_issue" ("id") ON DELETE SET NULL, FOREIGN KEY ("envelope_id") REFERENCES "envelope" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "financing_request_code" ON "financing_request" ("code");
CREATE INDEX "financing_request_borrower_id" ON "financing_request" ("borrower_id");
CREATE INDEX "financing_request_lender_id" ON "financing_request" ("lender_id");
CREATE INDEX "financing_request_issue_id" ON "financing_request" ("issue_id");
CREATE INDEX "financing_request_envelope_id" ON "financing_request" ("envelope_id");

CREATE TABLE "financing_meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "request_id" INTEGER NOT NULL, "meeting_id" INTEGER NOT NULL, FOREIGN KEY ("request_id") REFERENCES "financing_request" ("id") ON DELETE CASCADE, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE);
CREATE INDEX "financing_meeting_meeting_id" ON "financing_meeting" ("meeting_id");
CREATE UNIQUE INDEX "financing_meeting_request_id_meeting_id" ON "financing_meeting" ("request_id", "meeting_id");
