"""Regenerate kg/gazetteer/resources/gazetteer.jsonl from facts only.

Inputs: the curated YAML next to the gazetteer (labels, abbreviations, adjectives; no IDs),
pycountry's ISO 3166 names with their Russian translations, and NEREL v1.1's Wikidata links
(`N` lines), which give every QID in the output and the mined name variants with counts.

    python tools/build_gazetteer.py                         # train+dev → the shipped file
    python tools/build_gazetteer.py --splits train --out /tmp/gaz-train.jsonl   # for honest eval
"""
from __future__ import annotations

import argparse
import gettext
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kg.gazetteer import GAZETTEER_PATH, GazetteerEntry, Member, entry_to_json  # noqa: E402
from kg.resolve.keys import local_key  # noqa: E402
from kg.nlp import lemmatizer  # noqa: E402
from kg.nlp.ru.phrases import words  # noqa: E402
from kg.resolve.lemmas import is_abbreviation  # noqa: E402
from nerel_links import Link, read_links  # noqa: E402

CURATED_PATH = GAZETTEER_PATH.with_name("gazetteer_curated.yml")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from nerel_path import NEREL as NEREL_DEFAULT  # noqa: E402 ($KG_NEREL or ../shared/data/nerel)
# NEREL types each ontology class may take its QID from (a country is sometimes tagged ORG).
QID_TYPES = {"Country": {"COUNTRY", "STATE_OR_PROVINCE", "LOCATION"}, "Person": {"PERSON"},
             "Region": {"STATE_OR_PROVINCE", "CITY", "COUNTRY", "LOCATION"},
             "Organization": {"ORGANIZATION"}, "IntergovernmentalOrganization": {"ORGANIZATION"}}
MINED_TYPES = {"ORGANIZATION": "Organization", "COUNTRY": "Country"}   # NEREL-only entries
ALIAS_SHARE = 0.75        # a mined name goes to a QID only if that QID has >= 75 % of its links
LABEL_VOTE = 1000         # NEREL's Wikidata label matching an entry's name outweighs any count


@dataclass
class Draft:
    """An entry while it is being assembled (mutable until written)."""

    type: str
    ru: str
    en: str | None = None
    abbreviations: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    context_only: set[str] = field(default_factory=set)
    metonyms: set[str] = field(default_factory=set)
    qid: str | None = None
    sources: list[str] = field(default_factory=list)
    mined: int = 0
    members: list[tuple["Draft", str | None]] = field(default_factory=list)   # (member, year joined)
    members_source: str = ""
    citizenship: "Draft | None" = None     # a person's state

    def firm_names(self) -> set[str]:
        return {self.ru, *self.abbreviations, *self.aliases, *self.metonyms} - {""} - self.context_only


@dataclass
class NerelStats:
    """What NEREL says: per name key, which QIDs it was linked to and how often."""

    qids_by_key: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    surfaces: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    types: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    labels: dict[str, str] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)


def mine(links: list[Link], lemmatize) -> NerelStats:
    stats = NerelStats()
    for link in links:
        if link.qid is None:
            continue
        key = lemmatize(link.text)
        stats.qids_by_key[key][link.qid] += 1
        stats.surfaces[(link.qid, key)][link.text] += 1
        stats.types[link.qid][link.type] += 1
        stats.counts[link.qid] += 1
        if link.label:
            stats.labels[link.qid] = link.label
    return stats


def curated_drafts(curated: dict) -> list[Draft]:
    organizations = [_draft(item, item["type"], "curated") for item in curated["organizations"]]
    persons = [_draft(item, "Person", "curated") for item in curated["persons"]]
    countries = country_drafts(curated["countries"])
    for person, item in zip(persons, curated["persons"]):
        person.citizenship = countries[item["citizenship"]] if "citizenship" in item else None
    add_members(organizations, countries, curated.get("memberships", ()))
    return organizations + persons + [countries[code] for code in sorted(countries)]


def add_members(organizations: list[Draft], countries: dict[str, Draft], memberships) -> None:
    """Attach the curated member lists: organization by its ru label, members by ISO code."""
    by_label = {draft.ru: draft for draft in organizations}
    for item in memberships:
        organization = by_label[item["organization"]]
        organization.members_source = item["source"]
        for code, year in item["members"].items():
            organization.members.append((countries[code], None if year is None else str(year)))


def _draft(item: dict, entry_type: str, source: str) -> Draft:
    return Draft(type=entry_type, ru=item["ru"], en=item.get("en"),
                 abbreviations=set(item.get("abbreviations", ())), aliases=set(item.get("aliases", ())),
                 adjectives=set(item.get("adjectives", ())), demonyms=set(item.get("demonyms", ())),
                 context_only=set(item.get("context_only", ())), metonyms=set(item.get("metonyms", ())),
                 sources=[source])


def country_drafts(extras: dict) -> dict[str, Draft]:
    """Every ISO 3166-1 country with its Russian names, completed by the curated extras; an extra
    may give a territory that is no state another type (Hong Kong, Macao: Region)."""
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    drafts = {}
    for country in pycountry.countries:
        names = {russian.gettext(name) for name in (country.name, getattr(country, "official_name", None)) if name}
        english = getattr(country, "common_name", None) or country.name
        draft = Draft(type="Country", ru=russian.gettext(country.name), en=english, aliases=names,
                      sources=[f"pycountry ISO 3166-1 {country.alpha_2}"])
        drafts[country.alpha_2] = draft
    for code, item in extras.items():
        extra = _draft(item, item.get("type", "Country"), "curated")
        draft = drafts.setdefault(code, extra)
        if draft is not extra:
            draft.type = extra.type
            draft.aliases |= {draft.ru} | extra.aliases
            draft.ru, draft.en = extra.ru, extra.en or draft.en
            draft.abbreviations |= extra.abbreviations
            draft.adjectives, draft.demonyms = extra.adjectives, extra.demonyms
            draft.sources.append("curated")
    return drafts


def assign_qids(drafts: list[Draft], stats: NerelStats, lemmatize) -> None:
    """Give each draft the QID NEREL links its names to (never a guessed one)."""
    label_qids = defaultdict(set)
    for qid, label in stats.labels.items():
        label_qids[lemmatize(label)].add(qid)
    proposals = []
    for index, draft in enumerate(drafts):
        votes = Counter()
        for key in {lemmatize(name) for name in draft.firm_names() | draft.adjectives}:
            votes.update(stats.qids_by_key.get(key, {}))
            for qid in label_qids.get(key, ()):
                votes[qid] += LABEL_VOTE
        allowed = QID_TYPES[draft.type]
        votes = Counter({q: v for q, v in votes.items() if stats.types[q].most_common(1)[0][0] in allowed})
        if votes:
            qid, vote = votes.most_common(1)[0]
            proposals.append((-vote, index, qid))
    taken = set()
    for _, index, qid in sorted(proposals):   # strongest evidence first; one entry per QID
        if qid not in taken:
            taken.add(qid)
            drafts[index].qid = qid
            drafts[index].sources.append(f"QID from NEREL ({stats.counts[qid]} links)")


def nerel_only_drafts(stats: NerelStats, known: list[Draft], lemmatize, morph) -> list[Draft]:
    """Organizations and countries NEREL links that no curated entry covers (proper names only)."""
    taken = {draft.qid for draft in known if draft.qid}
    names = {lemmatize(name) for draft in known for name in draft.firm_names() | draft.adjectives}
    drafts = []
    for qid, types in sorted(stats.types.items()):
        nerel_type = types.most_common(1)[0][0]
        label = stats.labels.get(qid) or _most_common_surface(stats, qid)
        if not stats.labels.get(qid) and name_kind(label, MINED_TYPES.get(nerel_type, ""), morph) != "name":
            continue   # no Wikidata label and the mentions are common words ("Суда")
        if qid in taken or nerel_type not in MINED_TYPES or not label[:1].isupper():
            continue   # no label, or a lowercase one: a generic concept ("правительство"), not a name
        if lemmatize(label) in names:
            continue   # a label that names a curated entry ("Казахстан" on a party) is an annotation slip
        draft = Draft(type=MINED_TYPES[nerel_type], ru=label, qid=qid, sources=[f"NEREL ({stats.counts[qid]} links)"])
        if name_kind(label, draft.type, morph) == "short":
            draft.context_only.add(label)   # a common word as a name ("Альянс"): only next to a fuller one
        drafts.append(draft)
    return drafts


def _most_common_surface(stats: NerelStats, qid: str) -> str:
    """A label for an entity Wikidata gave NEREL no Russian label for: its most used mention."""
    surfaces = Counter()
    for (linked, _), texts in stats.surfaces.items():
        if linked == qid:
            surfaces.update(texts)
    return min(surfaces, key=lambda text: (-surfaces[text], text)) if surfaces else ""


def add_mined_names(drafts: list[Draft], stats: NerelStats, lemmatize, morph, refused: set[str] = frozenset()) -> None:
    """NEREL's linked mentions as further names of their entries; `refused` (lemma keys, the curated
    `not_names`) are descriptions or wrong links that must name nothing."""
    by_qid = {draft.qid: draft for draft in drafts if draft.qid}
    for key, qids in sorted(stats.qids_by_key.items()):
        qid, count = qids.most_common(1)[0]
        if qid not in by_qid or count < ALIAS_SHARE * sum(qids.values()) or key in refused:
            continue
        draft = by_qid[qid]
        surface = stats.surfaces[(qid, key)].most_common(1)[0][0]
        known = {lemmatize(name) for name in draft.firm_names() | draft.adjectives | draft.context_only}
        if key in known:
            continue
        kind = name_kind(surface, draft.type, morph)
        target = {"name": draft.aliases, "adjective": draft.adjectives, "short": draft.context_only}.get(kind)
        if target is not None:
            target.add(key if kind == "adjective" else surface)
            draft.mined += count


def name_kind(surface: str, entry_type: str, morph) -> str | None:
    """How a mined mention may name its entry: alone, as a state adjective, only in context, or not."""
    tokens = words(surface)
    if not tokens:
        return None
    parse = morph.parse(tokens[0])[0]
    if len(tokens) == 1 and entry_type == "Country" and "ADJF" in parse.tag:
        return "adjective"
    if not surface[:1].isupper():
        return None   # lowercase: a description ("министерство"), not a name
    if len(tokens) == 1 and not is_abbreviation(surface) and _common_word(parse, entry_type):
        return "short"
    return "name"


def _common_word(parse, entry_type: str) -> bool:
    """A dictionary noun or a bare first name: too ambiguous to link without a fuller name nearby."""
    if entry_type == "Person":
        return "Name" in parse.tag or "Patr" in parse.tag
    proper = {"Geox", "Name", "Surn", "Orgn", "Trad", "Abbr"}
    return parse.is_known and not proper & set(str(parse.tag).replace(" ", ",").split(","))


def draft_key(draft: Draft, lemmatize) -> str:
    return draft.qid or local_key(draft.type, lemmatize(draft.ru))


def finish(draft: Draft, lemmatize) -> GazetteerEntry:
    firm = {lemmatize(name) for name in draft.firm_names() | draft.adjectives}
    source = "; ".join(draft.sources + ([f"{draft.mined} name links mined from NEREL"] if draft.mined else []))
    if not draft.qid:
        source += "; no QID: not linked in NEREL"
    return GazetteerEntry(
        key=draft_key(draft, lemmatize), type=draft.type, ru=draft.ru,
        en=draft.en, qid=draft.qid, abbreviations=tuple(sorted(draft.abbreviations)),
        aliases=tuple(sorted(draft.aliases - {draft.ru, draft.en})),
        adjectives=tuple(sorted(draft.adjectives)), demonyms=tuple(sorted(draft.demonyms)),
        context_only=tuple(sorted(n for n in draft.context_only if lemmatize(n) not in firm)),
        metonyms=tuple(sorted(draft.metonyms)), source=source,
        members=tuple(Member(draft_key(member, lemmatize), since) for member, since in draft.members),
        members_source=draft.members_source,
        citizenship=draft_key(draft.citizenship, lemmatize) if draft.citizenship else None)


def build(nerel: Path, splits: list[str]) -> list[GazetteerEntry]:
    from natasha import MorphVocab

    lemmatize = lemmatizer("ru")
    stats = mine(list(read_links(nerel, splits)), lemmatize)
    curated = yaml.safe_load(CURATED_PATH.read_text(encoding="utf-8"))
    drafts = curated_drafts(curated)
    assign_qids(drafts, stats, lemmatize)
    morph = MorphVocab()
    drafts += nerel_only_drafts(stats, drafts, lemmatize, morph)
    add_mined_names(drafts, stats, lemmatize, morph, refused={lemmatize(name) for name in curated.get("not_names", ())})
    for draft in drafts:
        draft.sources = [s.replace("NEREL", f"NEREL {'+'.join(splits)}") for s in draft.sources]
    return sorted((finish(draft, lemmatize) for draft in drafts), key=lambda entry: entry.key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=NEREL_DEFAULT, help="NEREL v1.1 root (with train/, dev/)")
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--out", type=Path, default=GAZETTEER_PATH)
    args = parser.parse_args()
    entries = build(args.nerel, args.splits)
    lines = (json.dumps(entry_to_json(entry), ensure_ascii=False, sort_keys=True) for entry in entries)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries ({sum(1 for e in entries if e.qid)} with QIDs) → {args.out}")


if __name__ == "__main__":
    main()
