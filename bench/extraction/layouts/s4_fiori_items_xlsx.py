"""Unseen layout: a Bremen pump maker's PO as an SAP S/4HANA Fiori "Monitor Purchase Order Items" export.

Nordhafen Pumpenwerk's buyer does not print the order form for call-off orders: she filters the Fiori app
Monitor Purchase Order Items (F2358) on the purchase order, presses "Export to Spreadsheet" and mails the
.xlsx. What the UI5 spreadsheet export writes: one sheet "SAPUI5 Spreadsheet Export" with one bold head
row (frozen, auto-filter on), then ONE ROW PER ITEM, every order-level column repeated on each row
(Purchase Order 4500031187 as text, Document Date, Supplier and Company Code as "Name (ID)" in one cell,
Purchasing Group, Plant "Bremen Plant (1010)", Payment Terms as "Text (key)", Incoterms and their
location), then the item columns: Item 10/20/30, Material (the buyer's material number), Short Text,
Material Group, Order Quantity with the unit's decimals (0 for PC, 3 for KG and M), Order Unit, Net Price,
Price Unit (1, or 100 / 1000 on three small parts: the Net Price is per 100 or per 1000 pieces), Currency
EUR, Net Order Value, Still to be Delivered (Qty.) and Delivery Date. Dates as real dates in dd.mm.yyyy,
numbers as numbers. A second sheet "Metadata" (the export's own information: application, user, the
export's date and time, the filter with the PO number and the supplier's number, the row count). No
delivery address, no total: the export has neither.

Truth: the PO number Purchase Order; the order date Document Date (not the export date on Metadata); the
requested delivery date the Delivery Date (the same on every item); the currency EUR (Currency column);
the buyer the Company Code's name without its "(1010)"; the supplier the Supplier column's name without
its number (us); no ship-to address and no total (None: the export states neither; the Plant is no
address); the payment terms the Payment Terms text without its key ("Within 60 days due net"); per item
the part number Material, the description Short Text, the quantity Order Quantity, the unit Order Unit,
the unit price the price of ONE unit (Net Price divided by Price Unit: 4.50 per 100 is 0.045) and the
amount Net Order Value.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import Buyer, OrderLine, PurchaseOrder, ShipTo, Supplier
from orderbridge.samples.sample import OUR_NAME_EN
from orderbridge.samples.zip_bytes import freeze

FILENAME = "PO_Items_4500031187.xlsx"
BUYER = "Nordhafen Pumpenwerk GmbH"
PO = "4500031187"
ORDER_DATE = dt.date(2026, 12, 9)
DELIVERY = dt.date(2027, 1, 22)
TERMS = "Within 60 days due net"
FIXED_TIME = dt.datetime(2026, 12, 9, 14, 7, 0)
SHEET = "SAPUI5 Spreadsheet Export"
# Material, Short Text, Material Group, Order Quantity, Order Unit, Net Price, Price Unit
ITEMS = [
    ("NH-100234", "Deep groove ball bearing 6205-2RS C3", "P2110 (Bearings)", "400", "PC", "0.92", 1),
    ("NH-100241", "Deep groove ball bearing 6308-ZZ C3", "P2110 (Bearings)", "120", "PC", "3.15", 1),
    ("NH-100310", "Tapered roller bearing 30207", "P2110 (Bearings)", "80", "PC", "4.48", 1),
    (
        "NH-210533",
        "Mechanical seal type 21, shaft 25 mm, SiC/SiC/FKM",
        "P2130 (Seals)",
        "150",
        "PC",
        "6.75",
        1,
    ),
    (
        "NH-210535",
        "Mechanical seal type 21, shaft 35 mm, SiC/SiC/FKM",
        "P2130 (Seals)",
        "60",
        "PC",
        "14.80",
        1,
    ),
    ("NH-220031", "O-ring 50 x 3.1 NBR 70", "P2130 (Seals)", "2000", "PC", "4.50", 100),
    ("NH-220080", "O-ring 80 x 3.55 FKM 75", "P2130 (Seals)", "600", "PC", "0.26", 1),
    ("NH-230045", "Radial shaft seal 45x62x8 NBR", "P2130 (Seals)", "500", "PC", "0.38", 1),
    ("NH-310160", "Impeller closed, bronze, D160, bore 24 H7", "P3100 (Cast parts)", "30", "PC", "42.50", 1),
    (
        "NH-320024",
        "Pump shaft 1.4021, D24 x 312, drawing NH-F-0312 C",
        "P3200 (Turned parts)",
        "30",
        "PC",
        "21.40",
        1,
    ),
    ("NH-330100", "Jaw coupling L100 with spider", "P3300 (Drive parts)", "25", "SET", "11.90", 1),
    ("NH-410035", "Hexagon screw ISO 4017 M10x35 A4-70", "P4100 (Fasteners)", "2000", "PC", "16.50", 100),
    ("NH-410210", "Hexagon nut ISO 4032 M10 A4-70", "P4100 (Fasteners)", "2000", "PC", "0.075", 1),
    ("NH-410310", "Washer ISO 7089 10 A4", "P4100 (Fasteners)", "4000", "PC", "28.00", 1000),
    ("NH-510025", "Suction hose PVC reinforced DN25", "P5100 (Hoses)", "150", "M", "1.85", 1),
    ("NH-520040", "Bronze bar CuSn7ZnPb D40", "P5200 (Semi-finished)", "212.5", "KG", "9.80", 1),
    ("NH-610050", "Weld neck flange DN50 PN16 1.4404", "P6100 (Flanges)", "40", "PC", "12.35", 1),
    ("NH-610051", "Flange gasket DN50 graphite with steel insert", "P6100 (Flanges)", "200", "PC", "0.64", 1),
]
HEADS = [
    "Purchase Order",
    "Item",
    "Document Date",
    "Supplier",
    "Company Code",
    "Purchasing Group",
    "Plant",
    "Payment Terms",
    "Incoterms",
    "Incoterms Location 1",
    "Material",
    "Short Text",
    "Material Group",
    "Order Quantity",
    "Order Unit",
    "Net Price",
    "Price Unit",
    "Currency",
    "Net Order Value",
    "Still to be Delivered (Qty.)",
    "Delivery Date",
]
WIDTHS = [14, 6, 13, 44, 32, 24, 20, 30, 10, 18, 13, 46, 22, 15, 11, 11, 10, 9, 16, 24, 13]


def unit_price(price: str, per: int) -> Decimal:
    return Decimal(price) / per


def value(qty: str, price: str, per: int) -> Decimal:
    """The Net Order Value: quantity x net price / price unit, to the cent."""
    return amount(qty, str(unit_price(price, per)))


def expected() -> PurchaseOrder:
    lines = [
        OrderLine(
            line_no=n,
            customer_part_no=material,
            description=text,
            quantity=Decimal(qty),
            unit=unit,
            unit_price=unit_price(price, per).normalize(),
            amount=value(qty, price, per),
        )
        for n, (material, text, _, qty, unit, price, per) in enumerate(ITEMS, start=1)
    ]
    return PurchaseOrder(
        po_number=PO,
        order_date=ORDER_DATE,
        requested_delivery_date=DELIVERY,
        currency="EUR",
        buyer=Buyer(name=BUYER),
        supplier=Supplier(name=OUR_NAME_EN),
        ship_to=ShipTo(),
        payment_terms=TERMS,
        total_amount=None,
        lines=lines,
    )


def rows() -> list[list[object]]:
    out: list[list[object]] = []
    for n, (material, text, group, qty, unit, price, per) in enumerate(ITEMS, start=1):
        quantity = Decimal(qty)
        number = int(quantity) if quantity == quantity.to_integral_value() else float(quantity)
        out.append(
            [
                PO,
                10 * n,
                dt.datetime.combine(ORDER_DATE, dt.time()),
                f"{OUR_NAME_EN} (17300045)",
                f"{BUYER} (1010)",
                "Drive Components (N12)",
                "Bremen Plant (1010)",
                f"{TERMS} (Z060)",
                "FOB",
                "Shanghai",
                material,
                text,
                group,
                number,
                unit,
                float(Decimal(price)),
                per,
                "EUR",
                float(value(qty, price, per)),
                number,
                dt.datetime.combine(DELIVERY, dt.time()),
            ]
        )
    return out


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "SAPUI5"
    workbook.properties.title = "Monitor Purchase Order Items"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = SHEET
    sheet.append(HEADS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for k, width in enumerate(WIDTHS):
        sheet.column_dimensions[sheet.cell(1, k + 1).column_letter].width = width
    for r, row in enumerate(rows(), start=2):
        sheet.append(row)
        unit = row[14]
        for col in (14, 20):  # Order Quantity, Still to be Delivered: the unit's decimals
            sheet.cell(r, col).number_format = "#,##0.000" if unit in ("KG", "M") else "#,##0"
        sheet.cell(r, 16).number_format = "#,##0.00#"
        sheet.cell(r, 19).number_format = "#,##0.00"
        for col in (3, 21):
            sheet.cell(r, col).number_format = "dd.mm.yyyy"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:U{len(ITEMS) + 1}"
    meta = workbook.create_sheet("Metadata")
    for row in (
        ["Export Information"],
        [],
        ["Application", "Monitor Purchase Order Items (F2358)"],
        ["System", "S4P, client 100"],
        ["User", "MBRANDT (Marion Brandt)"],
        ["Export Date", "09.12.2026 14:07:33"],
        [],
        ["Filter Settings"],
        ["Purchase Order", f"= {PO}"],
        ["Supplier", "= 17300045"],
        ["Purchasing Organization", "= 1010"],
        [],
        ["Number of Rows", len(ITEMS)],
    ):
        meta.append(row)
    meta["A1"].font = Font(bold=True, size=13)
    meta["A8"].font = Font(bold=True)
    meta.column_dimensions["A"].width = 26
    meta.column_dimensions["B"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
