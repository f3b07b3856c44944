"""The watched local folder: OrderBridge's embedded default intake."""

from connectors.folder.inbox import FolderInbox, InboxFile

__all__ = ["FolderInbox", "InboxFile"]
