"""Remember what pure per-token helpers found, for the doc being coded.

The argument helpers (a trigger's objects, its prepositional objects, its complement
verbs) are asked about the same token many times while one doc is coded: by the
trigger match, by the claimed-token walk, by the recipient search, ... Each answer
depends only on the parse of that token's doc, so it is computed once per doc.

The memo holds the last doc each thread coded (a strong reference, so the doc cannot
be freed and its identity taken by another one) and is cleared when a thread moves on
to another doc; threads of one worker code different docs side by side. A doc must not
be re-parsed in place while it is coded (detente never does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

T = TypeVar("T")

_STATE = threading.local()


def _memo_of(doc: Doc) -> dict[tuple[Any, int], tuple[Any, ...]]:
    """This thread's memo for ``doc``; a new doc starts an empty one."""
    if getattr(_STATE, "doc", None) is not doc:
        _STATE.doc = doc
        _STATE.memo = {}
    memo: dict[tuple[Any, int], tuple[Any, ...]] = _STATE.memo
    return memo


def per_token(helper: Callable[[Token], list[T]]) -> Callable[[Token], list[T]]:
    """Decorate a pure helper of one token returning a list: computed once per token of
    a doc. Each call gets its own copy of the list, which the caller may extend."""

    @wraps(helper)
    def remembered(token: Token) -> list[T]:
        memo = _memo_of(token.doc)
        key = (helper, token.i)
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(helper(token))
        return list(found)

    return remembered


def forget() -> None:
    """Drop this thread's memo (and its reference to the last doc coded)."""
    _STATE.doc = None
    _STATE.memo = {}
