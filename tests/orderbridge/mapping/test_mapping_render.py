"""Rendering orders through target mappings: the exact Kingdee Save body, and every data problem at once."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from decimal import Decimal

import pytest

from orderbridge.errors import OrderBridgeError
from orderbridge.mapping import MappingDataError, load_target_mapping
from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def kingdee():
    return load_target_mapping(PROJECT_ROOT / "mappings" / "targets" / "kingdee.yaml")


def sample(**changes) -> PurchaseOrder:
    order = PurchaseOrder(
        po_number="HD-PO-20261120-01",
        order_date=dt.date(2026, 11, 20),
        requested_delivery_date=dt.date(2026, 12, 5),
        currency="CNY",
        buyer=Buyer(name="华东精密制造有限公司", customer_code="C0001"),
        payment_terms="月结30天",
        total_amount=Decimal("2062.50"),
        lines=[
            OrderLine(
                line_no=1,
                customer_part_no="HD-BLT-0830",
                sku="M1001",
                description="不锈钢六角螺栓 M8x30",
                quantity=Decimal("5000"),
                unit="pcs",
                unit_price=Decimal("0.35"),
                amount=Decimal("1750.00"),
            ),
            OrderLine(
                line_no=2,
                customer_part_no="HD-WSH-08",
                sku="M1002",
                quantity=Decimal("2500.5"),
                unit="个",
                unit_price=Decimal("0.12497"),
                amount=Decimal("312.50"),
            ),
        ],
    )
    return order.model_copy(update=changes)


def test_kingdee_mapping_exposes_what_the_connector_needs(kingdee):
    assert (kingdee.target, kingdee.form_id) == ("kingdee", "SAL_SaleOrder")
    assert kingdee.lookup.po_number_field == "F_ORB_CustPONo"
    assert kingdee.lookup.customer_field == "FCustId.FNumber"


def test_kingdee_save_body_for_a_sample_order(kingdee):
    assert kingdee.render(sample()) == {
        "Model": {
            "FBillTypeID": {"FNumber": "XSDD01_SYS"},
            "FDate": "2026-11-20",
            "FSaleOrgId": {"FNumber": "100"},
            "FCustId": {"FNumber": "C0001"},
            "F_ORB_CustPONo": "HD-PO-20261120-01",
            "FNote": "月结30天",
            "FSaleOrderFinance": {"FSettleCurrId": {"FNumber": "PRE001"}},
            "FSaleOrderEntry": [
                {
                    "FMaterialId": {"FNumber": "M1001"},
                    "FUnitID": {"FNumber": "Pcs"},
                    "FQty": 5000,
                    "FTaxPrice": 0.35,
                    "FEntryTaxRate": 13,
                    "FDeliveryDate": "2026-12-05",
                    "FEntryNote": "不锈钢六角螺栓 M8x30",
                },
                {
                    "FMaterialId": {"FNumber": "M1002"},
                    "FUnitID": {"FNumber": "Pcs"},
                    "FQty": 2500.5,
                    "FTaxPrice": 0.12497,
                    "FEntryTaxRate": 13,
                    "FDeliveryDate": "2026-12-05",
                },
            ],
        },
        "IsVerifyBaseDataField": True,
        "IsAutoSubmitAndAudit": False,
        "IsDraftWhenSaveFail": False,
        "NeedReturnFields": ["FBillNo", "FID"],
    }


def test_the_body_is_plain_json_and_numbers_keep_their_digits(kingdee):
    order = sample()
    order.lines[0] = order.lines[0].model_copy(
        update={"quantity": Decimal("0.1"), "unit_price": Decimal("12345678.9012")}
    )
    text = json.dumps(kingdee.render(order), ensure_ascii=False)
    assert '"FQty": 0.1,' in text and '"FTaxPrice": 12345678.9012,' in text


def test_a_number_with_more_digits_than_json_keeps_is_a_problem_not_rounded(kingdee):
    order = sample()
    order.lines[0] = order.lines[0].model_copy(update={"unit_price": Decimal("0.12345678901234567891")})
    with pytest.raises(MappingDataError) as caught:
        kingdee.render(order)
    assert caught.value.problems == [
        "FSaleOrderEntry[0].FTaxPrice (line 1, from unit_price): cannot send as number: "
        "0.12345678901234567891 has more digits than a JSON number carries exactly"
    ]


def test_missing_required_values_are_all_listed(kingdee):
    order = sample(order_date=None, currency=None, buyer=Buyer(name="x"))
    order.lines[1] = order.lines[1].model_copy(update={"sku": None})
    with pytest.raises(MappingDataError) as caught:
        kingdee.render(order)
    error = caught.value
    assert error.problems == [
        "FDate (from order_date): required value is missing",
        "FCustId (from buyer.customer_code): required value is missing",
        "FSaleOrderFinance.FSettleCurrId (from currency): required value is missing",
        "FSaleOrderEntry[1].FMaterialId (line 2, from sku): required value is missing",
    ]
    assert isinstance(error, OrderBridgeError) and error.target == "kingdee"
    assert str(error).startswith("order HD-PO-20261120-01 cannot be mapped for kingdee: 4 problems:")


def test_a_value_missing_from_a_lookup_is_a_data_problem(kingdee):
    with pytest.raises(MappingDataError) as caught:
        kingdee.render(sample(currency="JPY"))
    assert caught.value.problems == [
        "FSaleOrderFinance.FSettleCurrId (from currency): 'JPY' is not in lookup 'currencies' "
        "(known: CNY, USD, EUR, HKD)"
    ]


def test_a_lookup_miss_or_absent_value_takes_the_default(kingdee):
    order = sample()
    order.lines[0] = order.lines[0].model_copy(update={"unit": "箱"})
    order.lines[1] = order.lines[1].model_copy(update={"unit": None})
    entries = kingdee.render(order)["Model"]["FSaleOrderEntry"]
    assert [e["FUnitID"] for e in entries] == [{"FNumber": "Pcs"}, {"FNumber": "Pcs"}]


def test_optional_absent_values_are_left_out(kingdee):
    body = kingdee.render(sample(payment_terms=None, requested_delivery_date=None))
    assert "FNote" not in body["Model"]
    assert all("FDeliveryDate" not in entry for entry in body["Model"]["FSaleOrderEntry"])


def test_render_is_pure(kingdee):
    order = sample()
    first = kingdee.render(order)
    first["NeedReturnFields"].append("mutated")
    assert kingdee.render(order)["NeedReturnFields"] == ["FBillNo", "FID"]
    assert order == sample()


SAP_LIKE = """\
format_version: 1
target: sap
lookup: {po_number_field: PURCH_NO_C, customer_field: PARTN_NUMB}
options: {TESTRUN: ""}
header:
  ORDER_HEADER_IN:
    DOC_TYPE: {value: TA}
    PURCH_NO_C: {from: po_number, transform: [upper, "truncate(5)"], required: true}
    PURCH_DATE: {from: order_date, transform: "date_format(%Y%m%d)"}
    REQ_DATE_H: {from: requested_delivery_date, type: date}
  ORDER_PARTNERS:
    PARTN_NUMB: {from: buyer.customer_code, transform: "replace(C, '')", type: integer, required: true}
lines:
  key: ORDER_ITEMS_IN
  fields:
    ITM_NUMBER: {from: line_no, type: string}
    MATERIAL: {from: sku, lookup: materials, default: UNKNOWN}
    TARGET_QTY: {from: quantity, type: string}
    CURRENCY: {from: currency, scope: order, transform: lower}
lookups:
  materials: {M1001: "000000000000001001"}
"""


def test_the_same_engine_renders_a_differently_shaped_target(tmp_path):
    path = tmp_path / "sap.yaml"
    path.write_text(textwrap.dedent(SAP_LIKE), encoding="utf-8")
    sap = load_target_mapping(path)
    assert sap.form_id is None and sap.envelope is None
    assert sap.render(sample()) == {
        "ORDER_HEADER_IN": {
            "DOC_TYPE": "TA",
            "PURCH_NO_C": "HD-PO",
            "PURCH_DATE": "20261120",
            "REQ_DATE_H": "2026-12-05",
        },
        "ORDER_PARTNERS": {"PARTN_NUMB": 1},
        "ORDER_ITEMS_IN": [
            {"ITM_NUMBER": "1", "MATERIAL": "000000000000001001", "TARGET_QTY": "5000", "CURRENCY": "cny"},
            {"ITM_NUMBER": "2", "MATERIAL": "UNKNOWN", "TARGET_QTY": "2500.5", "CURRENCY": "cny"},
        ],
        "TESTRUN": "",
    }


def test_a_value_that_cannot_take_its_type_is_a_data_problem(tmp_path):
    path = tmp_path / "sap.yaml"
    path.write_text(textwrap.dedent(SAP_LIKE), encoding="utf-8")
    sap = load_target_mapping(path)
    with pytest.raises(MappingDataError) as caught:
        sap.render(sample(buyer=Buyer(customer_code="CX1")))
    assert caught.value.problems == [
        "ORDER_PARTNERS.PARTN_NUMB (from buyer.customer_code): cannot send as integer: 'X1' is not a number"
    ]


def test_an_order_without_lines_is_a_data_problem(kingdee):
    with pytest.raises(MappingDataError) as caught:
        kingdee.render(sample(lines=[]))
    assert caught.value.problems == ["FSaleOrderEntry: the order has no lines"]
