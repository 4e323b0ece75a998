"""`kg parse`: show what the NLP layer sees in each article."""
from __future__ import annotations

import json
import sys

import click

from kg import ingest, nlp
from kg.cli.common import max_article_chars_option, report_skipped, user_errors
from kg.types import Article, Skipped


@click.command("parse")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str, readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Human-readable listing or JSON (one object per article, in a list).")
@max_article_chars_option
def parse_command(inputs: tuple[str, ...], fmt: str, max_article_chars: int) -> None:
    """Print each article's metadata, sentences and named entities with normal forms.

    INPUTS are .txt, .html or .jsonl files, or directories of them. Unreadable inputs are
    reported on stderr and skipped; the exit status is 1 if any was skipped.
    """
    parsed, skipped = [], False
    with user_errors():
        for item in ingest.read(inputs, max_article_chars=max_article_chars):
            if isinstance(item, Skipped):
                report_skipped(item)
                skipped = True
                continue
            record = describe(item)
            if fmt == "json":
                parsed.append(record)
            else:
                click.echo(as_text(record))
    if fmt == "json":
        json.dump(parsed, sys.stdout, ensure_ascii=False, indent=2)
        click.echo()
    if skipped:
        sys.exit(1)


def describe(article: Article) -> dict:
    """The article as plain data: metadata, sentences, entities."""
    language = nlp.load(article.lang)
    doc = language.parse(article)
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "publisher": article.publisher,
        "url": article.url,
        "lang": article.lang,
        "sentences": [sent.text.strip() for sent in doc.sents if sent.text.strip()],
        "entities": [
            {"text": ent.text, "label": ent.label_, "normal": language.normalize(ent),
             "start": ent.start_char, "end": ent.end_char}
            for ent in doc.ents
        ],
    }


def as_text(record: dict) -> str:
    lines = [f"# {record['source'] or record['id']}"]
    for key in ("id", "title", "published", "publisher", "url", "lang"):
        if record[key]:
            lines.append(f"{key}: {record[key]}")
    lines.append(f"\nsentences ({len(record['sentences'])}):")
    lines += [f"  {number:>3}. {text}" for number, text in enumerate(record["sentences"], 1)]
    lines.append(f"\nentities ({len(record['entities'])}):")
    lines += [f"  {e['start']:>6}-{e['end']:<6} {e['label']:<12} {e['text']}  →  {e['normal']}"
              for e in record["entities"]]
    return "\n".join(lines) + "\n"
