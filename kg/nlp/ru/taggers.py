"""natasha's three slovnet news models (morphology, syntax, NER), loaded once with one copy of
the vocabularies they share.

Each of the three packs ships the same 250,000-word vocabulary and the same shape vocabulary;
slovnet's `load` decodes every copy into its own list and dict (about 0.15 s of CPU each, in
every process). Here each pack is read as `slovnet.api.Morph/Syntax/NER.load` reads it, but a
vocabulary whose text was decoded before is reused; the taggers are natasha's own classes, so
their output is natasha's.
"""
from __future__ import annotations

from dataclasses import dataclass
from gzip import decompress

from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
from natasha.data import NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
from slovnet.api import API
from slovnet.const import REL, SHAPE, TAG, WORD
from slovnet.exec.encoders import SyntaxEncoder, TagEncoder
from slovnet.exec.infer import MorphInfer, NERInfer, SyntaxDecoder, SyntaxInfer, TagDecoder
from slovnet.exec.model import NER as NERModel
from slovnet.exec.model import Morph as MorphModel
from slovnet.exec.model import Syntax as SyntaxModel
from slovnet.exec.pack import Pack, vocab_name
from slovnet.vocab import Vocab

BATCH_SIZE = 8   # slovnet's default, which natasha keeps


@dataclass(frozen=True)
class _Kind:
    """How slovnet.api builds one kind of model from its pack."""
    path: str
    model: type
    encoder: type
    labels: str      # the vocabulary the decoder reads: tags or relations
    decoder: type
    infer: type
    tagger: type     # natasha's class around slovnet's


MORPH = _Kind(NEWS_MORPH, MorphModel, TagEncoder, TAG, TagDecoder, MorphInfer, NewsMorphTagger)
SYNTAX = _Kind(NEWS_SYNTAX, SyntaxModel, SyntaxEncoder, REL, SyntaxDecoder, SyntaxInfer, NewsSyntaxParser)
NER = _Kind(NEWS_NER, NERModel, TagEncoder, TAG, TagDecoder, NERInfer, NewsNERTagger)


class _Vocabularies:
    """Decoded vocabularies by their text: a pack whose vocabulary is a copy of one read before
    gets the same (never modified) `Vocab`."""

    def __init__(self):
        self._by_text: dict[bytes, Vocab] = {}

    def read(self, pack: Pack, name: str) -> Vocab:
        text = decompress(pack.read(vocab_name(name)))
        if text not in self._by_text:
            self._by_text[text] = Vocab(text.decode("utf8").splitlines())   # as slovnet's bytes_vocab
        return self._by_text[text]


def load_taggers(embedding) -> tuple[NewsMorphTagger, NewsSyntaxParser, NewsNERTagger]:
    """natasha's NewsMorphTagger, NewsSyntaxParser and NewsNERTagger over `embedding` (navec)."""
    vocabularies = _Vocabularies()
    return tuple(_load(kind, embedding, vocabularies) for kind in (MORPH, SYNTAX, NER))


def _load(kind: _Kind, embedding, vocabularies: _Vocabularies):
    with Pack(kind.path) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(kind.model)
        arrays = dict(pack.load_arrays(model.weights))
        encoder = kind.encoder(vocabularies.read(pack, WORD), vocabularies.read(pack, SHAPE), BATCH_SIZE)
        decoder = kind.decoder(vocabularies.read(pack, kind.labels))
    tagger = kind.tagger.__new__(kind.tagger)   # natasha's __init__ would load the pack again
    API.__init__(tagger, kind.infer(model.inject_arrays(arrays), encoder, decoder), BATCH_SIZE)
    return tagger.navec(embedding)
