"""Pair features the relation classifier reads (kg.learn.pairs), on real sentences parsed by kg.

`rivals`: whether a mention of either argument's own type stands between them («президент США Барак
Обама» links the post to the nearest person, not one across another); `between_pos`: the parts of
speech between two close mentions, which generalize the lemmas between («глава МИД … Сергей Лавров»).
"""
from __future__ import annotations

import numpy as np
import pytest

from kg.learn.pairs import DocView, PairMention, pair_features


def mention(doc, text: str, entity_type: str, occurrence: int = 0) -> PairMention:
    starts = [i for i in range(len(doc)) if doc[i:].text.startswith(text)]
    span = doc.char_span(doc[starts[occurrence]].idx, doc[starts[occurrence]].idx + len(text))
    return PairMention(span.start, span.end, entity_type)


SENTENCE = "Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев провели переговоры."
TYPES = {"Президент России": "PROFESSION", "Владимир Путин": "PERSON", "президент Казахстана": "PROFESSION",
         "Касым-Жомарт Токаев": "PERSON"}
ALL = frozenset(TYPES)


@pytest.mark.parametrize(("post", "person", "rivals", "known"), [
    # the nearest person: nothing of either type between
    (("Президент России", 0), ("Владимир Путин", 0), "rivals=0,0|PROFESSION>PERSON", ALL),
    (("президент Казахстана", 0), ("Касым-Жомарт Токаев", 0), "rivals=0,0|PROFESSION>PERSON", ALL),
    # across the other person and the other post: one rival of each type
    (("Президент России", 0), ("Касым-Жомарт Токаев", 0), "rivals=1,1|PROFESSION>PERSON", ALL),
    # the other post not a mention: only the person between is a rival, of the second argument
    (("Президент России", 0), ("Касым-Жомарт Токаев", 0), "rivals=0,1|PROFESSION>PERSON",
     ALL - {"президент Казахстана"}),
])
def test_rivals_count_the_mentions_of_each_arguments_type_between(parse, shipped, post, person, rivals, known):
    doc = parse(SENTENCE)
    mentions = [mention(doc, text, entity_type) for text, entity_type in TYPES.items() if text in known]
    a, b = mention(doc, post[0], "PROFESSION", post[1]), mention(doc, person[0], "PERSON", person[1])
    features = pair_features(DocView(doc), a, b, mentions, shipped.relations.clusters)
    assert [f for f in features if f.startswith("rivals=")] == [rivals]


@pytest.mark.parametrize(("first", "second", "expected"), [
    # adjacent mentions: nothing between
    ("Президент России", "Владимир Путин", "between_pos=|PROFESSION>PERSON"),
    # a conjunction and a noun phrase between
    ("Владимир Путин", "Касым-Жомарт Токаев", "between_pos=CCONJ NOUN PROPN|PERSON>PERSON"),
])
def test_between_pos_names_the_parts_of_speech_between(parse, shipped, first, second, expected):
    doc = parse(SENTENCE)
    types = expected.split("|")[1].split(">")
    a, b = mention(doc, first, types[0]), mention(doc, second, types[1])
    features = pair_features(DocView(doc), a, b, [a, b], shipped.relations.clusters)
    assert [f for f in features if f.startswith("between_pos=")] == [expected]


# The classifier at inference (RelationClassifier.predict) reads a pair's features as ids, a head's
# made and looked up once per head, argument and type pair (relations._KnownIds): the same ids as the
# names pair_features makes for training, whatever pairs share a head.
IDS_CASES = [
    # «Владимир Путин» is the first argument beside a post, a country and another person: three type pairs
    (SENTENCE, {**TYPES, "России": "COUNTRY", "Казахстана": "COUNTRY"}),
    ("Генеральный секретарь ОДКБ Имангали Тасмагамбетов прибыл в Минск на саммит организации.",
     {"Генеральный секретарь ОДКБ": "PROFESSION", "ОДКБ": "ORGANIZATION", "Имангали Тасмагамбетов": "PERSON",
      "Минск": "CITY", "саммит организации": "EVENT"}),
    ("Саммит прошел в Астане, столице Казахстана.", {"Саммит": "EVENT", "Астане": "CITY", "Казахстана": "COUNTRY"}),
]


def _pairs(parse, shipped, text: str, types: dict):
    """The parsed text, its mentions of the given types, the shipped classifier and the pairs it scores."""
    from kg.learn.pairs import candidate_pairs

    doc = parse(text)
    mentions = [mention(doc, span, entity_type) for span, entity_type in types.items()]
    classifier = shipped.relations
    return doc, mentions, classifier, candidate_pairs(doc, mentions, classifier.type_pairs, classifier.symmetric)


@pytest.mark.parametrize(("text", "types"), IDS_CASES)
def test_the_classifiers_ids_are_those_of_the_feature_names(parse, shipped, text, types):
    from kg.learn.pairs import pair_layout
    from kg.learn.relations import _KnownIds

    doc, mentions, classifier, pairs = _pairs(parse, shipped, text, types)
    view, encoder = DocView(doc), _KnownIds(classifier.index)
    heads = {(view.head(mentions[i]).i, mentions[j].type) for i, j in pairs}
    assert len(heads) > len({head for head, _ in heads})   # a head beside partners of two types
    for i, j in pairs:
        names = pair_features(view, mentions[i], mentions[j], mentions, classifier.clusters)
        ids = set().union(*pair_layout(view, mentions[i], mentions[j], mentions, classifier.clusters,
                                       encoder.ids, encoder.head))
        assert ids == {classifier.index[name] for name in names if name in classifier.index}


@pytest.mark.parametrize(("text", "types"), IDS_CASES)
def test_predict_gives_the_probabilities_of_the_feature_names(parse, shipped, text, types):
    from kg.learn.relations import decide

    doc, mentions, classifier, pairs = _pairs(parse, shipped, text, types)
    view = DocView(doc)
    probabilities = classifier.probabilities(
        [pair_features(view, mentions[i], mentions[j], mentions, classifier.clusters) for i, j in pairs])
    permitted = [[label in classifier.type_pairs[f"{mentions[i].type}>{mentions[j].type}"]
                  for label in classifier.classes] for i, j in pairs]
    chosen = decide(probabilities, np.array(permitted), classifier.floors)
    expected = [(i, j, classifier.classes[best], float(probabilities[n, best]))
                for n, ((i, j), best) in enumerate(zip(pairs, chosen)) if best]
    assert expected   # a relation is found: the confidences below are compared, not only emptiness
    assert [(r.arg1, r.arg2, r.type, r.confidence) for r in classifier.predict(doc, mentions)] == expected
