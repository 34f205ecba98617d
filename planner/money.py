"""Money: exact Decimal amounts with ISO 4217 codes, parsing, conversion and formatting."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal

from planner.errors import ValidationError
from planner.languages import current_language
from planner.translation import tr

# (thousands, decimal point) of amounts where the language's differ from English's.
MONEY_SEPARATORS = {"ru": ("\u00a0", ","), "kk": ("\u00a0", ","), "zh_CN": (",", ".")}

CENT = Decimal("0.01")
CURRENCY = re.compile(r"^[A-Z]{3}$")


LARGEST_AMOUNT = Decimal(10) ** 15  # a quadrillion: far above any state's budget
LARGEST_RATE = Decimal(10) ** 6
PLAIN_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def parse_amount(text: object, field: str = "amount") -> Decimal:
    """An amount typed by a person: spaces, apostrophes and thousands commas allowed; a
    decimal comma accepted when it is the only separator with one or two digits after it.
    Never a float, never exponent notation, at most two decimals."""
    if isinstance(text, float):
        raise TypeError("money must never be a float")
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        cleaned = re.sub(r"[\s'_\u00a0\u202f]", "", str(text or ""))
        if re.fullmatch(r"\d+,\d{1,2}", cleaned):
            cleaned = cleaned.replace(",", ".")  # 1500,50: a decimal comma
        elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
            cleaned = cleaned.replace(",", "")  # 1,250,000.50: thousands commas
        if not PLAIN_NUMBER.match(cleaned):
            raise ValidationError(
                field,
                tr(
                    "“{text}” is not an amount; type digits, e.g. 250000000 or 1,250,000.50."
                ).format(text=text),
            )
        value = Decimal(cleaned)
    if not value.is_finite() or value <= 0:
        raise ValidationError(field, tr("The amount must be more than zero."))
    if value >= LARGEST_AMOUNT:
        raise ValidationError(field, tr("The amount is too large to be real; check the zeros."))
    if value != value.quantize(CENT):
        raise ValidationError(field, tr("Amounts have at most two decimals."))
    return value


def parse_rate(text: object) -> Decimal:
    """An exchange rate: a positive Decimal with as many decimals as it needs."""
    if isinstance(text, float):
        raise TypeError("rates must never be floats")
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        cleaned = str(text or "").strip().replace(",", ".")
        if not PLAIN_NUMBER.match(cleaned):
            raise ValidationError(
                "rate", tr("“{text}” is not a rate; type e.g. 0.1392.").format(text=text)
            )
        value = Decimal(cleaned)
    if not value.is_finite() or value <= 0 or value >= LARGEST_RATE:
        raise ValidationError("rate", tr("The rate must be more than zero and below a million."))
    return value


def check_currency(code: object, field: str = "currency") -> str:
    text = str(code or "").strip().upper()
    if not CURRENCY.match(text):
        raise ValidationError(
            field,
            tr("“{code}” is not a currency code; use ISO 4217, e.g. USD, CNY.").format(code=code),
        )
    return text


def convert(
    amount: Decimal, currency: str, rates: dict[str, Decimal], reporting: str
) -> Decimal | None:
    """The amount in the reporting currency, rounded half to even to the cent; None when the
    currency has no rate (never zero)."""
    if currency == reporting:
        return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)
    rate = rates.get(currency)
    if rate is None:
        return None
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)


def format_money(amount: Decimal | None, currency: str = "") -> str:
    """12 345 678.50 USD, with spaces between thousands; '—' for no amount. Russian and
    Kazakh write a decimal comma and Chinese groups with commas (the chosen language's)."""
    if amount is None:
        return "—"
    whole, _, cents = f"{amount.quantize(CENT):,.2f}".partition(".")
    group, point = MONEY_SEPARATORS.get(current_language(), (" ", "."))
    text = f"{whole.replace(',', group)}{point}{cents}"
    if text.endswith(f"{point}00"):
        text = text[:-3]
    return f"{text} {currency}".strip()


def short_units() -> tuple[tuple[Decimal, str], ...]:
    """The words for large amounts, largest first: bn/m/k, млрд/млн/тыс., and Chinese 亿 and
    万 (10⁸ and 10⁴: Chinese counts in ten-thousands)."""
    if current_language() == "zh_CN":
        return ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
    return (
        (Decimal(10) ** 9, tr("bn")),
        (Decimal(10) ** 6, tr("m")),
        (Decimal(10) ** 3, tr("k")),
    )


def format_short(amount: Decimal | None, currency: str = "") -> str:
    """1.25 bn USD, 350 m USD: for totals and charts."""
    if amount is None:
        return "—"
    units = short_units()
    point = MONEY_SEPARATORS.get(current_language(), (" ", "."))[1]
    for number, (size, word) in enumerate(units):
        if abs(amount) >= size:
            short = (amount / size).quantize(CENT, rounding=ROUND_HALF_EVEN)
            if abs(short) >= 1000 and number > 0:  # 999 999 999 rounds up to 1 bn
                size, word = units[number - 1]
                short = (amount / size).quantize(CENT, rounding=ROUND_HALF_EVEN)
            return f"{short.normalize():f} {word} {currency}".replace(".", point).strip()
    return format_money(amount, currency)
