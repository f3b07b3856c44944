"""Kingdee K/3 Cloud (金蝶云星空) WebAPI: the connector, its low-level client and a protocol-true sandbox."""

from connectors.kingdee.client import KingdeeClient
from connectors.kingdee.connector import KingdeeConnector

__all__ = ["KingdeeClient", "KingdeeConnector"]
