"""Per-document memo: answers are kept while one document is extracted, and forgotten after it."""

from __future__ import annotations

import threading

from ocr.memo import one_document, per_document

calls: list[str] = []


@per_document
def shout(text: str) -> str:
    calls.append(text)
    return text.upper()


def setup_function() -> None:
    calls.clear()


def test_outside_a_document_every_call_is_made() -> None:
    assert [shout("po"), shout("po")] == ["PO", "PO"]
    assert calls == ["po", "po"]


def test_inside_a_document_a_repeated_question_is_answered_from_the_memo() -> None:
    with one_document():
        assert [shout("po"), shout("qty"), shout("po")] == ["PO", "QTY", "PO"]
    assert calls == ["po", "qty"]


def test_nothing_is_carried_from_one_document_to_the_next() -> None:
    with one_document():
        shout("po")
    with one_document():
        shout("po")
    assert calls == ["po", "po"]


def test_a_nested_block_shares_the_document_s_memo() -> None:
    with one_document():
        shout("po")
        with one_document():
            shout("po")
        shout("po")
    assert calls == ["po"]


def test_keyword_arguments_bypass_the_memo() -> None:
    with one_document():
        shout(text="po")
        shout(text="po")
    assert calls == ["po", "po"]


def test_a_thread_extracting_another_document_has_a_memo_of_its_own() -> None:
    seen: list[list[str]] = []

    def other_document() -> None:
        with one_document():
            shout("po")
            seen.append(list(calls))

    with one_document():
        shout("po")
        worker = threading.Thread(target=other_document)
        worker.start()
        worker.join()
        shout("po")
    assert seen == [["po", "po"]]  # the other thread asked again: it did not see this memo
    assert calls == ["po", "po"]
