"""What each function of the SAP sandbox does, with RETURN messages as the real BAPIs write them.

Parameters arrive as parsed by ``sandbox_soap`` (text leaves, tables as ``{"item": [...]}``); answers are
dicts of parameters for ``sandbox_soap.response``. A create keeps its order in the caller's session
until BAPI_TRANSACTION_COMMIT; GETLIST and GETSTATUS only see committed orders.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from connectors.sap import protocol
from connectors.sap.sandbox_basedata import BaseData
from connectors.sap.sandbox_reads import Reads
from connectors.sap.sandbox_returns import items as _items
from connectors.sap.sandbox_returns import quantity as _qty
from connectors.sap.sandbox_returns import ret2
from connectors.sap.sandbox_store import OrderStore, Sessions


class Bapis(Reads):
    """Create and commit here; the read-only functions come from ``Reads``."""

    def __init__(self, store: OrderStore, sessions: Sessions, basedata: BaseData) -> None:
        self.store, self.sessions, self.bd = store, sessions, basedata

    def call(self, function: str, params: dict[str, Any], session: str) -> dict[str, Any]:
        return getattr(self, function.lower())(params, session)

    # --- create and commit ----------------------------------------------------------------------
    def bapi_salesorder_createfromdat2(self, p: dict[str, Any], session: str) -> dict[str, Any]:
        header = p.get("ORDER_HEADER_IN") or {}
        partners = _items(p.get("ORDER_PARTNERS"))
        items, schedules = _items(p.get("ORDER_ITEMS_IN")), _items(p.get("ORDER_SCHEDULES_IN"))
        conditions = _items(p.get("ORDER_CONDITIONS_IN"))
        errors = self._check(header, partners, items, schedules)
        if errors:
            return {"RETURN": [*errors, ret2("E", protocol.NOT_CHANGED)], "SALESDOCUMENT": ""}
        sold_to = next(r["PARTN_NUMB"] for r in partners if r.get("PARTN_ROLE") == "AG")
        messages = [ret2("S", protocol.PROCESSED, structure="SALES_HEADER_IN")]
        messages += [
            ret2("S", protocol.PROCESSED, "SALES_ITEM_IN", i + 1, structure="SALES_ITEM_IN")
            for i in range(len(items))
        ]
        purch_no = header.get("PURCH_NO_C") or ""
        for order in self.store.find(sold_to, header.get("SALES_ORG", ""), purch_no) if purch_no else []:
            messages.append(ret2("W", protocol.PO_EXISTS, po=purch_no, vbeln=order["vbeln"]))
        if (p.get("TESTRUN") or "").upper() == "X":
            return {"RETURN": messages, "SALESDOCUMENT": ""}
        vbeln = self.store.next_number()
        self.sessions.add(
            session,
            {
                "vbeln": vbeln,
                "sold_to": sold_to,
                "sales_org": header.get("SALES_ORG", ""),
                "purch_no": purch_no,
                "doc_type": header.get("DOC_TYPE", ""),
                "doc_date": date.today().isoformat(),
                "header": header,
                "partners": partners,
                "items": [self._item(it, schedules) for it in items],
                "conditions": conditions,
            },
        )
        doc_text = self.bd.doc_types.get(header.get("DOC_TYPE", ""), "Sales document")
        messages.append(ret2("S", protocol.SAVED, doc_type_text=doc_text, vbeln=vbeln))
        return {"RETURN": messages, "SALESDOCUMENT": vbeln}

    def _item(self, item: dict[str, Any], schedules: list[dict[str, Any]]) -> dict[str, Any]:
        mine = [s for s in schedules if s.get("ITM_NUMBER") == item.get("ITM_NUMBER")]
        quantity = sum((_qty(s.get("REQ_QTY")) for s in mine), Decimal(0))
        material = self.bd.materials.get(str(item.get("MATERIAL", "")).upper(), {})
        return {
            **item,
            "REQ_QTY": format(quantity, "f"),
            "REQ_DATE": min((s.get("REQ_DATE") or "" for s in mine), default=""),
            "SHORT_TEXT": item.get("SHORT_TEXT") or material.get("name", "")[:40],
            "SALES_UNIT": item.get("SALES_UNIT") or material.get("unit", ""),
        }

    def _check(self, header: dict, partners: list, items: list, schedules: list) -> list[dict[str, Any]]:
        if not header:
            return [ret2("E", protocol.NO_HEADER, "ORDER_HEADER_IN")]
        errors = []
        auart = header.get("DOC_TYPE", "")
        if auart not in self.bd.doc_types:
            errors.append(ret2("E", protocol.UNKNOWN_DOC_TYPE, "ORDER_HEADER_IN", auart=auart))
        area = (header.get("SALES_ORG", ""), header.get("DISTR_CHAN", ""), header.get("DIVISION", ""))
        if area not in self.bd.sales_areas:
            errors.append(
                ret2(
                    "E",
                    protocol.UNKNOWN_SALES_AREA,
                    "ORDER_HEADER_IN",
                    vkorg=area[0],
                    vtweg=area[1],
                    spart=area[2],
                )
            )
        roles = {r.get("PARTN_ROLE"): r.get("PARTN_NUMB", "") for r in partners}
        if not roles.get("AG"):
            errors.append(ret2("E", protocol.NO_SOLD_TO, "ORDER_PARTNERS"))
        for index, row in enumerate(partners):
            number = row.get("PARTN_NUMB", "")
            if number and number not in self.bd.customers:
                errors.append(ret2("E", protocol.UNKNOWN_CUSTOMER, "ORDER_PARTNERS", index + 1, kunnr=number))
        if not items:
            errors.append(ret2("E", protocol.NO_ITEMS, "ORDER_ITEMS_IN"))
        for index, item in enumerate(items):
            errors += self._check_item(index + 1, item, schedules, area)
        return errors

    def _check_item(self, row: int, item: dict, schedules: list, area: tuple) -> list[dict[str, Any]]:
        errors, posnr = [], item.get("ITM_NUMBER", "")
        matnr = str(item.get("MATERIAL", ""))
        if matnr.upper() not in self.bd.materials:
            errors.append(
                ret2(
                    "E",
                    protocol.UNKNOWN_MATERIAL,
                    "ORDER_ITEMS_IN",
                    row,
                    matnr=matnr,
                    vkorg=area[0],
                    vtweg=area[1],
                )
            )
        for field in ("SALES_UNIT", "TARGET_QU"):
            unit = item.get(field)
            if unit and unit.upper() not in self.bd.units:
                errors.append(ret2("E", protocol.UNKNOWN_UNIT, "ORDER_ITEMS_IN", row, unit=unit, posnr=posnr))
        plant = item.get("PLANT")
        if plant and plant not in self.bd.plants:
            errors.append(ret2("E", protocol.UNKNOWN_PLANT, "ORDER_ITEMS_IN", row, werks=plant, posnr=posnr))
        ordered = sum((_qty(s.get("REQ_QTY")) for s in schedules if s.get("ITM_NUMBER") == posnr), Decimal(0))
        if ordered <= 0:
            errors.append(ret2("E", protocol.NO_QUANTITY, "ORDER_SCHEDULES_IN", row, posnr=posnr))
        return errors

    def bapi_transaction_commit(self, p: dict[str, Any], session: str) -> dict[str, Any]:
        self.store.commit(self.sessions.take(session))
        return {"RETURN": {"TYPE": "", "ID": "", "NUMBER": "000", "MESSAGE": ""}}
