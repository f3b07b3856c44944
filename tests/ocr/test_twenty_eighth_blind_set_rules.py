"""What reading the twenty-eighth and twenty-ninth blind sets taught, as general rules: a Finnish
ostotilaus (Lemonsoft), a Portuguese nota de encomenda and a Croatian narudžbenica, each read with its own
language's labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ocr.candidates import COMPANY
from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.layout import Cell, Document, Line
from ocr.normalise import split_number
from ocr.parted_cells import code_apart, names_apart
from tests.ocr.built_documents import cell as built_cell
from tests.ocr.built_documents import english_table, line, pdf, sheet


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


def _b1_line(top: float, *cells: tuple[float, float, str]) -> Line:
    return Line(1, [Cell(text, 1, x0, top, x1, top + 7.5) for x0, x1, text in cells])


def _b1_order(*rows: Line) -> Document:
    head = _b1_line(
        240, (34, 38, "#"), (46, 76, "物料编号"), (88, 118, "物料描述"), (212, 257, "供应商目录号"),
        (297, 312, "数量"), (320, 335, "单位"), (363, 406, "单价 折扣 %"), (487, 509, "行总计"),
    )  # fmt: skip
    return Document(
        "application/pdf", "text-layer", 1, [_b1_line(60, (400, 450, "单据编号 26000418")), head, *rows]
    )


def test_a_code_printed_too_close_to_its_description_is_the_part_number() -> None:
    """SAP Business One's narrow 物料编号 column: the text layer joins the code to the description after
    it; the header's ``单价 折扣 %`` is two columns though ``%`` stands apart."""
    order = extract_order(
        _b1_order(
            _b1_line(
                254,
                (34, 38, "1"),
                (46, 179, "RM10231 深沟球轴承 6204-2RS C3"),
                (212, 264, "QH-BB6204RS"),
                (278, 312, "3,000.00"),
                (323, 331, "个"),
                (352, 378, "1.6800"),
                (389, 406, "0.00"),
                (476, 509, "5,040.00"),
            ),
            _b1_line(
                274,
                (31, 258, "14 RM12001 气缸 ISO 15552 Ø50×100 带磁环 QH-CY50100"),
                (290, 312, "80.00"),
                (323, 331, "个"),
                (342, 378, "245.0000"),
                (389, 406, "5.00"),
                (471, 509, "18,620.00"),
            ),
        )
    )
    assert [line.customer_part_no for line in order.lines] == ["RM10231", "RM12001"]
    assert [line.description for line in order.lines] == [
        "深沟球轴承 6204-2RS C3",
        "气缸 ISO 15552 Ø50×100 带磁环",
    ]
    assert [line.unit_price for line in order.lines] == [Decimal("1.6800"), Decimal("245.0000")]
    assert order.lines[1].amount == Decimal("18620.00")  # 80 x 245 less 5 %


def test_a_cell_of_words_alone_over_its_column_stays_whole() -> None:
    parts = code_apart(Cell("RM10231 深沟球轴承", 1, 46, 0, 118, 8), [-1e9, 82, 165], [82, 165, 1e9],
                       ["part_no", "description", "other"])  # fmt: skip
    assert [part.text for part in parts] == ["RM10231", "深沟球轴承"]
    for text in ("深沟球轴承 6204-2RS", "RM10231 5,000"):  # no code first; a number after the code
        assert [p.text for p in code_apart(Cell(text, 1, 46, 0, 150, 8), [-1e9, 82, 165], [82, 165, 1e9],
                                           ["part_no", "description", "other"])] == [text]  # fmt: skip
    narrow = Cell("RM10231 A", 1, 46, 0, 80, 8)  # within its column: nothing to part
    assert code_apart(narrow, [-1e9, 82], [82, 1e9], ["part_no", "description"]) == (narrow,)


def test_a_ship_to_block_beside_labels_with_their_values_goes_on() -> None:
    order = extract_order(
        pdf(
            line(100, (305, "单据编号 26000418")),
            line(140, (32, "供应商：苏州启航精工科技有限公司"), (305, "运达至：")),
            line(
                153, (32, "地址：江苏省苏州市高新区火炬路88号"), (305, "太仓柯乐精密机械有限公司 原材料仓库")
            ),
            line(166, (32, "联系人：张丽"), (305, "江苏省太仓市高新区青岛西路17号")),
            line(179, (32, "电话：0512-6658 3120"), (305, "收货人：周建华")),
            *english_table("1", "HD-6204", "Bearing", "10", "2.00", "20.00", top=220),
        )
    )
    assert order.ship_to.address == "江苏省太仓市高新区青岛西路17号"


def test_an_acumatica_order_total_with_its_currency_code_before_it() -> None:
    assert split_number("CAD 39,353.05") == (Decimal("39353.05"), "")
    assert split_number("CADX 5") is None
    assert column_kind("Inventory ID") == ("part_no", None) and column_kind("Promised") == (
        "delivery_date",
        None,
    )
    order = extract_order(
        sheet(
            ["Order Nbr.", "PO001852"],
            ["Order Date", "12/21/2026"],
            ["Vendor Ref.", "QH-Q26-1221"],
            ["Promised On", "02/05/2027"],
            ["Line", "Inventory ID", "Description", "UOM", "Order Qty.", "Unit Cost", "Amount"],
            ["1", "CYL-ROD-2010", "Chrome plated piston rod", "EA", "200.00", "14.8500", "2,970.00"],
            ["", "", "", "", "Order Total", "", "CAD 2,970.00"],
        )
    )
    assert (order.po_number, order.requested_delivery_date) == ("PO001852", dt.date(2027, 2, 5))
    assert order.supplier.name != "Ref." and order.lines[0].customer_part_no == "CYL-ROD-2010"
    assert order.total_amount == Decimal("2970.00") and order.currency == "CAD"


def test_portuguese_croatian_and_nordic_company_forms_make_a_letterhead_the_buyer() -> None:
    for name in (
        "Vougabike – Componentes para Bicicletas, Lda.",
        "HIDROMONT VARAŽDIN D.O.O.",
        "Nordkraft AS",
    ):
        assert COMPANY.search(name), name
    assert not COMPANY.search("as agreed") and not COMPANY.search("Lada Niva")
    order = extract_order(
        sheet(
            ["Vougabike – Componentes para Bicicletas, Lda.", "", "", "NOTA DE ENCOMENDA"],
            ["", "", "", "N.º Encomenda", "NE 2026/418"],
            ["Ref.ª", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Total"],
            ["VB-RL-6001", "Rolamento 6001-2RS", "4000", "un", "0.42", "1680"],
        )
    )
    assert order.buyer.name == "Vougabike – Componentes para Bicicletas, Lda."


def test_receiving_hours_written_8h30_end_a_delivery_address() -> None:
    order = extract_order(
        sheet(
            ["N.º Encomenda", "NE 2026/418"],
            ["Local de Entrega"],
            ["Vougabike, Lda. – Armazém 2"],
            ["Rua do Progresso, 48"],
            ["3750-041 Águeda"],
            ["Horário de receção: 2.ª a 6.ª, 8h30–12h30"],
            ["Ref.ª", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Total"],
            ["VB-RL-6001", "Rolamento 6001-2RS", "4000", "un", "0.42", "1680"],
        )
    )
    assert order.ship_to.address == "Rua do Progresso, 48, 3750-041 Águeda"


def test_an_ocr_header_cell_of_names_only_is_parted_at_its_spaces() -> None:
    header = Line(1, [Cell("单价 折扣 %", 1, 363, 240, 406, 248), Cell("物料 描述", 1, 88, 240, 117, 248)])
    parted = names_apart(header, spaced=False)
    assert [cell.text for cell in parted.cells] == ["单价", "折扣%", "物料 描述"]  # one name, spaced by OCR
    assert parted.cells[0].x0 == 363 and parted.cells[0].x1 < parted.cells[1].x0 < parted.cells[1].x1 == 406


def _ocr_line(top: float, *cells: tuple[float, str]) -> Line:
    return Line(1, [built_cell(x, top, text, confidence=0.9) for x, text in cells])


def test_an_ocr_line_that_lost_its_quantity_and_price_keeps_the_lines_after_it() -> None:
    columns = (20, 60, 140, 300, 340, 400, 460)
    head = ("Line", "Inventory ID", "Description", "UOM", "Order Qty.", "Unit Cost", "Amount")

    def row(top: float, *texts: str) -> Line:
        return _ocr_line(top, *((x, text) for x, text in zip(columns, texts, strict=True) if text))

    order = extract_order(
        pdf(
            line(40, (20, "Order Nbr."), (90, "PO001852")),
            line(100, *zip(columns, head, strict=True)),
            row(115, "11", "PMP-GEAR-08", "Gear pump group 2", "EA", "60.00", "68.5000", "4,110.00"),
            row(130, "12", "FLT-RET-10", "Return filter element", "EA", "", "", "1,740.00"),
            row(145, "13", "GAUGE-63-5K", "Pressure gauge 63mm", "EA", "250.00", "5.2800", "1,320.00"),
            row(175, "", "Importe con letra:", "", "Importe", "", "", "7,170.00"),
        )
    )
    assert [line.customer_part_no for line in order.lines] == ["PMP-GEAR-08", "FLT-RET-10", "GAUGE-63-5K"]
    assert order.lines[1].amount == Decimal("1740.00") and order.lines[1].unit_price is None
    assert order.confidence < 0.9  # a line without its quantity and price: to review


def test_two_names_one_text_word_across_a_ruling_are_bounded_by_that_ruling() -> None:
    """金蝶云·星辰's head prints 含税单价 and 税率(%) in two ruled cells that the text layer gives as one
    word; parted by its characters, the second name starts a little left of the ruling between them, and
    a price right-aligned against that ruling must still be the price's."""
    head = _b1_line(
        160, (40, 54, "序号"), (60, 90, "商品编码"), (110, 140, "商品名称"), (274, 290, "单位"),
        (325, 340, "数量"), (354, 410, "含税单价税率(%)"), (443, 458, "税额"), (486, 516, "价税合计"),
    )  # fmt: skip
    rows = [
        _b1_line(176, (45, 49, "1"), (60, 100, "01.02.0031"), (110, 148, "深沟球轴承"), (278, 286, "个"),
                 (309, 340, "3,000.00"), (359, 384, "1.6800"), (401, 410, "13"), (433, 458, "579.82"),
                 (485, 516, "5,040.00")),
        _b1_line(190, (45, 49, "2"), (60, 100, "03.01.0502"), (110, 140, "直线导轨"), (278, 286, "根"),
                 (315, 340, "240.00"), (355, 384, "96.5000"), (401, 410, "13"), (427, 458, "2,664.42"),
                 (480, 516, "23,160.00")),
    ]  # fmt: skip
    rules = {1: [(x, 155.0, 205.0) for x in (36, 58, 108, 170, 270, 294, 342, 386, 412, 460, 518, 559)]}
    document = Document(
        "application/pdf",
        "text-layer",
        1,
        [_b1_line(60, (400, 450, "单据编号 26000418")), head, *rows],
        rules,
    )
    order = extract_order(document)
    assert [line.unit_price for line in order.lines] == [Decimal("1.6800"), Decimal("96.5000")]


def test_a_norwegian_innkjopsordre_and_a_slovak_objednavka_are_read_with_their_own_labels() -> None:
    norwegian = extract_order(
        sheet(
            ["Nordfjord Hydraulikk AS", "", "", "INNKJØPSORDRE"],
            ["Ordrenummer", "10418"],
            ["Ordredato", "21.12.2026"],
            ["Betalingsbetingelse", "60 dager netto"],
            ["Valuta", "NOK"],
            ["Varenr.", "Varenavn", "Antall", "Enhet", "Pris", "Rabatt %", "Sum"],
            ["20145", "Stempelstang forkrommet", "150", "stk", "162,00", "", "24 300,00"],
            ["23101", "Kuleventil høytrykk", "200", "stk", "118,00", "5", "22 420,00"],
            ["", "", "", "", "Totalt NOK", "", "46 720,00"],
        )
    )
    assert (norwegian.po_number, norwegian.payment_terms) == ("10418", "60 dager netto")
    assert [line.unit_price for line in norwegian.lines] == [Decimal("162.00"), Decimal("118.00")]
    assert norwegian.total_amount == Decimal("46720.00")
    slovak = extract_order(
        sheet(
            ["Hydrostroj Martin s.r.o."],
            ["Dodávateľ:", "", "", "Číslo objednávky:", "2026/0418"],
            ["", "", "", "Termín dodania:", "1.2.2027"],
            ["", "", "", "Spôsob úhrady:", "bankovým prevodom, splatnosť 60 dní"],
            ["Miesto dodania:"],
            ["Hydrostroj Martin s.r.o. – centrálny sklad"],
            ["Priemyselná 1520/12"],
            ["036 01 Martin"],
            ["Na základe Vašej ponuky QH-Q26-1221 u Vás objednávame:"],
            [
                "P.č.",
                "Kód tovaru",
                "Názov tovaru",
                "MJ",
                "Množstvo",
                "Jedn. cena (EUR)",
                "Zľava %",
                "Cena spolu (EUR)",
            ],
            ["1", "HM-10231", "Piestnica chrómovaná Ø25", "ks", "150", "17.2", "", "2580"],
            ["", "", "Celkom k úhrade (EUR):", "", "", "", "", "2580"],
        )
    )
    assert (slovak.po_number, slovak.requested_delivery_date) == ("2026/0418", dt.date(2027, 2, 1))
    assert slovak.payment_terms == "bankovým prevodom, splatnosť 60 dní" and slovak.total_amount == Decimal(
        "2580"
    )
    assert slovak.lines[0].customer_part_no == "HM-10231" and slovak.buyer.name == "Hydrostroj Martin s.r.o."
    assert slovak.ship_to.address == "Priemyselná 1520/12, 036 01 Martin"  # not the sentence under it
