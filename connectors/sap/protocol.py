"""Wire facts of OrderBridge's SAP web service shared by the client and the sandbox.

The service ``ZSD_SALESORDER`` (``ZSD_SALESORDER.wsdl`` beside this file) exposes the RFCs OrderBridge
calls, following SAP-generated WSDLs: namespace ``urn:sap-com:document:sap:rfc:functions``,
document/literal, tables as repeated ``<item>``, soapAction ``...:{SERVICE}:{FUNCTION}Request``.
RETURN message ids and numbers other than V1 311, V1 302, V4 219 and V4 233 are *(inferred)*.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

NS = "urn:sap-com:document:sap:rfc:functions"
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
XSD = "http://www.w3.org/2001/XMLSchema"
WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
WSDL_PATH = Path(__file__).with_name("ZSD_SALESORDER.wsdl")
SERVICE = "ZSD_SALESORDER"
BINDING = f"{{{NS}}}{SERVICE}_BINDING"
FUNCTIONS = (
    "BAPI_SALESORDER_CREATEFROMDAT2",
    "BAPI_TRANSACTION_COMMIT",
    "BAPI_SALESORDER_GETLIST",
    "BAPI_SALESORDER_GETSTATUS",
    "BAPI_CUSTOMER_GETLIST",
    "BAPI_MATERIAL_GETLIST",
)
DEFAULT_CLIENT = "100"
SESSION_COOKIE = "sap-contextid"  # the stateful session: create and commit must share it

# (message class, number, text) of the RETURN rows the sandbox writes and the connector classifies.
SAVED = ("V1", "311", "{doc_type_text} {vbeln} has been saved")
PROCESSED = ("V4", "233", "{structure} has been processed successfully")
NOT_CHANGED = ("V4", "219", "Sales document was not changed")
NOT_IN_DB = ("V1", "302", "SD document {vbeln} is not in the database or has been archived")
PO_EXISTS = ("V4", "115", "Purchase order number {po} already exists (order {vbeln})")
NO_SOLD_TO = ("VP", "112", "Please enter sold-to party or ship-to party")
UNKNOWN_CUSTOMER = ("VP", "199", "Customer {kunnr} does not exist")
UNKNOWN_MATERIAL = ("V1", "392", "Material {matnr} is not defined for sales org.{vkorg}, distr.chan.{vtweg}")
UNKNOWN_UNIT = ("V1", "080", "Unit {unit} is not defined (item {posnr})")
NO_QUANTITY = ("V1", "081", "Enter an order quantity in a schedule line (item {posnr})")
NO_ITEMS = ("V1", "331", "Enter at least one item")
UNKNOWN_DOC_TYPE = ("V1", "010", "Sales document type {auart} is not defined")
UNKNOWN_SALES_AREA = ("V1", "317", "Sales area {vkorg} {vtweg} {spart} is not defined")
UNKNOWN_PLANT = ("V1", "341", "Plant {werks} is not defined (item {posnr})")
NO_HEADER = ("V1", "001", "Enter the order header (ORDER_HEADER_IN)")


def endpoint_path(service: str = SERVICE, client: str = DEFAULT_CLIENT, binding: str | None = None) -> str:
    """``/sap/bc/srt/rfc/sap/{service}/{client}/{service}/{binding}``, lower case as SOAMANAGER shows it."""
    service = service.lower()
    binding = (binding or f"{service}_binding").lower()
    return f"/sap/bc/srt/rfc/sap/{service}/{client}/{service}/{binding}"


def soap_action(function: str, service: str = SERVICE) -> str:
    return f"urn:sap-com:document:sap:rfc:functions:{service}:{function}Request"


@cache
def schema() -> etree.XMLSchema:
    """The XSD embedded in the WSDL, compiled: the sandbox validates every request body with it."""
    wsdl = etree.parse(str(WSDL_PATH))
    node = wsdl.find(f"{{{WSDL_NS}}}types/{{{XSD}}}schema")
    if node is None:
        raise RuntimeError(f"{WSDL_PATH} has no embedded schema")
    return etree.XMLSchema(etree.fromstring(etree.tostring(node)))


def itm_number(index: int) -> str:
    """Item numbers step by 10 in SAP's six-digit form: 000010, 000020, ..."""
    return f"{(index + 1) * 10:06d}"


def alpha(number: str, width: int = 10) -> str:
    """SAP's ALPHA conversion: an all-digit key is zero-padded to its field width; others stay as they are."""
    text = str(number).strip()
    return text.zfill(width) if text.isdigit() else text
