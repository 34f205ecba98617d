"""Why a summit file cannot be opened or written, in one sentence a user can act on."""


class SummitFileError(Exception):
    """A summit file could not be opened, created or migrated; str() is the user's sentence."""


class NotASummitFileError(SummitFileError):
    """The file exists but is something else: a spreadsheet, another app's database, empty."""


class NewerSummitFileError(SummitFileError):
    """The file was written by a newer version of the application."""


class DamagedSummitFileError(SummitFileError):
    """SQLite reports the file as damaged; it must never be written to."""
