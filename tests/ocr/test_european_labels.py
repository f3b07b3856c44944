"""Orders printed in Italian, Spanish, French, Portuguese, Dutch or Polish are read without a template:
their header labels and column names are in the dictionary, an accent OCR dropped does not hide a label,
and a bare ``Numero`` is the order number only in a box of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from tests.ocr.built_documents import line, pdf

LANGUAGES = {  # header labels (number, date, currency), column names
    "it": (("Numero", "Data", "Valuta"),
           ("Pos.", "Codice articolo", "Descrizione", "Quantità", "Prezzo", "Importo")),
    "es": (("Nº pedido", "Fecha", "Moneda"),
           ("Línea", "Referencia", "Descripción", "Cantidad", "Precio", "Importe")),
    "fr": (("N° de commande", "Date", "Devise"),
           ("Ligne", "Référence", "Désignation", "Quantité", "Prix", "Montant")),
    "pt": (("Nº do pedido", "Data de emissão", "Moeda"),
           ("Item", "Código", "Descrição", "Quantidade", "Preço", "Valor total")),
    "nl": (("Ordernummer", "Orderdatum", "Valuta"),
           ("Regel", "Art.nr.", "Omschrijving", "Aantal", "Prijs", "Bedrag")),
    "pl": (("Nr zamówienia", "Data zamówienia", "Waluta"),
           ("Lp.", "Indeks", "Nazwa", "Ilość", "Cena", "Wartość")),
}  # fmt: skip


@pytest.mark.parametrize(("labels", "head"), LANGUAGES.values(), ids=LANGUAGES.keys())
def test_a_european_order_is_read_by_its_own_languages_labels(
    labels: tuple[str, str, str], head: tuple[str, ...]
) -> None:
    order = extract_order(
        pdf(
            line(10, (40, labels[0]), (200, labels[1]), (330, labels[2])),
            line(22, (40, "418/OF"), (200, "07/12/2026"), (330, "EUR")),
            line(100, *zip((30, 60, 150, 300, 350, 420), head, strict=True)),
            line(115, (30, "1"), (60, "C01.6205"), (150, "Cuscinetto 6205-2RS"), (300, "300"), (350, "0,92"),
                 (430, "276,00")),
        )
    )  # fmt: skip
    assert (order.po_number, order.order_date, order.currency) == ("418/OF", dt.date(2026, 12, 7), "EUR")
    assert [(item.customer_part_no, item.quantity, item.amount) for item in order.lines] == [
        ("C01.6205", Decimal("300"), Decimal("276.00"))
    ]


@pytest.mark.parametrize(
    ("printed", "column"),
    [("Quantita", "quantity"), ("Descripcion", "description"), ("Designation", "description"),
     ("Ilosc", "quantity"), ("Preco unitario", "unit_price"), ("Q.TÀ", "quantity")],
)  # fmt: skip
def test_a_label_whose_accent_ocr_dropped_is_still_the_label(printed: str, column: str) -> None:
    assert column_kind(printed) == (column, None)


def test_a_bare_numero_is_the_order_number_only_in_a_box_of_its_own() -> None:
    assert split_pairs("Numero") == ("", (split_pairs("Numero")[1][0],))
    assert split_pairs("Numero")[1][0].field == "po_number"
    assert split_pairs("Numero di telefono 051 712 4580") == ("Numero di telefono 051 712 4580", ())
    assert split_pairs("Numero: 418/OF")[1][0].value == "418/OF"


def test_the_canonical_spelling_of_a_field_stays_the_english_or_chinese_one() -> None:
    from ocr.label_dictionary import COLUMN_LABELS, HEADER_LABELS

    assert HEADER_LABELS["po_number"][0] == "订单编号" and COLUMN_LABELS["quantity"][0] == "数量"
    assert "Bestell-Nr." in HEADER_LABELS["po_number"] and "Quantità" in COLUMN_LABELS["quantity"]
