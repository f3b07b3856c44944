"""Resolving an order against the shipped master data: which customer, which of our materials."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orderbridge.masterdata import MasterData
from orderbridge.model import Buyer, OrderLine, PurchaseOrder
from orderbridge.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def masterdata() -> MasterData:
    return MasterData.load(PROJECT_ROOT / "mappings")


def order(
    buyer: str | None = None, *lines: OrderLine, code: str | None = None, currency="CNY"
) -> PurchaseOrder:
    return PurchaseOrder(
        po_number="PO-1",
        order_date=dt.date(2026, 11, 20),
        currency=currency,
        buyer=Buyer(name=buyer, customer_code=code),
        lines=list(lines) or [OrderLine(line_no=1, customer_part_no="HD-BLT-0830", quantity=Decimal(1))],
    )


def line(part: str | None = None, description: str | None = None, sku: str | None = None, no=1) -> OrderLine:
    return OrderLine(line_no=no, customer_part_no=part, description=description, sku=sku, quantity=Decimal(5))


def codes(resolution):
    return [(i.code, i.severity, i.field) for i in resolution.issues]


class TestCustomer:
    def test_by_sender_domain_even_without_a_buyer_name(self, masterdata):
        result = masterdata.resolve(order(None), sender="Li Wei <li.wei@mail.hdprecision.cn>")
        assert result.order.buyer.customer_code == "C0001"
        source = result.order.provenance["buyer.customer_code"]
        assert (source.method, source.score, source.note) == (
            "masterdata",
            1.0,
            "sender domain hdprecision.cn",
        )
        assert result.issues == [] and result.ok

    def test_by_exact_name_ignoring_width_case_and_company_suffix(self, masterdata):
        result = masterdata.resolve(order("ＡＣＭＥ industrial supply, LIMITED"))
        assert result.order.buyer.customer_code == "C0002"
        assert result.order.provenance["buyer.customer_code"].score == 1.0

    def test_by_alias(self, masterdata):
        result = masterdata.resolve(order("新辉电子"), sender="buyer@unknown.example")
        assert result.order.buyer.customer_code == "C0003"
        assert result.order.provenance["buyer.customer_code"].note == "exact alias '新辉电子'"

    def test_by_fuzzy_name_records_the_score_and_warns(self, masterdata):
        result = masterdata.resolve(order("Huadong Precison Manufacturing Co Ltd"))
        assert result.order.buyer.customer_code == "C0001"
        source = result.order.provenance["buyer.customer_code"]
        assert source.method == "masterdata" and 0.9 <= source.score < 1.0
        assert codes(result) == [("customer-fuzzy", "warning", "buyer.customer_code")]
        assert result.ok

    def test_an_unknown_customer_is_an_error_and_no_code(self, masterdata):
        result = masterdata.resolve(order("Globex Corporation"), sender="x@globex.example")
        assert result.order.buyer.customer_code is None
        assert ("customer-unresolved", "error", "buyer.customer_code") in codes(result)
        assert not result.ok

    def test_a_loosely_similar_name_is_not_matched(self, masterdata):
        result = masterdata.resolve(order("Acme Tools"))
        assert result.order.buyer.customer_code is None

    def test_domain_wins_over_a_conflicting_name_with_a_warning(self, masterdata):
        result = masterdata.resolve(order("Acme Industrial"), sender="a@hdprecision.cn")
        assert result.order.buyer.customer_code == "C0001"
        assert ("customer-name-mismatch", "warning", "buyer.customer_code") in codes(result)

    def test_a_known_code_already_set_is_kept_and_an_unknown_one_cleared(self, masterdata):
        assert masterdata.resolve(order(None, code="C0002")).order.buyer.customer_code == "C0002"
        result = masterdata.resolve(order(None, code="C9999"))
        assert result.order.buyer.customer_code is None
        assert codes(result)[0] == ("customer-unresolved", "error", "buyer.customer_code")

    def test_missing_currency_comes_from_the_customer_with_a_warning(self, masterdata):
        result = masterdata.resolve(order("Acme Industrial", line("ACM-55120"), currency=None))
        assert result.order.currency == "USD"
        assert codes(result) == [("currency-from-masterdata", "warning", "currency")]

    def test_the_input_order_is_never_modified(self, masterdata):
        original = order("Acme Industrial", line("acm 55120"))
        before = original.model_dump()
        masterdata.resolve(original)
        assert original.model_dump() == before


class TestMaterial:
    def test_customer_part_number_ignoring_case_spaces_and_dashes(self, masterdata):
        result = masterdata.resolve(order("华东精密", line("hd blt 0830"), line("ＨＤ－ＷＳＨ－08", no=2)))
        assert [ln.sku for ln in result.order.lines] == ["M1001", "M1002"]
        assert result.order.provenance["lines[0].sku"].note == "part number HD-BLT-0830 of C0001"
        assert result.issues == []

    def test_the_same_part_number_means_different_skus_per_customer(self, masterdata):
        acme = masterdata.resolve(order("Acme Industrial", line("ACM-55120")))
        assert acme.order.lines[0].sku == "M1004"
        assert masterdata.resolve(order("华东精密", line("ACM-55120"))).order.lines[0].sku is None

    def test_a_part_number_that_is_already_our_sku(self, masterdata):
        result = masterdata.resolve(order("Acme Industrial", line("m1003")))
        assert result.order.lines[0].sku == "M1003"

    def test_a_description_very_close_to_a_material_name(self, masterdata):
        result = masterdata.resolve(order("Acme Industrial", line(None, "Silicone O-rings 40mm")))
        assert result.order.lines[0].sku == "M1006"
        assert 0.92 <= result.order.provenance["lines[0].sku"].score < 1.0
        assert codes(result) == [("sku-fuzzy", "warning", "lines[0].sku")]

    def test_a_description_with_other_numbers_is_never_fuzzy_matched(self, masterdata):
        result = masterdata.resolve(order("Acme Industrial", line(None, "Stainless steel hex bolt M8x35")))
        assert result.order.lines[0].sku is None

    def test_an_unknown_part_is_an_error_on_that_line(self, masterdata):
        result = masterdata.resolve(
            order("Acme Industrial", line("ACM-55120"), line("ACM-99999", "Widget", no=2))
        )
        assert [ln.sku for ln in result.order.lines] == ["M1004", None]
        assert codes(result) == [("sku-unresolved", "error", "lines[1].sku")]
        assert "line 2" in result.issues[0].message

    def test_an_unknown_sku_already_set_is_cleared_with_an_error(self, masterdata):
        result = masterdata.resolve(order("Acme Industrial", line(sku="M9999")))
        assert result.order.lines[0].sku is None
        assert codes(result) == [("sku-unresolved", "error", "lines[0].sku")]


def test_a_fuzzy_name_equally_close_to_two_customers_is_not_guessed():
    from orderbridge.masterdata import Customer, Material

    data = MasterData(
        [
            Customer(code="N1", name="Nordwind Trading GmbH"),
            Customer(code="N2", name="Nordwand Trading GmbH"),
        ],
        [Material(sku="M1", name="Bolt")],
    )
    result = data.resolve(order("Nordwund Trading GmbH", line(sku="M1")))
    assert result.order.buyer.customer_code is None
    (issue,) = result.issues
    assert issue.code == "customer-unresolved" and "as close to" in issue.message
