"""A throw-away self-signed certificate for the servers' TLS ports (generated with openssl)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def self_signed_cert(folder: Path, common_name: str = "localhost") -> tuple[Path, Path]:
    """``(cert.pem, key.pem)`` in ``folder``, valid for ``localhost`` and ``127.0.0.1``."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            f"/CN={common_name}",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key
