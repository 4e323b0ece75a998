"""The head-noun lexicon (kg.learn.heads): spans for the nouns NEREL annotates nearly everywhere,
where the tagger found none of their type; and its mining from a brat corpus (kg.train.heads).
Every row that proposes nothing has a twin that proposes the span."""
from __future__ import annotations

import pytest

from kg.learn.heads import ADJECTIVES, WORD, Head, head_lexicon, head_spans
from kg.learn.tagger import TaggedSpan
from kg.train.corpus import read_examples
from kg.train.heads import lines, mine

PRIMARIES = Head("праймериз", "EVENT", WORD, 0.9, 10)
ELECTIONS = Head("выбор", "EVENT", ADJECTIVES, 0.66, 234)
ELECTIONS_ALONE = Head("выбор", "EVENT", WORD, 0.66, 234)
RAPPER = Head("рэпер", "PROFESSION", WORD, 1.0, 5)


def lexicon(*heads: Head) -> dict[str, Head]:
    return {head.lemma: head for head in heads}


def tagged_over(doc, text: str, entity_type: str) -> TaggedSpan:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    return TaggedSpan(span.start, span.end, entity_type, 0.9)


@pytest.mark.parametrize(("sentence", "heads", "tagged", "expected"), [
    ("Сенатор Сандерс победил на праймериз в штате Нью-Гэмпшир.", (PRIMARIES,), None, ["праймериз"]),
    ("Сенатор Сандерс победил в штате Нью-Гэмпшир.", (PRIMARIES,), None, []),          # no such noun
    # the span as NEREL bounds it for the lemma: with the adjectives before the noun, or the noun alone
    ("Он победил на президентских выборах в Перу.", (ELECTIONS,), None, ["президентских выборах"]),
    ("Он победил на президентских выборах в Перу.", (ELECTIONS_ALONE,), None, ["выборах"]),
    ("Он победил на выборах в Перу.", (ELECTIONS,), None, ["выборах"]),
    # the tagger already found an event over the noun: nothing to add; a span of another type is no such find
    ("Он победил на президентских выборах в Перу.", (ELECTIONS,), ("выборах в Перу", "EVENT"), []),
    ("Он победил на президентских выборах в Перу.", (ELECTIONS,), ("выборах в Перу", "LAW"),
     ["президентских выборах"]),
    ("Рэпер Оксимирон выступил в Лондоне.", (RAPPER,), None, ["Рэпер"]),
    ("Рэпер Оксимирон выступил в Лондоне.", (PRIMARIES,), None, []),                 # not in the lexicon
])
def test_head_nouns_propose_spans_the_tagger_missed(parse, sentence, heads, tagged, expected):
    doc = parse(sentence)
    found = head_spans(doc, [tagged_over(doc, *tagged)] if tagged else [], lexicon(*heads))
    assert [doc[s.start:s.end].text for s in found] == expected
    assert all(s.type == heads[0].type and s.confidence == heads[0].share for s in found)


def test_the_shipped_lexicon_names_events_and_professions_with_their_shares():
    heads = head_lexicon()
    assert heads["праймериз"].type == "EVENT" and heads["рэпер"].type == "PROFESSION"
    assert all(h.shape in (WORD, ADJECTIVES) and 0 < h.share <= 1 and h.count >= 5 for h in heads.values())


def test_mining_counts_how_often_each_shape_of_a_noun_is_annotated(tiny_corpus):
    """a_csto: «саммите ШОС» is the event (not «саммите» alone), «Саммит» is; «Президент» of
    «Президент Казахстана» is a profession, and «президенты» of c_eaeu."""
    heads = {h.lemma: h for h in mine(read_examples(tiny_corpus, ("EVENT", "PROFESSION")),
                                      {"EVENT": 0.5, "PROFESSION": 0.5}, min_count=2)}
    assert heads["саммит"] == Head("саммит", "EVENT", WORD, 0.5, 2)
    assert heads["президент"] == Head("президент", "PROFESSION", WORD, 1.0, 2)
    assert "секретарь" not in heads                                       # once only
    assert "саммит" not in {h.lemma for h in mine(read_examples(tiny_corpus, ("EVENT",)), {"EVENT": 0.6},
                                                  min_count=2)}
    assert lines(heads.values()).splitlines()[-1].count("\t") == 4


@pytest.mark.parametrize(("tagged", "expected"), [
    ([], [("Рэпер", "PROFESSION", 1.0)]),                                   # the tagger missed it: the lexicon's span
    ([("Рэпер", "PROFESSION")], [("Рэпер", "PROFESSION", 0.9)]),            # twin: the tagger's span alone
])
def test_extraction_proposes_the_taggers_spans_and_the_head_nouns_beside_them(parse, tagged, expected):
    from types import SimpleNamespace
    from kg.extract.learned import proposed_spans
    doc = parse("Рэпер Оксимирон выступил в Лондоне.")
    models = SimpleNamespace(tagger=SimpleNamespace(tag=lambda d: [tagged_over(d, *t) for t in tagged]))
    assert [(doc[s.start:s.end].text, s.type, s.confidence) for s in proposed_spans(doc, models)] == expected
