"""The languages Summit Planner speaks, which one is chosen (SUMMIT_PLANNER_LANGUAGE, the
user's saved choice, the system's) and putting it to work for the planner's sentences."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable

from planner import catalogue, paths, translation

# Each shipped language with its own name for itself (how a language menu lists it).
LANGUAGES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文", "kk": "Қазақ тілі"}
ENVIRONMENT = "SUMMIT_PLANNER_LANGUAGE"
SETTINGS_FILE = "settings.json"

_current = "en"


def shipped_language(tag: str | None) -> str | None:
    """The shipped language a locale tag means ("ru_RU.UTF-8", "zh-Hans-CN", "kk"), or None."""
    if not tag:
        return None
    cleaned = tag.split(".")[0].split("@")[0].replace("-", "_").lower()
    language = cleaned.split("_")[0]
    if language == "zh":
        # Traditional Chinese (Taiwan, Hong Kong) is not shipped; Simplified is not its stand-in.
        return None if any(p in ("hant", "tw", "hk", "mo") for p in cleaned.split("_")) else "zh_CN"
    return language if language in LANGUAGES else None


def system_languages() -> list[str]:
    """The locale tags the environment asks for, most wanted first (POSIX conventions)."""
    tags: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        tags.extend(part for part in value.split(":") if part)
        if name != "LANGUAGE" and value:
            break
    return tags


def saved_language() -> str | None:
    """The language the user chose in Settings ▸ Language, if any."""
    try:
        saved = json.loads((paths.data_dir() / SETTINGS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    value = saved.get("language") if isinstance(saved, dict) else None
    return value if value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """Keep the user's choice (None: follow the system again); raises DataFolderError."""
    folder = paths.usable_data_dir()
    settings_path = folder / SETTINGS_FILE
    try:
        saved = json.loads(settings_path.read_text("utf-8"))
    except (OSError, ValueError):
        saved = {}
    if not isinstance(saved, dict):
        saved = {}
    if language is None:
        saved.pop("language", None)
    else:
        saved["language"] = language
    settings_path.write_text(json.dumps(saved, ensure_ascii=False), "utf-8")


def chosen_language(system: Iterable[str] | None = None) -> str:
    """SUMMIT_PLANNER_LANGUAGE if it names a shipped language, else the saved choice, else the
    first of the system's languages that is shipped, else English."""
    from_environment = shipped_language(os.environ.get(ENVIRONMENT))
    if from_environment:
        return from_environment
    saved = saved_language()
    if saved:
        return saved
    for tag in system_languages() if system is None else system:
        found = shipped_language(tag)
        if found:
            return found
    return "en"


def use_language(language: str) -> None:
    """Translate the planner's sentences (and format its dates and numbers) in `language`."""
    global _current
    loaded = catalogue.load_catalogue(language)
    translation.install(None if loaded is None else loaded.lookup)
    _current = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _current
