"""The sandbox speaks SOAP as SAP does: WSDL at the endpoint, basic auth, schema-checked envelopes, faults."""

from __future__ import annotations

import httpx
import pytest
import zeep
from lxml import etree

from connectors.sap import protocol
from connectors.sap.sandbox import SandboxHandle

AUTH = ("SANDBOX", "sandbox")
GETLIST = f"""<?xml version="1.0" encoding="utf-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="{protocol.NS}">
 <soapenv:Header/>
 <soapenv:Body>
  <urn:BAPI_SALESORDER_GETLIST>
   <CUSTOMER_NUMBER>0000100001</CUSTOMER_NUMBER>
   <SALES_ORGANIZATION>1000</SALES_ORGANIZATION>
  </urn:BAPI_SALESORDER_GETLIST>
 </soapenv:Body>
</soapenv:Envelope>"""


def _post(sandbox: SandboxHandle, body: str, action: str | None = None, auth=AUTH) -> httpx.Response:
    headers = {"Content-Type": "text/xml; charset=utf-8"}
    if action is not None:
        headers["SOAPAction"] = f'"{action}"'
    return httpx.post(sandbox.endpoint, content=body.encode(), headers=headers, auth=auth)


def _fault(response: httpx.Response) -> tuple[str, str]:
    assert response.status_code == 500
    root = etree.fromstring(response.content)
    fault = root.find(f".//{{{protocol.SOAP_ENV}}}Fault")
    return fault.findtext("faultcode"), fault.findtext("faultstring")


def test_the_endpoint_serves_the_wsdl_with_its_own_address(sandbox: SandboxHandle, tmp_path) -> None:
    response = httpx.get(sandbox.endpoint, params={"wsdl": ""}, auth=AUTH)
    assert response.status_code == 200
    assert f'location="{sandbox.endpoint}"' in response.text
    saved = tmp_path / "served.wsdl"
    saved.write_bytes(response.content)
    client = zeep.Client(str(saved))
    operations = client.wsdl.bindings[protocol.BINDING].all()
    assert set(operations) == set(protocol.FUNCTIONS)
    assert operations["BAPI_SALESORDER_GETLIST"].soapaction == protocol.soap_action("BAPI_SALESORDER_GETLIST")


def test_a_hand_written_request_gets_sap_s_answer_shape(sandbox: SandboxHandle) -> None:
    response = _post(sandbox, GETLIST, protocol.soap_action("BAPI_SALESORDER_GETLIST"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    root = etree.fromstring(response.content)
    answer = root.find(f".//{{{protocol.NS}}}BAPI_SALESORDER_GETLISTResponse")
    assert [child.tag for child in answer] == ["RETURN", "SALES_ORDERS"]
    assert protocol.SESSION_COOKIE in response.cookies


def test_requests_need_basic_auth(sandbox: SandboxHandle) -> None:
    for auth in (None, ("SANDBOX", "nope"), ("OTHER", "sandbox")):
        response = _post(sandbox, GETLIST, auth=auth)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith('Basic realm="SAP NetWeaver')
    assert _post(sandbox, GETLIST, auth=("sandbox", "sandbox")).status_code == 200  # user ids ignore case


def test_malformed_xml_is_a_client_fault(sandbox: SandboxHandle) -> None:
    code, message = _fault(_post(sandbox, "<soapenv:Envelope"))
    assert code == "soap-env:Client"
    assert "not well-formed" in message


def test_a_soap_12_envelope_is_a_version_mismatch(sandbox: SandboxHandle) -> None:
    body = GETLIST.replace(
        "http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope"
    )
    assert _fault(_post(sandbox, body))[0] == "soap-env:VersionMismatch"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("<SALES_ORGANIZATION>1000</SALES_ORGANIZATION>", ""), "SALES_ORGANIZATION"),
        (("0000100001", "00001000011"), "CUSTOMER_NUMBER"),
        (("<SALES_ORGANIZATION>", "<SALES_ORG>"), "SALES_ORG"),
    ],
    ids=["missing-mandatory", "too-long", "unknown-element"],
)
def test_requests_are_validated_against_the_wsdl_schema(
    sandbox: SandboxHandle, change: tuple[str, str], expected: str
) -> None:
    body = GETLIST.replace(*change)
    if change[1] == "<SALES_ORG>":
        body = body.replace("</SALES_ORGANIZATION>", "</SALES_ORG>")
    code, message = _fault(_post(sandbox, body))
    assert code == "soap-env:Client"
    assert message.startswith("Deserialization failed") and expected in message


def test_an_unknown_function_is_a_fault(sandbox: SandboxHandle) -> None:
    body = GETLIST.replace("BAPI_SALESORDER_GETLIST", "RFC_READ_TABLE")
    assert "RFC_READ_TABLE is not offered" in _fault(_post(sandbox, body))[1]


def test_a_soap_action_naming_another_function_is_a_fault(sandbox: SandboxHandle) -> None:
    response = _post(sandbox, GETLIST, protocol.soap_action("BAPI_TRANSACTION_COMMIT"))
    assert "does not match BAPI_SALESORDER_GETLIST" in _fault(response)[1]


def test_getlist_of_an_unknown_customer_answers_an_e_message(sandbox: SandboxHandle) -> None:
    response = _post(sandbox, GETLIST.replace("0000100001", "0000100009"))
    root = etree.fromstring(response.content)
    assert root.findtext(".//RETURN/TYPE") == "E"
    assert root.findtext(".//RETURN/MESSAGE") == "Customer 0000100009 does not exist"


def test_getstatus_of_an_unknown_order_answers_v1_302(sandbox: SandboxHandle) -> None:
    body = GETLIST.replace(
        "<CUSTOMER_NUMBER>0000100001</CUSTOMER_NUMBER>\n   <SALES_ORGANIZATION>1000</SALES_ORGANIZATION>",
        "<SALESDOCUMENT>12345</SALESDOCUMENT>",
    ).replace("BAPI_SALESORDER_GETLIST", "BAPI_SALESORDER_GETSTATUS")
    root = etree.fromstring(_post(sandbox, body).content)
    assert root.findtext(".//RETURN/CODE") == "V1302"
    assert (
        root.findtext(".//RETURN/MESSAGE")
        == "SD document 0000012345 is not in the database or has been archived"
    )


def test_the_endpoint_path_follows_soamanager() -> None:
    assert (
        protocol.endpoint_path()
        == "/sap/bc/srt/rfc/sap/zsd_salesorder/100/zsd_salesorder/zsd_salesorder_binding"
    )
    assert protocol.soap_action("BAPI_TRANSACTION_COMMIT") == (
        "urn:sap-com:document:sap:rfc:functions:ZSD_SALESORDER:BAPI_TRANSACTION_COMMITRequest"
    )
