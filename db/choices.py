"""The closed vocabularies of a summit file, stored as short lower-case words."""

from enum import StrEnum


class Rank(StrEnum):
    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy_minister"
    AMBASSADOR = "ambassador"
    SENIOR_OFFICIAL = "senior_official"
    EXPERT = "expert"


class Level(StrEnum):
    HEADS_OF_STATE = "heads_of_state"
    MINISTERS = "ministers"
    DEPUTY_MINISTERS = "deputy_ministers"
    SENIOR_OFFICIALS = "senior_officials"


class MeetingStatus(StrEnum):
    REQUESTED = "requested"
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class Role(StrEnum):
    HOST = "host"
    GUEST = "guest"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class IssueStatus(StrEnum):
    OPEN = "open"
    UNDER_NEGOTIATION = "under_negotiation"
    AGREED = "agreed"
    DEFERRED = "deferred"
    DROPPED = "dropped"


class Stance(StrEnum):
    SUPPORT = "support"
    CONDITIONAL = "conditional"
    NEUTRAL = "neutral"
    OPPOSE = "oppose"
    UNKNOWN = "unknown"


class Instrument(StrEnum):
    LOAN = "loan"
    CONCESSIONAL_LOAN = "concessional_loan"
    GRANT = "grant"
    CREDIT_LINE = "credit_line"
    EQUITY = "equity"
    GUARANTEE = "guarantee"


class FinancingStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    SIGNED = "signed"
    DISBURSING = "disbursing"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class NamedKind(StrEnum):
    """The kinds of record that carry names in other languages (table local_name)."""

    TRACK = "track"
    DELEGATION = "delegation"
    ROOM = "room"
    LEVEL = "level"
    STATUS = "status"
    ISSUE = "issue"


class Language(StrEnum):
    """The summit's working languages besides English (ISO 639-1)."""

    RUSSIAN = "ru"
    CHINESE = "zh"
    KAZAKH = "kk"
