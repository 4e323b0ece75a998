"""The spaCy Doc: exact text, whitespace tokens, annotations, sentences and spaCy's matchers."""
import pytest
from spacy.matcher import DependencyMatcher, Matcher


@pytest.mark.parametrize("text", [
    "Президент Токаев призвал усилить сотрудничество.",
    "  Глава государства  провел встречу.\n\nСекретари\xa0советов приехали.  ",
    "top of page\n\n Заголовок\n  • 3 апр. 2024 г.\n",
    "",
    " \n ",
])
def test_doc_text_is_the_article_text(russian, make_article, text):
    doc = russian.parse(make_article(text))
    assert doc.text == text
    assert all(token.pos_ == "SPACE" for token in doc if token.is_space)


def test_seed_doc_text_is_exact(seed_doc, seed_text):
    assert seed_doc.text == seed_text


@pytest.mark.parametrize(("word", "lemma", "pos", "feature"), [
    ("призвал", "призвать", "VERB", "Tense=Past"),
    ("Шанхайской", "шанхайский", "ADJ", "Case=Gen"),
    ("конфликтов", "конфликт", "NOUN", "Number=Plur"),
    ("Токаев", "токаев", "PROPN", "Case=Nom"),
    ("Токаева", "токаев", "PROPN", "Case=Gen"),
])
def test_token_annotations(seed_doc, word, lemma, pos, feature):
    token = next(token for token in seed_doc if token.text == word)
    assert (token.lemma_, token.pos_) == (lemma, pos)
    assert feature in str(token.morph)


def test_every_tokayev_lemma_is_tokayev(seed_doc):
    surnames = [token for token in seed_doc if token.text.startswith("Токаев")]
    assert len(surnames) == 7
    assert {token.lemma_ for token in surnames} == {"токаев"}


def test_each_sentence_has_exactly_one_root(seed_doc):
    for sentence in seed_doc.sents:
        assert sum(token.head == token for token in sentence) == 1, sentence.text


def test_matcher_finds_the_full_name_in_any_case(seed_doc):
    matcher = Matcher(seed_doc.vocab)
    matcher.add("TOKAYEV", [[{"LEMMA": "касым-жомарт"}, {"LEMMA": "токаев"}]])
    assert len(matcher(seed_doc)) == 6


def test_dependency_matcher_finds_what_tokayev_did(seed_doc):
    matcher = DependencyMatcher(seed_doc.vocab)
    matcher.add("SPEAKER", [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject",
         "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": "касым-жомарт"}},
    ]])
    verbs = {seed_doc[token_ids[0]].lemma_ for _, token_ids in matcher(seed_doc)}
    assert {"заявить", "полагать", "подчеркнуть"} <= verbs
