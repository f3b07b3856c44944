"""Printed values to canonical ones: dates, decimal numbers, currency codes. Never floats.

Each function returns ``None`` when the text is not a value of its kind, so callers can try the next
candidate instead of guessing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from ocr.han import HAN_CHAR
from ocr.memo import per_document

EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (it counts the 1900 leap-year bug in)
_SERIAL_RANGE = (20000, 80000)  # 1954 .. 2119: a bare number in a date field this size is a serial
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_RUSSIAN_MONTHS = {  # nominative and genitive (14 декабря 2026 г.), and the usual abbreviations
    **{name: i for i, names in enumerate((
        ("январь", "января", "янв"), ("февраль", "февраля", "фев"), ("март", "марта", "мар"),
        ("апрель", "апреля", "апр"), ("май", "мая"), ("июнь", "июня", "июн"), ("июль", "июля", "июл"),
        ("август", "августа", "авг"), ("сентябрь", "сентября", "сен", "сент"), ("октябрь", "октября", "окт"),
        ("ноябрь", "ноября", "ноя"), ("декабрь", "декабря", "дек"),
    ), 1) for name in names},
    **{name: i for i, names in enumerate((  # Ukrainian (21 грудня 2026 р.)
        ("січень", "січня", "січ"), ("лютий", "лютого", "лют"), ("березень", "березня", "бер"),
        ("квітень", "квітня", "квіт"), ("травень", "травня", "трав"), ("червень", "червня", "черв"),
        ("липень", "липня", "лип"), ("серпень", "серпня", "серп"), ("вересень", "вересня", "вер"),
        ("жовтень", "жовтня", "жовт"), ("листопад", "листопада", "лист"), ("грудень", "грудня", "груд"),
    ), 1) for name in names},
}  # fmt: skip
_THAI_MONTHS = {  # abbreviated (15 ม.ค. 2570) and in full
    **{name: i for i, names in enumerate((
        ("ม.ค.", "มกราคม"), ("ก.พ.", "กุมภาพันธ์"), ("มี.ค.", "มีนาคม"), ("เม.ย.", "เมษายน"),
        ("พ.ค.", "พฤษภาคม"), ("มิ.ย.", "มิถุนายน"), ("ก.ค.", "กรกฎาคม"), ("ส.ค.", "สิงหาคม"),
        ("ก.ย.", "กันยายน"), ("ต.ค.", "ตุลาคม"), ("พ.ย.", "พฤศจิกายน"), ("ธ.ค.", "ธันวาคม"),
    ), 1) for name in names},
}  # fmt: skip
_MONTH = r"(?P<mon>[A-Za-z]{3,9}|[А-Яа-яЁёІіЇїЄєҐґ]{3,9}|[\u0e00-\u0e7f.]{4,10})\.?"
BUDDHIST_OFFSET = 543  # a Thai year 2569 (Buddhist era) is 2026
_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?"),
    re.compile(r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일?"),  # Korean 2026년 12월 11일
    re.compile(
        r"(?<!\d)(?P<y>1[0-4]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?"
    ),  # Minguo 115年12月15日
    re.compile(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.IGNORECASE),  # Vietnamese
    # Oracle's DD-MON-YYYY in a Chinese session: 16-12月-2026 (also 16-12月-26)
    re.compile(r"(?<!\d)(?P<d>\d{1,2})-\s*(?P<m>\d{1,2})\s*月-(?P<y>\d{4}|\d{2})(?!\d)"),
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>\d{4})\.\s(?P<m>\d{1,2})\.\s(?P<d>\d{1,2})\.?(?!\d)"),  # Korean 2026. 12. 11.
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
    re.compile(rf"{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"),
    re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+{_MONTH}[\s,-]+(?P<y>\d{{4}})"),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})-{_MONTH}-(?P<y>\d{{2}})(?!\d)"),  # 5-Dec-26 (Tally, Oracle)
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    # 115/12/04: Taiwan's Minguo year (year 1 is 1912), three digits; 100-149 is 2011-2060
    re.compile(r"(?<![\d/.-])(?P<y>1[0-4]\d)(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/.-])"),
    # 18/11/2026 or 11/18/2026 (also 18-11-2026, and 11/18/26 with a slash)
    re.compile(r"(?<![\d/-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|(?<=/)\d{2})(?![\d/-])"),
]
MINGUO_OFFSET = 1911  # a Minguo (ROC) year plus this is the Gregorian year
# Japan's era years: 令和8年12月15日 is 2026-12-15 (令和 1 is 2019; 元年, the first year, is 1)
_JAPANESE_ERA = re.compile(
    r"(?P<era>令和|平成)\s*(?P<y>元|\d{1,2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?"
)
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}
NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:[,']\d{3})+|\d+)(?:\.\d+)?$")
NUMBER_DECIMAL_COMMA = re.compile(r"^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$")  # 1.200,50 (European)
# ... and, in a document that writes 1.200,50, also 1.500 (fifteen hundred)
_DECIMAL_COMMA_WHOLE = re.compile(r"^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
_CURRENCY_WORDS = [  # checked in this order: 港元 before 元, HK$ and US$ before $, 美元/日元 before 元
    ("HKD", ("HKD", "HK$", "港币", "港元", "HONG KONG DOLLAR", "HK DOLLAR")),
    ("BRL", ("R$", "BRL", "REAIS")),
    ("USD", ("US$", "USD")),  # (US$ holds S$: before Singapore's dollar)
    ("TWD", ("TWD", "NTD", "NT$", "新台幣", "新臺幣", "新台币", "台币")),  # before USD's $ and CNY's 元
    ("AUD", ("AUD", "A$", "AU$", "澳元")),  # dollars with their own sign, before USD's $
    ("CAD", ("CAD", "C$", "CA$", "加元")),
    ("SGD", ("SGD", "S$", "新加坡元")),
    ("NZD", ("NZD", "NZ$")),
    (
        "USD",
        ("US$", "USD", "美元", "美金", "$", "US DOLLAR", "U.S. DOLLAR", "DOLAR", "DÓLAR", "DOLLAR", "ДОЛЛАР"),
    ),
    ("RUB", ("RUB", "RUR", "₽", "РУБ")),
    ("EUR", ("EUR", "€", "欧元", "EURO")),
    ("JPY", ("JPY", "日元", "円", "JAPANESE YEN")),
    ("GBP", ("GBP", "£", "英镑", "POUND STERLING", "STERLING")),
    ("PLN", ("PLN", "ZŁ", "ZLOTY")),
    ("CZK", ("CZK", "KČ", "KORUNA", "KORUN")),
    ("HUF", ("HUF", "FORINT")),
    ("DKK", ("DKK",)),
    ("SEK", ("SEK",)),
    ("NOK", ("NOK",)),
    ("CHF", ("CHF", "瑞士法郎")),
    ("CNY", ("人民币", "RMB", "CNY", "￥", "¥", "元", "RENMINBI", "CHINESE YUAN")),
    ("INR", ("INR", "₹")),
    ("KRW", ("KRW", "₩")),
    ("THB", ("THB", "฿")),
    ("VND", ("VND", "₫")),
    ("MXN", ("MXN",)),
    ("IDR", ("IDR",)),
    ("MYR", ("MYR",)),
    ("BGN", ("BGN",)),  # (codes only: RON, TRY, ISK are inside English words: IRON, COUNTRY, RISK)
    ("UAH", ("UAH", "₴")),
    ("ZAR", ("ZAR",)),
    ("AED", ("AED",)),
]


def fold(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms (NFKC), trimmed."""
    if text.isascii():  # NFKC leaves ASCII as it is; most cells of a text layer are ASCII
        return text.strip()
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str, order: str | None = None) -> dt.date | None:
    """2026年11月18日, 2026/11/18, 2026-11-18, 18.11.2026, Nov 18, 2026, 18 November 2026, Excel serials.

    A slashed date that reads both ways (05/11/2026) is read in ``order`` (``"mdy"`` US, ``"dmy"``
    European) when the caller knows the document's habit, else not at all.
    """
    folded = fold(text)
    serial = parse_excel_serial(folded)
    if serial is not None:
        return serial
    if era := _JAPANESE_ERA.search(folded):
        year = _ERA_YEAR_ZERO[era["era"]] + (1 if era["y"] == "元" else int(era["y"]))
        with contextlib.suppress(ValueError):
            return dt.date(year, int(era["m"]), int(era["d"]))
    for pattern in _DATE_PATTERNS:
        match = pattern.search(folded)
        if not match:
            continue
        parts = match.groupdict()
        day, month = _day_month(parts, order)
        if month is None:
            continue
        year = int(parts["y"]) + {2: 2000, 3: MINGUO_OFFSET}.get(len(parts["y"]), 0)
        year -= BUDDHIST_OFFSET if year >= 2400 else 0  # Thailand counts from 543 BC
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


# Indonesian (15 Des 2026) and Dutch month names that no English one starts with
_OTHER_MONTHS = {
    "mei": 5, "agu": 8, "agt": 8, "agustus": 8, "okt": 10, "oktober": 10, "des": 12, "desember": 12,
    "maret": 3, "maart": 3, "augustus": 8,
}  # fmt: skip


def _month(name: str) -> int | None:
    """Jan, Sept, November ... -> 1..12 (a name or an abbreviation of at least three letters)."""
    name = name.lower()
    if name in _OTHER_MONTHS:
        return _OTHER_MONTHS[name]
    if name in _RUSSIAN_MONTHS:
        return _RUSSIAN_MONTHS[name]
    if (thai := _THAI_MONTHS.get(name) or _THAI_MONTHS.get(f"{name}.")) is not None:
        return thai
    return next(
        (i for i, full in enumerate(_MONTH_NAMES, 1) if len(name) >= 3 and full.startswith(name)), None
    )


def _day_month(parts: dict[str, str], order: str | None = None) -> tuple[int, int | None]:
    if parts.get("mon"):
        return int(parts["d"]), _month(parts["mon"])
    if parts.get("a"):  # d/m/Y or m/d/Y: only when one of them cannot be a month, or the habit is known
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 >= b or ((a == b or order == "dmy") and a <= 12 and b <= 12):
            return a, b
        return (b, a) if b > 12 >= a or (order == "mdy" and a <= 12 and b <= 12) else (0, None)
    return int(parts["d"]), int(parts["m"])


def slashed_dates(text: str) -> list[tuple[int, int]]:
    """The (first, second) numbers of every ``a/b/yyyy`` (``a-b-yyyy``, ``a/b/yy``) date in ``text``."""
    return [(int(m["a"]), int(m["b"])) for m in _DATE_PATTERNS[-1].finditer(fold(text))]


def is_ambiguous_date(text: str) -> bool:
    """A slashed date that is a valid date both ways round (05/11/2026), unlike 11/24/2026 or 05/05/2026."""
    return any(a != b and a <= 12 and b <= 12 for a, b in slashed_dates(text)) and not _unambiguous(text)


def _unambiguous(text: str) -> bool:
    """An earlier pattern (ISO, 2026年, a month name, dotted d.m.Y) reads the date before the slashed one."""
    folded = fold(text)
    return any(pattern.search(folded) for pattern in _DATE_PATTERNS[:-1])


def parse_excel_serial(text: str) -> dt.date | None:
    """A bare day count such as ``46344`` (a date cell that lost its date format)."""
    if not re.fullmatch(r"\d{5}(?:\.0+)?", text):
        return None
    days = int(float(text))
    if not _SERIAL_RANGE[0] <= days <= _SERIAL_RANGE[1]:
        return None
    return EXCEL_EPOCH + dt.timedelta(days=days)


_GROUPING = re.compile(r"[,']")
_CODE_GOES_ON = re.compile(r"[-/]\d")
# Thousands grouped by spaces (``1 065,00``, ``6 572.95``: Sweden, France, Business Central's no-break
# space), taken only with decimals after the last group: ``2 500`` alone may be two numbers side by side.
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?=[.,]\d{1,2}(?!\d))")
# A document writing decimal commas groups its thousands with spaces (France, Sweden, Poland: ``2 000``,
# the no-break space printed as a plain one): a cell that is nothing but such a number is one number,
# whatever decimals it has (Galaktika's quantities ``2 000,000``).
_SPACE_GROUPED_WHOLE = re.compile(r"^\s*\d{1,3}(?: \d{3})+(?:,\d+)?\s*$")
# ... also with its unit after it in the cell (POHODA's ``1 000 ks``, ``2 000 szt.``)
_SPACE_GROUPED_UNIT = re.compile(r"^\s*\d{1,3}(?: \d{3})+(?=\s+[^\W\d_])")
# a currency's ISO code (or RMB) before an amount: ``CAD 39,353.05`` (Acumatica's Order Total)
_CODES_BEFORE = "|".join(sorted({code for code, _ in _CURRENCY_WORDS} | {"RMB"}, key=len, reverse=True))
_NUMBER_FIRST = re.compile(
    rf"^\s*(?:(?:{_CODES_BEFORE})(?![A-Za-z])|US\$|HK\$|[¥$€£])?\s*([-+]?[\d,.']+)\s*(.*?)\s*$"
)


@per_document
def split_number(text: str, decimal_comma: bool = False) -> tuple[Decimal, str] | None:
    """A number with what follows it: ``'1,200 PCS'`` -> ``(Decimal('1200'), 'PCS')``.

    Accepts thousands separators, full-width digits, currency signs or codes before the number and
    units after it. ``None`` when the text does not start (after a currency) with a number.
    ``decimal_comma``: the document writes ``1.500,00`` (``ocr.number_style``), so ``1.500`` is 1500.
    """
    folded = _SPACE_GROUPED.sub(lambda m: m[0].replace(" ", ""), fold(text).replace("\u00a0", " "))
    if decimal_comma and _SPACE_GROUPED_WHOLE.match(folded):
        folded = folded.replace(" ", "")
    elif decimal_comma and (grouped := _SPACE_GROUPED_UNIT.match(folded)):
        folded = grouped[0].replace(" ", "") + folded[grouped.end() :]
    match = _NUMBER_FIRST.match(folded)
    if not match:
        return None
    digits, rest = match.groups()
    if _CODE_GOES_ON.match(rest):
        return None  # 70-10215, 3/8: a code or a ratio, not a number with a unit
    digits = digits.rstrip(".,'") or digits  # 62,5. : a speck after the number (no number ends in a mark)
    if decimal_comma and _DECIMAL_COMMA_WHOLE.match(digits):
        digits = digits.replace(".", "").replace(",", ".")
    elif not NUMBER.match(digits):
        if not NUMBER_DECIMAL_COMMA.match(digits):
            return None
        digits = digits.replace(".", "").replace(",", ".")
    if rest in ("元", "円"):
        rest = ""
    try:
        return Decimal(_GROUPING.sub("", digits).lstrip("+")), rest
    except InvalidOperation:
        return None


def parse_decimal(text: str, decimal_comma: bool = False) -> Decimal | None:
    """A number alone (currency signs and a trailing unit allowed): ``'￥14,850.00'`` -> ``14850.00``."""
    parsed = split_number(text, decimal_comma)
    return parsed[0] if parsed else None


def parse_discount(text: str, decimal_comma: bool = False) -> Decimal | None:
    """A discount in percent (``10``, ``8.00%``); a cascade (Italian ``Sconti % 10+5``: 10 % off, then
    5 % off what is left) as the one discount it comes to (14.5)."""
    steps = [parse_decimal(step, decimal_comma) for step in text.replace("%", "").split("+")]
    if None in steps:
        return None
    left = Decimal(100)
    for step in steps:
        left = left * (100 - step) / 100  # type: ignore[operator]
    return 100 - left


def parse_currency(text: str) -> str | None:
    """ISO 4217 code for a currency word or sign: 人民币/RMB/￥/元 -> CNY, US$/USD/$ -> USD, € -> EUR ..."""
    folded = fold(text).upper()
    for code, words in _CURRENCY_WORDS:
        for word in words:
            if fold(word).upper() in folded:
                return code
    return None


def address_lines(texts: list[str]) -> str:
    """An address block's lines as one address: Latin lines are its parts (``Bay 14, Central Park`` over
    ``Avonmouth, Bristol``), so a comma goes between them unless a line ends in one; Chinese wraps
    mid-word, so nothing goes between lines where either side is a Chinese character, unless a line is
    made of spaced parts itself (Oracle's ``3号仓库 收货组`` over ``长沙 湖南 410100 中国``: address lines
    composed of fields, each a part of the address like a Latin line)."""
    joined, before = texts[0], texts[0]
    for text in texts[1:]:
        cjk = HAN_CHAR.match(joined[-1:]) or HAN_CHAR.match(text[:1])
        composed = " " in before.strip() or " " in text.strip()
        joined += "" if cjk and not composed else " " if joined.endswith((",", "-", "/")) else ", "
        joined += text
        before = text
    return joined
