"""Labels of posts as a reader writes them: the title in the nominative singular, the words that
complete it as written ("генеральным секретарем НАТО" → "генеральный секретарь НАТО"), and the
post's other names (kg/extract/post_context.py)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span, Token

from kg.extract.context import ExtractContext
from kg.extract.tree import NOUNS
from kg.resources import load_yaml

BRACKETED = re.compile(r"\s*(?:\([A-ZА-ЯЁ]{2,}\)|/[A-ZА-ЯЁ]{2,}/)")
# brackets around an abbreviation inside a name: "(РАТС)", and TASS's "/РАТС/"
ABBREVIATION_BRACKETS = {"(": ")", "/": "/"}


def nominative_title(words: Span, ctx: ExtractContext) -> str:
    """"генеральным секретарем" → "генеральный секретарь", "главы" → "глава", "Исполняющим
    обязанности" → "исполняющий обязанности", "заместителя председателя" → "заместитель
    председателя": the leading words in the case of the first one, up to the first noun, in the
    nominative singular; the rest as written."""
    if any(t.is_punct for t in words):                     # "и.о." stays as written
        return words.text
    case = words[0].morph.get("Case")
    end = words.start + 1
    while end < words.end and words.doc[end - 1].pos_ not in NOUNS and words.doc[end].morph.get("Case") == case:
        end += 1
    leading = words.doc[words.start:end]
    if "Plur" in leading[-1].morph.get("Number") or (len(leading) == 1 and leading[0].pos_ == "NOUN"):
        text = " ".join(without_ex(t.lemma_) if t.pos_ in NOUNS
                        else ctx.language.normalize(words.doc[t.i:t.i + 1]) for t in leading)
    else:
        text = without_ex(ctx.language.normalize(leading))
    trailing = words.doc[end:words.end].text
    return f"{text} {trailing}".strip()


def compose(*parts: str) -> str:
    """The parts joined, lowercase first letter unless the first word is an abbreviation."""
    label = " ".join(part.strip() for part in parts if part and part.strip())
    first = label.split(" ", 1)[0]
    return label if not label or first.isupper() else label[0].lower() + label[1:]


def without_ex(word: str) -> str:
    """"экс-генсек" names the post "генсек"."""
    return word[4:] if word.lower().startswith("экс-") else word


def title_lemma(token: Token) -> str:
    """The lemma a title lexicon knows: "экс-генсек" is a title as "генсек" is; ё is е."""
    return without_ex(token.lemma_.lower()).replace("ё", "е")


def without_abbreviations(span: Span, skipped: Sequence[tuple[int, int]] = ()) -> str:
    """The words of a span without a bracketed abbreviation: "секретарей советов безопасности (КССБ)",
    "структуры /РАТС/ ШОС"; nor the tokens of the `skipped` ranges (start, end)."""
    words, skip = [], 0
    for i, token in enumerate(span):
        if any(start <= token.i < end for start, end in skipped):
            continue
        if not skip and is_bracketed_abbreviation(span.doc, span.start + i, span.end):
            skip = 3
        if skip:
            skip -= 1
            if not skip and words and not token.whitespace_:      # "структуры (РАТС)," keeps no space before ","
                words[-1] = words[-1].rstrip()
            continue
        words.append(token.text_with_ws)
    return "".join(words).strip()


def is_bracketed_abbreviation(doc, j: int, end: int) -> bool:
    """Tokens j, j+1, j+2 (before `end`) are an abbreviation in brackets: "(РАТС)", "/РАТС/"."""
    return (j + 2 < end and doc[j].text in ABBREVIATION_BRACKETS and doc[j + 1].text.isupper()
            and doc[j + 2].text == ABBREVIATION_BRACKETS[doc[j].text])


def unbracketed(name: str) -> str:
    """"Исполнительный комитет … структуры (РАТС) ШОС" → without the bracketed abbreviation."""
    return BRACKETED.sub("", name)


@cache
def part_nouns(lang: str) -> frozenset[str]:
    """Nouns of the bodies an organization consists of (posts.yml `part_nouns`: «совет», «комитет», «совмин»)."""
    return frozenset(load_yaml("extract", "posts.yml", lang)["part_nouns"])
