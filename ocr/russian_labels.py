"""Purchase-order labels in Russian, beside the dictionary's Chinese and English.

Russian and CIS buyers send 1C's Заказ поставщику (and its kin from other ERPs): the number and date in
the title (``Заказ поставщику № УГ00-000412 от 14 декабря 2026 г.``), party blocks labelled Поставщик and
Покупатель, the columns № | Артикул | Товары (работы, услуги) | Кол-во | Ед. | Цена | Сумма, and Итого /
Всего к оплате under them. ``ocr.label_dictionary`` adds these field by field, like
``ocr.european_labels``. (Reading such an order from a scan needs tesseract's ``rus`` model, which the
OCR languages do not load: see docs/extraction.md.)
"""

from __future__ import annotations

# fmt: off
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "po_number": ("Заказ поставщику №", "Заказ №", "Номер заказа", "№ заказа", "Заказ покупателя №"),
    "order_date": ("Дата заказа", "Дата документа"),
    "requested_delivery_date": (
        "Дата поступления", "Срок поставки", "Дата поставки", "Дата доставки", "Желаемая дата поступления",
    ),
    "currency": ("Валюта",),
    "buyer_name": ("Покупатель", "Заказчик", "Плательщик"),
    "supplier_name": ("Поставщик", "Продавец", "Исполнитель"),
    "ship_to_address": ("Адрес доставки", "Грузополучатель", "Адрес поставки", "Место поставки"),
    "payment_terms": ("Условия оплаты", "Порядок оплаты", "Срок оплаты"),
    "total": ("Всего к оплате", "Итого к оплате", "Сумма заказа"),
    "subtotal": ("Итого", "Сумма без НДС"),
    "other": (
        "ИНН", "КПП", "ОГРН", "БИК", "Условия поставки", "Менеджер", "Руководитель", "Без налога (НДС)",
        "В том числе НДС", "НДС", "Склад", "Ответственный", "Комментарий",
    ),
}

COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "line_no": ("№ п/п", "№"),
    "part_no": ("Артикул", "Код"),
    "description": (
        "Товары (работы, услуги)", "Товары", "Товар", "Наименование", "Номенклатура", "Наименование товара",
    ),
    "quantity": ("Кол-во", "Количество"),
    "unit": ("Ед.", "Ед. изм.", "Единица"),
    "unit_price": ("Цена",),
    "amount": ("Сумма",),
    "delivery_date": ("Дата поступления", "Срок поставки"),
    "other": ("Ставка НДС", "Сумма НДС"),
}
# fmt: on
