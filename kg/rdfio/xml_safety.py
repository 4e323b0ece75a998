"""RDF/XML files are checked for entity declarations before any parser expands them.

A few hundred bytes of nested `<!ENTITY>` declarations expand to gigabytes ("billion laughs"):
Oxigraph's RDF/XML parser expands them (a 756-byte file took 22 GB). defusedxml reads the
prolog, where declarations must be, and refuses any entity declaration or external reference;
the file itself is then parsed by the usual reader. Files with a DOCTYPE that declares no
entities pass.
"""
from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from kg.errors import InputError


def refuse_entity_declarations(path: Path) -> None:
    """Raise InputError if the XML file at `path` declares entities or references external ones."""
    try:
        for _ in iterparse(str(path), events=("start",), forbid_dtd=False, forbid_entities=True,
                           forbid_external=True):
            break   # declarations come before the root element: the prolog is all that is read
    except DefusedXmlException:
        raise InputError(f"{path}: XML entity declarations are refused (they can expand without "
                         "bound); convert the file to Turtle or remove the DOCTYPE") from None
    except (ParseError, UnicodeError):
        pass   # not well-formed: the RDF/XML parser reports where
