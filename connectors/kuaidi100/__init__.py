"""Kuaidi100 (快递100): tracking by waybill (query, subscription, push callback) and its sandbox."""

from connectors.kuaidi100.client import Kuaidi100Client
from connectors.kuaidi100.connector import Kuaidi100Connector

__all__ = ["Kuaidi100Client", "Kuaidi100Connector"]
