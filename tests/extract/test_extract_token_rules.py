"""Token-level rules the corpus rarely reaches, on Docs built by hand (no model): the voice a verb
form realizes a frame in, a dependent that holds a quoted title, the states «включая» lists.

Each row was written for a mutant that survived the suite (benchmarks/results/mutation.json):
the parser gives these shapes seldom enough that no real-text test happened to need them."""
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.collectives import included
from kg.extract.spans import is_quote_part
from kg.extract.realizations import _mistagged_finite, verb_realization


def parsed(words, heads, deps, lemmas=None, morphs=None) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas or [w.lower() for w in words],
               morphs=morphs or [""] * len(words))


@pytest.mark.parametrize("morph, dep, expected", [
    # «Документ, подписанный президентами»: a participle modifying a noun
    ("VerbForm=Part|Voice=Pass", "acl", "participle_passive"),
    ("VerbForm=Part|Voice=Act", "amod", "participle_active"),
    # a full participle the parser made a clause's head is read as a finite verb of its voice
    ("VerbForm=Part|Voice=Pass", "ROOT", "passive"),
    ("VerbForm=Part|Voice=Act", "ROOT", "active"),
    # «Соглашение подписано»: a short participle is a passive predicate, wherever it hangs
    ("VerbForm=Part|Variant=Short|Voice=Pass", "acl", "passive"),
    # «Декларация принимается»: a passive finite verb
    ("VerbForm=Fin|Voice=Pass", "ROOT", "passive"),
    ("VerbForm=Fin|Voice=Act", "ROOT", "active"),
])
def test_verb_realization(morph, dep, expected):
    heads, deps = ([1, 1], ["nsubj", "ROOT"]) if dep == "ROOT" else ([0, 0], ["ROOT", dep])
    doc = parsed(["документ", "подписанный"], heads, deps, morphs=["", morph])
    assert verb_realization(doc[1]) == expected


@pytest.mark.parametrize("words, heads, deps, index, expected", [
    # the quote marks themselves
    (["Стратегию", "«", "Мир", "»"], [0, 2, 0, 2], ["ROOT", "punct", "nmod", "punct"], 1, True),
    (["Стратегию", "«", "Мир", "»"], [0, 2, 0, 2], ["ROOT", "punct", "nmod", "punct"], 3, True),
    # a dependent holding «…» or "…" holds a quoted title
    (["Стратегию", "«", "Мир", "»"], [0, 2, 0, 2], ["ROOT", "punct", "nmod", "punct"], 2, True),
    (["Стратегию", '"', "Мир", '"'], [0, 2, 0, 2], ["ROOT", "punct", "nmod", "punct"], 2, True),
    # its twin without quotes: an ordinary dependent
    (["Стратегию", "по", "миру"], [0, 2, 0], ["ROOT", "case", "nmod"], 2, False),
])
def test_is_quote_part(words, heads, deps, index, expected):
    assert is_quote_part(parsed(words, heads, deps)[index]) is expected


INCLUSIONS = {"inclusions": ["включая"]}


@pytest.mark.parametrize("deps, expected", [
    # «страны, включая Азербайджан и Армению»: the listed states, as object or nominal of «включая»
    (["ROOT", "punct", "acl", "obj", "cc", "conj"], ["Азербайджан", "Армению"]),
    (["ROOT", "punct", "acl", "nmod", "cc", "conj"], ["Азербайджан", "Армению"]),
    # its twin: a state hanging on «включая» by another relation is not included
    (["ROOT", "punct", "acl", "obl", "cc", "conj"], []),
])
def test_included_states(deps, expected):
    doc = parsed(["страны", ",", "включая", "Азербайджан", "и", "Армению"], [0, 2, 0, 2, 5, 3], deps)
    assert [t.text for t in included(doc[0], INCLUSIONS)] == expected


@pytest.mark.parametrize("word, pos, with_subject, expected", [
    # «На заседании председательствовал Президент»: a past form tagged a noun, heading its clause
    # with a subject of its own, is a finite verb
    ("председательствовал", "NOUN", True, True),
    ("председательствовала", "PROPN", True, True),
    # twins: not a past form, no subject of its own, or tagged a verb already (the tagger's reading stands)
    ("председательство", "NOUN", True, False),
    ("председательствовал", "NOUN", False, False),
    ("председательствовал", "VERB", True, False),
])
def test_mistagged_finite(word, pos, with_subject, expected):
    words, heads, deps = ([word, "Президент"], [0, 0], ["ROOT", "nsubj"]) if with_subject else \
        ([word, "Президента"], [0, 0], ["ROOT", "obj"])
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=[pos, "NOUN"], lemmas=[w.lower() for w in words])
    assert _mistagged_finite(doc[0]) is expected

