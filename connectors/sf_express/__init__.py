"""SF Express (顺丰) open platform: the connector, its low-level client and a protocol-true sandbox."""

from connectors.sf_express.client import SfExpressClient
from connectors.sf_express.connector import SfExpressConnector

__all__ = ["SfExpressClient", "SfExpressConnector"]
