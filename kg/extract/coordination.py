"""What a coordinated list holds, where the parser's `conj` chain says otherwise.

A list's items stand next to each other, separated only by commas and conjunctions; parsers of long
sentences still chain an item to a list it is not in or leave it out of its own:
- «Афганистан и Монголия обладают статусом наблюдателя, а Азербайджан, Бахрейн, Египет … – статусом
  партнера»: «Египет» chained to «Афганистан» across the verb belongs to the list it stands in;
- «A и B обладают статусом наблюдателя, а C, D – статусом партнера»: the clause after «а» leaves out
  its verb (gapping); its subject and the role noun left of it («статусом партнера», parsed as the
  subject's `orphan` or, after a dash, its apposition) are a clause of their own;
- «Резолюцию поддержали 143 члена, пять государств (Россия, …) проголосовали против»: a conjunct right
  before a verb with no subject of its own is that verb's subject, not one more of the first clause's.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lists import list_words
from kg.extract.tree import NOUNS, SUBJECTS, VERBS

JOINERS = frozenset({"punct", "cc"})
GAPPED = "orphan"        # UD's relation of a remnant in a clause whose verb is left out
CLAUSAL = frozenset({"advcl", "parataxis", "orphan", "acl:relcl", "ccomp"})   # what heads a clause of its own


def conjuncts(token: Token) -> list[Token]:
    """The items coordinated with `token` in the list it stands in (without itself)."""
    chained = [c for c in token.conjuncts if not _subject_of_its_own(c)]
    items = _contiguous(token, sorted([token, *chained], key=lambda t: t.i))
    return [t for t in items if t != token]


def _contiguous(token: Token, chain: list[Token]) -> list[Token]:
    """The run of `chain` around `token` that no other clause interrupts (a verb or a clausal dependent
    outside the items' own words, however the parser hung them), with the stray items (nouns chained to
    another list) standing in it, and after it when it is a list."""
    doc = token.doc
    own = {t.i for item in chain for t in item.subtree}
    position = chain.index(token)
    run = [token]
    for ahead in (chain[position + 1:], list(reversed(chain[:position]))):
        last = token
        for item in ahead:
            first, second = sorted((last, item), key=lambda t: t.i)
            gap = doc[first.i + 1:second.i]
            strays = [t for t in gap if _stray(t, chain)]
            covered = own | {s.i for t in strays for s in t.subtree}
            if any((t.pos_ in VERBS or t.dep_ in CLAUSAL) and t.i not in covered for t in gap):
                break                               # a list never spans another clause
            run += [*strays, item]
            last = item
    if len(run) > 1 or _opens_list(token):
        run += _trailing_strays(max(run, key=lambda t: t.i), chain)
    return sorted(set(run), key=lambda t: t.i)


def _opens_list(token: Token) -> bool:
    """«странами-партнерами – Азербайджан, …»: the token is the first item after a list's mark."""
    start = _first_word(token)
    return start > 0 and token.doc[start - 1].text in list_words(token.doc.lang_)["marks"]


def _trailing_strays(last: Token, chain: list[Token]) -> list[Token]:
    """«…, партнерами – Азербайджан, Армения, Камбоджа»: items after the run's last one, joined by commas
    and conjunctions, that the parser chained to an earlier list."""
    doc, found, i, end = last.doc, [], last.right_edge.i + 1, last.sent.end
    while True:
        joined = i
        while i < end and doc[i].dep_ in JOINERS:
            i += 1
        stray = _stray_at(doc, i, chain) if joined < i < end else None
        if stray is None:
            return found
        found.append(stray)
        i = stray.right_edge.i + 1


def _stray_at(doc, start: int, chain: list[Token]) -> Token | None:
    """The stray item whose phrase starts at `start`, if one does."""
    for token in doc[start:min(start + 4, len(doc))]:
        if _stray(token, chain) and token.head.i < start and _first_word(token) == start:
            return token
    return None


def _stray(token: Token, chain: list[Token]) -> bool:
    """A noun the parser chained to another list: not to this one, nor to a word this list depends on
    («принятия стратегии и Программы» coordinates two adoptions, one of them the list's own governor),
    nor to a word inside one of its items (a list of its own within an item)."""
    return (token.dep_ == "conj" and token.pos_ in NOUNS and token.head not in chain
            and not any(token.head.is_ancestor(item) or item.is_ancestor(token.head) for item in chain))


def _first_word(token: Token) -> int:
    """Where the phrase of `token` starts, past the comma or conjunction the parser hangs on it."""
    return min(t.i for t in token.subtree if t.dep_ not in JOINERS)


def _subject_of_its_own(conjunct: Token) -> bool:
    """A conjunct right before a finite verb that has no subject of its own is that verb's subject."""
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc) or conjunct.dep_ != "conj":
        return False
    verb = conjunct.doc[after]
    return (verb.pos_ == "VERB" and verb != conjunct.head and "Fin" in verb.morph.get("VerbForm")
            and not any(c.dep_ in SUBJECTS for c in verb.children))


def remnant_subject(noun: Token) -> Token | None:
    """The subject of the gapped clause whose remnant `noun` is (None if it is none): the head of an
    `orphan`, or the list an instrumental role noun after a dash stands in apposition to."""
    if noun.dep_ == GAPPED:
        return noun.head
    if noun.dep_ != "appos" or "Ins" not in noun.morph.get("Case") or noun.i < noun.head.i:
        return None
    subject = noun.head
    while subject.dep_ == "conj":
        subject = subject.head
    return subject if subject.dep_ in SUBJECTS else None


def heads_gapped_clause(subject: Token) -> bool:
    """The subject (or an item of its list) carries the remnant of a gapped clause."""
    return any(remnant_subject(c) is not None for item in (subject, *subject.conjuncts) for c in item.children)
