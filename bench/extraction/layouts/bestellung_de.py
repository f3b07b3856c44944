"""Unseen layout: Kessler Maschinenbau GmbH's "Bestellung / Purchase Order" to us, German with English, EUR.

A Swabian machine builder (Mittelstand, 280 staff, Tuttlingen) buys turned and milled parts from us and
prints its orders from its ERP (proALPHA) on the company's DIN 5008 letter form, with the English under
the German labels because the supplier is in China. Page furniture: the logo block (a drawn mark and the
name) top right; the window address on the left, a small sender line over it ("Kessler Maschinenbau GmbH ·
Gewerbestraße 12 · 78532 Tuttlingen") and us as addressee; the information block on the right: Bestell-Nr. /
Order No., Datum / Date (05.12.2026), Lieferanten-Nr. / Supplier No., Ihr Angebot / Your quotation,
Ansprechpartner / Contact, Telefon, E-Mail; then the subject line "Bestellung / Purchase Order EK-26-04187"
and a courtesy sentence. Then a block of label/value lines: Liefertermin / Delivery date (a date with the
calendar week in brackets: 12.02.2027 (KW 06/2027)), Lieferanschrift / Delivery address (three lines: the
plant's goods-in, the street, the town), Versandart / Shipping, Incoterms® 2020, Zahlungsbedingungen /
Payment terms, Währung / Currency. The item table has a rule over and under its head, no vertical rules:
Pos. | Artikel-Nr. | Bezeichnung | Menge | ME | Einzelpreis | Gesamtpreis, positions numbered 10, 20,
30; under each Bezeichnung a smaller grey line "Ihre Art.-Nr.: QH-..." (our part number) and, for drawn
parts, "Zeichnung ... Index ..."; German numbers everywhere (1.000 and 120,5 in Menge, 12,50 € in
Einzelpreis, 1.250,00 € in Gesamtpreis). Under the table: Warenwert netto, Verpackung (a flat packing
charge), Nettobetrag, "USt. 0 % – steuerfreie Einfuhr (Drittland)" 0,00 € and Gesamtbetrag EUR; then
the clauses (Auftragsbestätigung within 3 days, our Einkaufsbedingungen), "Mit freundlichen Grüßen",
and the footer strip: Geschäftsführer, Amtsgericht Stuttgart HRB, USt-IdNr., IBAN, "Seite 1 von 1".

Truth: the PO number is Bestell-Nr.; the order date Datum; the requested delivery date the Liefertermin
date (the KW in brackets says the same week); the currency EUR; the buyer Kessler Maschinenbau GmbH; the
supplier our English name from the window address; the ship-to address the Lieferanschrift's street and
town lines joined with ", " (the first line names the plant's goods-in); the payment terms
Zahlungsbedingungen; the total Gesamtbetrag (the amount to pay: the goods plus the packing charge; there
is no VAT, as an import from a third country carries none on the order; the same convention as
bayline-qb's shipping and huarui-s4's freight, so the total is NOT the sum of the lines); per line the
part number Artikel-Nr. (Kessler's own), the description the Bezeichnung's first line (the grey lines under
it are not keyed), the unit ME, the unit price Einzelpreis and the amount Gesamtpreis.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "Bestellung_EK-26-04187.pdf"
BUYER = "Kessler Maschinenbau GmbH"
PO = "EK-26-04187"
ORDER_DATE = "05.12.2026"
DELIVERY = "12.02.2027"
GOODS_IN = "Kessler Maschinenbau GmbH, Werk 2 - Wareneingang Tor 3"
STREET, TOWN = "In Grubäcker 7", "78532 Tuttlingen"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "30 % Anzahlung, 70 % innerhalb 30 Tagen nach Erhalt der Versanddokumente"
PACKING = Decimal("85.00")
# Artikel-Nr., Bezeichnung, Ihre Art.-Nr., Zeichnung, Menge, ME, Einzelpreis
ITEMS = [
    (
        "100-2045-01",
        "Antriebswelle Ø30 x 412 C45 vergütet",
        "QH-SH-3041",
        "Z-2045 Index C",
        "250",
        "Stk",
        "18.60",
    ),
    ("100-2046-00", "Lagerdeckel Ø90 S355 verzinkt", "QH-CV-0906", "Z-2046 Index A", "500", "Stk", "4.35"),
    ("100-3120-02", "Distanzhülse Ø20 x Ø12,5 x 18 1.4305", "QH-SL-2018", "", "2000", "Stk", "0.78"),
    ("100-3311-00", "Passfeder DIN 6885 A 8 x 7 x 40", "QH-KY-0840", "", "1000", "Stk", "0.42"),
    ("200-0712-01", "Klemmhebel M10 Zinkdruckguss schwarz", "QH-CL-1010", "", "300", "Stk", "3.15"),
    (
        "200-0820-00",
        "Flanschplatte 160 x 160 x 15 S235",
        "QH-FP-1615",
        "Z-0820 Index B",
        "120",
        "Stk",
        "22.40",
    ),
    ("300-0105-00", "Rundstahl 42CrMo4 Ø50 gesägt", "QH-RB-4250", "", "120.5", "kg", "4.80"),
    ("300-0233-01", "Gewindestange M12 8.8 verzinkt, 1 m", "QH-TR-1210", "", "400", "Stk", "2.95"),
    (
        "400-1010-00",
        "Führungsbuchse Ø25 CuSn8 mit Bund",
        "QH-BU-2510",
        "Z-1010 Index A",
        "160",
        "Stk",
        "6.25",
    ),
]
POS_X, PART_X, TEXT_X, QTY_R, UNIT_X, PRICE_R, TOTAL_R = 50, 78, 146, 382, 392, 475, 548


def eu(value: Decimal | str, places: int = 2) -> str:
    """German number format: 1.234,56."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def quantity(value: str) -> str:
    """Menge as printed: 1.000, 120,5."""
    number = Decimal(value)
    return eu(number, 0) if number == number.to_integral_value() else eu(number, 1)


money = eu  # how the corpus test finds the amounts in the text


def goods() -> Decimal:
    return sum((amount(item[4], item[6]) for item in ITEMS), Decimal(0))


def expected() -> PurchaseOrder:
    lines = order(
        po_number=PO,
        order_date=dt.datetime.strptime(ORDER_DATE, "%d.%m.%Y").date(),
        delivery=dt.datetime.strptime(DELIVERY, "%d.%m.%Y").date(),
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (part, text, qty, unit, price, f"{amount(qty, price)}")
            for part, text, _, _, qty, unit, price in ITEMS
        ],
    )
    # the total keyed in is Gesamtbetrag: the goods plus the flat packing charge (no VAT on an import)
    return lines.model_copy(update={"total_amount": goods() + PACKING})


def _letterhead(c) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    top = draw.PAGE_HEIGHT - 42
    c.setFillColorRGB(0.0, 0.32, 0.6)
    c.rect(428, top - 18, 22, 22, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.text(c, 439, top - 12, "K", bold, 14, "center")
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, 456, top - 4, "KESSLER", bold, 13)
    draw.text(c, 456, top - 15, "Maschinenbau GmbH", font, 8)
    # the window address (DIN 5008): sender line, then us
    y = top - 70
    draw.text(c, 50, y, "Kessler Maschinenbau GmbH · Gewerbestraße 12 · 78532 Tuttlingen", font, 6.5)
    c.setLineWidth(0.4)
    c.line(50, y - 3, 290, y - 3)
    for k, line in enumerate(
        [OUR_NAME_EN, "No. 88 Fengli Street, Suzhou Industrial Park", "Suzhou, Jiangsu 215000", "CHINA"]
    ):
        draw.text(c, 50, y - 16 - 12 * k, line, font, 9.5)
    # the information block
    info = [
        ("Bestell-Nr. / Order No.", PO),
        ("Datum / Date", ORDER_DATE),
        ("Lieferanten-Nr. / Supplier No.", "70412"),
        ("Ihr Angebot / Your quotation", "QH-Q-26-1187 vom 21.11.2026"),
        ("Ansprechpartner / Contact", "Markus Brenner"),
        ("Telefon / Phone", "+49 7461 9302-214"),
        ("E-Mail", "m.brenner@kessler-mb.de"),
    ]
    for k, (label, value) in enumerate(info):
        draw.text(c, 345, y - 2 - 12 * k, label, font, 7.5)
        draw.text(c, 460, y - 2 - 12 * k, value, bold if k == 0 else font, 8)
    return y - 110


def _terms(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    draw.text(c, 50, y, f"Bestellung / Purchase Order {PO}", bold, 13)
    y -= 18
    draw.text(
        c,
        50,
        y,
        "Sehr geehrte Damen und Herren, wir bestellen zu den nachstehenden Bedingungen / "
        "We order subject to the terms below:",
        font,
        8.5,
    )
    y -= 18
    rows = [
        ("Liefertermin / Delivery date", [f"{DELIVERY} (KW 06/2027)"]),
        ("Lieferanschrift / Delivery address", [GOODS_IN, STREET, TOWN]),
        ("Versandart / Shipping", ["Seefracht LCL, Hafen Hamburg"]),
        ("Incoterms® 2020", ["FOB Shanghai"]),
        ("Zahlungsbedingungen / Payment terms", [TERMS]),
        ("Währung / Currency", ["EUR"]),
    ]
    for label, values in rows:
        draw.text(c, 50, y, label, bold, 8)
        for k, value in enumerate(values):
            draw.text(c, 210, y - 11 * k, value, font, 8.5)
        y -= 11 * len(values) + 3
    return y - 8


def _table(c, y: float) -> float:
    font, bold = draw.LATIN_FONT, draw.LATIN_BOLD
    c.setLineWidth(0.8)
    c.line(48, y + 10, 550, y + 10)
    heads = [
        (POS_X, "Pos.", "l"),
        (PART_X, "Artikel-Nr.", "l"),
        (TEXT_X, "Bezeichnung", "l"),
        (QTY_R, "Menge", "r"),
        (UNIT_X, "ME", "l"),
        (PRICE_R, "Einzelpreis", "r"),
        (TOTAL_R, "Gesamtpreis", "r"),
    ]
    for x, head, align in heads:
        draw.text(c, x, y, head, bold, 8.5, "right" if align == "r" else "left")
    c.line(48, y - 5, 550, y - 5)
    y -= 19
    for n, (part, text, ours, drawing, qty, unit, price) in enumerate(ITEMS, start=1):
        draw.text(c, POS_X, y, str(n * 10), font, 8.5)
        draw.text(c, PART_X, y, part, font, 8.5)
        draw.text(c, TEXT_X, y, text, font, 8.5)
        draw.text(c, QTY_R, y, quantity(qty), font, 8.5, "right")
        draw.text(c, UNIT_X, y, unit, font, 8.5)
        draw.text(c, PRICE_R, y, f"{eu(price)} €", font, 8.5, "right")
        draw.text(c, TOTAL_R, y, f"{eu(amount(qty, price))} €", font, 8.5, "right")
        c.setFillColorRGB(0.4, 0.4, 0.4)
        note = f"Ihre Art.-Nr.: {ours}" + (f"   Zeichnung {drawing}" if drawing else "")
        draw.text(c, TEXT_X, y - 9, note, font, 6.5)
        c.setFillColorRGB(0, 0, 0)
        y -= 25
    c.setLineWidth(0.5)
    c.line(48, y + 12, 550, y + 12)
    y -= 4
    sums = [
        ("Warenwert netto", f"{eu(goods())} €", font),
        ("Verpackung (pauschal)", f"{eu(PACKING)} €", font),
        ("Nettobetrag", f"{eu(goods() + PACKING)} €", font),
        ("USt. 0 % – steuerfreie Einfuhr (Drittland)", f"{eu(0)} €", font),
        ("Gesamtbetrag EUR", f"{eu(goods() + PACKING)} €", bold),
    ]
    for label, value, face in sums:
        draw.text(c, 300, y, label, face, 8.5)
        draw.text(c, TOTAL_R, y, value, face, 8.5, "right")
        y -= 12
    return y - 8


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Bestellung {PO}")
    y = _table(c, _terms(c, _letterhead(c)))
    font = draw.LATIN_FONT
    clauses = [
        "Bitte senden Sie uns die Auftragsbestätigung innerhalb von 3 Tagen unter Angabe unserer Bestell-Nr. "
        "/ Please confirm within 3 days quoting our order no.",
        "Es gelten unsere Allgemeinen Einkaufsbedingungen (www.kessler-mb.de/aeb). Prüfzeugnis 3.1 nach "
        "EN 10204 für Pos. 10, 60 und 70 beifügen.",
        "",
        "Mit freundlichen Grüßen / Kind regards",
        "Kessler Maschinenbau GmbH - Einkauf",
    ]
    for line in clauses:
        draw.text(c, 50, y, line, font, 7.5)
        y -= 10
    c.setLineWidth(0.4)
    c.line(48, 58, 550, 58)
    footer = [
        "Kessler Maschinenbau GmbH · Gewerbestraße 12 · 78532 Tuttlingen · Tel. +49 7461 9302-0",
        "Geschäftsführer: Dr. Andreas Kessler, Julia Kessler-Maier · Amtsgericht Stuttgart HRB 461287 · "
        "USt-IdNr. DE 811 294 375",
        "Kreissparkasse Tuttlingen · IBAN DE41 6435 0070 0000 4812 33 · BIC SOLADES1TUT",
    ]
    for k, line in enumerate(footer):
        draw.text(c, 50, 48 - 8 * k, line, font, 6)
    draw.text(c, 550, 48, "Seite 1 von 1", font, 6.5, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()
