"""Wire facts of SF's ``/std/service`` shared by the client and the sandbox.

One URL, form-encoded fields ``partnerID, requestID, serviceCode, timestamp, msgData, msgDigest``; the
answer is an envelope ``{apiResultCode, apiErrorMsg, apiResponseID, apiResultData}`` whose
``apiResultData`` is JSON *text* (double-encoded) holding ``{success, errorCode, errorMsg, msgData}``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

SERVICE_PATH = "/std/service"
CREATE_ORDER = "EXP_RECE_CREATE_ORDER"
SEARCH_ORDER = "EXP_RECE_SEARCH_ORDER_RESP"  # order result query, by orderId
SEARCH_ROUTES = "EXP_RECE_SEARCH_ROUTES"
SERVICES = (CREATE_ORDER, SEARCH_ORDER, SEARCH_ROUTES)
FORM_FIELDS = ("partnerID", "requestID", "serviceCode", "timestamp", "msgData", "msgDigest")

# Gateway codes (apiResultCode). A1000 and A1004 are seen in public client code; the others follow the
# 丰桥 result-code table as remembered (inferred): keep the wording, the codes are what clients act on.
API_OK = "A1000"
API_CODES = {
    "A1000": "统一接入平台校验成功，调用后端服务成功",
    "A1001": "必传参数不可为空",
    "A1002": "请求时效已过期",
    "A1003": "IP无效",
    "A1004": "无对应服务权限",
    "A1005": "流量受控",
    "A1006": "数字签名无效",
    "A1007": "重复请求",
    "A1009": "目标服务异常或不可达",
    "A1099": "系统异常",
}
# Business codes inside apiResultData (errorCode). S0000 success; 8016 duplicate orderId is seen in
# public client code; the rest are inferred.
BIZ_OK = "S0000"
BIZ_ORDER_NOT_FOUND = "8018"  # (inferred) 未获取到订单信息
BIZ_MISSING_FIELD = "1010"  # (inferred) 寄件/收件信息不完整
BIZ_BAD_PARAM = "1001"  # (inferred) 参数不合法

# Route opCodes (EXP_RECE_SEARCH_ROUTES): 50 picked up, 30/31 sorting and transit, 44 out for delivery,
# 80 delivered (signed for).
OP_PICKED_UP, OP_IN_TRANSIT, OP_ARRIVED, OP_OUT_FOR_DELIVERY, OP_DELIVERED = "50", "30", "31", "44", "80"
OP_STATUS = {
    OP_PICKED_UP: "picked_up",
    OP_IN_TRANSIT: "in_transit",
    OP_ARRIVED: "in_transit",
    OP_OUT_FOR_DELIVERY: "out_for_delivery",
    OP_DELIVERED: "delivered",
}


def envelope(code: str, data: dict[str, Any] | None = None, message: str | None = None) -> dict[str, Any]:
    """The outer answer; ``data`` is serialised into ``apiResultData`` as text (or null on a refusal)."""
    return {
        "apiResultCode": code,
        "apiErrorMsg": "" if code == API_OK else (message or API_CODES.get(code, "")),
        "apiResponseID": uuid.uuid4().hex.upper(),
        "apiResultData": json.dumps(data, ensure_ascii=False) if data is not None else None,
    }


def business(msg_data: dict[str, Any] | None = None, *, code: str = BIZ_OK, message: str = "") -> dict:
    """The inner result (``apiResultData`` before serialisation)."""
    ok = code == BIZ_OK
    return {
        "success": ok,
        "errorCode": code,
        "errorMsg": None if ok else message,
        "msgData": msg_data if ok else None,
    }


def decode_result(body: dict[str, Any]) -> dict[str, Any]:
    """The inner result of an A1000 envelope; ``ValueError`` when it is not a JSON object."""
    raw = body.get("apiResultData")
    inner = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(inner, dict):
        raise ValueError(f"apiResultData is not a JSON object: {str(raw)[:200]}")
    return inner
