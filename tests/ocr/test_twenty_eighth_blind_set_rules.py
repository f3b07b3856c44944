"""What reading the twenty-eighth and twenty-ninth blind sets taught, as general rules: a Finnish
ostotilaus (Lemonsoft), a Portuguese nota de encomenda and a Croatian narudžbenica, each read with its own
language's labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ocr.extraction import extract_order
from ocr.labels import column_kind
from tests.ocr.built_documents import sheet


def test_a_finnish_ostotilaus_is_read_with_its_own_labels() -> None:
    order = extract_order(
        sheet(
            ["LAKEUDEN KONETEKNIIKKA OY", "", "OSTOTILAUS"],
            ["Tilausnumero", "41872"],
            ["Päivämäärä", "8.12.2026"],
            ["Toimitusaika", "5.2.2027 (vko 5)"],
            ["Maksuehto", "60 pv netto"],
            ["Valuutta", "EUR"],
            ["Rivi", "Tuotenumero", "Nimike", "Määrä", "Yks", "À-hinta", "Ale %", "Yhteensä"],
            ["1", "LK-104512", "Urakuulalaakeri 6205-2RS C3", "2000", "kpl", "1,18", "", "2360,00"],
            ["2", "LK-104611", "Laippalaakeriyksikkö UCF 206", "300", "kpl", "9,40", "5,0", "2679,00"],
        )
    )
    assert (order.po_number, order.order_date) == ("41872", dt.date(2026, 12, 8))
    assert order.requested_delivery_date == dt.date(2027, 2, 5)
    assert (order.payment_terms, order.currency) == ("60 pv netto", "EUR")
    second = order.lines[1]
    assert (second.customer_part_no, second.quantity, second.unit) == ("LK-104611", Decimal("300"), "kpl")
    assert (second.unit_price, second.amount) == (Decimal("9.40"), Decimal("2679.00"))  # 5 % off


def test_finnish_portuguese_and_croatian_columns() -> None:
    kinds = {
        "Tuotenumero": "part_no", "Nimike": "description", "Määrä": "quantity", "Yks": "unit",
        "À-hinta": "unit_price", "Ale %": "discount", "Yhteensä": "amount", "Rivi": "line_no",
        "Ref.ª": "part_no", "Preço Unit.": "unit_price",
        "R.br.": "line_no", "Šifra": "part_no", "Naziv artikla": "description", "Jed. mj.": "unit",
        "Količina": "quantity", "Cijena": "unit_price", "Iznos": "amount",
    }  # fmt: skip
    assert {label: (column_kind(label) or (None,))[0] for label in kinds} == kinds


def test_a_portuguese_nota_de_encomenda_keeps_its_total_after_the_discounts() -> None:
    order = extract_order(
        sheet(
            ["Vougabike – Componentes para Bicicletas, Lda.", "", "", "NOTA DE ENCOMENDA"],
            ["", "", "", "N.º Encomenda", "NE 2026/418"],
            ["Condições de Pagamento", "Transferência bancária a 60 dias"],
            ["Moeda", "EUR"],
            ["Ref.ª", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Desc. %", "Total"],
            ["VB-RL-6001", "Rolamento 6001-2RS", "4000", "un", "0.42", "", "1680"],
            ["VB-EP-12142", "Eixo passante 12×142 mm", "600", "un", "7.9", "5", "4503"],
            ["", "", "", "Total Ilíquido", "", "", "6424"],
            ["", "", "", "Descontos", "", "", "237"],
            ["", "", "", "Total Líquido", "", "", "6183"],
            ["", "", "", "TOTAL (EUR)", "", "", "6183"],
        )
    )
    assert order.po_number == "NE 2026/418"
    assert [line.customer_part_no for line in order.lines] == ["VB-RL-6001", "VB-EP-12142"]
    assert order.total_amount == Decimal("6183")


def test_a_croatian_narudzbenica_is_read_with_its_own_labels() -> None:
    order = extract_order(
        sheet(
            ["HIDROMONT VARAŽDIN D.O.O."],
            ["NARUDŽBENICA"],
            ["Dobavljač:", "", "", "Broj narudžbenice:", "418/2026"],
            ["", "", "", "Datum narudžbe:", "21.12.2026."],
            ["", "", "", "Rok isporuke:", "29.01.2027."],
            ["", "", "", "Način plaćanja:", "virmanom, 60 dana od datuma računa"],
            ["R.br.", "Šifra", "Naziv artikla", "Jed. mj.", "Količina", "Cijena (EUR)", "Iznos (EUR)"],
            ["1", "30-1045", "Klipnjača kromirana Ø25 x 1000 mm", "kom", "150", "17.4", "2610"],
            ["2", "30-1052", "Cijev honana Ø50/60 x 1000 mm", "kom", "120", "24.8", "2976"],
            ["", "", "SVEUKUPNO EUR:", "", "", "", "5586"],
        )
    )
    assert (order.po_number, order.order_date) == ("418/2026", dt.date(2026, 12, 21))
    assert order.requested_delivery_date == dt.date(2027, 1, 29)
    assert order.payment_terms == "virmanom, 60 dana od datuma računa"
    assert [line.unit for line in order.lines] == ["kom", "kom"] and order.currency == "EUR"
    assert order.total_amount == Decimal("5586")
