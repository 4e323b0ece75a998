"""Candidates as comparable tuples (a helper module: `conftest` is not importable by name when
several test directories with their own conftest run in one session)."""
from __future__ import annotations

import pytest

from kg.types import Mention


def triple(candidate) -> tuple[str, str, str]:
    """(subject normal, predicate, object normal or literal): what a reader checks."""
    obj = candidate.object.normal if isinstance(candidate.object, Mention) else candidate.object.lexical
    return candidate.subject.normal, candidate.predicate, obj


def table_tests(wordings: dict, no_facts: dict, twins: dict):
    """The three table-driven tests of a wordings module: each wording gives its facts, each wrong fact
    is not written, each no-fact row's positive twin gives the fact (`read` is the session fixture).
    A no-fact row without a twin (or a twin without its row) fails the module's collection: without
    the twin the row also passes when no rule would read the fact anyway."""
    unpaired = sorted(set(no_facts) ^ set(twins))
    if unpaired:
        raise ValueError(f"no-fact rows and positive twins must pair up by name; unpaired: {', '.join(unpaired)}")

    @pytest.mark.parametrize("name", sorted(wordings))
    def test_wording_gives_the_facts(read, name):
        text, expected = wordings[name]
        assert expected <= {triple(c) for c in read(text).candidates}

    @pytest.mark.parametrize("name", sorted(no_facts))
    def test_wrong_fact_is_not_written(read, name):
        text, wrong = no_facts[name]
        assert not wrong & {triple(c) for c in read(text).candidates}

    @pytest.mark.parametrize("name", sorted(twins))
    def test_positive_twin_gives_the_fact(read, name):
        text, expected = twins[name]
        assert expected <= {triple(c) for c in read(text).candidates}

    return test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact
