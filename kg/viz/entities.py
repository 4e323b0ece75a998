"""Which spans of an article became which entities: a displaCy 'ent' page, one section per article."""
from __future__ import annotations

import html
from pathlib import Path

from spacy import displacy

from kg.types import ArticleFacts
from kg.viz.style import style_for

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{title}</title></head>
<body style="font-family: 'DejaVu Sans', system-ui, sans-serif; margin: 2rem auto; max-width: 60rem">
{sections}
</body></html>
"""
TINT = 0.55   # mix the type colour with white so black text stays readable on every background


def entities_html(results: list[ArticleFacts], path: str | Path) -> Path:
    """Write a page showing, for each article, every linked mention with its type and entity."""
    path = Path(path)
    sections = [_section(result) for result in results]
    lang = results[0].article.lang if results else "ru"
    path.write_text(PAGE.format(lang=lang, title="kg: entities", sections="\n".join(sections)), encoding="utf-8")
    return path


def _section(result: ArticleFacts) -> str:
    article = result.article
    entities = {entity.key: entity for entity in result.entities}
    spans = sorted(((mention.start, mention.end, entities[key]) for mention, key in result.mentions
                    if key in entities), key=lambda span: (span[0], -span[1]))
    ents, last_end = [], -1
    for start, end, entity in spans:
        if start >= last_end:   # displaCy cannot draw nested spans: keep the outermost
            ents.append({"start": start, "end": end, "label": entity.type, "kb_id": entity.label,
                         "kb_url": "#" + entity.key})
            last_end = end
    colors = {entity.type: _tint(style_for(entity.type).color) for entity in entities.values()}
    # jupyter=False: inside a notebook displaCy would otherwise display the markup and return None
    body = displacy.render({"text": article.text, "ents": ents}, style="ent", manual=True, jupyter=False,
                           options={"colors": colors})
    heading = html.escape(article.title or article.source or article.id)
    return f"<section><h2>{heading}</h2>\n{body}</section>"


def _tint(color: str) -> str:
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    mixed = (round(channel + (255 - channel) * TINT) for channel in (red, green, blue))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)
