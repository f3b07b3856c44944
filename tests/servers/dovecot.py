"""A real Dovecot (IMAP, IMAPS, LMTP) on loopback, run from a temporary directory.

Everything lives under ``root``: configuration, sockets (``base_dir``), the passwd-file, the maildirs and
a self-signed certificate. Mail is delivered through LMTP (as a mail server would) or written straight
into the maildir (fast, for big backlogs). Options let a test take MOVE out of the advertised capabilities
or make the server refuse to store into a folder (ACL), to exercise the client's fallbacks.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import smtplib
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from orderbridge.local_services import free_port
from tests.servers.net import wait_listening
from tests.servers.tls import self_signed_cert

USER, PASSWORD = "orders", "s3cret-orders"
# What Dovecot 2.3 advertises after login, less MOVE: for tests of the COPY fallback.
CAPABILITY_WITHOUT_MOVE = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
    "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS "
    "LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH "
    "LIST-STATUS BINARY SPECIAL-USE"
)


@dataclass
class Dovecot:
    """``Dovecot().start()``; ``stop()`` ends it and removes its directory."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ob-dovecot-")))
    advertise_move: bool = True
    read_only_folders: tuple[str, ...] = ()  # the server answers NO to storing mail into these
    imap_port: int = 0
    imaps_port: int = 0
    lmtp_port: int = 0
    cert: Path | None = None
    _process: subprocess.Popen | None = field(default=None, repr=False)

    user, password, host = USER, PASSWORD, "127.0.0.1"

    def start(self) -> Dovecot:
        # Mail processes never run as root: as root, they run as the dovecot user, who must reach the mail.
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        uid, gid = _mail_ids()
        (self.root / "mail").mkdir(exist_ok=True)
        os.chown(self.root / "mail", uid, gid)
        self.imap_port, self.imaps_port, self.lmtp_port = free_port(), free_port(), free_port()
        self.cert, key = self_signed_cert(self.root)
        config = self.root / "dovecot.conf"
        config.write_text(self._config(self.cert, key))
        self._users: dict[str, str] = {}
        self.add_user(USER, PASSWORD)
        if self.read_only_folders:
            (self.root / "global.acl").write_text(
                "".join(f"{name} owner lr\n" for name in self.read_only_folders)
            )
        self._process = subprocess.Popen(
            ["dovecot", "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "dovecot.stderr", "wb"),  # noqa: SIM115 - owned by the child
        )
        for port in (self.imap_port, self.imaps_port, self.lmtp_port):
            wait_listening(port, self._process)
        return self

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    def add_user(self, name: str, password: str | None = None) -> str:
        """A new mailbox owner (one passwd-file per user, found by name); returns the password."""
        password = password or f"pw-{uuid.uuid4().hex[:12]}"
        self._users[name] = password
        uid, gid = _mail_ids()
        users = self.root / "users"
        users.mkdir(exist_ok=True)
        line = f"{name}:{{PLAIN}}{password}:{uid}:{gid}::{self.root / 'home' / name}::\n"
        (users / f"{name}.new").write_text(line)
        os.replace(users / f"{name}.new", users / name)
        return password

    def maildir(self, user: str = USER) -> Path:
        return self.root / "mail" / user

    def deliver(self, raw: bytes, *, user: str = USER) -> None:
        """Delivers one message through LMTP, like the mail server in front of the mailbox would."""
        with smtplib.LMTP(self.host, self.lmtp_port) as lmtp:
            lmtp.sendmail("postmaster@example.test", [user], raw)

    def drop_into_maildir(self, raws: list[bytes], *, user: str = USER) -> None:
        """Writes messages straight into ``INBOX/new`` (thousands per second; Dovecot indexes on SELECT)."""
        maildir = self.maildir(user)
        new, tmp = maildir / "new", maildir / "tmp"
        uid, gid = _mail_ids()
        for folder in (maildir, new, tmp):
            folder.mkdir(parents=True, exist_ok=True)
            os.chown(folder, uid, gid)
        stamp = int(time.time())
        for raw in raws:
            name = f"{stamp}.{uuid.uuid4().hex}.bench"
            (tmp / name).write_bytes(raw)
            os.chown(tmp / name, uid, gid)
            os.rename(tmp / name, new / name)

    def connection_json(self, user: str = USER, *, ssl: bool = False, **extra: object) -> str:
        """The Airflow Connection (JSON form, for ``AIRFLOW_CONN_<ID>``) of ``user``'s mailbox."""
        return json.dumps(
            {
                "conn_type": "imap",
                "host": self.host,
                "port": self.imaps_port if ssl else self.imap_port,
                "login": user,
                "password": self._users[user],
                "extra": {"use_ssl": ssl, **({"ca_file": str(self.cert)} if ssl else {}), **extra},
            }
        )

    def _config(self, cert: Path, key: Path) -> str:
        root = self.root
        running_as_root = os.getuid() == 0
        users = (
            "default_login_user = dovenull\ndefault_internal_user = dovecot\nfirst_valid_uid = 1\n"
            # The passwd-file sits in a private temp dir: read it as root, not as the dovecot user.
            "service auth {\n  user = root\n}\nservice auth-worker {\n  user = root\n}\n"
            if running_as_root
            else f"default_login_user = {_me()}\ndefault_internal_user = {_me()}\n"
        )
        acl = ""
        if self.read_only_folders:
            acl = (
                f"mail_plugins = $mail_plugins acl\nplugin {{\n  acl = vfile:{root / 'global.acl'}\n}}\n"
                "protocol imap {\n  mail_plugins = $mail_plugins imap_acl\n}\n"
            )
        capability = "" if self.advertise_move else f"imap_capability = {CAPABILITY_WITHOUT_MOVE}\n"
        return f"""\
base_dir = {root / "run"}
state_dir = {root / "state"}
instance_name = dovecot-{root.name}
log_path = {root / "dovecot.log"}
{users}protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root / "mail"}/%u
{capability}{acl}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {root / "users"}/%n
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {root / "users"}/%n
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {self.lmtp_port}
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


def _mail_ids() -> tuple[int, int]:
    if os.getuid() == 0:
        entry = pwd.getpwnam("dovecot")
        return entry.pw_uid, entry.pw_gid
    return os.getuid(), os.getgid()


def _me() -> str:
    return pwd.getpwuid(os.getuid()).pw_name
