"""Unseen layout: a Lyon hydraulics maker's Commande fournisseur as Sage X3 reprints it, 2 pages, in EUR.

Bréval Hydraulique (pumps and power units, head office in Lyon, plant in Villefranche-sur-Saône) runs Sage
X3 and mails the BONCDE print of its purchase orders. This one was printed a second time after a phone
call, so X3 stamps it DUPLICATA: a large light-grey word set diagonally across every page, behind the text
but in the text layer. What it prints: the company block top left (the head office's street), COMMANDE
FOURNISSEUR top right over a box (N° CF2612-00418, Date 09/12/2026, Page 1 / 2); the Fournisseur block in
the window-envelope position (our supplier code F00871 at X3, our name and address, CHINE); beside it
Adresse de livraison (the plant's name, a Réception marchandises - Quai 4 line, the plant's street, the
postcode and town, FRANCE) and, under it, Adresse de facturation (the head office's accounts department:
another street); two strips of label-over-value boxes (Acheteur a person, Votre devis with its own number
and date, Devise EUR, Incoterm FCA Shanghai, Mode d'expédition; Conditions de paiement "Virement à 60 jours
fin de mois", Date de livraison 22/01/2027, Site de réception); a sentence asking for the order and line
numbers on every document. The lines, X3's way: N° ligne 1000, 2000, 3000 ... (X3 numbers its lines in
steps of 1000, so the first column looks like a quantity), Article (the buyer's code, ROUL-6205-C3),
Désignation (wrapped inside its column on long ones; a "Votre réf. :" row under it with our part number
on most; an italic line text on three), Qté (integers for UN / CT / JEU, three decimals for M and KG:
212,500), Unité, Prix brut, Rem. % (on six lines), Prix net, Montant HT, Livraison (05/02/2027 on two
lines). French numbers: a no-break space between thousands, a decimal comma (1 280,40; 0,9800). Page 2
repeats the company block, the title box (Page 2 / 2) and the column heads. The foot of every page: the
legal line (SAS au capital de ..., SIRET, RCS, TVA intracommunautaire, APE) and the print stamp "Édité le
10/12/2026 à 08:41 par LBERTHIER". The last page: Total HT brut, Remises, Total HT net, TVA (0,00:
autoliquidation à l'importation), Total TTC EUR; Conditions générales d'achat; L'acheteur and Bon pour
accord du fournisseur.

Truth: the PO number N° (CF2612-00418; not the Votre devis number, the supplier code or the SIRET); the
order date Date (09/12/2026; not the quotation's date or the print date); the requested delivery date
Date de livraison (22/01/2027; two lines are due later); the currency EUR; the buyer Bréval Hydraulique
SAS (the Acheteur box holds a person); the supplier the Fournisseur block's name (us); the ship-to
address the Adresse de livraison's street and town lines joined with ", " (not its name, Quai or country
lines, nor the head office's or the invoicing street); the payment terms Conditions de paiement; the
total Total TTC (= Total HT net, TVA 0); per line the part number Article, the description the
Désignation rows joined with a space (not the Votre réf. or line-text rows), the quantity Qté, the unit
Unité, the unit price Prix net (after the Rem. %; not the Prix brut) and the amount Montant HT.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, order

FILENAME = "CF2612-00418_BREVAL_HYDRAULIQUE.pdf"
BUYER = "Bréval Hydraulique SAS"
PO = "CF2612-00418"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 1, 22)
LATER = dt.date(2027, 2, 5)
STREET = "240 rue André-Marie Ampère"
TOWN = "69400 Villefranche-sur-Saône"
ADDRESS = f"{STREET}, {TOWN}"
TERMS = "Virement à 60 jours fin de mois"
WIDTH, HEIGHT = draw.PAGE_WIDTH, draw.PAGE_HEIGHT
FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
NBSP = "\u00a0"
# Article, Désignation, Votre réf., Qté, Unité, Prix brut, Rem. %, texte ligne, livraison plus tard
ITEMS = [
    (
        "ROUL-6205-C3",
        "Roulement à billes 6205-2RS C3 étanche",
        "QH-BR-6205",
        "400",
        "UN",
        "0.98",
        "",
        "",
        False,
    ),
    (
        "ROUL-6308-ZZ",
        "Roulement à billes 6308-ZZ C3 flasqué",
        "QH-BR-6308",
        "120",
        "UN",
        "3.25",
        "",
        "",
        False,
    ),
    (
        "ROUL-30207",
        "Roulement à rouleaux coniques 30207, cône et cuvette appairés",
        "QH-TR-30207",
        "80",
        "UN",
        "4.60",
        "",
        "",
        False,
    ),
    ("JNT-TC-2535", "Bague d'étanchéité TC 25x35x7 NBR", "QH-OS-2535", "600", "UN", "0.40", "5", "", False),
    ("JNT-TC-4562", "Bague d'étanchéité TC 45x62x8 FKM", "QH-OS-4562F", "300", "UN", "1.30", "5", "", False),
    (
        "JNT-OR-5031",
        "Joint torique 50 x 3,1 NBR 70 Shore",
        "",
        "20",
        "CT",
        "4.50",
        "",
        "Conditionnement : carton de 100 pièces.",
        False,
    ),
    ("JNT-OR-8035", "Joint torique 80 x 3,55 FKM 75 Shore", "QH-OR-8035", "600", "UN", "0.26", "", "", False),
    (
        "ACC-L100-MOY",
        "Demi-accouplement à griffes L100, alésage 25 H7 avec rainure de clavette",
        "QH-CP-L100",
        "60",
        "UN",
        "8.00",
        "2.5",
        "",
        False,
    ),
    (
        "ACC-L100-ELA",
        "Élément élastique pour accouplement L100, uréthane 95 Sh A",
        "QH-CP-L100S",
        "120",
        "UN",
        "2.10",
        "",
        "",
        False,
    ),
    (
        "ARB-1402-312",
        "Arbre de pompe inox 1.4021 Ø24 x 312, selon plan BH-A-0312 indice C",
        "QH-SH-0312",
        "30",
        "UN",
        "22.00",
        "",
        "Certificat matière 3.1 exigé à chaque livraison.",
        True,
    ),
    (
        "ROUE-BZ-160",
        "Roue fermée bronze Ø160, alésage 24 H7, équilibrée G6.3",
        "QH-IM-160",
        "30",
        "UN",
        "44.00",
        "3",
        "Joindre le certificat d'équilibrage.",
        True,
    ),
    (
        "VIS-H-1035",
        "Vis H ISO 4017 M10 x 35 classe 10.9 zinguée",
        "QH-SC-1035",
        "2000",
        "UN",
        "0.17",
        "",
        "",
        False,
    ),
    (
        "ECR-H-M12",
        "Écrou H à embase M12 classe 10 zingué",
        "QH-NT-1200F",
        "2000",
        "UN",
        "0.09",
        "",
        "",
        False,
    ),
    ("RDL-M10-A4", "Rondelle plate ISO 7089 Ø10 inox A4", "", "4000", "UN", "0.028", "", "", False),
    (
        "RAC-JIC-06",
        "Raccord droit JIC 37° -06 x -06 acier zingué",
        "QH-FT-0606",
        "500",
        "UN",
        "1.20",
        "",
        "",
        False,
    ),
    (
        "RAC-JIC-08C",
        "Raccord coudé 90° JIC 37° -08 x -08 acier zingué",
        "QH-FT-0808E",
        "300",
        "UN",
        "2.40",
        "5",
        "",
        False,
    ),
    ("TUB-HYD-12", "Tube hydraulique Ø12 x 1,5 E235+N, barres de 6 m", "", "150", "M", "1.85", "", "", False),
    ("BRZ-CUSN7-40", "Barre bronze CuSn7ZnPb Ø40", "", "212.5", "KG", "9.80", "", "", False),
    ("BRID-DN50", "Bride à souder DN50 PN16 inox 1.4404", "QH-FL-50W", "40", "UN", "12.50", "", "", False),
    ("JNT-BR-DN50", "Joint de bride DN50 graphite armé", "QH-GK-50", "200", "UN", "0.65", "10", "", False),
    (
        "KIT-JNT-PH12",
        "Kit joints corps de pompe série PH-12",
        "QH-GK-PH12",
        "50",
        "JEU",
        "9.20",
        "",
        "",
        False,
    ),
    (
        "PLQ-INOX-300",
        "Plaque signalétique inox gravée laser, logo Bréval et numéro de série",
        "QH-NP-300",
        "300",
        "UN",
        "0.44",
        "",
        "",
        False,
    ),
]
LEFT, RIGHT = 32.0, WIDTH - 32.0
COLUMNS = [  # heading, width, align
    ("N° ligne", 34, "r"),
    ("Article", 70, "l"),
    ("Désignation", 154, "l"),
    ("Qté", 44, "r"),
    ("Unité", 26, "c"),
    ("Prix brut", 42, "r"),
    ("Rem. %", 32, "r"),
    ("Prix net", 42, "r"),
    ("Montant HT", 48, "r"),
    ("Livraison", RIGHT - LEFT - 492, "c"),
]
SIZE, LEAD = 7.4, 8.8
BOTTOM = 70.0


def fr(value: Decimal | str, places: int = 2) -> str:
    """A French number with a plain space between thousands (the PDF prints a no-break space)."""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",")


def money(value: Decimal | str) -> str:
    return fr(value)


def fr_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def net_price(item: tuple) -> Decimal:
    """Prix brut less the Rem. %, as X3 prints it with four decimals (exact for every line here)."""
    brut, discount = Decimal(item[5]), Decimal(item[6] or "0")
    value = brut * (100 - discount) / 100
    assert value == value.quantize(Decimal("0.0001")), item
    return value.quantize(Decimal("0.0001"))


def line_amount(item: tuple) -> Decimal:
    return amount(item[3], str(net_price(item)))


def _gross(item: tuple) -> Decimal:
    return (Decimal(item[3]) * Decimal(item[5])).quantize(Decimal("0.01"))


def total() -> Decimal:
    return sum((line_amount(item) for item in ITEMS), Decimal(0))


def quantity(item: tuple) -> str:
    """Qté in the unit's decimals: three for metres and kilograms, none for the rest."""
    return fr(item[3], 3 if item[4] in ("M", "KG") else 0)


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (item[0], item[1], item[3], item[4], f"{net_price(item).normalize()}", f"{line_amount(item)}")
            for item in ITEMS
        ],
    )


def _nb(text: str) -> str:
    return text.replace(" ", NBSP) if any(ch.isdigit() for ch in text) else text


def wrap(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _edges() -> list[float]:
    edges = [LEFT]
    for _, width, _ in COLUMNS:
        edges.append(edges[-1] + width)
    return edges


def rows_under(item: tuple) -> list[tuple[str, str]]:
    """The rows of the Désignation column: the wrapped designation, Votre réf., the italic line text."""
    out = [(piece, FONT) for piece in wrap(item[1], COLUMNS[2][1] - 6)]
    if item[2]:
        out.append((f"Votre réf. : {item[2]}", FONT))
    if item[7]:
        out.extend((piece, ITALIC) for piece in wrap(item[7], COLUMNS[2][1] - 6, ITALIC, SIZE - 0.6))
    return out


def _height(item: tuple) -> float:
    return LEAD * len(rows_under(item)) + 5


def _watermark(c) -> None:
    c.saveState()
    c.setFillColorRGB(0.86, 0.86, 0.86)
    c.translate(WIDTH / 2, HEIGHT / 2 - 40)
    c.rotate(40)
    c.setFont(BOLD, 96)
    c.drawCentredString(0, -30, "DUPLICATA")
    c.restoreState()


def _company(c, top: float) -> None:
    draw.text(c, LEFT, top, "BRÉVAL", BOLD, 20)
    draw.text(c, LEFT + 2, top - 11, "HYDRAULIQUE", BOLD, 8.5)
    for k, text in enumerate(
        (
            f"{BUYER} - Siège social",
            "14 quai Perrache - 69002 Lyon",
            "Tél. 04 78 42 61 00 - achats@breval-hydraulique.fr",
        )
    ):
        draw.text(c, LEFT, top - 24 - 9 * k, text, FONT, 7.6)


def _title_box(c, top: float, page: int, pages: int) -> None:
    x, w = RIGHT - 200, 200
    draw.text(c, RIGHT, top, "COMMANDE FOURNISSEUR", BOLD, 14, "right")
    c.setLineWidth(0.8)
    c.rect(x, top - 54, w, 44)
    for k, (label, value) in enumerate(
        (("N° :", PO), ("Date :", fr_date(ORDER_DATE)), ("Page :", f"{page} / {pages}"))
    ):
        draw.text(c, x + 8, top - 22 - 12 * k, label, BOLD, 8.5)
        draw.text(
            c, RIGHT - 8, top - 22 - 12 * k, value, BOLD if k == 0 else FONT, 9 if k == 0 else 8.5, "right"
        )


def _blocks(c, top: float) -> float:
    half = (RIGHT - LEFT - 14) / 2
    delivery = [
        "Bréval Hydraulique - Usine de Villefranche",
        "Réception marchandises - Quai 4",
        STREET,
        TOWN,
        "FRANCE",
    ]
    invoicing = [
        f"{BUYER} - Comptabilité fournisseurs",
        "14 quai Perrache",
        "69002 Lyon",
        "factures@breval-hydraulique.fr",
    ]
    supplier = [
        "Fournisseur : F00871",
        OUR_NAME_EN,
        "No. 88 Fengli Street, Suzhou Industrial Park",
        "215021 Suzhou, Jiangsu",
        "CHINE",
    ]
    draw.text(c, LEFT, top, "Adresse de livraison", BOLD, 8)
    c.setLineWidth(0.6)
    c.rect(LEFT, top - 58, half, 52)
    for k, text in enumerate(delivery):
        draw.text(c, LEFT + 6, top - 15 - 9.5 * k, text, BOLD if k == 0 else FONT, 8)
    x = LEFT + half + 14
    c.rect(x, top - 62, half, 62)
    for k, text in enumerate(supplier):
        draw.text(c, x + 10, top - 12 - 11 * k, text, BOLD if k == 1 else FONT, 8.6 if k else 7.6)
    low = top - 66
    draw.text(c, LEFT, low - 4, "Adresse de facturation", BOLD, 8)
    c.rect(LEFT, low - 50, half, 40)
    for k, text in enumerate(invoicing):
        draw.text(c, LEFT + 6, low - 19 - 9 * k, text, FONT, 7.6)
    top = low - 60
    strips = [
        [
            ("Acheteur", "Laurent Berthier", 96),
            ("Votre devis", "QH-Q2026-1207 du 02/12/2026", 130),
            ("Devise", "EUR", 46),
            ("Incoterm", "FCA Shanghai", 82),
            ("Mode d'expédition", "Maritime - groupage", RIGHT - LEFT - 354),
        ],
        [
            ("Conditions de paiement", TERMS, 180),
            ("Date de livraison", fr_date(DELIVERY), 90),
            ("Site de réception", "VIL - Usine de Villefranche", RIGHT - LEFT - 270),
        ],
    ]
    for strip in strips:
        x = LEFT
        for label, value, w in strip:
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(x, top - 11, w, 11, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.rect(x, top - 25, w, 25)
            draw.text(c, x + 3, top - 8.5, label, BOLD, 7)
            draw.text(c, x + 3, top - 21.5, value, FONT, 7.8)
            x += w
        top -= 25
    top -= 12
    draw.text(
        c,
        LEFT,
        top,
        "Nos numéros de commande et de ligne sont à rappeler sur tous vos documents (bons de livraison, "
        "factures, colis).",
        ITALIC,
        7.4,
    )
    return top - 8


def _heads(c, top: float) -> float:
    edges = _edges()
    c.setFillColorRGB(0.82, 0.86, 0.92)
    c.rect(LEFT, top - 14, edges[-1] - LEFT, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.line(LEFT, top, edges[-1], top)
    c.line(LEFT, top - 14, edges[-1], top - 14)
    for col, (heading, _, align) in enumerate(COLUMNS):
        _cell(c, col, top - 10, heading, BOLD, 7.2, align)
    return top - 16


def _cell(c, col: int, base: float, value: str, font: str, size: float, align: str) -> None:
    edges = _edges()
    if align == "r":
        draw.text(c, edges[col + 1] - 3, base, value, font, size, "right")
    elif align == "c":
        draw.text(c, (edges[col] + edges[col + 1]) / 2, base, value, font, size, "center")
    else:
        draw.text(c, edges[col] + 3, base, value, font, size)


def _line(c, y: float, n: int, item: tuple) -> float:
    edges = _edges()
    base = y - 9
    cells = [
        str(1000 * n),
        item[0],
        "",
        _nb(quantity(item)),
        item[4],
        _nb(fr(item[5], 4)),
        fr(item[6], 1) if item[6] else "",
        _nb(fr(net_price(item), 4)),
        _nb(money(line_amount(item))),
        fr_date(LATER if item[8] else DELIVERY),
    ]
    for col, value in enumerate(cells):
        if value:
            _cell(c, col, base, value, BOLD if col == 1 else FONT, SIZE, COLUMNS[col][2])
    for k, (text, font) in enumerate(rows_under(item)):
        _cell(c, 2, base - LEAD * k, text, font, SIZE - (0.6 if font == ITALIC else 0), "l")
    bottom = y - _height(item)
    c.setLineWidth(0.25)
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.line(LEFT, bottom + 1.5, edges[-1], bottom + 1.5)
    c.setStrokeColorRGB(0, 0, 0)
    return bottom


def _foot(c) -> None:
    c.setLineWidth(0.4)
    c.line(LEFT, 44, RIGHT, 44)
    draw.text(
        c,
        WIDTH / 2,
        35,
        f"{BUYER} au capital de 2{NBSP}400{NBSP}000 € - SIRET 412{NBSP}587{NBSP}963 00027 - RCS Lyon B "
        f"412{NBSP}587{NBSP}963 - TVA intracommunautaire FR38{NBSP}412587963 - APE 2813Z",
        FONT,
        6.4,
        "center",
    )
    draw.text(c, LEFT, 24, "Édité le 10/12/2026 à 08:41 par LBERTHIER - Sage X3 - BONCDE", FONT, 6.4)


def _totals(c, y: float) -> float:
    net = total()
    gross = sum((_gross(item) for item in ITEMS), Decimal(0))
    rows = [
        ("Total HT brut", money(gross)),
        ("Remises", f"-{money(gross - net)}"),
        ("Total HT net", money(net)),
        ("TVA 0,00 % (autoliquidation à l'importation)", money(0)),
        ("Total TTC EUR", money(net)),
    ]
    y -= 10
    x0 = RIGHT - 250
    c.setLineWidth(0.6)
    c.rect(x0, y - 13 * len(rows) - 4, 250, 13 * len(rows) + 4)
    for k, (label, value) in enumerate(rows):
        font = BOLD if k in (2, 4) else FONT
        draw.text(c, x0 + 6, y - 11 - 13 * k, label, font, 8)
        draw.text(c, RIGHT - 6, y - 11 - 13 * k, _nb(value), font, 8.4 if k == 4 else 8, "right")
    y -= 13 * len(rows) + 20
    conditions = (
        "Conditions générales d'achat : la présente commande est soumise aux conditions générales d'achat de "
        "Bréval Hydraulique (CGA-2024, jointes). Toute livraison partielle doit être acceptée au préalable "
        "par l'acheteur. Les certificats de conformité accompagnent chaque expédition."
    )
    for k, part in enumerate(wrap(conditions, RIGHT - LEFT, FONT, 7)):
        draw.text(c, LEFT, y - 9 * k, part, FONT, 7)
    y -= 9 * len(wrap(conditions, RIGHT - LEFT, FONT, 7)) + 16
    draw.text(c, LEFT, y, "L'acheteur : Laurent Berthier", BOLD, 8)
    draw.text(c, LEFT + 300, y, "Bon pour accord du fournisseur", BOLD, 8)
    draw.text(c, LEFT + 300, y - 10, "(date, cachet et signature - à retourner sous 48 h)", FONT, 7)
    return y - 20


def render() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Commande fournisseur {PO}")
    pages, page = 2, 1
    top = HEIGHT - 40
    _watermark(c)
    _company(c, top)
    _title_box(c, top, page, pages)
    y = _heads(c, _blocks(c, top - 66))
    for n, item in enumerate(ITEMS, start=1):
        if y - _height(item) < BOTTOM:
            draw.text(c, RIGHT, y - 10, "Suite page suivante", ITALIC, 7.4, "right")
            _foot(c)
            c.showPage()
            page += 1
            _watermark(c)
            _company(c, top)
            _title_box(c, top, page, pages)
            y = _heads(c, top - 66)
        y = _line(c, y, n, item)
    if _totals(c, y) < BOTTOM - 20:
        raise AssertionError("the totals do not fit")
    _foot(c)
    c.showPage()
    c.save()
    if page != pages:
        raise AssertionError(f"{page} pages, not {pages}")
    return buffer.getvalue()
