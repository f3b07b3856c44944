"""Wire facts of the K/3 Cloud WebAPI shared by the client and the sandbox: URLs and response shapes."""

from __future__ import annotations

from typing import Any

FORM_SERVICE = "Kingdee.BOS.WebApi.ServicesStub.DynamicFormService"
AUTH_SERVICE = "Kingdee.BOS.WebApi.ServicesStub.AuthService"
FORM_OPERATIONS = (
    "Save",
    "BatchSave",
    "Submit",
    "Audit",
    "UnAudit",
    "View",
    "ExecuteBillQuery",
    "Draft",
    "Push",
    "Delete",
)
AUTH_OPERATIONS = ("ValidateUser", "LoginByAppSecret")
SESSION_COOKIES = ("kdservice-sessionid", "ASP.NET_SessionId")
SESSION_LOST_MESSAGE = "会话信息已丢失，请重新登录"

# MsgCode values seen on the wire (see the protocol notes).
MSG_SESSION_LOST = 1
MSG_UNKNOWN_FORM_OR_FILTER = 4
MSG_EMPTY_FIELD_KEYS = 8
MSG_UNKNOWN_FIELD = 9
MSG_VALIDATION = 11  # (inferred) Save refused by validation: required fields, unknown base data


def service_path(operation: str) -> str:
    """The last path segment of an operation, e.g. ``...DynamicFormService.Save.common.kdsvc``."""
    service = AUTH_SERVICE if operation in AUTH_OPERATIONS else FORM_SERVICE
    return f"{service}.{operation}.common.kdsvc"


def error_entry(message: str, field_name: str | None = None, dindex: int = 0) -> dict[str, Any]:
    return {"FieldName": field_name, "Message": message, "DIndex": dindex}


def response_status(
    *,
    errors: list[dict[str, Any]] | None = None,
    successes: list[dict[str, Any]] | None = None,
    msg_code: int = 0,
    error_code: int | None = None,
) -> dict[str, Any]:
    failed = bool(errors)
    return {
        "ErrorCode": error_code if error_code is not None else (500 if failed else 0),
        "IsSuccess": not failed,
        "Errors": errors or [],
        "SuccessEntitys": successes or [],
        "SuccessMessages": [],
        "MsgCode": msg_code,
    }


def failure(errors: list[dict[str, Any]], msg_code: int, **result: Any) -> dict[str, Any]:
    """``{"Result": {"ResponseStatus": {... IsSuccess false ...}}}``."""
    return {"Result": {"ResponseStatus": response_status(errors=errors, msg_code=msg_code), **result}}


def session_lost() -> dict[str, Any]:
    return failure([error_entry(SESSION_LOST_MESSAGE)], MSG_SESSION_LOST)


def wrap_query_error(body: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """ExecuteBillQuery answers errors as ``[[{"Result": {...}}]]``."""
    return [[body]]


def query_error(body: Any) -> dict[str, Any] | None:
    """The ``{"Result": ...}`` inside an ExecuteBillQuery answer, if it is an error."""
    if isinstance(body, list) and body and isinstance(body[0], list) and body[0]:
        first = body[0][0]
        if isinstance(first, dict) and "Result" in first:
            return first
    return None
