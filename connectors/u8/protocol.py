"""Wire facts of the U8 OpenAPI shared by the client and the sandbox: paths, answer shapes, error codes.

Every answer is JSON with ``errcode`` ("0" = success) and ``errmsg``. The error codes other than "0" are
*(inferred)*: no primary list was found, they follow the errcode style of the platform and are kept in
this one place; the connector classifies mostly on them and, failing that, on the message wording.
"""

from __future__ import annotations

from typing import Any

TOKEN_PATH = "/system/token"
TRADEID_PATH = "/system/tradeid"
RESULT_PATH = "/system/result"  # (inferred) where an asynchronous add's ``url`` points
ADD_PATH = "/api/saleorder/add"
GET_PATH = "/api/saleorder/get"
LIST_PATH = "/api/saleorderlist/batch_get"
CUSTOMER_LIST_PATH = "/api/customerlist/batch_get"
INVENTORY_LIST_PATH = "/api/inventorylist/batch_get"

OK = "0"
BAD_CREDENTIALS = "40001"  # from_account / app_key / app_secret refused
BAD_PARAMETER = "40035"  # a query parameter missing or malformed (e.g. tradeid and biz_id together)
TOKEN_INVALID = "40014"  # token unknown
TOKEN_EXPIRED = "42001"  # token past its lifetime: get a new one
RATE_LIMITED = "45009"  # too many calls: HTTP 429 with Retry-After
TRADEID_INVALID = "40078"  # a tradeid this account was never given
DATA_INVALID = "20002"  # the document is refused: unknown customer / inventory, missing field
NOT_FOUND = "20004"  # no such document
PROCESSING = "30010"  # an asynchronous result is not ready yet

STATES = ("Opening", "Approved", "Changing", "Closed")
FHSTATUS = {"0": "not shipped", "1": "partly shipped", "2": "fully shipped"}


def answer(errcode: str = OK, errmsg: str = "", **values: Any) -> dict[str, Any]:
    return {"errcode": errcode, "errmsg": errmsg, **values}
