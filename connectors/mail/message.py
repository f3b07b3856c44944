"""A raw message (bytes) into what intake needs: who sent it, its attachments and its typed text.

Forwarded messages attached as ``message/rfc822`` are opened recursively: their attachments count as the
mail's own, and their senders are kept (a salesperson forwarding a customer's PO is the usual case).
Bodies are decoded with ``connectors.mail.text`` (charset supersets), never assumed to be UTF-8.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils
import html
import re
from dataclasses import dataclass, field

from connectors.mail.text import decode_bytes, decode_filename, decode_header_text

MAX_DEPTH = 5  # forwarded inside forwarded ...: deeper nesting is treated as an opaque attachment
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


@dataclass(frozen=True)
class MailPart:
    filename: str | None
    content_type: str
    data: bytes
    inline: bool = False  # Content-Disposition inline or a Content-ID: shown in the body (logos)
    depth: int = 0  # 0: the mail itself; 1: inside a forwarded message ...


@dataclass
class ParsedMail:
    message_id: str | None
    sender: str | None  # the From address, lower-cased
    subject: str
    parts: list[MailPart] = field(default_factory=list)
    body_text: str = ""  # the mail's own text (plain, or HTML without tags), forwarded texts appended
    forwarded_senders: list[str] = field(default_factory=list)


def parse_mail(raw: bytes) -> ParsedMail:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parsed = ParsedMail(
        message_id=_header(message, "message-id"),
        sender=_address(message),
        subject=_header(message, "subject") or "",
    )
    texts: list[str] = []
    _walk(message, parsed, texts, depth=0, hint=_charset_hint(message))
    parsed.body_text = "\n\n".join(t for t in texts if t.strip())
    return parsed


def _walk(
    part: email.message.Message, parsed: ParsedMail, texts: list[str], *, depth: int, hint: str | None
) -> None:
    if part.is_multipart() and part.get_content_type() != "message/rfc822":
        for sub in part.iter_parts() if hasattr(part, "iter_parts") else part.get_payload():
            _walk(sub, parsed, texts, depth=depth, hint=hint)
        return
    content_type = part.get_content_type()
    if content_type == "message/rfc822" and depth < MAX_DEPTH:
        inner = part.get_payload(0) if part.is_multipart() else None
        if isinstance(inner, email.message.Message):
            sender = _address(inner)
            if sender:
                parsed.forwarded_senders.append(sender)
            _walk(inner, parsed, texts, depth=depth + 1, hint=_charset_hint(inner) or hint)
            return
    filename = decode_filename(part, hint)
    disposition = part.get_content_disposition()
    if filename is None and disposition != "attachment" and content_type in ("text/plain", "text/html"):
        text = decode_bytes(part.get_payload(decode=True) or b"", part.get_content_charset())
        texts.append(_strip_html(text) if content_type == "text/html" else text)
        return
    data = part.get_payload(decode=True)
    if data is None:  # a message/rfc822 too deep to open: keep it whole
        data = part.as_bytes() if hasattr(part, "as_bytes") else bytes(str(part), "utf-8")
    inline = disposition == "inline" or part.get("content-id") is not None
    parsed.parts.append(MailPart(filename, content_type, data, inline=inline, depth=depth))


def _charset_hint(message: email.message.Message) -> str | None:
    """The national charset the mail's own text declares (raw 8-bit file names are usually in it)."""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            break
        charset = part.get_content_charset()
        if charset and charset not in ("us-ascii", "utf-8", "utf8"):
            return charset
    return None


def _header(message: email.message.Message, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name:
            return decode_header_text(str(value)) or None
    return None


def _address(message: email.message.Message) -> str | None:
    """The From address; a malformed header falls back to the raw text's ``parseaddr``."""
    raw = _header(message, "from")
    if not raw:
        return None
    address = email.utils.parseaddr(raw)[1]
    return address.strip().lower() or None


def _strip_html(text: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</tr>|</div>", "\n", text, flags=re.I)
    return html.unescape(_TAGS.sub(" ", text))
