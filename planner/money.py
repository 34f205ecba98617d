"""Money: exact Decimal amounts with ISO 4217 codes, parsing, conversion and formatting."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from planner.errors import ValidationError

CENT = Decimal("0.01")
CURRENCY = re.compile(r"^[A-Z]{3}$")


def parse_amount(text: object, field: str = "amount") -> Decimal:
    """An amount typed by a person: spaces, apostrophes and thousands commas allowed; a
    decimal comma accepted when it is the only separator. Never a float."""
    if isinstance(text, float):
        raise TypeError("money must never be a float")
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        cleaned = re.sub(r"[\s'_\u00a0\u202f]", "", str(text or ""))
        if cleaned.count(",") == 1 and "." not in cleaned and len(cleaned.split(",")[1]) != 3:
            cleaned = cleaned.replace(",", ".")  # 1500,50: a decimal comma
        cleaned = cleaned.replace(",", "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation as error:
            raise ValidationError(
                field, f"“{text}” is not an amount; type digits, e.g. 250000000."
            ) from error
    if not value.is_finite() or value <= 0:
        raise ValidationError(field, "The amount must be more than zero.")
    if value != value.quantize(CENT):
        raise ValidationError(field, "Amounts have at most two decimals.")
    return value


def parse_rate(text: object) -> Decimal:
    """An exchange rate: a positive Decimal with as many decimals as it needs."""
    if isinstance(text, float):
        raise TypeError("rates must never be floats")
    try:
        if isinstance(text, Decimal | int):
            value = Decimal(text)
        else:
            value = Decimal(str(text or "").strip().replace(",", "."))
    except InvalidOperation as error:
        raise ValidationError("rate", f"“{text}” is not a rate; type e.g. 0.1392.") from error
    if not value.is_finite() or value <= 0:
        raise ValidationError("rate", "The rate must be more than zero.")
    return value


def check_currency(code: object, field: str = "currency") -> str:
    text = str(code or "").strip().upper()
    if not CURRENCY.match(text):
        raise ValidationError(
            field, f"“{code}” is not a currency code; use ISO 4217, e.g. USD, CNY."
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
    """12 345 678.50 USD, with thin spaces between thousands; '—' for no amount."""
    if amount is None:
        return "—"
    whole, _, cents = f"{amount.quantize(CENT):,.2f}".partition(".")
    text = f"{whole.replace(',', ' ')}.{cents}"
    if text.endswith(".00"):
        text = text[:-3]
    return f"{text} {currency}".strip()


def format_short(amount: Decimal | None, currency: str = "") -> str:
    """1.25 bn USD, 350 m USD: for totals and charts."""
    if amount is None:
        return "—"
    for size, word in ((Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"), (Decimal(10) ** 3, "k")):
        if abs(amount) >= size:
            short = (amount / size).quantize(CENT, rounding=ROUND_HALF_EVEN).normalize()
            return f"{short:f} {word} {currency}".strip()
    return format_money(amount, currency)
