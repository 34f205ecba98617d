"""Every state by its ISO 3166 codes and its short and official names in English, Russian,
Chinese and Kazakh, from pycountry (the Debian iso-codes data and its translations), so that a
list naming "Республика Казахстан", "Китайская Народная Республика" or "中华人民共和国" finds
the delegation whose code is the state's.

pycountry rather than Babel's CLDR territory names: CLDR has only the short names ("Казахстан",
"中国"), while iso-codes also translates the official ones ("Республика Казахстан",
"Қазақстан Республикасы", "哈萨克斯坦共和国"), which is what ministries write.
"""

from __future__ import annotations

import gettext
from functools import cache

from planner.importing.words import fold, phrase_key

CATALOGUES = ("ru", "zh_CN", "kk")
# Forms in official use that iso-codes lacks, each with where it is used:
SUPPLEMENT: dict[str, tuple[str, ...]] = {
    # Constitution of the Kyrgyz Republic (Russian text), and the short form in its name
    "KG": ("Кыргызская Республика", "Кыргызстан", "КР", "吉尔吉斯斯坦"),
    # Abbreviations of the official names used in Russian and Kazakh documents
    "KZ": ("РК", "ҚР"),
    "CN": ("КНР",),
    "UZ": ("РУз",),
    "TJ": ("РТ",),
    # the PRC's Ministry of Foreign Affairs spells Turkmenistan's official name so
    "TM": ("土库曼斯坦",),
}


@cache
def country_codes() -> dict[str, str]:
    """Folded name or code (and its stems) -> ISO 3166 alpha-2 code."""
    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for language in CATALOGUES
    ]
    index: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        for key in (fold(name), phrase_key(name)):
            index.setdefault(key, code)

    for country in pycountry.countries:
        code = country.alpha_2
        names = [
            getattr(country, attribute, None)
            for attribute in ("name", "official_name", "common_name")
        ]
        for name in (n for n in names if n):
            add(name, code)
            for translation in translations:
                add(translation.gettext(name), code)
        index.setdefault(fold(country.alpha_3), code)
        index.setdefault(fold(code), code)
    for code, forms in SUPPLEMENT.items():
        for form in forms:
            index[fold(form)] = code
            index.setdefault(phrase_key(form), code)
    return index


def country_code(text: object) -> str | None:
    """The ISO alpha-2 code of the state the text names; None when it names none."""
    index = country_codes()
    return index.get(fold(text)) or index.get(phrase_key(text))
