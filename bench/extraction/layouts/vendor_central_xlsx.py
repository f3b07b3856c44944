"""Unseen layout: a marketplace retailer's vendor-portal export of one purchase order's items (.xlsx), USD.

Cartwell Retail LLC, an online marketplace's first-party retail arm, buys hardware assortments from us
as a vendor and issues its orders in its vendor portal (Cartwell Vendor Hub, built like the big
marketplaces' vendor centrals). The vendor downloads the PO's items ("Download items") and gets ONE sheet
"PO Items": row 1 a banner naming the portal, the retailer, the PO and the vendor (code and name); row 2
an instruction line (how to confirm the order through the portal); row 3 the column heads; then one row
per item with the PO's header fields repeated in every row: PO, Vendor (our vendor code), Ship to address
(the fulfilment centre's), Order date, Window type, Window start, Window end (real dates, Excel serials
formatted mm/dd/yyyy), then the item's ASIN (the retailer's item id), External ID (our UPC), External ID
type, Model number (ours), Title (the retailer's listing title), Case pack, Quantity requested, Unit cost
and Total cost (numbers formatted #,##0.00) and a Currency code column (USD). No unit column, no payment
terms (the vendor agreement holds them), no total row. The pane is frozen under the heads and an
autofilter covers the table.

Truth: the PO number is PO; the order date Order date; the requested delivery date Window end (the
delivery window closes then: the date the goods are wanted by); the currency the Currency column; the
buyer Cartwell Retail LLC (the banner); the supplier our English name (the banner's vendor); the ship-to
address the Ship to address column; no payment terms and no
total (None: the export states neither); per line the part number is the ASIN (the buyer's own item
id; External ID and Model number are ours), the description the Title, the quantity Quantity requested,
no unit, the unit price Unit cost and the amount Total cost.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from bench.extraction.layouts._amounts import exact_amount as amount
from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples.sample import OUR_NAME_EN, order
from orderbridge.samples.zip_bytes import freeze

FILENAME = "PO_4KX7RT2M_items.xlsx"
BUYER = "Cartwell Retail LLC"
PO = "4KX7RT2M"
VENDOR = "QIHP1"
ADDRESS = "10240 Old Dowd Rd, Charlotte, NC 28214, US"
ORDERED = dt.datetime(2026, 12, 5)
WINDOW = (dt.datetime(2027, 1, 18), dt.datetime(2027, 1, 25))
FIXED_TIME = dt.datetime(2026, 12, 5, 10, 42, 0)
# ASIN, External ID (UPC), Model number, Title, Case pack, Quantity requested, Unit cost
ITEMS = [
    (
        "B0DK7Q2M4X",
        "850047612013",
        "QH-DP-500",
        "Qihang 304 Stainless Steel Dowel Pin Assortment, 500 Pcs",
        "12",
        "240",
        "8.75",
    ),
    (
        "B0DK7R9P1C",
        "850047612020",
        "QH-BR-6205",
        "Qihang 6205-2RS Deep Groove Ball Bearing 25x52x15mm, 10-Pack",
        "20",
        "300",
        "14.60",
    ),
    (
        "B0DK7S3L8N",
        "850047612037",
        "QH-SC-M4K",
        "Qihang M4 Socket Head Cap Screw Kit 12.9 Black Oxide, 400 Pcs",
        "24",
        "480",
        "9.35",
    ),
    (
        "B0DK7T6W2V",
        "850047612044",
        "QH-LB-16",
        "Qihang LM16UU Linear Ball Bearing 16mm Bore, 4-Pack",
        "25",
        "200",
        "7.90",
    ),
    (
        "B0DK7V1H5J",
        "850047612051",
        "QH-CP-0810",
        "Qihang Flexible Shaft Coupling 8mm to 10mm Aluminum, 2 Pcs",
        "30",
        "360",
        "5.45",
    ),
    (
        "B0DK7W8F3R",
        "850047612068",
        "QH-TB-M8",
        "Qihang M8 Threaded Rod 304 Stainless 250mm, 5-Pack",
        "10",
        "150",
        "11.20",
    ),
    (
        "B0DK7X4B9T",
        "850047612075",
        "QH-SP-ASST",
        "Qihang Nylon Spacer Standoff Assortment M3 M4 M5, 320 Pcs",
        "24",
        "288",
        "6.85",
    ),
    (
        "B0DK7Y2D6K",
        "850047612082",
        "QH-GR-20T",
        "Qihang GT2 Timing Pulley 20 Teeth 8mm Bore with Belt 5m",
        "40",
        "400",
        "4.95",
    ),
]
HEADINGS = [
    "PO",
    "Vendor",
    "Ship to address",
    "Order date",
    "Window type",
    "Window start",
    "Window end",
    "ASIN",
    "External ID",
    "External ID type",
    "Model number",
    "Title",
    "Case pack",
    "Quantity requested",
    "Unit cost",
    "Total cost",
    "Currency",
]
WIDTHS = [11, 11, 36, 12, 12, 12, 12, 13, 15, 15, 13, 58, 10, 18, 11, 12, 9]
HEAD_ROW = 3
DATE = "mm/dd/yyyy"
MONEY = "#,##0.00"


def expected() -> PurchaseOrder:
    po = order(
        po_number=PO,
        order_date=ORDERED.date(),
        delivery=WINDOW[1].date(),
        currency="USD",
        buyer=BUYER,
        supplier=OUR_NAME_EN,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=None,
        lines=[
            (asin, title, qty, None, cost, f"{amount(qty, cost)}")
            for asin, _, _, title, _, qty, cost in ITEMS
        ],
    )
    return po.model_copy(update={"total_amount": None})  # the export states no total


def rows() -> list[list[object]]:
    """The item rows as the portal writes them: the PO's fields repeated, then the item's."""
    head = [PO, VENDOR, ADDRESS, ORDERED, "Delivery", *WINDOW]
    return [
        [
            *head,
            asin,
            upc,
            "UPC",
            model,
            title,
            int(pack),
            int(qty),
            float(cost),
            float(amount(qty, cost)),
            "USD",
        ]
        for asin, upc, model, title, pack, qty, cost in ITEMS
    ]


def render() -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "Cartwell Vendor Hub"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    sheet = workbook.active
    sheet.title = "PO Items"
    sheet["A1"] = f"Cartwell Vendor Hub | {BUYER} | Purchase order {PO} | Vendor {VENDOR} - {OUR_NAME_EN}"
    sheet["A1"].font = Font(bold=True, size=12)
    sheet["A2"] = (
        "Exported 12/05/2026 10:42 UTC. Confirm or change quantities under Orders > Confirm purchase "
        "orders before the window starts. Costs are in the currency shown per line."
    )
    sheet["A2"].font = Font(italic=True, color="666666")
    fill = PatternFill("solid", fgColor="232F3E")
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, values in enumerate(rows(), start=HEAD_ROW + 1):
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            heading = HEADINGS[col - 1]
            if isinstance(value, dt.datetime):
                cell.number_format = DATE
            elif heading in ("Unit cost", "Total cost"):
                cell.number_format = MONEY
            elif heading in ("Case pack", "Quantity requested"):
                cell.number_format = "0"
    for col, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = f"A{HEAD_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEAD_ROW}:{get_column_letter(len(HEADINGS))}{HEAD_ROW + len(ITEMS)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(buffer.getvalue())
