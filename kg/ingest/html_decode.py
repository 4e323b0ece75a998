"""HTML bytes → text, honouring the charset the page declares.

The order is the one browsers use (WHATWG "encoding sniffing"): a byte order mark, then the
charset of the HTTP Content-Type header, then a <meta charset> or <meta http-equiv> in the page.
w3lib finds and normalizes those declarations. A page that declares nothing, or whose bytes do
not decode with what it declares, is decoded like any other file (`kg.ingest.decode`).
"""
from __future__ import annotations

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

from kg.ingest.decode import decode


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """The text of an HTML page; `content_type` is the HTTP header, if the page came over HTTP."""
    declared = _declared_encoding(data, content_type)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass   # a wrong declaration: fall back to reading the bytes themselves
    return decode(data)


def _declared_encoding(data: bytes, content_type: str | None) -> str | None:
    bom, _ = read_bom(data)
    if bom:   # codecs that read and drop the mark themselves
        return {"utf-8": "utf-8-sig"}.get(bom, bom.rsplit("-", 1)[0])
    declared = (http_content_type_encoding(content_type) if content_type else None) \
        or html_body_declared_encoding(data)
    if not declared:
        return None
    # WHATWG: a page cannot declare itself UTF-16 in ASCII markup; such a claim means UTF-8.
    return "utf-8" if declared.startswith("utf-16") else resolve_encoding(declared)
