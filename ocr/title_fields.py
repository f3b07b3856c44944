"""Header fields no label names, read from the title of page 1: the buyer (the letterhead company, or the
largest heading) and a PO number printed in or under the title. Both score below any labelled value.
"""

from __future__ import annotations

import itertools
import re
import statistics

from ocr.candidates import COMPANY, Candidate
from ocr.han import HAN_CHAR
from ocr.labels import split_pairs
from ocr.layout import Cell, Document, Line, pipe_parts
from ocr.normalise import parse_currency

_TITLE_WORDS = re.compile(
    r"\s*(采\s*购\s*订\s*单|采\s*购\s*单|订\s*购\s*单|订\s*货\s*单|采\s*购\s*合\s*同|purchase\s+order"
    r"|[注発发]\s*[文注]\s*[書书]|발\s*주\s*서|주\s*문\s*서|đơn\s+(?:đặt|mua)\s+hàng"  # ja, ko, vi
    r"|pedidos?\s+de\s+compras?|orden\s+de\s+compra|ordine\s+(?:a\s+)?fornitore|ordine\s+d'acquisto"
    r"|bon\s+de\s+commande|bestellung|inkooporder|zam[óo]wienie(?:\s+zakupu)?|sat[ıi]n\s*alma\s+sipari[şs]i"
    r"|pesanan\s+pembelian)\s*",
    re.IGNORECASE,
)


def title_buyer(doc: Document) -> list[Candidate]:
    """The buyer when no label names it: a company name heading page 1 (``华东精密制造有限公司 采购订单``,
    ``PACIFIC HARBOR TRADING CO.``), else the page's clearly largest heading text (its letterhead).

    A letterhead naming the company in both scripts (``金豐貿易有限公司`` over ``KAM FUNG TRADING COMPANY
    LIMITED``, or both in one cell) gives first the name in the language the document's labels are in:
    the Latin name for English or bilingual labels (``Order No. 訂單編號``), the Chinese name where the
    labels are Chinese (a Taiwanese 採購單 with its English name under the Chinese one).

    An order addressed to its supplier with an honorific (``… 御中`` at the top, a Japanese or Korean
    form) prints the issuer's block under or beside that: its company is looked for a little further
    down (``ISSUER_LINES``)."""
    page = [line for line in doc.lines if line.page == 1]
    first = page[:3]
    found = _title_companies(first)
    if not found and any(_addressed(line, i) for line in first for i in range(len(line.cells))):
        first = page[:ISSUER_LINES]
        found = _title_companies(first)
    scripts = {bool(HAN_CHAR.search(candidate.text)) for candidate in found}
    if len(scripts) == 2:
        chinese_first = _labels_chinese(doc)
        found.sort(key=lambda candidate: bool(HAN_CHAR.search(candidate.text)) != chinese_first)  # stable
    return found or _largest_heading(doc, first)


def _title_companies(lines: list[Line]) -> list[Candidate]:
    """The company names in ``lines`` that are no addressee's and no label's value, each script's half."""
    found = []
    for line in lines:
        for i, cell in enumerate(line.cells):
            if _addressed(line, i):
                continue  # the company the order is sent to (御中): the supplier
            for part in pipe_parts(cell):
                name = _TITLE_WORDS.sub(" ", part.text).strip()
                if not COMPANY.search(name) or split_pairs(name)[1]:
                    continue
                found += [
                    Candidate("buyer_name", readable_name(half), cell, "title") for half in _scripts(name)
                ]
    return found


ISSUER_LINES = 8  # lines of page 1 an addressed order's issuer block starts within

_MOSTLY = 3  # Chinese labels outnumber Latin ones this many times over (TEL:, FAX: in a Chinese letterhead)


def _labels_chinese(doc: Document) -> bool:
    """Whether the document's labels are Chinese: page 1's Chinese labels outnumber its Latin ones."""
    chinese = latin = 0
    for line in doc.lines:
        if line.page != 1:
            break
        for cell in line.cells:
            for pair in split_pairs(cell.text)[1]:
                if HAN_CHAR.search(pair.label):
                    chinese += 1
                else:
                    latin += 1
    return chinese > _MOSTLY * latin


_TWO_SCRIPTS = re.compile(
    r"^(?:(?P<latin>[^\u4e00-\u9fff]+?)\s+(?P<cjk>[\u4e00-\u9fff][^A-Za-z]*)"
    r"|(?P<cjk_first>[^A-Za-z]*[\u4e00-\u9fff])\s+(?P<latin_after>[A-Za-z][^\u4e00-\u9fff]*))$"
)


def _scripts(name: str) -> list[str]:
    """A company's name as printed, or its two halves when it is printed in Latin and Chinese in one cell
    (``Sino-Link Industrial Trading Ltd. 华联实业贸易有限公司``), each a company name itself."""
    both = _TWO_SCRIPTS.match(name)
    if not both:
        return [name]
    latin, cjk = both["latin"] or both["latin_after"], both["cjk"] or both["cjk_first"]
    if COMPANY.search(latin) and COMPANY.search(cjk):
        return [latin.strip(), cjk.strip()]
    return [name]


_PART = re.compile(r"\s[-–·|•]\s")  # Vestmark B.V. - Maasboulevard 210 - 3011 TX Rotterdam: three parts


def window_parties(doc: Document) -> list[Candidate]:
    """The supplier when no label names it, in a business letter's address window (SAP forms, DIN 5008):
    the buyer's one-line return address (a company, an address, two or more `` - `` or `` · `` between)
    and, starting at the same left edge on the next line, the company the order is addressed to. The
    return address's company is the buyer, as its own legal name (a letterhead may print a logo word
    over the rest of it: ``KESSLER`` over ``Maschinenbau GmbH``)."""
    first = [line for line in doc.lines if line.page == 1][:12]
    for above, below in itertools.pairwise(first):
        sender = above.cells[0]
        parts = _PART.split(sender.text)
        return_address = len(parts) >= 3 and re.search(r"\d", sender.text) and COMPANY.search(parts[0])
        if not return_address or below.top - sender.bottom > 2 * (sender.bottom - sender.top):
            continue
        cell = below.cells[0]
        if abs(cell.x0 - sender.x0) <= 3 and COMPANY.search(cell.text) and not split_pairs(cell.text)[1]:
            return [
                Candidate("supplier_name", cell.text.strip(), cell, "window-address"),
                Candidate("buyer_name", parts[0].strip(), sender, "return-address"),
            ]
    return []


def _addressed(line: Line, i: int) -> bool:
    """Whether the line's cell ``i`` is followed by an addressee's honorific, in it or in the next cell."""
    text = line.cells[i].text.strip()
    after = line.cells[i + 1].text.strip() if i + 1 < len(line.cells) else ""
    return text.endswith(HONORIFICS) or after in HONORIFICS


HONORIFICS = ("御中", "殿", "귀중", "귀하")  # Japanese, Korean: to that company (or person)
HONORIFIC = re.compile(rf"^(?P<name>\S.*?)\s*(?:{'|'.join(HONORIFICS)})$")  # 蘇州啟航… 御中


def honorific_supplier(doc: Document) -> list[Candidate]:
    """The supplier a Japanese order is addressed to: a company name followed by 御中 (or 殿), the
    honorific a letter puts after the addressee company (not part of the name)."""
    for line in doc.lines:
        if line.page != 1:
            break
        for i, cell in enumerate(line.cells):
            if not _addressed(line, i):
                continue
            match = HONORIFIC.match(cell.text.strip()) or HONORIFIC.match(f"{cell.text.strip()} 御中")
            if match and COMPANY.search(match["name"]):  # (OCR may cut the honorific off into a cell)
                return [Candidate("supplier_name", match["name"], cell, "honorific")]
    return []


_ADDRESSEE_LINES = 15  # the top of page 1, where a letter puts the addressee


def addressee_supplier(doc: Document, named: set[str]) -> list[Candidate]:
    """The supplier when no label names it, as an unlabelled addressee block (Odoo prints the vendor's
    name and address top right, the labelled ``Shipping address`` left): a company name under page 1's
    letterhead with an address line (a digit in it) starting at its left edge right under it, that is
    none of the ``named`` companies (the letterhead's buyer, the ship-to block's name)."""
    first = [line for line in doc.lines if line.page == 1][:_ADDRESSEE_LINES]
    for above, below in itertools.pairwise(first[2:]):
        for cell in above.cells:
            name = cell.text.strip()
            if not COMPANY.search(name) or split_pairs(name)[1] or name.casefold() in named:
                continue
            under = [c for c in below.cells if abs(c.x0 - cell.x0) <= 3 and re.search(r"\d", c.text)]
            if under and below.top - cell.bottom <= cell.bottom - cell.top:
                return [Candidate("supplier_name", name, cell, "addressee")]
    return []


_TITLE_NUMBER = re.compile(
    r"(?:(?:purchase\s+order|采\s*购\s*订\s*单|订\s*购\s*单|订\s*货\s*单|P\.?O\.?)\s*)?(?:No\.?|N[º°]|Nr\.?|#|[:：])?\s*"
    r"(?P<number>(?=[^\s]*\d)[A-Z0-9][A-Z0-9/_.-]{3,29})(?:\s+/\s*\d{1,2})?",  # Protheus: 004187 /1 (a copy)
    re.IGNORECASE,
)
_MARK = r"(?:No|N[º°o]|Nr|#)\.?"  # what marks a number as one: No., Nº, N°, Nr., #
_NUMBER_MARK = re.compile(rf"\s*{_MARK}\s*", re.IGNORECASE)
_MARK_AT_END = re.compile(rf"(?:^|\s){_MARK}\s*$", re.IGNORECASE)
# A number marked as one at the end of a title cell (``... Nº 004187 /1``, ``... No. PO-1234``).
_MARKED_NUMBER = re.compile(
    r"(?<!\S)(?:No\.?|N[º°]\.?|Nr\.?|#)\s*(?P<number>(?=[^\s]*\d)[A-Z0-9][A-Z0-9/_.-]{3,29})(?:\s+/\s*\d{1,2})?\s*$",
    re.IGNORECASE,
)


def title_number(doc: Document) -> list[Candidate]:
    """A PO number printed in or under the title, with no label (``Purchase Order #P00087``, ``#PO-20417``
    under ``PURCHASE ORDER``, or a bare number right under a title cell of its own: Ariba's ``Purchase
    Order (New)`` over ``4500187326``): a weaker candidate than any labelled one."""
    page = [line for line in doc.lines if line.page == 1]
    first = page[:6]
    titled = any(_TITLE_WORDS.search(" ".join(cell.text for cell in line.cells)) for line in first)
    found = []
    for line in first:
        line_titled = bool(_TITLE_WORDS.search(" ".join(cell.text for cell in line.cells)))
        for i, cell in enumerate(line.cells):
            match = _TITLE_NUMBER.fullmatch(cell.text.strip())
            before = line.cells[i - 1].text if i else ""  # a scan's ... N° | 004187 (not a label's value)
            mark_before = _MARK_AT_END.search(before) and not split_pairs(before)[1]
            marked = _TITLE_WORDS.search(cell.text) or _NUMBER_MARK.match(cell.text) or mark_before
            if not match and line_titled:  # PEDIDO DE COMPRAS - DOLAR Nº 004187 /1
                match = marked = _MARKED_NUMBER.search(cell.text)
            if match and titled and marked and not split_pairs(cell.text)[1]:
                found.append(Candidate("po_number", match["number"], cell, "title"))
    return found or _number_under_title(page[:TITLE_LINES])


TITLE_LINES = 12  # lines of page 1 a title stands within (Ariba prints the From / To blocks over it)


def _number_under_title(lines: list[Line]) -> list[Candidate]:
    """A bare number right under a title cell of its own (``Purchase Order (New)`` over ``4500187326``)."""
    for above, line in itertools.pairwise(lines):
        for cell in line.cells:
            match = _TITLE_NUMBER.fullmatch(cell.text.strip())
            if match and any(_is_title_over(title, cell) for title in above.cells):
                return [Candidate("po_number", match["number"], cell, "title")]
    return []


# a title cell alone, with a status in brackets: ``Purchase Order (New)``, ``(Changed)``
_TITLE_CELL = re.compile(rf"{_TITLE_WORDS.pattern}(?:\(?[^()]{{1,20}}\))?\s*", re.IGNORECASE)  # OCR: new)


def _is_title_over(title: Cell, cell: Cell) -> bool:
    """Whether ``title`` is a cell of title words alone standing right over ``cell``, at its left edge."""
    close = 0 <= cell.top - title.bottom < title.bottom - title.top and abs(cell.x0 - title.x0) <= 3
    return close and bool(_TITLE_CELL.fullmatch(title.text))


def title_currency(doc: Document) -> list[Candidate]:
    """The currency the title names (Protheus: ``PEDIDO DE COMPRAS - DOLAR``), a weaker candidate than a
    label: only a title whose remaining words are a currency's name."""
    found = []
    for line in [line for line in doc.lines if line.page == 1][:6]:
        for cell in line.cells:
            if not _TITLE_WORDS.search(cell.text):
                continue
            rest = _MARKED_NUMBER.sub("", _TITLE_WORDS.sub(" ", cell.text)).strip(" -–:：()（）")
            if rest and len(rest.split()) <= 2 and parse_currency(rest):
                found.append(Candidate("currency", rest, cell, "title"))
    return found


def _largest_heading(doc: Document, first: list[Line]) -> list[Candidate]:
    heights = [cell.bottom - cell.top for line in doc.lines if line.page == 1 for cell in line.cells]
    if doc.is_sheet or len(heights) < 5 or not first:
        return []  # spreadsheet rows have no font size
    cell = max((cell for line in first for cell in line.cells), key=lambda c: c.bottom - c.top)
    name = _TITLE_WORDS.sub(" ", cell.text).strip()
    big = cell.bottom - cell.top >= 1.4 * statistics.median(heights)
    if not big or len(name) < 3 or re.search(r"\d", name) or split_pairs(name)[1] or not name.strip(" .,"):
        return []
    return [Candidate("buyer_name", readable_name(name), cell, "title-size")]


_KEEP_SHORT = re.compile(r"^(?:[A-Z&]{1,3}\.?|[A-Z]+/[A-Z]+)$")  # ABC, HK, USA, A/S: initials stay capitals
_SMALL_WORDS = {"AND", "OF", "THE", "FOR", "DE"}


def readable_name(name: str) -> str:
    """An all-capitals Latin name in the usual case (``PACIFIC HARBOR TRADING CO.`` -> ``Pacific Harbor
    Trading Co.``); initials of up to three letters stay as printed, other names are left alone, and so
    is a name with letters beyond ASCII: their case pairs are the language's own (Turkish ``KARADENİZ``
    is ``Karadeniz``, not the ``Karadeni̇z`` Unicode's rules make of it)."""
    if not re.search(r"[A-Z]{2}", name) or re.search(r"[a-z]", name) or not name.isascii():
        return name
    words = []
    for i, word in enumerate(name.split()):
        bare = word.strip(".,&()")
        if i and bare in _SMALL_WORDS:
            words.append(word.lower())
        elif _KEEP_SHORT.match(word) and bare not in ("CO", "LTD", "INC", "LLC", "PLC", "CORP"):
            words.append(word)
        else:
            words.append(word.capitalize())
    return " ".join(words)
