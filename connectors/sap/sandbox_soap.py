"""SOAP 1.1 envelopes for the SAP sandbox, with lxml: read and validate requests, write answers and faults.

Every request body element is validated against the XSD embedded in the WSDL (the same file zeep reads);
every answer is validated too, so the sandbox can never drift from the contract it claims to serve.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lxml import etree

from connectors.sap import protocol

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
ENV = f"{{{protocol.SOAP_ENV}}}"


class SoapFault(Exception):
    """A request the service cannot process: answered as a SOAP fault (HTTP 500)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code  # soap-env:Client (the caller's fault) or soap-env:Server
        self.message = message


def read_request(body: bytes, soap_action: str | None) -> tuple[str, dict[str, Any]]:
    """(function, parameters) of a request; raises ``SoapFault`` naming the first thing wrong with it."""
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise SoapFault("soap-env:Client", f"request is not well-formed XML: {exc}") from None
    if root.tag != f"{ENV}Envelope":
        raise SoapFault("soap-env:VersionMismatch", f"expected a SOAP 1.1 Envelope, got {root.tag}")
    soap_body = root.find(f"{ENV}Body")
    calls = [c for c in (soap_body if soap_body is not None else []) if isinstance(c.tag, str)]
    if len(calls) != 1:
        raise SoapFault("soap-env:Client", "the SOAP Body must hold exactly one function element")
    call = calls[0]
    qname = etree.QName(call)
    if qname.namespace != protocol.NS or qname.localname not in protocol.FUNCTIONS:
        raise SoapFault("soap-env:Client", f"Function {qname.localname} is not offered by this service")
    function = qname.localname
    action = (soap_action or "").strip().strip('"')
    if action and action != protocol.soap_action(function):
        raise SoapFault("soap-env:Client", f"soapAction {action!r} does not match {function}")
    standalone = etree.fromstring(etree.tostring(call), _PARSER)
    schema = protocol.schema()
    if not schema.validate(standalone):
        error = schema.error_log.last_error
        raise SoapFault("soap-env:Client", f"Deserialization failed: {error.message} (line {error.line})")
    return function, _to_python(standalone)


def _to_python(element: Any) -> Any:
    children = [c for c in element if isinstance(c.tag, str)]
    if not children:
        return element.text or ""
    if all(etree.QName(c).localname == "item" for c in children):
        return {"item": [_to_python(c) if len(c) else {} for c in children]}
    return {etree.QName(c).localname: _to_python(c) for c in children}


def response(function: str, values: dict[str, Any]) -> bytes:
    """The answer envelope of ``function`` (``values``: parameters; tables as lists of dicts)."""
    root = etree.Element(f"{ENV}Envelope", nsmap={"soap-env": protocol.SOAP_ENV})
    etree.SubElement(root, f"{ENV}Header")
    body = etree.SubElement(root, f"{ENV}Body")
    answer = etree.SubElement(body, f"{{{protocol.NS}}}{function}Response", nsmap={"n0": protocol.NS})
    for name, value in values.items():
        _append(answer, name, value)
    protocol.schema().assertValid(etree.fromstring(etree.tostring(answer)))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _append(parent: Any, name: str, value: Any) -> None:
    if value is None:
        return
    node = etree.SubElement(parent, name)
    if isinstance(value, list):
        for row in value:
            _append(node, "item", row)
    elif isinstance(value, dict):
        for key, inner in value.items():
            _append(node, key, inner)
    elif isinstance(value, Decimal):
        node.text = format(value, "f")
    else:
        node.text = str(value)


def fault(code: str, message: str) -> bytes:
    root = etree.Element(f"{ENV}Envelope", nsmap={"soap-env": protocol.SOAP_ENV})
    etree.SubElement(root, f"{ENV}Header")
    body = etree.SubElement(root, f"{ENV}Body")
    node = etree.SubElement(body, f"{ENV}Fault")
    etree.SubElement(node, "faultcode").text = code
    text = etree.SubElement(node, "faultstring")
    text.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    text.text = message
    etree.SubElement(node, "detail")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
