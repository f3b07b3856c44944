"""Purchase-order labels in Armenian, Arabic and Urdu, beside the dictionary's Chinese and English.

Armenian buyers print their accounting package's ԳՆՄԱՆ ՊԱՏՎԵՐ (ArmSoft: Մատակարար՝, Վճարման պայմաններ՝,
Առաքման հասցե՝; Կոդ | Անվանում | Քանակ | Գին | Գումար), each label closed by the Armenian comma ``՝``
where others print a colon. Arabic buyers send a أمر شراء (رقم أمر الشراء, تاريخ التسليم, اسم المورد; كود
الصنف | اسم الصنف | الكمية | سعر الوحدة | الإجمالي), often an Excel form laid out from the right.
``ocr.label_dictionary`` adds them field by field, like ``ocr.european_labels``.
"""

from __future__ import annotations

# fmt: off
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "po_number": ("Պատվեր №", "Պատվերի համար", "رقم أمر الشراء", "رقم الأمر", "أمر شراء رقم", "آرڈر نمبر"),
    "order_date": ("Պատվերի ամսաթիվ", "Ամսաթիվ", "تاريخ أمر الشراء", "تاريخ الأمر"),
    "requested_delivery_date": (
        "Մատակարարման ժամկետ", "تاريخ التسليم المطلوب", "تاريخ التسليم", "ترسیل کی تاریخ",
    ),
    "currency": ("Արժույթ", "العملة", "کرنسی"),
    "buyer_name": ("Գնորդ", "المشتري"),
    "supplier_name": ("Մատակարար", "اسم المورد", "المورد", "بنام"),
    "ship_to_address": ("Առաքման հասցե", "عنوان التسليم", "ترسیل کا پتہ"),
    "payment_terms": ("Վճարման պայմաններ", "شروط الدفع", "ادائیگی کی شرائط"),
    "total": ("Ընդամենը վճարման", "الإجمالي الكلي", "إجمالي أمر الشراء"),
    "other": (
        "Մատակարարման պայմաններ", "Ձեր առաջարկը", "Ստացող", "Պատասխանատու", "ՀՎՀՀ", "Հասցե", "Բանկ",
        "عرض السعر", "شروط التسليم", "ميناء الوصول", "المسؤول", "عنوان المورد",
        "کوٹیشن نمبر", "ترسیل کی شرط", "آرڈر کنندہ", "رابطہ", "پتہ", "دفتر",
    ),
}
COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "line_no": ("Հ/Հ", "م"),
    "part_no": ("Կոդ", "كود الصنف"),
    "description": ("Անվանում", "اسم الصنف والمواصفات", "اسم الصنف"),
    "quantity": ("Քանակ", "الكمية"),
    "unit": ("Չափի միավոր", "الوحدة"),
    "unit_price": ("Գին", "سعر الوحدة"),
    "amount": ("Գումար", "الإجمالي"),
    "discount": ("Զեղչ", "الخصم %", "الخصم"),
    "other": ("ملاحظات",),
}
# fmt: on
