"""The colours that say something across the window: errors, warnings, all-clear, hints."""

ERROR_COLOUR = "#C62828"  # a hard conflict, a missing rate, an agenda over its time
WARNING_COLOUR = "#EF8F00"  # a soft conflict
OK_COLOUR = "#2E7D32"  # no conflicts, a free slot
MESSAGE_COLOUR = "#B00020"  # a refusal written under a form
HINT_COLOUR = "#5F6368"  # explanatory small print
