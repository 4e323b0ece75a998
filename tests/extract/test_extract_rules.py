"""Rules checked on hand-built parses (no models): periods and negation/modality."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.assertion import blocking_reason
from kg.extract.periods import validity
from kg.types import Value


@pytest.mark.parametrize("text, expected", [
    ("Антинаркотической стратегии ШОС на 2024-2029 годы", (("validFrom", "2024"), ("validUntil", "2029"))),
    ("Программу сотрудничества на 2025–2027 годы", (("validFrom", "2025"), ("validUntil", "2027"))),
    ("Стратегия развития ЕАЭС до 2035 года", (("validUntil", "2035"),)),
    ("План мероприятий на 2024 год", (("validFrom", "2024"), ("validUntil", "2024"))),
    ("Декларация ШОС о борьбе с терроризмом", ()),
])
def test_document_periods(text, expected):
    assert validity(text, "ru") == tuple((name, Value(year, "gYear")) for name, year in expected)


def parsed(words, lemmas, pos, heads, deps, morphs=None) -> Doc:
    return Doc(Vocab(), words=words, lemmas=lemmas, pos=pos, heads=heads, deps=deps,
               morphs=morphs or [""] * len(words))


@pytest.mark.parametrize("doc, trigger, blocked", [
    # Белоруссия может вступить в ШОС: the modal governs the trigger
    (parsed(["Белоруссия", "может", "вступить", "в", "ШОС"], ["белоруссия", "мочь", "вступить", "в", "шос"],
            ["PROPN", "VERB", "VERB", "ADP", "PROPN"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "xcomp", "case", "obl"]),
     2, True),
    # Армения не участвует в принятии решений: negation of the governing verb reaches the noun
    (parsed(["Армения", "не", "участвует", "в", "принятии", "решений"],
            ["армения", "не", "участвовать", "в", "принятие", "решение"],
            ["PROPN", "PART", "VERB", "ADP", "NOUN", "NOUN"], [2, 2, 2, 4, 2, 4],
            ["nsubj", "advmod", "ROOT", "case", "obl", "nmod"]), 4, True),
    # its twin without "не": the same noun is asserted
    (parsed(["Армения", "участвует", "в", "принятии", "решений"], ["армения", "участвовать", "в", "принятие", "решение"],
            ["PROPN", "VERB", "ADP", "NOUN", "NOUN"], [1, 1, 3, 1, 3], ["nsubj", "ROOT", "case", "obl", "nmod"]), 3, False),
    # Иран вступил в ШОС: a plain fact
    (parsed(["Иран", "вступил", "в", "ШОС"], ["иран", "вступить", "в", "шос"],
            ["PROPN", "VERB", "ADP", "PROPN"], [1, 1, 3, 1], ["nsubj", "ROOT", "case", "obl"],
            ["", "Mood=Ind|Tense=Past", "", ""]), 1, False),
    # Иран подписал бы соглашение: the particle "бы" makes it conditional
    (parsed(["Иран", "подписал", "бы", "соглашение"], ["иран", "подписать", "бы", "соглашение"],
            ["PROPN", "VERB", "PART", "NOUN"], [1, 1, 1, 1], ["nsubj", "ROOT", "advmod", "obj"]), 1, True),
    # Иран будет участвовать: a future auxiliary
    (parsed(["Иран", "будет", "участвовать"], ["иран", "быть", "участвовать"], ["PROPN", "AUX", "VERB"],
            [2, 2, 2], ["nsubj", "aux", "ROOT"], ["", "Tense=Fut", ""]), 2, True),
    # На встрече будет принята декларация, with «будет» left without tense by the tagger: the
    # trigger's own future auxiliary still blocks (only announced)
    (parsed(["будет", "принята", "декларация"], ["быть", "принять", "декларация"], ["AUX", "VERB", "NOUN"],
            [1, 1, 1], ["aux:pass", "ROOT", "nsubj:pass"], ["", "Voice=Pass", ""]), 1, True),
    # its twin with «была»: a fact
    (parsed(["была", "принята", "декларация"], ["быть", "принять", "декларация"], ["AUX", "VERB", "NOUN"],
            [1, 1, 1], ["aux:pass", "ROOT", "nsubj:pass"], ["", "Voice=Pass", ""]), 1, False),
    # Договор был подписан: a past auxiliary states the fact
    (parsed(["Договор", "был", "подписан"], ["договор", "быть", "подписать"], ["NOUN", "AUX", "VERB"],
            [2, 2, 2], ["nsubj", "aux", "ROOT"], ["", "Tense=Past", "Tense=Past"]), 2, False),
    # угрозы не просто остаются: "не просто" is no negation
    (parsed(["угрозы", "не", "просто", "остаются"], ["угроза", "не", "просто", "оставаться"],
            ["NOUN", "PART", "PART", "VERB"], [3, 3, 3, 3], ["nsubj", "advmod", "advmod", "ROOT"]), 3, False),
])
def test_negation_and_modality(doc, trigger, blocked):
    assert (blocking_reason(doc[trigger], "ru") is not None) is blocked


# Эксперты считают, что Иран вступил в ШОС: an opinion, unless the frame reports the opinion itself
BELIEF = parsed(["Эксперты", "считают", "что", "Иран", "вступил", "в", "ШОС"],
                ["эксперт", "считать", "что", "иран", "вступить", "в", "шос"],
                ["NOUN", "VERB", "SCONJ", "PROPN", "VERB", "ADP", "PROPN"], [1, 1, 4, 4, 1, 6, 4],
                ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "case", "obl"], ["", "", "", "", "Mood=Ind|Tense=Past", "", ""])


@pytest.mark.parametrize("kwargs, blocked", [({}, True), ({"stance": False}, True), ({"stance": True}, False)])
def test_a_belief_blocks_unless_the_frame_reports_it(kwargs, blocked):
    assert (blocking_reason(BELIEF[4], "ru", **kwargs) is not None) is blocked


# "не" at the end of a sentence has no next word: negation, and no IndexError looking for one
@pytest.mark.parametrize("words, lemmas, blocked", [
    (["остаются", "не", "просто"], ["оставаться", "не", "просто"], False),   # "не просто" ends the text
    (["остаются", "не"], ["оставаться", "не"], True),                        # "не" ends the text
])
def test_negation_at_the_end_of_the_text(words, lemmas, blocked):
    doc = parsed(words, lemmas, ["VERB"] + ["PART"] * (len(words) - 1), [0] * len(words),
                 ["ROOT"] + ["advmod"] * (len(words) - 1))
    assert (blocking_reason(doc[0], "ru") is not None) is blocked
