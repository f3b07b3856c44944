"""Cursors remember where an incremental reader stopped, per name, across ledger instances."""

from orderbridge.ledger import Ledger


def test_an_unknown_cursor_is_none(ledger: Ledger) -> None:
    assert ledger.get_cursor("imap:orders:INBOX") is None


def test_a_cursor_is_created_then_replaced(ledger: Ledger) -> None:
    ledger.set_cursor("imap:orders:INBOX", {"uidvalidity": 7, "uid": 10})
    ledger.set_cursor("imap:orders:INBOX", {"uidvalidity": 7, "uid": 42})
    assert ledger.get_cursor("imap:orders:INBOX") == {"uidvalidity": 7, "uid": 42}


def test_cursors_are_independent_and_persistent(ledger: Ledger) -> None:
    ledger.set_cursor("a", {"n": 1})
    ledger.set_cursor("b", {"n": 2})
    again = Ledger(ledger.url)
    assert (again.get_cursor("a"), again.get_cursor("b")) == ({"n": 1}, {"n": 2})
    again.dispose()
