"""The translation catalogues: lupdate run now (over ui/ and planner/) finds nothing that the
shipped .ts files lack, each .ts compiles with lrelease into the .qm that is committed beside it,
and the .qm files ship in the package and load into Qt."""

import fnmatch
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
import setuptools
from PySide6.QtCore import QTranslator

from resources.translations import update as translations

ROOT = Path(__file__).resolve().parents[2]


def messages(path: Path) -> set[tuple[str, str, str]]:
    tree = ET.parse(path)
    return {
        (context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is None
        or message.find("translation").get("type") not in ("obsolete", "vanished")
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, Path]:
    """Each shipped .ts updated by lupdate from the sources as they are now."""
    try:
        translations.tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    folder = tmp_path_factory.mktemp("fresh")
    copies = {}
    for language in translations.LANGUAGES:
        copies[language] = shutil.copy(translations.ts_path(language), folder)
    subprocess.run(
        translations.lupdate_command([Path(p) for p in copies.values()]),
        check=True,
        capture_output=True,
    )
    return {language: Path(path) for language, path in copies.items()}


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_of_the_window_and_planner_is_in_the_translation_source(fresh, language):
    shipped = translations.ts_path(language)
    missing = messages(fresh[language]) - messages(shipped)
    update = "run python -m resources.translations.update"
    assert not missing, f"{update}; missing: {sorted(missing)[:5]}"


def test_plural_messages_of_the_planner_are_extracted_with_their_english_plural(fresh):
    found = messages(fresh["ru"])
    assert ("", "%n error", "%n errors") in found  # ui.i18n.trn
    assert ("", "Delete %n meeting", "Delete %n meetings") in found


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_each_catalogue_compiles_into_the_committed_qm(tmp_path, language):
    compiled = tmp_path / "fresh.qm"
    translations.compile_catalogue(translations.ts_path(language), compiled)
    committed = translations.ts_path(language).with_suffix(".qm")
    update = "run python -m resources.translations.update"
    assert committed.read_bytes() == compiled.read_bytes(), update


def test_the_qm_files_are_package_data_and_load_into_qt():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    found = setuptools.find_packages(str(ROOT), include=config["packages"]["find"]["include"])
    assert "resources.translations" in found
    patterns = config["package-data"]["*"]
    folder = resources.files("resources.translations")
    names = [f"summit_planner_{language}.qm" for language in translations.LANGUAGES]
    for name in [*names, "qtbase_kk.qm"]:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns)
        with resources.as_file(folder / name) as path:
            translator = QTranslator()
            assert translator.load(str(path)) and not translator.isEmpty(), name


PLURAL_FORMS = {"ru": 3, "zh_CN": 1, "kk": 2}  # as lrelease numbers them for each language
PLACEHOLDERS = re.compile(r"\{[a-z_0-9]*\}|%\d|%n|<[^>]+>|%\(\w+\)[sr]|%[sr]|&[PN](?=[\s-]|$)")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_message_of_every_shipped_language_is_translated(language):
    root = ET.parse(translations.ts_path(language)).getroot()
    unfinished = []
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")]
            assert len(forms) == PLURAL_FORMS[language], source
        else:
            forms = [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            unfinished.append(source)
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_every_placeholder_and_markup(language):
    root = ET.parse(translations.ts_path(language)).getroot()
    for message in root.iter("message"):
        english = message.findtext("source", "") + (message.findtext("comment") or "")
        wanted = set(PLACEHOLDERS.findall(english))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        for form in forms:
            assert set(PLACEHOLDERS.findall(form or "")) == wanted, (english, form)
