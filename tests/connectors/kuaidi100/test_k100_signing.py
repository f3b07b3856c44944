"""Query sign = upper(md5(param + key + customer)); push sign = upper(md5(param + salt))."""

from __future__ import annotations

import hashlib

from connectors.kuaidi100.signing import push_sign, push_sign_ok, query_sign, query_sign_ok

PARAM = '{"com":"shunfeng","num":"SF1400000000010","phone":"021-55550100","resultv2":"1"}'


def test_query_sign_is_upper_md5_of_param_key_customer() -> None:
    expected = hashlib.md5((PARAM + "sandbox-key" + "SANDBOX").encode()).hexdigest().upper()
    assert query_sign(PARAM, "sandbox-key", "SANDBOX") == expected
    assert expected == "406E40F17F269F9D71F85763F82758B4"  # pinned: any change of encoding shows here


def test_push_sign_is_upper_md5_of_param_salt() -> None:
    assert push_sign("{}", "salt") == hashlib.md5(b"{}salt").hexdigest().upper()


def test_cjk_text_is_signed_as_utf8() -> None:
    param = '{"context":"已签收"}'
    assert push_sign(param, "s") == hashlib.md5((param + "s").encode("utf-8")).hexdigest().upper()


def test_verification_ignores_case_and_rejects_other_texts() -> None:
    sign = query_sign(PARAM, "k", "c")
    assert query_sign_ok(PARAM, "k", "c", sign.lower())
    assert not query_sign_ok(PARAM, "k", "other", sign)
    assert push_sign_ok(PARAM, "s", push_sign(PARAM, "s"))
    assert not push_sign_ok(PARAM + " ", "s", push_sign(PARAM, "s"))
    assert not push_sign_ok(PARAM, "s", "")
