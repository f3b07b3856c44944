"""Who the server is and who we are: host-key checking (on by default) and the client's key.

The server's key must be in ``known_hosts`` or pinned with ``host_key``; an unknown or changed key is a
configuration error, never silently accepted. ``no_host_key_check`` exists (as in Airflow's SSH hook)
and logs a warning every time it is used.
"""

from __future__ import annotations

import base64
import io
import logging

import paramiko

from connectors.sftp.settings import SftpSettings
from orderbridge.errors import ConnectorError, ErrorKind

log = logging.getLogger(__name__)
TARGET = "sftp"
_KEY_TYPES = (paramiko.Ed25519Key, paramiko.ECDSAKey, paramiko.RSAKey)


def trust_host_key(ssh: paramiko.SSHClient, s: SftpSettings) -> None:
    if s.no_host_key_check:
        log.warning("SFTP %s: host key checking is off (no_host_key_check)", s.host)
        ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        return
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    if s.known_hosts:
        ssh.load_host_keys(s.known_hosts)
    else:
        ssh.load_system_host_keys()
    if s.host_key:
        key_type, _, blob = s.host_key.strip().partition(" ")
        if not blob:
            raise ConnectorError(
                "host_key must be '<type> <base64>' (e.g. 'ssh-ed25519 AAAA...')",
                kind=ErrorKind.CONFIG,
                target=TARGET,
            )
        key = paramiko.PKey.from_type_string(key_type, base64.b64decode(blob.split()[0]))
        name = s.host if s.port == 22 else f"[{s.host}]:{s.port}"
        ssh.get_host_keys().add(name, key_type, key)


def private_key(s: SftpSettings) -> paramiko.PKey | None:
    if not s.private_key:
        return None
    for key_type in _KEY_TYPES:
        try:
            return key_type.from_private_key(io.StringIO(s.private_key), password=s.private_key_passphrase)
        except paramiko.SSHException:
            continue
    raise ConnectorError(
        "private_key is not a readable Ed25519, ECDSA or RSA key", kind=ErrorKind.CONFIG, target=TARGET
    )


def is_trust_or_auth(exc: paramiko.SSHException) -> bool:
    return isinstance(exc, paramiko.AuthenticationException) or "not found in known_hosts" in str(exc)
