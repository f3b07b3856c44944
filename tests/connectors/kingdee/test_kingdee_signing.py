"""Signed headers match the official Python SDK (kingdee.cdp.webapi.sdk 8.2.0) byte for byte.

The golden values were produced with that SDK and published as signing-parity tests by another
open-source client; matching them shows our HMAC, secret decoding and path quoting are the SDK's.
"""

from __future__ import annotations

import base64

from connectors.kingdee import signing

QUERY_URL = "https://erp.example.com/K3Cloud/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.ExecuteBillQuery.common.kdsvc"


def test_hmac_is_hex_text_then_base64() -> None:
    canonical = "POST\n%2Ftest\n\nx-api-nonce:1\nx-api-timestamp:1\n"
    assert signing.hmac_b64hex(canonical, "key123") == (
        "MThmZGFiM2U5MGZhNmU0MDQ0MWI1NTNkNmNmMjY2MDY0YzEzZTllNTA0OTBmM2M0NDI2NzFiMTI3NTFkZmU1ZQ=="
    )


def test_gateway_secret_is_decoded_from_the_app_id() -> None:
    assert signing.decode_app_secret("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4") == "UVJWUANVXl8KXFlfWV1YSBNCShcUQRNL"
    assert signing.decode_app_secret("too-short") == ""
    assert signing.split_app_id("no-underscore") == ("", "")


def test_path_is_quoted_with_slashes_as_2f() -> None:
    assert signing.quote_path(QUERY_URL) == (
        "%2FK3Cloud%2FKingdee.BOS.WebApi.ServicesStub.DynamicFormService.ExecuteBillQuery.common.kdsvc"
    )


def test_headers_match_the_sdk_vector() -> None:
    headers = signing.signed_headers(
        QUERY_URL,
        acct_id="dcid-1",
        user="user-1",
        app_id="123456_YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4",
        app_secret="test-app-secret-value",
        lcid=2052,
        org_num=100,
        timestamp=1700000000,
    )
    assert headers == {
        "X-Api-ClientID": "123456",
        "X-Api-Auth-Version": "2.0",
        "x-api-timestamp": "1700000000",
        "x-api-nonce": "1700000000",
        "x-api-signheaders": "x-api-timestamp,x-api-nonce",
        "X-Api-Signature": "MjNhMzg5MmZiMWE1MTQ1ZGE5NWFkYmZiZWYxYzhlY2NjNzcwM2ZjNDJlZTczMzBh"
        "NzkxOTk1ODhjNDZkMTEzYw==",
        "X-Kd-Appkey": "123456_YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4",
        "X-Kd-Appdata": "ZGNpZC0xLHVzZXItMSwyMDUyLDEwMA==",
        "X-Kd-Signature": "NjI5MzRiZGVhNGJhOWY2N2Y2YzQ2MzQ5ODA3N2JiZTRiMDRmOTUwNjI3YWIzODU1"
        "ODBkZDdhNzgwMzdmMDgxMg==",
    }
    assert base64.b64decode(headers["X-Kd-Appdata"]).decode() == "dcid-1,user-1,2052,100"


def test_signature_changes_with_the_path() -> None:
    common = {
        "acct_id": "a",
        "user": "u",
        "app_id": "1_YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4",
        "app_secret": "s",
        "timestamp": 1,
    }
    save = signing.signed_headers("http://h/K3Cloud/x.Save.common.kdsvc", **common)
    view = signing.signed_headers("http://h/K3Cloud/x.View.common.kdsvc", **common)
    assert save["X-Api-Signature"] != view["X-Api-Signature"]
    assert save["X-Kd-Signature"] == view["X-Kd-Signature"]
