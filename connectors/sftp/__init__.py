"""SFTP drop-folder intake (paramiko): ``poll_sftp(rt, conn_id)`` (see ``connectors.sftp.poll``)."""

from connectors.sftp.poll import SftpPollReport, poll_sftp
from connectors.sftp.settings import SftpSettings

__all__ = ["SftpPollReport", "SftpSettings", "poll_sftp"]
