"""Decoding what Chinese mail clients send: declared charsets that lie, and raw 8-bit header bytes.

Outlook and Foxmail label GBK text as ``gb2312`` (GBK is a superset, and so is GB18030), Big5 mail often
holds HKSCS characters, and some clients put raw GBK or UTF-8 bytes into header parameters without any
RFC 2047 / RFC 2231 encoding. Every decoding here maps a declared charset to the superset that really
decodes it, and guesses (UTF-8, GB18030, Big5-HKSCS) only when nothing is declared.
"""

from __future__ import annotations

import codecs
import email.header
import email.message
import email.utils

# Declared charset -> the superset to decode with.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "gb_2312-80": "gb18030",
    "csgb2312": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "cp950": "big5hkscs",
}
_GUESSES = ("utf-8", "gb18030", "big5hkscs")


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from ``data``: the declared charset (as its superset), else the first guess that fits."""
    declared = _codec(charset)
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    for guess in _GUESSES:
        try:
            return data.decode(guess)
        except UnicodeDecodeError:
            continue
    return data.decode(declared or "utf-8", errors="replace")


def decode_header_text(raw: str) -> str:
    """An unstructured header value (Subject, a name) from its raw form: RFC 2047 words or 8-bit bytes."""
    pieces = []
    for chunk, charset in email.header.decode_header(raw):
        if isinstance(chunk, str):
            pieces.append(_from_surrogates(chunk))
        else:
            pieces.append(decode_bytes(chunk, charset))
    return "".join(pieces).strip()


def decode_filename(part: email.message.Message, hint: str | None = None) -> str | None:
    """The attachment's file name from the raw ``Content-Disposition`` ``filename`` or ``Content-Type``
    ``name`` parameter (RFC 2231, RFC 2047 or raw bytes), decoded with the superset of its charset.
    Raw bytes carry no charset: ``hint`` (the charset the mail's text is in) is tried first."""
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        raw = _raw_header(part, header)
        if raw is None:
            continue
        holder = email.message.Message()
        # Raw 8-bit bytes travel as latin-1 characters: the compat32 parser would turn them into U+FFFD.
        holder[header] = raw.encode("utf-8", "surrogateescape").decode("latin-1")
        value = holder.get_param(param, header=header)
        if value is None:
            continue
        if isinstance(value, tuple):  # RFC 2231: (charset, language, percent-decoded text as latin-1)
            charset, _lang, text = value
            name = decode_bytes(text.encode("latin-1", "replace"), charset)
        else:
            data = email.utils.unquote(value).encode("latin-1", "replace")
            name = decode_header_text(data.decode("ascii")) if data.isascii() else decode_bytes(data, hint)
        name = name.replace("\r", "").replace("\n", "").strip()
        if name:
            return name
    return None


def _raw_header(part: email.message.Message, name: str) -> str | None:
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def _from_surrogates(text: str) -> str:
    """Raw 8-bit header bytes come through the parser as surrogate escapes: decode them for real."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return decode_bytes(text.encode("utf-8", "surrogateescape"))
