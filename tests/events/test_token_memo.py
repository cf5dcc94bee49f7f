"""The per-doc memo of pure token helpers: one computation per token and doc, fresh lists."""

from __future__ import annotations

import threading

from spacy.language import Language
from spacy.tokens import Token

from detente.events.arguments import complement_verbs, object_heads, prep_objects
from detente.events.token_memo import forget, per_token

SENTENCE = "Lithuania sent medicine and blankets to Moldova after the floods."


def _counting_helper(calls: list[int]):  # type: ignore[no-untyped-def]
    @per_token
    def children_texts(token: Token) -> list[str]:
        calls.append(token.i)
        return [c.text for c in token.children]

    return children_texts


def test_computed_once_per_token_of_a_doc(nlp: Language) -> None:
    forget()
    calls: list[int] = []
    helper = _counting_helper(calls)
    doc = nlp(SENTENCE)
    assert helper(doc[1]) == ["Lithuania", "medicine", "to", "after", "."]
    assert helper(doc[1]) == ["Lithuania", "medicine", "to", "after", "."]
    assert helper(doc[0]) == []
    assert calls == [1, 0]


def test_each_call_gets_its_own_list(nlp: Language) -> None:
    calls: list[int] = []
    helper = _counting_helper(calls)
    doc = nlp(SENTENCE)
    first = helper(doc[1])
    first.append("extra")
    assert helper(doc[1]) == ["Lithuania", "medicine", "to", "after", "."]


def test_another_doc_starts_afresh(nlp: Language) -> None:
    calls: list[int] = []
    helper = _counting_helper(calls)
    first = nlp(SENTENCE)
    second = nlp("Estonia recalled its ambassador.")
    assert helper(first[1]) == ["Lithuania", "medicine", "to", "after", "."]
    assert helper(second[1]) == ["Estonia", "ambassador", "."]
    assert helper(first[1]) == ["Lithuania", "medicine", "to", "after", "."]
    assert calls == [1, 1, 1]


def test_threads_keep_their_own_doc(nlp: Language) -> None:
    calls: list[int] = []
    helper = _counting_helper(calls)
    doc = nlp(SENTENCE)
    other = nlp("Estonia recalled its ambassador.")
    helper(doc[1])
    seen: list[list[str]] = []
    worker = threading.Thread(target=lambda: seen.append(helper(other[1])))
    worker.start()
    worker.join()
    assert seen == [["Estonia", "ambassador", "."]]
    assert helper(doc[1]) == ["Lithuania", "medicine", "to", "after", "."]
    assert calls == [1, 1]  # the worker thread did not clear this thread's memo


def test_argument_helpers_answer_as_before(nlp: Language) -> None:
    doc = nlp("Lithuania agreed to send medicine to Moldova after the floods.")
    agreed, send = doc[1], doc[3]
    for _ in range(2):  # the second answers come from the memo
        assert [t.text for t in complement_verbs(agreed)] == ["send"]
        # the "to" of a prepositional dative counts as an object (OBJECT_DEPS)
        assert [t.text for t in object_heads(send)] == ["medicine", "to"]
        assert [(p, t.text) for p, t in prep_objects(send)] == [("to", "Moldova"),
                                                               ("after", "floods")]
        assert object_heads(agreed) == []

