"""Unseen layout: 鴻源精密工業股份有限公司's 採購單 as a Taiwanese Digiwin (鼎新) ERP prints it, in USD.

A Taiwanese machine builder in Taoyuan buys from us in US dollars and prints its purchase order from its
Digiwin (鼎新 Workflow) ERP in traditional characters with the Republic of China calendar, as Taiwanese
ERPs do by default: 115/12/04 is 4 December 2026 (ROC year + 1911), 116/01/20 is 20 January 2027.
Letterhead (Chinese and English name, address, telephone) centred over the title 採 購 單, 列印日期 and
頁次 1/1 at the top right. The header is a ruled box of four columns whose label cells are shaded grey:
採購單號 (Digiwin's 單別-單號, 3301-1151204001), 採購日期, 廠商代號, 廠商簡稱, 廠商全名 (us, as the
buyer's vendor master holds our name: in traditional characters, 蘇州啟航精工科技有限公司), 廠商電話,
幣別 (USD 美金), 匯率, 付款條件, 交易條件, 課稅別 (零稅率: an import), 採購人員, and 送貨地址 across
the row. The line table is a ruled grid with a shaded header: 序號 (0001, 0002, ...), 品號, 品名, 規格,
單位, 採購數量, 單價 (four decimals, as Digiwin's 單價取位 is set), 金額, 預交日 (an ROC date per line).
Two items are split into two deliveries: the same 品號 on two lines with different 預交日. A 備註 row
spanning the grid sits under two of the lines (材質證明, 圖面版次). The grid ends with 合　計 (quantity
and amount); a box under it gives 未稅金額, 營業稅 (0.00) and 總金額, then the 採購條款, a ruled
signature row (核准 / 審核 / 採購 / 廠商回簽（請蓋公司章）) and the foot (表單編號, 頁次).

Truth: dates are the Gregorian dates of the printed ROC dates; the requested delivery date is the
earliest 預交日 (115/12/28: the date the first delivery is due, what a clerk keys on the order's head;
the per-line dates are not in the canonical model); the supplier is the name as printed (traditional
characters; matching it to our master data is not extraction's job); the description is 品名 and 規格
joined with a space; the total is 總金額 (equal to the line sum: zero-rated, no business tax); the
ship-to address is the 送貨地址 cell.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from orderbridge.model import PurchaseOrder, ShipTo
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import grouped, order

FILENAME = "鴻源採購單3301-1151204001.pdf"
BUYER = "鴻源精密工業股份有限公司"
SUPPLIER = "蘇州啟航精工科技有限公司"  # our name in the buyer's vendor master (traditional characters)
PO = "3301-1151204001"
ADDRESS = "桃園市龜山區興邦路31號鴻源二廠收料倉"
TERMS = "出貨後60天電匯(T/T)"
ITEMS = [  # 品號, 品名, 規格, 單位, 數量, 單價, 預交日 (ROC), 備註 row under the line
    ("1102-0235", "深溝滾珠軸承", "6202ZZ C3", "PCS", "2000", "0.4150", "115/12/28", ""),
    ("1102-0235", "深溝滾珠軸承", "6202ZZ C3", "PCS", "3000", "0.4150", "116/01/20", ""),
    (
        "1205-1108",
        "鋁合金擋塊",
        "AL6061-T6 30×20×8 陽極黑",
        "PCS",
        "5000",
        "0.2380",
        "115/12/28",
        "備註：陽極處理須符合RoHS，每批隨貨附材質證明及出貨檢驗報告",
    ),
    ("1310-0412", "不銹鋼定位銷", "SUS304 Φ6×20 h6", "PCS", "10000", "0.0465", "115/12/28", ""),
    ("1310-0412", "不銹鋼定位銷", "SUS304 Φ6×20 h6", "PCS", "8000", "0.0465", "116/01/20", ""),
    ("1408-0076", "線性滑軌", "MGN12H L=300mm", "SET", "200", "6.8500", "115/12/28", ""),
    (
        "1502-0913",
        "同步輪",
        "S3M-20T 孔徑8mm",
        "PCS",
        "600",
        "1.2400",
        "116/01/20",
        "備註：依圖面HY-D-0913 Rev.B加工，首批須送樣確認",
    ),
    ("1603-0158", "壓縮彈簧", "SWP-B 0.8×6×25", "PCS", "4000", "0.0530", "115/12/28", ""),
]
HEADER = ["序號", "品號", "品名", "規格", "單位", "採購數量", "單價", "金額", "預交日"]
WIDTHS = [30, 58, 72, 112, 28, 50, 46, 56, 43]
ALIGNS = "cllllrrrc"
LEFT, ROW = 50, 18


def roc(text: str) -> dt.date:
    """An ROC date (115/12/04) as a Gregorian date: the ROC year plus 1911."""
    year, month, day = (int(part) for part in text.split("/"))
    return dt.date(year + 1911, month, day)


def amount(qty: str, price: str) -> Decimal:
    return (Decimal(qty) * Decimal(price)).quantize(Decimal("0.01"))


def expected() -> PurchaseOrder:
    return order(
        po_number=PO,
        order_date=roc("115/12/04"),
        delivery=min(roc(item[6]) for item in ITEMS),
        currency="USD",
        buyer=BUYER,
        supplier=SUPPLIER,
        ship_to=ShipTo(address=ADDRESS),
        payment_terms=TERMS,
        lines=[
            (part, f"{name} {spec}", qty, unit, price, f"{amount(qty, price)}")
            for part, name, spec, unit, qty, price, _, _ in ITEMS
        ],
    )


def _shade(c, x: float, y_top: float, width: float, height: float, grey: float = 0.85) -> None:
    c.setFillGray(grey)
    c.rect(x, y_top - height, width, height, stroke=0, fill=1)
    c.setFillGray(0)


def _head(c, font: str, top: float) -> float:
    middle = draw.PAGE_WIDTH / 2
    draw.text(c, middle, top, BUYER, font, 16, "center")
    draw.text(c, middle, top - 13, "HUNG YUAN PRECISION INDUSTRIAL CO., LTD.", draw.LATIN_BOLD, 8.5, "center")
    contact = "桃園市龜山區興邦路31號　TEL:(03)328-6618　FAX:(03)328-6620"
    draw.text(c, middle, top - 25, contact, font, 8, "center")
    draw.text(c, middle, top - 52, "採 購 單", font, 18, "center")
    draw.text(c, LEFT + sum(WIDTHS), top - 42, "列印日期：115/12/04", font, 8.5, "right")
    draw.text(c, LEFT + sum(WIDTHS), top - 54, "頁次：1/1", font, 8.5, "right")
    return top - 64


def _header_box(c, font: str, y: float) -> float:
    """Four ruled columns, label cells shaded; the address spans the last row."""
    widths = [62, 178, 62, sum(WIDTHS) - 302]
    rows = [
        ["採購單號", PO, "採購日期", "115/12/04"],
        ["廠商代號", "CN0087", "廠商簡稱", "蘇州啟航"],
        ["廠商全名", SUPPLIER, "廠商電話", "+86-512-6287-3300"],
        ["幣別", "USD 美金", "匯率", "32.1500"],
        ["付款條件", TERMS, "交易條件", "FOB 上海"],
        ["課稅別", "零稅率", "採購人員", "林佩君 (分機215)"],
    ]
    for n in range(len(rows) + 1):
        _shade(c, LEFT, y - ROW * n, widths[0], ROW)
        if n < len(rows):
            _shade(c, LEFT + widths[0] + widths[1], y - ROW * n, widths[2], ROW)
    bottom = draw.table(c, LEFT, y, widths, rows, font=font, size=8.5, row_height=ROW)
    return draw.table(
        c,
        LEFT,
        bottom,
        [widths[0], sum(widths[1:])],
        [["送貨地址", ADDRESS]],
        font=font,
        size=8.5,
        row_height=ROW,
    )


def _line_table(c, font: str, y: float) -> float:
    _shade(c, LEFT, y, sum(WIDTHS), ROW)
    y = draw.table(c, LEFT, y, WIDTHS, [HEADER], font=font, size=8.5, row_height=ROW, aligns="c" * 9)
    for n, (part, name, spec, unit, qty, price, due, remark) in enumerate(ITEMS, start=1):
        cells = [f"{n:04d}", part, name, spec, unit, grouped(qty, 0), price, grouped(amount(qty, price)), due]
        y = draw.table(c, LEFT, y, WIDTHS, [cells], font=font, size=8, row_height=ROW, aligns=ALIGNS)
        if remark:
            y = draw.table(
                c, LEFT, y, [WIDTHS[0], sum(WIDTHS[1:])], [["", remark]], font=font, size=8, row_height=ROW
            )
    quantity = sum(int(item[4]) for item in ITEMS)
    total = expected().total_amount or Decimal(0)
    merged = [sum(WIDTHS[:5]), *WIDTHS[5:]]
    sums = [["合　　計", grouped(quantity, 0), "", grouped(total), ""]]
    return draw.table(c, LEFT, y, merged, sums, font=font, size=8.5, row_height=ROW, aligns="crrrc")


def _closing(c, font: str, y: float) -> None:
    total = expected().total_amount or Decimal(0)
    right = LEFT + sum(WIDTHS)
    box = [["未稅金額", f"USD {grouped(total)}"], ["營業稅", "0.00"], ["總金額", f"USD {grouped(total)}"]]
    draw.table(c, right - 190, y - 8, [70, 120], box, font=font, size=8.5, row_height=16, aligns="lr")
    terms = [
        "採購條款：",
        "1. 廠商接單後請於2日內簽回本採購單，逾期視同接受。",
        "2. 交貨時請附送貨單，註明本採購單號、品號及序號；分批交貨依各序號預交日。",
        "3. 品質不符規格者，本公司得退貨或要求更換，所生費用由廠商負擔。",
        "4. 發票(Commercial Invoice)請開立本公司全名，並註明採購單號。",
    ]
    for n, line in enumerate(terms):
        draw.text(c, LEFT, y - 18 - 12 * n, line, font, 8)
    sign_top = y - 90
    cells = [["核准", "審核", "採購", "廠商回簽（請蓋公司章）"]]
    widths = [100, 100, 100, sum(WIDTHS) - 300]
    bottom = draw.table(c, LEFT, sign_top, widths, cells, font=font, size=8.5, row_height=16, aligns="cccc")
    draw.table(
        c, LEFT, bottom, widths, [["", "", "林佩君", ""]], font=font, size=9, row_height=46, aligns="cccc"
    )
    draw.text(c, LEFT, 36, "表單編號：HY-PU-001 Rev.3　保存期限：3年", font, 7.5)
    draw.text(c, right, 36, "頁次：1/1", font, 7.5, "right")


def render() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"採購單 {PO}")
    y = _head(c, font, draw.PAGE_HEIGHT - 48)
    y = _header_box(c, font, y - 6)
    y = _line_table(c, font, y - 12)
    _closing(c, font, y)
    c.showPage()
    c.save()
    return buffer.getvalue()
