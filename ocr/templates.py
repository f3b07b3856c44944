"""Customer templates (``mappings/customers/*.yaml``): what the label dictionary alone does not know.

A template never replaces the template-free extractor; it feeds it. Extra labels are rewritten to a
dictionary label of their field in the document's cells, extra column headers likewise, so pairing by
layout and table detection work unchanged; constants and regex fallbacks become candidates with their
own method and score (a constant outranks everything, a page region outranks labels, a regex only fills
what no label gave); and the
template's date order settles 05/12/2026. Files are loaded with ``orderbridge.yamlconfig.load_yaml``
(kind ``customer-template``), so a broken template fails with file:line messages, like ``orderbridge lint``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ocr.candidates import Candidate
from ocr.code_shapes import DIGIT_FOR
from ocr.label_dictionary import COLUMN_LABELS, HEADER_LABELS
from ocr.labels import column_kind, label_spans
from ocr.layout import Cell, Document, Line
from ocr.normalise import parse_decimal
from ocr.parted_cells import cells_of_names
from ocr.regions import region_cell
from orderbridge.model import PurchaseOrder
from orderbridge.settings import PROJECT_ROOT

KIND = "customer-template"
TEMPLATES_DIR = PROJECT_ROOT / "mappings" / "customers"
_AMBIGUOUS_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")


@dataclass(frozen=True)
class Template:
    name: str  # the file's stem: what --template takes
    customer_name: str
    customer_code: str | None = None
    senders: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    fields: dict[str, dict[str, object]] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    decimal_separator: str | None = None  # "," or "."; None: the document's numbers decide
    dimension_sign: str | None = None  # "×": OCR's x between two numbers (D40x520) is written back as ×
    brackets: str | None = None  # "full-width": OCR's ( ) around Chinese are written back as （ ）
    item_small_print: str | None = None  # "description": smaller lines under an item are its description

    def matches(self, text: str, sender: str | None) -> bool:
        """The sender's address or domain is listed, or every keyword is in the text (spaces ignored)."""
        if sender and any(_sender_matches(sender, pattern) for pattern in self.senders):
            return True
        squeezed = "".join(text.split()).casefold()
        return bool(self.keywords) and all("".join(k.split()).casefold() in squeezed for k in self.keywords)


def _sender_matches(sender: str, pattern: str) -> bool:
    sender, pattern = sender.strip().casefold(), pattern.strip().casefold().lstrip("@")
    if "@" in pattern:
        return sender == pattern
    domain = sender.rpartition("@")[2]
    return domain == pattern or domain.endswith("." + pattern)


def load_template(path: Path) -> Template:
    """Read and validate one template file; raises ``orderbridge.yamlconfig.MappingError``.

    Parsed templates are kept by path while the file's bytes stay the same: every document looks for
    its template, and parsing and validating YAML costs about 2 ms a file, reading it a few microseconds.
    The bytes are compared rather than mtime and size, whose timestamps are coarse (an edit within the
    same few milliseconds keeping the size would be missed). A broken file is never cached: it raises
    every time."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError:
        return _parsed(path)  # load_yaml reports the missing or unreadable file its own way
    key = str(path.resolve())
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == content:
        return cached[1]
    template = _parsed(path)
    _CACHE[key] = (content, template)
    return template


_CACHE: dict[str, tuple[bytes, Template]] = {}


def _parsed(path: Path) -> Template:
    from orderbridge.yamlconfig import load_yaml

    data = load_yaml(Path(path), KIND).data
    recognise = data["recognise"]
    return Template(
        name=Path(path).stem,
        customer_name=data["customer"]["name"],
        customer_code=data["customer"].get("customer_code"),
        senders=tuple(recognise.get("senders", ())),
        keywords=tuple(recognise.get("keywords", ())),
        fields=dict(data.get("fields", {})),
        columns=dict(data.get("columns", {})),
        date_order=data.get("formats", {}).get("date_order"),
        decimal_separator=data.get("formats", {}).get("decimal_separator"),
        dimension_sign=data.get("formats", {}).get("dimension_sign"),
        brackets=data.get("formats", {}).get("brackets"),
        item_small_print=data.get("formats", {}).get("item_small_print"),
    )


def load_templates(folder: Path | None = None) -> list[Template]:
    folder = Path(folder or TEMPLATES_DIR)
    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    return [load_template(path) for path in paths]


def template_named(name: str, folder: Path | None = None) -> Template:
    """The template ``name`` (file stem); ``LookupError`` listing the known ones otherwise."""
    templates = load_templates(folder)
    for template in templates:
        if template.name == name:
            return template
    known = ", ".join(t.name for t in templates) or "none"
    raise LookupError(f"no customer template {name!r} (known: {known})")


def find_template(doc: Document, sender: str | None, folder: Path | None = None) -> Template | None:
    text = doc.text
    return next((t for t in load_templates(folder) if t.matches(text, sender)), None)


def prepare(doc: Document, template: Template) -> Document:
    """A copy of the document with the template's labels and column headers rewritten to dictionary
    labels (its lines are new; the read document stays as read, for a second extraction)."""
    labels = [
        (str(label), name)
        for name, spec in template.fields.items()
        for label in spec.get("labels", ())  # type: ignore[union-attr]
    ]
    labels.sort(key=lambda entry: -len(entry[0]))  # Delivery date before Date
    label_rules = [(_label_pattern(label), HEADER_LABELS[name][0], name) for label, name in labels]
    columns = {_squeeze(text): COLUMN_LABELS[role][0] for text, role in template.columns.items()}
    roles = {_squeeze(text): role for text, role in template.columns.items()}
    captions = {_squeeze(text): str(text) for text in template.columns}
    lines = []
    for line in _two_line_captions([_captions_as_named(line, captions) for line in doc.lines], captions):
        printed = _template_columns_apart(line.cells, captions)
        # a row of numbers holds no column heads: its 总计 is the pivot's total row, not the 总计 column
        heads = columns if sum(parse_decimal(cell.text) is not None for cell in printed) < 2 else {}
        cells = [_rewritten(cell, label_rules, heads) for cell in printed]
        named = [  # each cell's role in the template's columns, "label" where a template label named it
            roles.get(_squeeze(old.text)) or ("label" if new.text != old.text else None)
            for old, new in zip(printed, cells, strict=True)
        ]
        if sum(role in _ROLES for role in named) >= 2:  # the table's header, as the template names it
            cells = _others_set_aside(cells, named)
        lines.append(Line(line.page, cells, line.index))
    decimal_comma = template.decimal_separator == "," if template.decimal_separator else doc.decimal_comma
    described = template.item_small_print == "description"
    return replace(doc, lines=lines, decimal_comma=decimal_comma, small_print_described=described)


def _two_line_captions(lines: list[Line], captions: dict[str, str]) -> list[Line]:
    """The lines with each template column named by a caption printed over two lines (``Цана,`` over
    ``CNY``, written ``Цана, CNY`` in the template) as one cell on the upper line, in the box of both; the
    cells under it leave the lower line (a line left empty goes). A cell named whole stays as printed;
    OCR's reading of the two may be a character off (``Сума,`` over ``СМУ``: ``ocr_caption``)."""
    joined = list(lines)
    for i in range(len(joined) - 1):
        top, under = joined[i], joined[i + 1]
        if not top.cells or not under.cells or top.page != under.page:
            continue
        if under.top - top.bottom > max(c.bottom - c.top for c in top.cells):
            continue
        cells, taken = list(top.cells), set()
        for k, cell in enumerate(top.cells):
            if _squeeze(cell.text) in captions:
                continue
            below = [
                j for j, c in enumerate(under.cells) if j not in taken and c.x0 < cell.x1 and cell.x0 < c.x1
            ]
            text = " ".join([cell.text, *(under.cells[j].text for j in below)])
            if below and cell.confidence is not None and (near := ocr_caption(text, captions)):
                text = near
            if below and _squeeze(text) in captions:
                parts = [cell, *(under.cells[j] for j in below)]
                x0, x1 = min(c.x0 for c in parts), max(c.x1 for c in parts)
                cells[k] = replace(cell, text=text, x0=x0, x1=x1, bottom=max(c.bottom for c in parts))
                taken.update(below)
        if taken:
            joined[i] = Line(top.page, cells, top.index)
            left = [c for j, c in enumerate(under.cells) if j not in taken]
            joined[i + 1] = Line(under.page, left, under.index)
    return [line for line in joined if line.cells]


def _captions_as_named(line: Line, captions: dict[str, str]) -> Line:
    """An OCR'd line with each cell that misreads a template caption by a character written as the
    template names it (a text layer's cells are what was printed)."""
    if not captions or all(cell.confidence is None for cell in line.cells):
        return line
    if not any(_squeeze(cell.text) in captions for cell in line.cells):
        return line  # a header names some of its columns as the template does: not a line of labels
    cells = [
        replace(cell, text=near)
        if cell.confidence is not None and (near := ocr_caption(cell.text, captions))
        else cell
        for cell in line.cells
    ]
    return Line(line.page, cells, line.index)


# Cyrillic letters OCR takes for the Latin ones they look like, and the other way round
_LOOKALIKES = str.maketrans("АВСЕНКМОРТХУаесорух", "ABCEHKMOPTXYaecopyx")
CAPTION_MIN = 5  # characters a caption has before OCR's one wrong character in it is forgiven (Date, Rate)


def ocr_caption(text: str, captions: dict[str, str]) -> str | None:
    """The template caption OCR read ``text`` for, one character off (``Сума, СМУ`` for ``Сума, CNY``:
    Latin and Cyrillic look-alikes count as one), when no other caption is as near; None when ``text``
    names one exactly or none is near. Captions shorter than ``CAPTION_MIN`` must be read exactly
    (``单价`` and ``单位``, ``Date`` and ``Rate`` are one character apart)."""
    squeezed = _squeeze(text)
    if squeezed in captions or len(squeezed) < CAPTION_MIN:
        return None
    folded = squeezed.translate(_LOOKALIKES)
    distances = sorted(
        (Levenshtein.distance(folded, key.translate(_LOOKALIKES)), key)
        for key in captions
        if len(key) >= CAPTION_MIN
    )
    if not distances or distances[0][0] > 1 or (len(distances) > 1 and distances[1][0] <= distances[0][0]):
        return None
    return captions[distances[0][1]]


# Roles one column holds: where the template names that column, another the dictionary would give the
# role (金蝶's tax-exclusive 单价 beside the 含税单价 the template picked) is no such column.
_ONE_COLUMN_ROLES = ("line_no", "part_no", "quantity", "unit", "unit_price", "amount", "delivery_date")
_ROLES = frozenset(COLUMN_LABELS)


def _others_set_aside(cells: list[Cell], named: list[str | None]) -> list[Cell]:
    """The header's cells, those the dictionary reads as a one-column role the template gave another
    cell of it set aside (rewritten to an ``other`` label). A cell a template label named keeps its name
    (an order field: ``(财务信息)价税合计``)."""
    taken = {role for role in named if role in _ONE_COLUMN_ROLES}
    aside = COLUMN_LABELS["other"][0]
    kept = []
    for cell, role in zip(cells, named, strict=True):
        kind = column_kind(cell.text) if role is None else None
        kept.append(replace(cell, text=aside) if kind and kind[0] in taken else cell)
    return kept


_DESCRIPTION, _PART_NO = COLUMN_LABELS["description"][0], COLUMN_LABELS["part_no"][0]


def _as_column(printed: str, label: str) -> str:
    """The dictionary's name for a template's column, but for a description column printed as a code over
    its description (Ariba's ``Part # / Description``, or ``Part #/`` over ``Description`` on a second
    head line): named so still, the rows' first words stay the code (``line_table``'s code-first column)
    instead of joining the description."""
    if label != _DESCRIPTION:
        return label
    parts = [part for part in re.split(r"\s*/\s*", printed) if part]
    kinds = [found[0] if (found := column_kind(part)) else None for part in parts]
    more_under = kinds == ["part_no"] and printed.rstrip().endswith("/")  # the head's next line goes on
    return f"{_PART_NO} / {_DESCRIPTION}" if kinds == ["part_no", "description"] or more_under else label


def _label_pattern(label: str) -> re.Pattern[str]:
    body = r"\s*".join(re.escape(part) for part in label.split())
    return re.compile(rf"(?:^|(?<=\s)){body}(?=\s*[:：]|\s|$)", re.IGNORECASE)


def _squeeze(text: str) -> str:
    return "".join(text.split()).casefold()


def _template_columns_apart(cells: list[Cell], captions: dict[str, str]) -> list[Cell]:
    """Header cells holding two of the template's column names or more (``N° ligne Article``: printed
    too close for the text layer to part them) as one cell a name. A cell the dictionary names as a whole
    stays one: ``数量 单位`` is one column of quantities with their units. OCR'd cells part at names read a
    character off too, each part then written as the template names it (``Å-pris Rab %``)."""
    if not captions:
        return cells
    parted = []
    for cell in cells:
        read = cell.confidence is not None  # OCR'd: a name a character off counts too

        def names(text: str, read: bool = read) -> bool:
            return _squeeze(text) in captions or (read and bool(ocr_caption(text, captions)))

        for part in cells_of_names([cell], names, kept=column_kind):
            near = ocr_caption(part.text, captions) if read else None
            parted.append(replace(part, text=near) if near else part)
    return parted


def _rewritten(cell: Cell, label_rules: list, columns: dict[str, str]) -> Cell:
    if _squeeze(cell.text) in columns:
        return replace(cell, text=_as_column(cell.text, columns[_squeeze(cell.text)]))
    text = cell.text
    if not any(pattern.search(text) for pattern, _, _ in label_rules):
        return cell
    printed = label_spans(text)
    taken: list[tuple[int, int, str]] = []  # (start, end, canonical) of the labels rewritten
    for pattern, canonical, name in label_rules:
        match = next((m for m in pattern.finditer(text) if _free(m, name, taken, printed)), None)
        if match:
            taken.append((match.start(), match.end(), canonical))
    for start, end, canonical in sorted(taken, reverse=True):
        text = text[:start] + canonical + text[end:]
    return replace(cell, text=text)


def _free(match: re.Match[str], name: str, taken: list, printed: list[tuple[str, int, int]]) -> bool:
    """A template label neither inside one already rewritten nor the tail of a longer printed label of
    another field (the template's ``Date`` is not the date of ``Delivery date``)."""
    start, end = match.span()
    if any(start < t_end and t_start < end for t_start, t_end, _ in taken):
        return False
    return not any(f != name and p_start < start and end <= p_end for f, p_start, p_end in printed)


def add_candidates(
    candidates: dict[str, list[Candidate]], doc: Document, template: Template
) -> dict[str, list[Candidate]]:
    """Constants, page regions and regex fallbacks as candidates; ambiguous dates in the template's order."""
    found = {name: list(values) for name, values in candidates.items()}
    for name, spec in template.fields.items():
        if "value" in spec:
            cell = Cell(str(spec["value"]), 0, 0, 0, 0, 0, note=f"template {template.name}")
            found.setdefault(name, []).insert(0, Candidate(name, str(spec["value"]), cell, "template-value"))
        if "region" in spec:
            cell = region_cell(doc, spec["region"], name)  # type: ignore[arg-type]
            if cell:
                found.setdefault(name, []).append(Candidate(name, cell.text, cell, "template-region"))
        if "regex" in spec:
            pattern = re.compile(str(spec["regex"]))
            found[name] = [_in_regex_shape(candidate, pattern) for candidate in found.get(name, [])]
            hit = _regex_hit(doc.lines, str(spec["regex"]))
            if hit:  # first of the guesses it ties with (a number in the file name): the customer's rule
                found.setdefault(name, []).insert(0, Candidate(name, hit[0], hit[1], "template-regex"))
    if template.date_order:
        for name in ("order_date", "requested_delivery_date"):
            found[name] = [_dated(c, template.date_order) for c in found.get(name, [])]
    return found


# 22x16, and 22xΦ16 between two diameters; a Cyrillic page's model reads the sign as х
_OCR_TIMES = re.compile(r"(?<=\d)\s*[xXхХ]\s*(?=[ΦØφ]?\d)")
# a pair of brackets around text with Chinese in it, with the spaces OCR put inside and before them
_BRACKETED_CHINESE = re.compile(r"\s*[(（]\s*([^()（）]*[\u4e00-\u9fff][^()（）]*?)\s*[)）]")


def with_printed_signs(order: PurchaseOrder, template: Template) -> None:
    """An OCR'd order's descriptions, part numbers and payment terms with the signs the customer prints, as
    its template says. Tesseract reads the × of ``D40×520`` as the letter x whatever the language model
    (checked with chi_sim, eng and both), and a full-width bracket （ as ( with spaces around it
    (``轴承 ( 铸铁座)``): neither can be told from the page, so a customer who prints them says so and gets
    them back."""
    for line in order.lines:
        if template.dimension_sign == "×":  # a part number may be a specification too (M8×30 12.9级)
            line.description = line.description and _OCR_TIMES.sub("×", line.description)
            line.customer_part_no = line.customer_part_no and _OCR_TIMES.sub("×", line.customer_part_no)
        if line.description and template.brackets == "full-width":
            line.description = _full_width(line.description)
    if order.payment_terms and template.brackets == "full-width":
        order.payment_terms = _full_width(order.payment_terms)


def _full_width(text: str) -> str:
    return _BRACKETED_CHINESE.sub(lambda pair: f"（{pair.group(1)}）", text)


def _regex_hit(lines: list[Line], regex: str) -> tuple[str, Cell] | None:
    """The template regex's first match, in the text as read; failing that, in OCR'd text with the letters
    tesseract reads for digits beside digits put back (``POORDOO2318`` is ``POORD002318``); failing that,
    in OCR'd text read leniently (``_ocr_lenient``: ``sargyt Ne KT-000418`` for ``sargyt № (KT-\\d{6})``),
    with a 0 beside a capital read as O (``#P010482`` for ``#(PO\\d{5})``)."""
    readings = (
        (re.compile(regex), lambda text: text),
        (re.compile(regex), _digits_put_back),
        (re.compile(_ocr_lenient(regex)), _letters_put_back),
    )
    for i, (pattern, as_read) in enumerate(readings):
        for line in lines:
            for cell in line.cells:
                if i and cell.confidence is None:
                    continue  # a text layer's letters are what was printed
                text = as_read(cell.text)
                match = pattern.search(_without_marks(text) if i == 2 else text)
                if match:
                    group = 1 if pattern.groups else 0
                    return text[match.start(group) : match.end(group)], cell
    return None


# What OCR reads for the number sign: Latin models have no №, and settle on N and a letter or a degree
_NUMBER_SIGN_READ = r"(?:№|N\s?[eoº°2]\.?)"


def _ocr_lenient(regex: str) -> str:
    """A template regex as OCR can read its literal text: letters without their diacritics (a Latin model
    reads ``Üpjün edijä`` as ``Upjun edija``) and the number sign as OCR writes it (``Ne``, ``No``, ``N°``).
    Only the literal characters change (neither is a regex metacharacter); the text it is matched against
    loses its diacritics the same way (``_without_marks``), character for character."""
    return _without_marks(regex).replace("№", _NUMBER_SIGN_READ)


_ZERO_BESIDE_LETTER = re.compile(r"(?<=[A-Z])0|0(?=[A-Z])")


def _letters_put_back(text: str) -> str:
    """A 0 touching a capital read as the letter O: ``#P010482`` -> ``#PO10482`` (tried after the regex
    failed as read and with letters taken for digits; the regex then says whether a letter belongs)."""
    return _ZERO_BESIDE_LETTER.sub("O", text)


def _without_marks(text: str) -> str:
    """Each character without its combining marks (``ü`` -> ``u``, ``ş`` -> ``s``), one for one, so a match's
    place in the result is its place in ``text``."""
    return "".join(_base_letter(ch) for ch in text)


def _base_letter(ch: str) -> str:
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isalpha() and base.isascii() else ch


def _in_regex_shape(candidate: Candidate, pattern: re.Pattern[str]) -> Candidate:
    """An OCR'd candidate the field's regex does not match as read, but does with the letters read for
    digits put back: that match (the labelled ``POORDOO2318`` is ``POORD002318``)."""
    if candidate.cell.confidence is None or pattern.search(candidate.text):
        return candidate
    match = pattern.search(_digits_put_back(candidate.text))
    if not match:
        return candidate
    return replace(candidate, text=match.group(1) if pattern.groups else match.group(0))


_LETTERS_BESIDE_DIGITS = re.compile(r"[OoIl|]+(?=\d)|(?<=\d)[OoIl|]+")


def _digits_put_back(text: str) -> str:
    """O, o, I, l and | that touch a digit read as the digits 0 and 1: ``DOO2318`` -> ``D002318``; a run of
    them among letters (the ``OO`` of ``POORD``) stays."""
    return _LETTERS_BESIDE_DIGITS.sub(lambda run: run.group().translate(_DIGIT_FOR), text)


_DIGIT_FOR = str.maketrans(DIGIT_FOR)


def _dated(candidate: Candidate, order: str) -> Candidate:
    match = _AMBIGUOUS_DATE.search(candidate.text)
    if not match:
        return candidate
    first, second, year = match.groups()
    day, month = (first, second) if order == "dmy" else (second, first)
    return replace(candidate, text=f"{year}-{int(month):02d}-{int(day):02d}")
