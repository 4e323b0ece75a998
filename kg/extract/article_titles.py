"""A bare title completed by the same title the article gives in full.

«Новым государственным секретарем Союзного государства станет Сергей Глазьев … Предыдущим
государственным секретарем был Дмитрий Мезенцев»: the bare «государственный секретарь» is the Union
State's, as the article said. Only an organization's post is completed so (a bare «президент» in an
article naming «президент России» may be any state's president), and only when the article gives that
title in full for exactly one organization.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.context import ExtractContext
from kg.extract.post_context import is_igo, post_aliases, synonymous
from kg.extract.post_labels import compose
from kg.extract.titles import Title

ORGANIZATION = "Organization"


def completed_in_article(titles: list[Title], ctx: ExtractContext) -> list[Title]:
    full: dict[frozenset[str], dict[str, Title]] = {}
    for title in titles:
        prefix = _prefix(title, ctx)
        if prefix is not None:
            owner = ctx.language.lemmatize(title.organization.mention.normal)
            full.setdefault(_key(prefix, ctx), {}).setdefault(owner, title)
    return [_completed(title, full, ctx) for title in titles]


def _prefix(title: Title, ctx: ExtractContext) -> str | None:
    """The title words of a post that names an organization of its own after them ("госсекретарь" of
    "госсекретарь Союзного государства"); None for any other post."""
    organization = title.organization
    if (organization is None or title.owner is not None or title.compound or title.plural
            or not title.label.endswith(organization.span.text)):
        return None
    if organization.mention.label != ORGANIZATION and not is_igo(organization, ctx):
        return None         # the NER may take «Союзного государства» for a place; the gazetteer knows
    return title.label[:-len(organization.span.text)].strip() or None


def _key(prefix: str, ctx: ExtractContext) -> frozenset[str]:
    """A title and its synonyms ("госсекретарь" = "государственный секретарь"), lowercased."""
    return frozenset(name.lower() for name in synonymous(prefix, ctx.lang))


def _completed(title: Title, full: dict[frozenset[str], dict[str, Title]], ctx: ExtractContext) -> Title:
    if title.organization is not None or title.vague or title.plural or title.compound:
        return title
    named = full.get(_key(title.label, ctx), {})
    if len(named) != 1:
        return title
    model = next(iter(named.values()))
    organization = model.organization
    label = compose(title.label, organization.span.text)
    return replace(title, label=label, organization=organization,
                   aliases=(label, title.label, *post_aliases(title.label, organization, ctx)))
