"""Lists that continue a sentence: their items fill the role of the noun that introduces them.

Two shapes:
- inside the sentence, after a colon or a dash: «подписаны основополагающие документы – Хартия,
  Политическая декларация и Соглашение о РАТС»;
- a sentence ending with a colon right after the noun, then bulleted or numbered lines, each
  one item (an item that itself ends with a colon brings its own sub-items):
      «лидерами стран-участниц ОТГ приняты следующие документы:
       • Бишкекская декларация 11-го Саммита ОТГ;
       • решение о принятии флага ОТГ.»
Items of a noun that names documents («документы», «решения») are document mentions even when
their head alone would not make one («астанинский акт», «Хартия»).
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg.resources import load_yaml
from kg.extract.spans import subtree_span, trimmed
from kg.extract.tree import NOUNS

INLINE_DEPS = {"parataxis", "appos"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
ITEM_CUT = {"conj", "cc", "punct", "acl:relcl", "parataxis"}


def list_words(lang: str) -> dict:
    return load_yaml("extract", "lists.yml", lang)


def item_roots(token: Token, lang: str) -> list[Token]:
    """Heads of the items of the list `token` introduces (with their coordinated items)."""
    words = list_words(lang)
    inline = [c for c in token.children if c.dep_ in INLINE_DEPS and c.i > token.i
              and (any(t.text in words["marks"] for t in token.doc[token.i + 1:c.i]) or _bracketed_list(token, c, words))]
    found = [item for first in (*inline, *_hung_on_the_verb(token, words)) for item in (first, *first.conjuncts)]
    return found + continuation_items(token, lang)


def _bracketed_list(token: Token, first: Token, words: dict) -> bool:
    """«объединения ГУАМ (Грузия, Украина, Азербайджан, Молдова)»: a bracket opened after the noun's
    phrase before the first of at least two coordinated items (one name in brackets is another name
    of what precedes it: «ШОС (Шанхайская организация сотрудничества)»)."""
    return bool(first.conjuncts) and any(t.text in words["brackets"] for t in token.doc[token.i + 1:first.i])


def _hung_on_the_verb(token: Token, words: dict) -> list[Token]:
    """«На нем присутствуют 11 из 22 лидеров – эмиры Кувейта и Катара, …»: the list the parser hung on
    the verb (or made the verb hang on, or made a second subject of it: «принимают участие главы
    государств-членов ШОС -- премьер-министр Индии …»), right after the subject's phrase and a mark, is
    the subject's."""
    if token.dep_ not in SUBJECT_DEPS:
        return []
    verb = token.head
    linked = [c for c in verb.children if c.dep_ == "parataxis" or (c.dep_ in SUBJECT_DEPS and c.i != token.i)] + (
        [verb.head] if verb.dep_ == "parataxis" else [])
    end = _phrase_end(token)
    gap = lambda item: token.doc[end + 1:item.i]      # noqa: E731
    return [item for item in linked if item.i > end
            and len(gap(item)) == 1 and gap(item)[0].text in words["marks"]]


def _phrase_end(token: Token) -> int:
    """The last word of the unbroken run of `token`'s subtree from it: a parser may hang a word of a later
    list under the subject («главы государств-членов ШОС -- премьер-министр Индии …, … Мирзиеев»)."""
    inside = {t.i for t in token.subtree}
    end = token.i
    while end + 1 in inside:
        end += 1
    return end


def continuation_items(token: Token, lang: str) -> list[Token]:
    """Roots of the bulleted or numbered lines after the sentence of `token`, when that sentence ends
    with a colon right after `token`'s phrase."""
    words = list_words(lang)
    sentence = token.sent
    last = _last_word(sentence)
    if last is not None and last.text in words["openers"] and token.right_edge.i >= last.i - 1:
        return _items_after(sentence, lang)
    bridge = next(_sentences_after(sentence), None)       # «… подписан ряд документов. В том числе: • …»
    if bridge is not None and _is_bridge(bridge, words):
        return _items_after(bridge, lang)
    if bridge is not None and token.dep_ in SUBJECT_DEPS:
        return _named_in(bridge, words)
    return []


def documents_listed_later(token: Token, lang: str) -> list[Token]:
    """«главы государств подписали 15 документов. … Среди ключевых документов — Стратегия …, План …»: the
    items a sentence soon after (within `later_reach`) lists under an opener and a document noun."""
    words = list_words(lang)
    for sentence in islice(_sentences_after(token.sent), words["later_reach"]):
        noun = _opening_document_noun(sentence, words)
        if noun is not None:
            return [t for c in noun.children if c.i > noun.i and c.dep_ in SUBJECT_DEPS | INLINE_DEPS
                    for t in (c, *c.conjuncts)]
    return []


def _opening_document_noun(sentence: Span, words: dict) -> Token | None:
    """«Среди подписанных документов — …», «В числе принятых решений – …»: the document noun right after the
    opener (and its adjectives or participles), before the mark that starts the list."""
    opening = " ".join(t.text.lower() for t in sentence[:2])
    opener = next((o for o in words["later_openers"] if opening == o or opening.startswith(o + " ")), None)
    if opener is None:
        return None
    for token in sentence[len(opener.split()):]:
        if token.text in words["marks"]:
            return None
        if token.pos_ in NOUNS:
            return token if token.lemma_.lower() in words["document_nouns"] else None
    return None


def _named_in(sentence: Span, words: dict) -> list[Token]:
    """«В мероприятии принимают участие главы большинства стран. Среди них король …, президент …»: the
    subject of a sentence that opens with «среди них» names the members of the group before it."""
    opening = " ".join(t.text.lower() for t in sentence[:3])
    if not any(opening == phrase or opening.startswith(phrase + " ") for phrase in words["member_openers"]):
        return []
    return [c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS]


def _is_bridge(sentence: Span, words: dict) -> bool:
    text = " ".join(t.text.lower() for t in sentence if not t.is_space and t.text not in words["openers"])
    last = _last_word(sentence)
    return text in words["bridges"] and last is not None and last.text in words["openers"]


def _items_after(sentence: Span, lang: str) -> list[Token]:
    words = list_words(lang)
    doc = sentence.doc
    items, numbered = [], False
    for following in _sentences_after(sentence):
        body = _item_body(following, words)
        if body is None:
            if _is_bare_number(following, words):
                numbered = True                    # «1.» split from its item by the segmenter
                continue
            if not numbered:
                break
            body = trimmed(doc, following.start, following.end)
        numbered = False
        if len(body) == 0:
            continue
        items.append(body.root)
        last = _last_word(following)
        if last is not None and last.text in words["openers"]:
            items += _items_after(following, lang)  # «Решение … об утверждении документов:» + its items
    return items


def item_span(root: Token, lang: str) -> Span:
    """The item's words: its subtree without coordinated items, or its line without bullet and end mark."""
    words = list_words(lang)
    body = _item_body(root.sent, words)
    if body is not None and body.start <= root.i < body.end and root == body.root:
        return _without_end_marks(body, words)
    return subtree_span(root, [c for c in root.children if c.dep_ in ITEM_CUT])


def document_items(doc: Doc, lang: str) -> Iterator[Span]:
    """Spans of list items introduced by a noun that names documents, or by a verb of adopting or
    signing that opens the list itself."""
    words = list_words(lang)
    nouns, verbs = set(words["document_nouns"]), set(words["document_verbs"])
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in nouns and token.pos_ in NOUNS:
            roots = item_roots(token, lang)
        elif lemma in verbs and token.pos_ == "VERB" and not any(c.dep_ in {"obj", "nsubj:pass"} for c in token.children):
            roots = continuation_items(token, lang)
        else:
            continue
        for root in roots:
            span = item_span(root, lang)
            if len(span):
                yield span


def _item_body(sentence: Span, words: dict) -> Span | None:
    """The line without its bullet or number, if it starts with one."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens:
        return None
    start = 0
    if tokens[0].text in words["bullets"]:
        start = 1
    elif tokens[0].like_num and len(tokens) > 1 and tokens[1].text in {".", ")"}:
        start = 2
    if start == 0 or start >= len(tokens):
        return None
    return _without_end_marks(sentence.doc[tokens[start].i:tokens[-1].i + 1], words)


def _without_end_marks(span: Span, words: dict) -> Span:
    end = span.end
    while end > span.start and (span.doc[end - 1].is_space or span.doc[end - 1].text in words["item_ends"]):
        end -= 1
    return span.doc[span.start:end]


def _is_bare_number(sentence: Span, words: dict) -> bool:
    tokens = [t.text for t in sentence if not t.is_space]
    return len(tokens) == 2 and tokens[0].isdigit() and tokens[1] in {".", ")"}


def _sentences_after(sentence: Span) -> Iterator[Span]:
    doc = sentence.doc
    while sentence.end < len(doc):
        sentence = doc[sentence.end].sent
        yield sentence


def _last_word(sentence: Span) -> Token | None:
    return next((t for t in reversed(sentence) if not t.is_space), None)
