"""Files the intake must reject, each with the reason it must give."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader

from orderbridge.samples import hdprecision
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.zip_bytes import build_zip

TERMS = [
    "一般采购条款 General Terms and Conditions of Purchase",
    "1. 供应商应按订单约定的交货日期送货。The supplier shall deliver by the agreed delivery date.",
    "2. 发票须注明订单编号及物料编码。Invoices must quote the order number and part numbers.",
    "3. 质量问题须在收货后三十日内提出。Quality claims are raised within thirty days of receipt.",
    "4. 付款条件以双方合同为准。Payment terms follow the framework agreement.",
    "5. 本条款适用中华人民共和国法律。These terms are governed by the laws of the PRC.",
]


SCAN_LINES = [("HD-BLT-0830", "不锈钢六角螺栓 M8x30", "2000", "PCS", "0.85", "1700.00")]


def scan_image() -> Image.Image:
    """A page as a scanner would deliver it: pixels only, no text layer (150 dpi, A4)."""
    image = Image.new("L", (1240, 1754), 255)
    pen = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(draw.CJK_FONT_PATH), 34, index=0)
    small = ImageFont.truetype(str(draw.CJK_FONT_PATH), 26, index=0)
    pen.text((620, 140), "华东精密制造有限公司", fill=0, font=font, anchor="mm")
    pen.text((620, 200), "采购订单", fill=0, font=font, anchor="mm")
    header = [
        "订单编号：HD20261120-03",
        "订单日期：2026年11月20日",
        "币种：人民币",
    ]
    for i, line in enumerate(header):
        pen.text((110, 290 + i * 56), line, fill=0, font=small)
    columns = [110, 330, 720, 860, 1000]
    rows = [["物料编码", "品名规格", "数量", "单价", "金额"]]
    rows += [
        [part, description, f"{int(qty):,}", price, f"{float(amount):,.2f}"]
        for part, description, qty, _unit, price, amount in SCAN_LINES
    ]
    for r, row in enumerate(rows):
        for x, value in zip(columns, row, strict=True):
            pen.text((x, 500 + r * 56), value, fill=0, font=small)
    pen.text((110, 500 + len(rows) * 56 + 20), "合计", fill=0, font=small)
    pen.text((1000, 500 + len(rows) * 56 + 20), "1,700.00", fill=0, font=small)
    return image


def scanned_pdf() -> bytes:
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "scan")
    c.drawImage(ImageReader(scan_image()), 0, 0, width=draw.PAGE_WIDTH, height=draw.PAGE_HEIGHT)
    c.showPage()
    c.save()
    return buffer.getvalue()


def broken_scan() -> bytes:
    """A scanned PDF cut off part-way (an interrupted upload or a mail gateway limit)."""
    data = scanned_pdf()
    return data[: len(data) * 3 // 5]


def terms_and_conditions() -> bytes:
    font = draw.cjk_font()
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, "General Terms and Conditions of Purchase")
    y = draw.PAGE_HEIGHT - 70
    for i, line in enumerate(TERMS):
        draw.text(c, 50, y, line, font, 13 if i == 0 else 9)
        y -= 28
    c.showPage()
    c.save()
    return buffer.getvalue()


def secured_po() -> bytes:
    """The Chinese sample again, but it opens only with a password."""
    encryption = StandardEncryption("open-sesame", ownerPassword="owner-secret", strength=128)
    return hdprecision.render(encrypt=encryption)


def notes_docx() -> bytes:
    """A real (minimal) Word document: a zip, but not a workbook."""
    content_types = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>会议记录：下周确认新辉电子的订单交期。</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()
    return build_zip(
        [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document)]
    )
