"""Translated, human words for the stored vocabularies."""

from __future__ import annotations

from planner.vocabulary import Rank
from ui.i18n import tr


def rank_labels() -> dict[Rank, str]:
    return {
        Rank.HEAD_OF_STATE: tr("Head of state"),
        Rank.HEAD_OF_GOVERNMENT: tr("Head of government"),
        Rank.MINISTER: tr("Minister"),
        Rank.DEPUTY_MINISTER: tr("Deputy minister"),
        Rank.AMBASSADOR: tr("Ambassador"),
        Rank.SENIOR_OFFICIAL: tr("Senior official"),
        Rank.EXPERT: tr("Expert"),
    }
