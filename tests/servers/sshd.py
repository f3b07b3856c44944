"""A real OpenSSH sshd with the internal SFTP subsystem on loopback, run from a temporary directory.

Its own host key and the client's key pair are generated for each server; the login user is the one
running the tests, authenticated by key. ``files`` inside the directory is where tests put remote files;
the client sees them under their absolute paths.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from orderbridge.local_services import free_port
from tests.servers.net import wait_listening


@dataclass
class Sshd:
    """``Sshd().start()``; ``stop()`` ends it and removes its directory."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ob-sshd-")))
    port: int = 0
    _process: subprocess.Popen | None = field(default=None, repr=False)
    host = "127.0.0.1"

    @property
    def user(self) -> str:
        return pwd.getpwuid(os.getuid()).pw_name

    @property
    def files(self) -> Path:
        """The folder the SFTP user works in (create sub-folders here)."""
        return self.root / "files"

    @property
    def client_key(self) -> Path:
        return self.root / "client_ed25519"

    @property
    def host_public_key(self) -> str:
        """``ssh-ed25519 AAAA...``: what a client pins as the expected host key."""
        return " ".join((self.root / "host_ed25519.pub").read_text().split()[:2])

    def known_hosts_line(self) -> str:
        return f"[{self.host}]:{self.port} {self.host_public_key}\n"

    def start(self) -> Sshd:
        self.root.chmod(0o755)
        if os.getuid() == 0:  # sshd's privilege separation directory (made by the service unit normally)
            Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        self.files.mkdir(parents=True, exist_ok=True)
        for name in ("host_ed25519", "client_ed25519"):
            subprocess.run(
                ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(self.root / name)],
                check=True,
                capture_output=True,
            )
        authorized = self.root / "authorized_keys"
        shutil.copy(self.root / "client_ed25519.pub", authorized)
        self.port = free_port()
        config = self.root / "sshd_config"
        config.write_text(
            f"Port {self.port}\nListenAddress 127.0.0.1\nHostKey {self.root / 'host_ed25519'}\n"
            f"PidFile {self.root / 'sshd.pid'}\nAuthorizedKeysFile {authorized}\nStrictModes no\n"
            "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
            f"UsePAM no\nPermitRootLogin yes\nAllowUsers {self.user}\nSubsystem sftp internal-sftp\n"
            "LogLevel ERROR\n"
        )
        self._process = subprocess.Popen(
            [shutil.which("sshd") or "/usr/sbin/sshd", "-D", "-e", "-f", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "sshd.log", "wb"),  # noqa: SIM115
        )
        wait_listening(self.port, self._process)
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
