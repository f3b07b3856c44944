"""Mail as it really arrives: MIME parsing, Chinese file names, forwarded messages, what is a PO."""

from connectors.mail.classify import PartVerdict, classify_part, looks_like_typed_order
from connectors.mail.message import MailPart, ParsedMail, parse_mail
from connectors.mail.text import decode_bytes, decode_filename

__all__ = [
    "MailPart",
    "ParsedMail",
    "PartVerdict",
    "classify_part",
    "decode_bytes",
    "decode_filename",
    "looks_like_typed_order",
    "parse_mail",
]
