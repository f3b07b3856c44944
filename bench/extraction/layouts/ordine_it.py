"""Unseen layout: Ferrandi Automazione S.r.l.'s "Ordine a fornitore" in Italian, EUR, 2 pages.

A packaging-machine builder near Bologna (the "packaging valley") buys bearings, linear motion parts and
fasteners from us and prints its purchase orders from its Italian ERP (Zucchetti Ad Hoc Revolution, the
standard "Ordini a fornitore" report with the company's logo), in Italian although the supplier is in
China. Italian conventions throughout: dates dd/mm/yyyy (07/12/2026), numbers with a decimal comma and
point-grouped thousands (1.065,00), QUANTITIES WITH THREE DECIMALS as the ERP keeps them (300,000 is three
hundred; 37,500 metres; 120,500 kg), prices with four (0,9200), and CASCADE DISCOUNTS in a "Sconti %"
column ("10+5": ten percent, then five percent of the rest), so the Importo is net of them. Page 1: the
logo and company block top left, the addressee in the envelope window top right under "Spett.le" (the
Italian courtesy before a company's name, on its own line) and a country line "CINA"; then a strip of
ruled label-over-value boxes (Tipo documento | Numero | Data | Cod. fornitore | Pagina; Pagamento |
Resa / Incoterms | Porto | Valuta; Vs. offerta | Consegna richiesta | Ns. referente), the "Destinazione
merce" block (the second plant's goods-in: name, receiving bay, street, postcode and town with the
province in brackets) beside "Fatturare a", and the courtesy sentence "Vi preghiamo di fornirci ...".
The line table: Pos. | Codice articolo | Descrizione | U.M. (PZ, MT, KG, CF) | Quantità | Prezzo unit. |
Sconti % | Importo | Data cons., a grey head band and dotted rules between lines; three lines carry a
note in smaller italic under the description (a drawing, a certificate, a machining note). Page 1 ends
with "A riportare" (the running sum of the Importo) and page 2 opens with "Riporto" and the same figure:
Italian forms' carry rows. Page 2 repeats the logo, "Ordine fornitore n. 418/OF del 07/12/2026 - Pagina
2 di 2" and the column heads. After the lines: Totale merce, the VAT box (FCI, fuori campo IVA:
importazione, the VAT is paid at customs) with Imposta 0,00, TOTALE ORDINE EUR, the conditions, the
"Per accettazione" signature line; on every page the small-print general conditions and the legal footer
(Cap. soc. ... i.v., R.E.A., P.IVA, codice SDI).

Truth: the PO number is the Numero (418/OF: number and the document series, as Ad Hoc prints them); the
order date Data; the requested delivery date Consegna richiesta (the earliest Data cons.); the currency
EUR (Valuta); the buyer Ferrandi Automazione S.r.l.; the supplier our English name under "Spett.le" (the
courtesy is no part of it); the ship-to address the Destinazione merce block's street and town lines joined
with ", " (the first lines name the plant and the receiving bay); the payment terms Pagamento; the total
TOTALE ORDINE (= Totale merce = the sum of the Importo column; no VAT, no freight: porto assegnato); per
line the part number Codice articolo, the description the Descrizione's first line (the italic notes under
three of them are not keyed), the unit U.M., the quantity Quantità, the unit price Prezzo unit. (before
the discounts) and the amount Importo (net of the Sconti %, so quantity x price is not the amount on the
discounted lines, as in thornbury-uk and vandenberg-odoo).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Ordine fornitore 418-OF del 07-12-2026.pdf"
BUYER = "Ferrandi Automazione S.r.l."
PO = "418/OF"
ORDER_DATE = dt.date(2026, 12, 7)
FIRST, LATER = dt.date(2027, 1, 22), dt.date(2027, 2, 5)
STREET, TOWN = "Via Bentini 31", "40128 Bologna (BO)"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "Bonifico bancario 60 gg d.f.f.m."
CENT = Decimal("0.01")
# Codice articolo, Descrizione, nota (smaller italic line under it), U.M., Quantità, Prezzo unit., Sconti %,
# Data cons.
ITEMS = [
    ("C01.6205", "Cuscinetto radiale a sfere 6205-2RS", "", "PZ", "300", "0.92", "", FIRST),
    ("C01.6308", "Cuscinetto radiale a sfere 6308-ZZ C3", "", "PZ", "120", "3.15", "5", FIRST),
    ("C02.0205", "Supporto ritto con cuscinetto UCP205", "", "PZ", "90", "2.48", "", FIRST),
    ("C03.2020", "Cuscinetto lineare LM20UU", "", "PZ", "200", "1.55", "10+5", FIRST),
    (
        "A01.1650",
        "Albero rettificato Ø16 h6 L=500 cromato",
        "Disegno FA-2231 rev. C, smussi 0,5x45° ai due lati",
        "PZ",
        "100",
        "4.40",
        "",
        FIRST,
    ),
    ("G01.2000", "Guida lineare HGR20 a misura", "", "MT", "37.5", "28.40", "", FIRST),
    ("G01.2021", "Pattino a ricircolo di sfere HGH20CA", "", "PZ", "60", "14.85", "10+5", FIRST),
    ("T01.0800", "Cinghia dentata HTD 5M-800-25 poliuretano", "", "PZ", "60", "6.45", "", FIRST),
    ("T02.0524", "Puleggia dentata HTD 5M 24 denti foro 12 H7", "", "PZ", "60", "7.90", "5", FIRST),
    ("T03.3040", "Giunto elastico D30 L40 fori 10/12", "", "PZ", "80", "3.48", "", FIRST),
    ("V01.0830", "Vite TCEI M8x30 cl. 12.9 brunita DIN 912", "", "CF", "50", "4.20", "", FIRST),
    ("V02.1008", "Dado flangiato M10 cl. 8 zincato DIN 6923", "", "CF", "30", "3.60", "", FIRST),
    ("V03.0630", "Spina cilindrica 6x30 m6 ISO 8734", "", "CF", "25", "5.75", "10", FIRST),
    (
        "S01.1605",
        "Vite a ricircolo di sfere SFU1605 C7 L=650",
        "Estremità lavorate per supporti BK12/BF12",
        "PZ",
        "12",
        "38.50",
        "",
        LATER,
    ),
    ("S02.0012", "Supporto lato fisso BK12", "", "PZ", "12", "19.80", "", LATER),
    ("S02.0112", "Supporto lato libero BF12", "", "PZ", "12", "11.25", "", LATER),
    ("P01.0032", "Forcella per cilindro pneumatico CA-32", "", "PZ", "40", "2.10", "", FIRST),
    ("P02.1837", "Catena portacavi 18x37 R48 aperta", "", "MT", "15", "12.60", "", LATER),
    ("M01.0020", "Collare di bloccaggio Ø20 a morsetto", "", "PZ", "150", "0.86", "10+5", FIRST),
    ("M02.0008", "Pressore a sfera M8 inox", "", "PZ", "400", "0.38", "", FIRST),
    (
        "M03.6140",
        "Barra tonda alluminio 6061 T6 Ø40",
        "Certificato di collaudo 3.1 secondo EN 10204",
        "KG",
        "120.5",
        "4.80",
        "",
        LATER,
    ),
    ("M04.0006", "Rondella elastica M6 zincata DIN 127", "", "CF", "40", "1.95", "", FIRST),
]
LEFT, RIGHT = 40, 556
COLUMNS = [  # heading, width, align
    ("Pos.", 26, "c"),
    ("Codice articolo", 62, "l"),
    ("Descrizione", 168, "l"),
    ("U.M.", 24, "c"),
    ("Quantità", 44, "r"),
    ("Prezzo unit.", 50, "r"),
    ("Sconti %", 40, "c"),
    ("Importo", 50, "r"),
    ("Data cons.", 52, "c"),
]
EDGES = [float(LEFT)]
for _, _width, _ in COLUMNS:
    EDGES.append(EDGES[-1] + _width)
ROW_H, NOTE_H = 18, 9.5
PAGE_BOTTOM = 170  # the carry row, the small print and the legal footer below it
PAGES = 2


def eu(value: Decimal | str, places: int = 2) -> str:
    """Italian numbers: 1.065,00 (point-grouped thousands, decimal comma)."""
    return f"{Decimal(value):,.{places}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def money(value: Decimal | str) -> str:
    return eu(value)


def day(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def net(qty: str, price: str, discounts: str) -> Decimal:
    """The Importo: quantity x price less each discount of the cascade in turn, rounded to the cent."""
    value = Decimal(qty) * Decimal(price)
    for step in filter(None, discounts.split("+")):
        value = value * (100 - Decimal(step)) / 100
    return value.quantize(CENT, ROUND_HALF_UP)


def total() -> Decimal:
    return sum((net(item[4], item[5], item[6]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=code,
            description=text,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=Decimal(price),
            amount=net(qty, price, discounts),
        )
        for n, (code, text, _, unit, qty, price, discounts, _) in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=min(item[7] for item in ITEMS),
        currency="EUR",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        total_amount=total(),
        lines=lines,
    )


def _logo(c, top: float) -> None:
    bold, font = draw.LATIN_BOLD, draw.LATIN_FONT
    c.setFillColorRGB(0.05, 0.35, 0.25)
    c.rect(LEFT, top - 30, 30, 30, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, LEFT + 15, top - 20, "FA", bold, 13, "center")
    c.setFillColorRGB(0.05, 0.35, 0.25)
    draw.text(c, LEFT + 38, top - 12, "FERRANDI", bold, 15)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, LEFT + 38, top - 25, "AUTOMAZIONE  ·  packaging machinery", font, 7.5)


def _company(c, top: float) -> None:
    font = draw.LATIN_FONT
    lines = [
        (BUYER, draw.LATIN_BOLD, 9),
        ("Via dell'Industria 14 - 40013 Castel Maggiore (BO) - Italia", font, 7.5),
        ("Tel. +39 051 712 4580 - acquisti@ferrandi-automazione.it", font, 7.5),
        ("C.F. e P.IVA IT02841561203", font, 7.5),
    ]
    for k, (line, face, size) in enumerate(lines):
        draw.text(c, LEFT, top - 44 - 10 * k, line, face, size)


def _window(c, top: float) -> None:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    x = 330
    draw.text(c, x, top - 6, "Spett.le", font, 8.5)
    draw.text(c, x, top - 19, OUR_NAME_EN, bold, 9)
    lines = ["No. 88 Fengli Street", "Suzhou Industrial Park", "215000 Suzhou, Jiangsu", "CINA"]
    for k, line in enumerate(lines):
        draw.text(c, x, top - 31 - 11 * k, line, font, 9)


def _strip(c, top: float, boxes: list[tuple[str, str, float]]) -> float:
    """One row of ruled boxes, the label small on top and the value under it; returns the bottom."""
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    height = 24
    x = float(LEFT)
    c.setLineWidth(0.5)
    for label, value, width in boxes:
        c.rect(x, top - height, width, height)
        draw.text(c, x + 3, top - 8, label, font, 6.5)
        draw.text(c, x + 3, top - 19, value, bold, 8.5)
        x += width
    return top - height


def _first_head(c) -> float:
    top = draw.PAGE_HEIGHT - 40
    _logo(c, top)
    _company(c, top)
    _window(c, top - 20)
    y = top - 104
    y = _strip(
        c,
        y,
        [
            ("Tipo documento", "ORDINE FORNITORE", 130),
            ("Numero", PO, 86),
            ("Data", day(ORDER_DATE), 86),
            ("Cod. fornitore", "F00287", 120),
            ("Pagina", f"1 di {PAGES}", 94),
        ],
    )
    y = _strip(
        c,
        y,
        [
            ("Pagamento", TERMS, 216),
            ("Resa / Incoterms", "FCA Shanghai", 120),
            ("Porto", "Assegnato", 86),
            ("Valuta", "EUR", 94),
        ],
    )
    y = _strip(
        c,
        y,
        [
            ("Vs. offerta", "QH-26-1187 del 28/11/2026", 216),
            ("Consegna richiesta", day(min(item[7] for item in ITEMS)), 120),
            ("Ns. referente", "Ing. Marco Bellini - tel. 051 712 4588", 180),
        ],
    )
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    y -= 18
    draw.text(c, LEFT, y, "Destinazione merce", bold, 8)
    draw.text(c, 330, y, "Fatturare a", bold, 8)
    ship = [f"{BUYER} - Stabilimento 2", "Ricevimento merci, baia 4", STREET, TOWN]
    bill = [BUYER, "Via dell'Industria 14", "40013 Castel Maggiore (BO)", "Codice SDI M5UXCR1"]
    for k, (left, right) in enumerate(zip(ship, bill, strict=True)):
        draw.text(c, LEFT, y - 11 - 10.5 * k, left, font, 8.5)
        draw.text(c, 330, y - 11 - 10.5 * k, right, font, 8.5)
    y -= 11 + 10.5 * len(ship) + 12
    draw.text(
        c,
        LEFT,
        y,
        "Vi preghiamo di fornirci, alle condizioni sotto indicate, il seguente materiale:",
        font,
        8.5,
    )
    return y - 12


def _next_head(c, page: int) -> float:
    top = draw.PAGE_HEIGHT - 40
    _logo(c, top)
    title = f"Ordine fornitore n. {PO} del {day(ORDER_DATE)} - Pagina {page} di {PAGES}"
    draw.text(c, RIGHT, top - 20, title, draw.LATIN_BOLD, 9, "right")
    return top - 56


def _heads(c, top: float) -> float:
    bold = draw.LATIN_BOLD
    c.setFillColorRGB(0.85, 0.9, 0.87)
    c.rect(LEFT, top - 15, RIGHT - LEFT, 15, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.7)
    c.line(LEFT, top, RIGHT, top)
    c.line(LEFT, top - 15, RIGHT, top - 15)
    for col, (heading, _, align) in enumerate(COLUMNS):
        _put(c, col, top - 10.5, heading, bold, 7.5, align)
    return top - 15


def _put(c, col: int, y: float, value: str, font: str, size: float, align: str) -> None:
    if align == "r":
        draw.text(c, EDGES[col + 1] - 3, y, value, font, size, "right")
    elif align == "c":
        draw.text(c, (EDGES[col] + EDGES[col + 1]) / 2, y, value, font, size, "center")
    else:
        draw.text(c, EDGES[col] + 3, y, value, font, size)


def _line(c, y: float, n: int, item: tuple) -> float:
    font = draw.LATIN_FONT
    code, text, note, unit, qty, price, discounts, due = item
    cells = [
        str(n),
        code,
        text,
        unit,
        eu(qty, 3),
        eu(price, 4),
        discounts,
        eu(net(qty, price, discounts)),
        day(due),
    ]
    base = y - 12
    for col, value in enumerate(cells):
        if value:
            _put(c, col, base, value, font, 8, COLUMNS[col][2])
    bottom = y - ROW_H
    if note:
        draw.text(c, EDGES[2] + 3, base - 9.5, note, "Helvetica-Oblique", 6.5)
        bottom -= NOTE_H
    c.saveState()
    c.setDash(1, 2)
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.line(LEFT, bottom, RIGHT, bottom)
    c.restoreState()
    return bottom


def _carry(c, y: float, label: str, value: Decimal) -> float:
    """ "A riportare" at the foot of a page, "Riporto" at the head of the next: the running sum."""
    bold = draw.LATIN_BOLD
    draw.text(c, EDGES[5] - 3, y - 11, label, bold, 8, "right")
    draw.text(c, EDGES[8] - 3, y - 11, eu(value), bold, 8, "right")
    c.setLineWidth(0.5)
    c.line(EDGES[5], y - ROW_H, RIGHT, y - ROW_H)
    return y - ROW_H


def _footer(c) -> None:
    font = draw.LATIN_FONT
    small = [
        "Condizioni generali di acquisto: la merce viaggia a rischio del fornitore fino alla resa pattuita. "
        "Indicare sempre numero e data del presente ordine",
        "su documento di trasporto, packing list e fattura. Consegne parziali solo se autorizzate. "
        "Per quanto non espressamente previsto valgono le Ns. condizioni",
        "generali di acquisto rev. 04/2025, disponibili su richiesta. Foro competente: Bologna.",
    ]
    for k, line in enumerate(small):
        draw.text(c, LEFT, 86 - 8 * k, line, font, 6)
    c.setLineWidth(0.4)
    c.line(LEFT, 52, RIGHT, 52)
    legal = (
        f"{BUYER} - Cap. soc. € 100.000,00 i.v. - R.E.A. BO-512347 - Reg. Imprese di Bologna, "
        "C.F. e P.IVA 02841561203 - Codice SDI M5UXCR1"
    )
    draw.text(c, draw.PAGE_WIDTH / 2, 42, legal, font, 6.5, "center")


def _totals(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    y -= 14
    c.setLineWidth(0.5)
    boxes = [
        ("Totale merce", eu(total()), 110, "right"),
        ("Cod. IVA", "FCI", 50, "left"),
        ("Descrizione IVA", "Fuori campo IVA - importazione (IVA assolta in dogana)", 246, "left"),
        ("Imposta", "0,00", 110, "right"),
    ]
    x = float(LEFT)
    for label, value, width, align in boxes:
        c.rect(x, y - 24, width, 24)
        draw.text(c, x + 3, y - 8, label, font, 6.5)
        draw.text(c, x + width - 3 if align == "right" else x + 3, y - 19, value, bold, 8, align)
        x += width
    y -= 24
    c.setFillColorRGB(0.85, 0.9, 0.87)
    c.rect(RIGHT - 216, y - 20, 216, 20, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, RIGHT - 212, y - 13.5, "TOTALE ORDINE EUR", bold, 9.5)
    draw.text(c, RIGHT - 4, y - 13.5, eu(total()), bold, 9.5, "right")
    y -= 40
    notes = [
        "Note: certificati dei materiali ove richiesto; imballo idoneo al trasporto marittimo, "
        "pallet fumigati ISPM 15.",
        "Si prega di restituire copia del presente ordine firmata per accettazione entro 3 giorni "
        "lavorativi dal ricevimento.",
    ]
    for line in notes:
        draw.text(c, LEFT, y, line, font, 8)
        y -= 11
    y -= 26
    draw.text(c, LEFT, y, "Per accettazione (timbro e firma del fornitore)", font, 8)
    draw.text(c, RIGHT, y, f"{BUYER} - Ufficio Acquisti", font, 8, "right")
    c.setLineWidth(0.4)
    c.line(LEFT, y - 26, LEFT + 200, y - 26)
    c.line(RIGHT - 200, y - 26, RIGHT, y - 26)
    return y - 26


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Ordine fornitore {PO}")
    y = _heads(c, _first_head(c))
    page, running = 1, Decimal(0)
    for n, item in enumerate(ITEMS, start=1):
        height = ROW_H + (NOTE_H if item[2] else 0)
        if y - height < PAGE_BOTTOM:
            _carry(c, y, "A riportare", running)
            _footer(c)
            c.showPage()
            page += 1
            y = _carry(c, _heads(c, _next_head(c, page)), "Riporto", running)
        y = _line(c, y, n, item)
        running += net(item[4], item[5], item[6])
    if page != PAGES:
        raise AssertionError(f"{page} pages, the heads say {PAGES}")
    _totals(c, y)
    _footer(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
