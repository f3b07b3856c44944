"""A page printed in a script the configured models do not read (a Russian 1C order) is read with its
own model; Chinese and English pages never pay for the check."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ocr import extract_file, page_script
from ocr.layout import Word
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples import scans

FONT = "DejaVuSans"
ROWS = [
    ("1", "QH-6205-2RS", "Подшипник шариковый 6205-2RS", "1000", "шт", "0,95", "950,00"),
    ("2", "QH-6306-ZZ", "Подшипник шариковый 6306-ZZ", "400", "шт", "2,35", "940,00"),
    ("3", "QH-NU208", "Подшипник роликовый NU208", "120", "шт", "9,80", "1176,00"),
]


def russian_order() -> bytes:
    """A short 1C Заказ поставщику, printed in DejaVu Sans (Cyrillic)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    buffer = io.BytesIO()
    canvas = draw.new_canvas(buffer, "Заказ поставщику")
    draw.text(canvas, 40, 790, "Заказ поставщику № УГ00-000412 от 14 декабря 2026 г.", FONT, 13)
    draw.text(canvas, 40, 760, "Поставщик:  Suzhou Qihang Precision Technology Co., Ltd.", FONT, 10)
    draw.text(canvas, 40, 744, 'Покупатель:  ООО "Уралгидропривод", ИНН 6679123456', FONT, 10)
    draw.text(canvas, 40, 728, "Адрес доставки:  Екатеринбург, Монтерская ул, дом 3", FONT, 10)
    columns = (40, 60, 150, 340, 390, 430, 490)
    heads = ("№", "Артикул", "Товары (работы, услуги)", "Кол-во", "Ед.", "Цена", "Сумма")
    for x, head in zip(columns, heads, strict=True):
        draw.text(canvas, x, 690, head, FONT, 10)
    for k, row in enumerate(ROWS):
        for x, value in zip(columns, row, strict=True):
            draw.text(canvas, x, 670 - 18 * k, value, FONT, 10)
    draw.text(canvas, 390, 600, "Итого:", FONT, 10)
    draw.text(canvas, 490, 600, "3066,00", FONT, 10)
    draw.text(canvas, 40, 580, "Всего наименований 3, на сумму 3066,00 USD", FONT, 10)
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def russian_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scripts") / "zakaz.pdf"
    path.write_bytes(scans.image_pdf(scans.scan(russian_order())))  # a clean scan: the script is the point
    return path


def test_a_russian_scan_is_read_with_the_russian_model(russian_scan: Path) -> None:
    order = extract_file(russian_scan).order
    assert order.po_number.replace("О", "0") == "УГ00-000412"  # (OCR may read the 0 after Г as О)
    assert order.order_date == dt.date(2026, 12, 14)
    assert "Уралгидропривод" in order.buyer.name and "ИНН" not in order.buyer.name  # (OCR: OOO, quotes)
    assert [(line.quantity, line.unit_price) for line in order.lines] == [
        (Decimal("1000"), Decimal("0.95")),
        (Decimal("400"), Decimal("2.35")),
        (Decimal("120"), Decimal("9.80")),
    ]


def words(text: str, confidence: float, count: int) -> list[Word]:
    return [Word(text, 1, 0, 10 * i, 30, 10 * i + 8, confidence=confidence) for i in range(count)]


def test_only_a_page_of_many_unclear_latin_words_and_little_chinese_is_tried_with_other_scripts() -> None:
    assert page_script.reads_unknown_script(words("Nocrasuimk", 0.4, 50) + words("950,00", 0.95, 20))
    assert not page_script.reads_unknown_script(words("Bearing", 0.95, 50))  # English, read clearly
    assert not page_script.reads_unknown_script(words("Nocrasuimk", 0.4, 20))  # too few words to judge
    chinese = words("深沟球轴承", 0.7, 10)  # a Chinese page whose few Latin words read badly
    assert not page_script.reads_unknown_script(chinese + words("Ay", 0.3, 50))


def test_another_scripts_reading_must_be_clear_and_clearly_better(monkeypatch: pytest.MonkeyPatch) -> None:
    clear = {"rus+eng": 80, "kor+eng": 50, "tha+eng": 40, "kat+eng": 30, "hye+eng": 20}  # of 100, read surely

    def reading(image: object, page: int, dpi: int, languages: str) -> list[Word]:
        return words("x", 0.95, clear[languages]) + words("y", 0.1, 100 - clear[languages])

    monkeypatch.setattr(page_script, "tessdata_dir", lambda languages: "/installed")
    monkeypatch.setattr(page_script, "page_words", reading)
    page, image = words("Nocrasuimk", 0.4, 60), np.zeros((1000, 800), dtype=np.uint8)
    assert page_script.clearer_script(image, 1, 300, page) is None  # 0.8: clearer, not clear enough
    clear["kor+eng"] = 95
    languages, reading = page_script.clearer_script(image, 1, 300, page)
    assert languages == "kor+eng" and len(reading) == 100  # its reading comes along: no second read
