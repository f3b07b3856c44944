"""The read-only functions of the SAP sandbox: GETLIST, GETSTATUS and the base-data lists.

They see committed orders only; select-options (IDRANGE, MATNRSELECTION) follow SAP's SIGN/OPTION rules.
"""

from __future__ import annotations

import fnmatch
from typing import Any

from connectors.sap import protocol
from connectors.sap.sandbox_basedata import BaseData
from connectors.sap.sandbox_returns import bapireturn
from connectors.sap.sandbox_returns import items as _items
from connectors.sap.sandbox_store import OrderStore


class Reads:
    store: OrderStore
    bd: BaseData

    def bapi_salesorder_getlist(self, p: dict[str, Any], session: str) -> dict[str, Any]:
        kunnr = protocol.alpha(p.get("CUSTOMER_NUMBER", ""))
        if kunnr not in self.bd.customers:
            return {"RETURN": bapireturn("E", protocol.UNKNOWN_CUSTOMER, kunnr=kunnr), "SALES_ORDERS": []}
        found = self.store.find(kunnr, p.get("SALES_ORGANIZATION", ""), p.get("PURCHASE_ORDER_NUMBER"))
        name = self.bd.customers[kunnr].get("name", "")
        sales_orders = [
            {
                "SD_DOC": o["vbeln"],
                "ITM_NUMBER": it.get("ITM_NUMBER"),
                "MATERIAL": it.get("MATERIAL"),
                "SHORT_TEXT": it.get("SHORT_TEXT", "")[:40],
                "DOC_TYPE": o["doc_type"],
                "DOC_DATE": o["doc_date"],
                "REQ_QTY": it.get("REQ_QTY"),
                "REQ_DATE": it.get("REQ_DATE") or None,
                "PURCH_NO": o["purch_no"],
                "SOLD_TO": kunnr,
                "NAME": name[:35],
                "SALES_ORG": o["sales_org"],
                "SALES_UNIT": it.get("SALES_UNIT"),
            }
            for o in found
            for it in o["items"]
        ]
        return {"RETURN": {"TYPE": ""}, "SALES_ORDERS": sales_orders}

    def bapi_salesorder_getstatus(self, p: dict[str, Any], session: str) -> dict[str, Any]:
        vbeln = protocol.alpha(p.get("SALESDOCUMENT", ""))
        order = self.store.get(vbeln)
        if order is None:
            return {"RETURN": bapireturn("E", protocol.NOT_IN_DB, vbeln=vbeln), "STATUSINFO": []}
        info = []
        for it in order["items"]:
            delivered = order["dlv_stat"] == "C"
            info.append(
                {
                    "DOC_NUMBER": vbeln,
                    "DOC_DATE": order["doc_date"],
                    "PURCH_NO_C": order["purch_no"],
                    "PRC_STAT_H": order["prc_stat"],
                    "DLV_STAT_H": order["dlv_stat"],
                    "REQ_DATE": it.get("REQ_DATE") or None,
                    "ITM_NUMBER": it.get("ITM_NUMBER"),
                    "MATERIAL": it.get("MATERIAL"),
                    "SHORT_TEXT": it.get("SHORT_TEXT", "")[:40],
                    "REQ_QTY": it.get("REQ_QTY"),
                    "SALES_UNIT": it.get("SALES_UNIT"),
                    "DLV_STAT_I": order["dlv_stat"],
                    "DELIV_NUMB": f"008{vbeln[-7:]}" if order["dlv_stat"] != "A" else "",
                    "DLV_QTY": it.get("REQ_QTY") if delivered else "0",
                }
            )
        return {"RETURN": {"TYPE": ""}, "STATUSINFO": info}

    def bapi_customer_getlist(self, p: dict[str, Any], session: str) -> dict[str, Any]:
        ranges = _items(p.get("IDRANGE"))
        chosen = [c for n, c in sorted(self.bd.customers.items()) if _in_ranges(n, ranges, "LOW", "HIGH")]
        chosen = chosen[: int(p.get("MAXROWS") or 0) or None]
        rows = [
            {
                "CUSTOMER": str(c["number"]),
                "SORT1": str(c.get("code", ""))[:20],
                "NAME": c.get("name", "")[:35],
                "CITY": c.get("city", ""),
                "COUNTRY": c.get("country", ""),
                "LANGU": "1",
            }
            for c in chosen
        ]
        return {"ADDRESSDATA": rows, "IDRANGE": ranges or None, "RETURN": {"TYPE": ""}}

    def bapi_material_getlist(self, p: dict[str, Any], session: str) -> dict[str, Any]:
        ranges = _items(p.get("MATNRSELECTION"))
        chosen = [
            m
            for n, m in sorted(self.bd.materials.items())
            if _in_ranges(n, ranges, "MATNR_LOW", "MATNR_HIGH")
        ]
        chosen = chosen[: int(p.get("MAXROWS") or 0) or None]
        rows = [{"MATERIAL": str(m["number"]), "MATL_DESC": m.get("name", "")[:40]} for m in chosen]
        return {"MATNRLIST": rows, "RETURN": []}


def _in_ranges(value: str, ranges: list[dict[str, Any]], low_key: str, high_key: str) -> bool:
    """SAP select-options: I/E with EQ, BT, CP (``*`` and ``+`` patterns); no ranges selects everything."""
    included = [r for r in ranges if r.get("SIGN", "I") == "I"]
    excluded = [r for r in ranges if r.get("SIGN") == "E"]

    def hit(r: dict[str, Any]) -> bool:
        option, low, high = r.get("OPTION", "EQ"), r.get(low_key, ""), r.get(high_key, "")
        if option == "BT":
            return low <= value <= high
        if option == "CP":
            return fnmatch.fnmatchcase(value, low.replace("+", "?"))
        return value == low

    return (not included or any(hit(r) for r in included)) and not any(hit(r) for r in excluded)
