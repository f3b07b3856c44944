"""Raw test mails built by hand, so each test controls exactly how names and bodies are encoded.

``attachment(name, data, name_encoding=...)`` writes the file name as RFC 2231 (``filename*=``), as an
RFC 2047 encoded word, or as raw 8-bit bytes (what some Chinese clients really send) in any charset;
``mail(...)`` puts parts into a ``multipart/mixed`` message; ``forwarded(...)`` wraps a whole message as
a ``message/rfc822`` attachment.
"""

from __future__ import annotations

import base64
import uuid
from urllib.parse import quote

CRLF = b"\r\n"


def _wrap(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return CRLF.join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def attachment(
    name: str,
    data: bytes,
    content_type: str = "application/pdf",
    *,
    name_encoding: str = "rfc2231",
    charset: str = "utf-8",
    inline: bool = False,
    content_id: str | None = None,
) -> bytes:
    encoded = name.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset)
    if name_encoding == "rfc2231":
        param = f"filename*={charset}''{quote(encoded)}".encode()
        type_param = b""
    elif name_encoding == "rfc2047":
        word = f"=?{charset}?B?{base64.b64encode(encoded).decode()}?="
        param = f'filename="{word}"'.encode()
        type_param = f'; name="{word}"'.encode()
    elif name_encoding == "raw":
        param = b'filename="' + encoded + b'"'
        type_param = b""
    else:
        raise ValueError(name_encoding)
    disposition = b"inline" if inline else b"attachment"
    headers = [
        b"Content-Type: " + content_type.encode() + type_param,
        b"Content-Disposition: " + disposition + b"; " + param,
        b"Content-Transfer-Encoding: base64",
    ]
    if content_id:
        headers.append(f"Content-ID: <{content_id}>".encode())
    return CRLF.join(headers) + CRLF + CRLF + _wrap(data)


def text_part(text: str, *, subtype: str = "plain", charset: str = "utf-8") -> bytes:
    encoded = text.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset)
    return (
        f"Content-Type: text/{subtype}; charset={charset}\r\n".encode()
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + _wrap(encoded)
    )


def mail(
    *,
    sender: str = "buyer@hdprecision.cn",
    subject: str = "PO",
    body: str = "Please find our purchase order attached.",
    parts: list[bytes] = (),  # type: ignore[assignment]
    message_id: str | None = None,
    body_charset: str = "utf-8",
) -> bytes:
    boundary = f"b-{uuid.uuid4().hex}".encode()
    message_id = message_id or f"<{uuid.uuid4().hex}@test.example>"
    subject_word = f"=?utf-8?B?{base64.b64encode(subject.encode()).decode()}?="
    head = CRLF.join(
        [
            f"From: {sender}".encode(),
            b"To: orders@example.test",
            f"Subject: {subject_word}".encode(),
            f"Message-ID: {message_id}".encode(),
            b"Date: Sun, 22 Nov 2026 08:00:00 +0800",
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"',
        ]
    )
    body_parts = [text_part(body, charset=body_charset), *parts]
    chunks = [head, b""]
    for part in body_parts:
        chunks += [b"--" + boundary, part]
    chunks += [b"--" + boundary + b"--", b""]
    return CRLF.join(chunks)


def forwarded(inner: bytes, *, sender: str = "sales@ourcompany.example", subject: str = "Fwd: PO") -> bytes:
    """``inner`` attached whole, as Outlook's "forward as attachment" does."""
    head = b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="PO.eml"\r\n\r\n'
    part = head + inner
    return mail(sender=sender, subject=subject, body="FYI, forwarding the customer's order.", parts=[part])
