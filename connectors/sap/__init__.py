"""SAP ERP sales orders over SOAP (SOAMANAGER RFC web service): zeep client, connector and a sandbox."""

from connectors.sap.client import SapClient
from connectors.sap.connector import SapConnector

__all__ = ["SapClient", "SapConnector"]
