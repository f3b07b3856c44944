"""Unseen layout: a Thessaloniki boiler maker's own Excel ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ (Greece), EUR.

ΘΕΡΜΟΤΕΧΝΙΚΗ ΜΑΚΕΔΟΝΙΑΣ Α.Ε. (ΒΙ.ΠΕ. Σίνδου) orders its imports from China with a workbook its purchasing
office keeps as the order template (the ERP's order print is Greek-only and the office prefers its own
form). What it holds: sheet Παραγγελία in Calibri without gridlines; the company on rows 1-5 (its activity,
address, ΑΦΜ / ΔΟΥ / Αρ. ΓΕΜΗ on one row, phone and e-mail); ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ merged across over a rule;
two label | value blocks side by side: on the left Προμηθευτής (us), Διεύθυνση (Κίνα), ΑΦΜ / VAT (our
Chinese tax number), Υπόψη; on the right Αριθμός Παραγγελίας ΠΑ-2026-0418 (text, Greek capitals),
Ημερομηνία and Ημ/νία Παράδοσης (real dates shown dd/mm/yyyy), Νόμισμα EUR; then label | value rows across:
Τρόπος Πληρωμής (30% προκαταβολή, 70% ...), Όροι Παράδοσης FOB Ningbo, Τόπος Παράδοσης (the warehouse's
name, the address on the row under it), Υπεύθυνος Αγορών; "Παρακαλούμε για την προμήθεια ..."; a ruled
table with a shaded head Α/Α | Κωδικός (ΘΜ-1021, Greek capitals too) | Περιγραφή Είδους (accents, °, Ø,
², ×) | Μ.Μ. (ΤΕΜ, ΣΕΤ, ΖΕΥΓ, ΜΕΤ, ΡΟΛ, ΚΙΛ, ΚΙΒ: the upper-case unit codes Greek ERPs use) | Ποσότητα
(2450.5) | Τιμή Μονάδας (€) with two to four decimals (0.0125) | Έκπτωση % a real percentage (5.0 %, 2.5
%) on two lines | Καθαρή Αξία (€) =ROUND(E*F*(1-G),2) with cached values | Παρατηρήσεις (three lines);
16 lines; Σύνολο Καθαρής Αξίας =SUM, Φ.Π.Α. 0% (εισαγωγή από τρίτη χώρα) and ΓΕΝΙΚΟ ΣΥΝΟΛΟ (€) as
formulas; Παρατηρήσεις 1-3; Ο Συντάξας / Ο Εγκρίνων with Σφραγίδα – Υπογραφή; a print header with the
order number and a print footer Σελίδα &P από &N.

Truth: the PO number Αριθμός Παραγγελίας; the order date Ημερομηνία; the requested delivery date Ημ/νία
Παράδοσης; the currency EUR (Νόμισμα); the buyer the company; the supplier Προμηθευτής (us); the ship-to
address the row under Τόπος Παράδοσης's warehouse name; the payment terms Τρόπος Πληρωμής; the total ΓΕΝΙΚΟ
ΣΥΝΟΛΟ; per line the part number Κωδικός, the description Περιγραφή Είδους, the unit Μ.Μ., the quantity
Ποσότητα, the unit price Τιμή Μονάδας (before the Έκπτωση) and the amount Καθαρή Αξία (after it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bench.extraction.layouts._form_table import boxed_cells, head_cells, total_rows
from bench.extraction.layouts._order_truth import ItemFields, purchase_order
from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import form_sheet, print_setup, workbook_bytes
from orderbridge.model import PurchaseOrder
from orderbridge.samples.sample import OUR_NAME_EN

FILENAME = "Paraggelia_PA-2026-0418_Qihang.xlsx"
BUYER = "ΘΕΡΜΟΤΕΧΝΙΚΗ ΜΑΚΕΔΟΝΙΑΣ Α.Ε."
PO = "ΠΑ-2026-0418"
ORDER_DATE = dt.date(2026, 12, 21)
DELIVERY = dt.date(2027, 2, 22)
WAREHOUSE = "Κεντρική Αποθήκη Σίνδου – ΘΕΡΜΟΤΕΧΝΙΚΗ ΜΑΚΕΔΟΝΙΑΣ Α.Ε."
ADDRESS = "Οδός 12, Ο.Τ. 48, ΒΙ.ΠΕ. Σίνδου, 570 22 Σίνδος Θεσσαλονίκης"
TERMS = "30% προκαταβολή, 70% με την αποστολή των φορτωτικών εγγράφων"
FONT = "Calibri"
HEAD_ROW = 22
FIXED_TIME = dt.datetime(2026, 12, 21, 12, 5, 0)
MONEY = "#,##0.00"
GR_DATE = "dd/mm/yyyy"
# Κωδικός, Περιγραφή Είδους, Μ.Μ., Ποσότητα, Τιμή Μονάδας (€), Έκπτωση (fraction), Παρατηρήσεις
ITEMS = [
    ("ΘΜ-1021", "Κυκλοφορητής θέρμανσης 25-60/180, 230 V", "ΤΕΜ", "150", "48.60", "", ""),
    ("ΘΜ-1034", 'Βαλβίδα ασφαλείας 3 bar, 1/2"', "ΤΕΜ", "400", "4.85", "", ""),
    ("ΘΜ-1040", "Δοχείο διαστολής κλειστό 24 λίτρων", "ΤΕΜ", "120", "19.40", "0.05", ""),
    ("ΘΜ-2010", "Καυστήρας πετρελαίου 40 kW, πλήρης", "ΣΕΤ", "30", "312.00", "", "με πιστοποιητικό CE"),
    ("ΘΜ-2055", "Ηλεκτρόδια ανάφλεξης καυστήρα", "ΖΕΥΓ", "200", "3.75", "", ""),
    ("ΘΜ-3002", "Θερμοστάτης λέβητα 30-90 °C με τριχοειδές", "ΤΕΜ", "300", "6.90", "", ""),
    ("ΘΜ-3015", "Μανόμετρο-θερμόμετρο Ø80 mm, 0-4 bar", "ΤΕΜ", "300", "5.25", "", ""),
    ("ΘΜ-4001", 'Χαλυβδοσωλήνας άνευ ραφής 1" (ράβδοι 6 μ.)', "ΜΕΤ", "1200", "3.18", "", "σε δέσμες"),
    ("ΘΜ-4020", "Φλάντζα χαλύβδινη DN50 PN16", "ΤΕΜ", "250", "7.40", "", ""),
    ("ΘΜ-5008", "Πετροβάμβακας μόνωσης 50 mm, ρολό 6 m²", "ΡΟΛ", "90", "22.50", "0.025", ""),
    ("ΘΜ-5012", "Πυρίμαχο πλακίδιο θαλάμου καύσης 250×125×30 mm", "ΤΕΜ", "600", "2.64", "", ""),
    ("ΘΜ-6003", "Χαλυβδόφυλλο S235JR 3 mm, κοπή κατά σχέδιο", "ΚΙΛ", "2450.5", "1.06", "", "πιστοπ. 3.1"),
    ("ΘΜ-6010", "Ηλεκτρόδια συγκόλλησης E6013 Ø3,2 mm (κουτί 5 kg)", "ΚΙΒ", "80", "14.20", "", ""),
    ("ΘΜ-7001", "Βίδα εξάγωνη M8×25, γαλβανιζέ", "ΤΕΜ", "10000", "0.0380", "", ""),
    ("ΘΜ-7004", "Παξιμάδι M8, γαλβανιζέ", "ΤΕΜ", "10000", "0.0125", "", ""),
    ("ΘΜ-9001", "Παλέτα εξαγωγής ISPM 15", "ΤΕΜ", "8", "15.00", "", ""),
]
HEADS = [
    "Α/Α",
    "Κωδικός",
    "Περιγραφή Είδους",
    "Μ.Μ.",
    "Ποσότητα",
    "Τιμή Μονάδας (€)",
    "Έκπτωση %",
    "Καθαρή Αξία (€)",
    "Παρατηρήσεις",
]
COLUMNS = "ABCDEFGHI"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
PLAIN, BOLD = Font(name=FONT, size=10), Font(name=FONT, size=10, bold=True)


FIELDS = ItemFields(fraction=True)


def expected() -> PurchaseOrder:
    return purchase_order(
        po_number=PO,
        order_date=ORDER_DATE,
        delivery=DELIVERY,
        currency="EUR",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to_address=ADDRESS,
        payment_terms=TERMS,
        lines=FIELDS.lines(ITEMS),
    )


def _put(sheet, ref: str, value, font: Font = PLAIN, fmt: str | None = None, merge: str = "", **style):
    return put_cell(sheet, ref, value, font, fmt, merge, **style)


def _head(sheet) -> None:
    _put(sheet, "A1", BUYER, Font(name=FONT, size=14, bold=True), merge="I1")
    company = [
        "Κατασκευή λεβήτων και εξοπλισμού κεντρικής θέρμανσης",
        "ΒΙ.ΠΕ. Σίνδου, Οδός Δ', Ο.Τ. 31, 570 22 Σίνδος Θεσσαλονίκης",
        "ΑΦΜ: 094318726   ΔΟΥ: ΦΑΕ ΘΕΣΣΑΛΟΝΙΚΗΣ   Αρ. ΓΕΜΗ: 057812304000",
        "Τηλ.: 2310 798 415   e-mail: promithies@thermotechniki.gr",
    ]
    for k, value in enumerate(company, start=2):
        _put(sheet, f"A{k}", value, Font(name=FONT, size=9), merge=f"I{k}")
    title = _put(sheet, "A7", "ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ", Font(name=FONT, size=15, bold=True), merge="I7")
    title.alignment = Alignment(horizontal="center")
    for col in COLUMNS:
        sheet[f"{col}7"].border = Border(bottom=Side(style="medium", color="000000"))
    left = [
        (9, "Προμηθευτής:", OUR_NAME_EN, BOLD),
        (10, "Διεύθυνση:", "No. 88 Huoju Road, Suzhou New District, 215163 Suzhou, Jiangsu, Κίνα", PLAIN),
        (11, "ΑΦΜ / VAT:", "91320505MA1W8Q3K2T", PLAIN),
        (12, "Υπόψη:", "κα Zhang Li, Sales Department", PLAIN),
    ]
    for row, label, value, font in left:
        _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, font, merge=f"E{row}", alignment=Alignment(horizontal="left"))
    right = [
        (9, "Αριθμός Παραγγελίας:", PO, BOLD, None),
        (10, "Ημερομηνία:", ORDER_DATE, PLAIN, GR_DATE),
        (11, "Ημ/νία Παράδοσης:", DELIVERY, PLAIN, GR_DATE),
        (12, "Νόμισμα:", "EUR", PLAIN, None),
    ]
    for row, label, value, font, fmt in right:
        _put(sheet, f"F{row}", label, BOLD, merge=f"G{row}")
        _put(sheet, f"H{row}", value, font, fmt, merge=f"I{row}", alignment=Alignment(horizontal="left"))
    rows = [
        (14, "Τρόπος Πληρωμής:", TERMS),
        (15, "Όροι Παράδοσης:", "FOB Ningbo (Incoterms 2020)"),
        (16, "Τόπος Παράδοσης:", WAREHOUSE),
        (17, "", ADDRESS),
        (18, "Υπεύθυνος Αγορών:", "Γεώργιος Παπαδόπουλος, τηλ. 2310 798 420"),
    ]
    for row, label, value in rows:
        if label:
            _put(sheet, f"A{row}", label, BOLD, merge=f"B{row}")
        _put(sheet, f"C{row}", value, merge=f"I{row}", alignment=Alignment(horizontal="left"))
    text = "Παρακαλούμε για την προμήθεια των παρακάτω ειδών σύμφωνα με την προσφορά σας QH-Q26-1221:"
    _put(sheet, "A20", text, merge="I20")


def _table(sheet, cached: dict[str, object]) -> int:
    head_cells(sheet, HEAD_ROW, HEADS, COLUMNS, BOLD, HEAD_FILL)
    first = HEAD_ROW + 1
    for n, item in enumerate(ITEMS):
        row = first + n
        code, name, unit, qty, price, discount, note = item
        number = Decimal(qty)
        values = [
            (n + 1, "0"),
            (code, None),
            (name, None),
            (unit, None),
            (int(number) if number == int(number) else float(number), "#,##0.00"),
            (float(price), "#,##0.00##"),
            (float(discount) if discount else None, "0.0%"),
            (f"=ROUND(E{row}*F{row}*(1-G{row}),2)", MONEY),
            (note or None, None),
        ]
        boxed_cells(sheet, row, values, COLUMNS, PLAIN)
        sheet[f"A{row}"].alignment = Alignment(horizontal="center")
        sheet[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        sheet[f"D{row}"].alignment = Alignment(horizontal="center")
        cached[f"H{row}"] = float(FIELDS.amount(item))
    return first + len(ITEMS) - 1


def _end(sheet, last: int, cached: dict[str, object]) -> int:
    total_rows(
        sheet,
        (
            "Σύνολο Καθαρής Αξίας:",
            "Φ.Π.Α. 0% (εισαγωγή από τρίτη χώρα – ο Φ.Π.Α. καταβάλλεται στο τελωνείο):",
            "ΓΕΝΙΚΟ ΣΥΝΟΛΟ (€):",
        ),
        (PLAIN, PLAIN, BOLD),
        lines=(HEAD_ROW + 1, last),
        top=last + 1,
        label_span=("C", "G"),
        amount="H",
        total=float(FIELDS.total(ITEMS)),
        money=MONEY,
        cached=cached,
    )
    r = last + 5
    _put(sheet, f"A{r}", "Παρατηρήσεις:", BOLD, merge=f"C{r}")
    notes = [
        "1. Ο αριθμός παραγγελίας να αναγράφεται στο τιμολόγιο, στη λίστα συσκευασίας και σε κάθε δέμα.",
        "2. Απαιτείται πιστοποιητικό καταγωγής (Form A) και δήλωση συμμόρφωσης CE όπου ισχύει.",
        "3. Παραλαβή εμπορευμάτων Δευτέρα – Παρασκευή 08:00 – 15:00, κατόπιν συνεννόησης.",
    ]
    for k, value in enumerate(notes):
        _put(sheet, f"A{r + 1 + k}", value, merge=f"I{r + 1 + k}")
    sign = r + 6
    _put(sheet, f"B{sign}", "Ο Συντάξας", BOLD, merge=f"C{sign}", alignment=Alignment(horizontal="center"))
    _put(sheet, f"F{sign}", "Ο Εγκρίνων", BOLD, merge=f"I{sign}", alignment=Alignment(horizontal="center"))
    _put(sheet, f"B{sign + 1}", "Γεώργιος Παπαδόπουλος", merge=f"C{sign + 1}")
    _put(sheet, f"F{sign + 1}", "Νικόλαος Αθανασίου, Διευθυντής Αγορών", merge=f"I{sign + 1}")
    sheet[f"B{sign + 1}"].alignment = sheet[f"F{sign + 1}"].alignment = Alignment(horizontal="center")
    _put(
        sheet,
        f"B{sign + 4}",
        "Σφραγίδα – Υπογραφή",
        merge=f"C{sign + 4}",
        alignment=Alignment(horizontal="center"),
    )
    _put(
        sheet,
        f"F{sign + 4}",
        "Σφραγίδα – Υπογραφή",
        merge=f"I{sign + 4}",
        alignment=Alignment(horizontal="center"),
    )
    return sign + 4


def render() -> bytes:
    widths = {"A": 6, "B": 11, "C": 44, "D": 7, "E": 11, "F": 12, "G": 10, "H": 14, "I": 20}
    workbook, sheet = form_sheet("Παραγγελία", "Γεώργιος Παπαδόπουλος", FIXED_TIME, widths)
    sheet.row_dimensions[HEAD_ROW].height = 30
    cached: dict[str, object] = {}
    _head(sheet)
    last = _table(sheet, cached)
    end = _end(sheet, last, cached)
    print_setup(sheet, f"A1:I{end}", header=f"Παραγγελία {PO}", footer="Σελίδα &P από &N")
    return workbook_bytes(workbook, cached)
