"""Yonyou U8 (用友U8) OpenAPI sales orders: the connector, its low-level client and a sandbox."""

from connectors.u8.client import U8Client
from connectors.u8.connector import U8Connector

__all__ = ["U8Client", "U8Connector"]
