"""msgDigest = base64(md5(urlencode_plus(msgData + timestamp + checkWord))) over the raw md5 bytes."""

from __future__ import annotations

import base64
import hashlib
import urllib.parse

from connectors.sf_express.signing import digest_ok, msg_digest

MSG = '{"language":"zh-CN","orderId":"ORB-C0001-PO 1"}'
TS = "1700000000000"
CHECK_WORD = "sandbox-checkword"
KNOWN = "pAyRKitWhF/+DQanOdCymg=="


def sdk_digest(msg_data: str, timestamp: str, checkword: str) -> str:
    """Transcribed from SF's official Python SDK (SF-CSIM-EXPRESS-SDK-PYTHON-V2.0, callExpressRequest.py)."""
    text = urllib.parse.quote_plus(msg_data + timestamp + checkword)
    m = hashlib.md5()
    m.update(text.encode("utf-8"))
    return base64.b64encode(m.digest()).decode("utf-8")


def test_digest_matches_the_official_sdk_recipe() -> None:
    for msg in (MSG, '{"cargo":"螺栓 M8x30","note":"a+b&c=d/é"}', ""):
        assert msg_digest(msg, TS, CHECK_WORD) == sdk_digest(msg, TS, CHECK_WORD)


def test_known_vector() -> None:
    # Computed once with the SDK recipe above and pinned, so a change of encoding can never slip through.
    assert msg_digest(MSG, TS, CHECK_WORD) == sdk_digest(MSG, TS, CHECK_WORD) == KNOWN


def test_digest_is_base64_of_the_raw_16_bytes_not_of_the_hex_text() -> None:
    digest = msg_digest(MSG, TS, CHECK_WORD)
    assert len(digest) == 24 and digest.endswith("==")
    assert len(base64.b64decode(digest)) == 16


def test_space_is_encoded_as_plus_before_hashing() -> None:
    plus = base64.b64encode(hashlib.md5(b"a+b" + TS.encode() + CHECK_WORD.encode()).digest()).decode()
    assert msg_digest("a b", TS, CHECK_WORD) == plus


def test_integer_timestamps_sign_like_their_text() -> None:
    assert msg_digest(MSG, int(TS), CHECK_WORD) == msg_digest(MSG, TS, CHECK_WORD)


def test_verification_accepts_the_right_digest_only() -> None:
    good = msg_digest(MSG, TS, CHECK_WORD)
    assert digest_ok(MSG, TS, CHECK_WORD, good)
    assert not digest_ok(MSG, TS, "other-checkword", good)
    assert not digest_ok(MSG + " ", TS, CHECK_WORD, good)
    assert not digest_ok(MSG, TS, CHECK_WORD, "")
