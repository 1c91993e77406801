"""Statistical name tagger (PER / ORG / LOC) for Indonesian news, cased or lower-cased.

A linear-chain CRF (python-crfsuite) trained by ``scripts/train_ner.py`` on NERGrit, NERP and
IDNer (see that script); the model file ships in ``warta/entities/model/`` and is loaded once,
lazily, on first use. No network.

Public interface (relied on by entity resolution and quotes):

- :func:`tag_tokens` — BIO tags for one tokenised sentence.
- :func:`tag_article` — ``(start, end, label)`` character spans in the original text.
"""

from __future__ import annotations

import re
import struct
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.entities.features import MODEL_DIR, FeatureExtractor, default_extractor

if TYPE_CHECKING:
    from warta.document import Article

MODEL_PATH = MODEL_DIR / "ner.crfsuite"
LABELS = ("PER", "ORG", "LOC")

_FALLBACK_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")
_lock = threading.Lock()
_tagger = None  # pycrfsuite.Tagger, opened on first use
_model_bytes: bytes | None = None  # the model the tagger reads from memory


def _get_tagger():
    global _tagger, _model_bytes
    if _tagger is None:
        with _lock:
            if _tagger is None:
                import pycrfsuite

                t = pycrfsuite.Tagger()
                if MODEL_PATH.is_file():
                    # from bytes, not a path: the model may sit inside a zip; the buffer is kept alive
                    _model_bytes = MODEL_PATH.read_bytes()
                    t.open_inmemory(_model_bytes)
                    _tagger = t
                else:  # no model built yet: tag nothing rather than fail
                    _tagger = False
    return _tagger


def model_available() -> bool:
    return bool(_get_tagger())


def model_attributes(model: bytes) -> dict[str, bytes]:
    """The attributes (feature names) a CRFsuite model knows, each with its UTF-8 bytes, read from
    the model's attribute table (a CQDB: its backward array gives each record, ``id``, ``size``,
    then the name and a NUL) — what ``Tagger.info()`` lists, without its seconds-long text dump."""
    (off,) = struct.unpack_from("<I", model, 36)  # header: magic, size, type, version, 3 counts, 5 offsets
    chunk, _, _, _, count, back = struct.unpack_from("<4sIIIII", model, off)
    if chunk != b"CQDB":
        raise ValueError("not a CRFsuite model")
    out: dict[str, bytes] = {}
    for rec in struct.unpack_from(f"<{count}I", model, off + back):
        if rec:
            (size,) = struct.unpack_from("<I", model, off + rec + 4)
            name = model[off + rec + 8 : off + rec + 7 + size]
            out[name.decode("utf-8")] = name
    return out


@lru_cache(maxsize=1)
def _model_extractor() -> FeatureExtractor:
    """The shipped model's feature extractor, giving only the features the model knows."""
    if _get_tagger() and _model_bytes:
        return FeatureExtractor(default_extractor().lex, model_attributes(_model_bytes))
    return default_extractor()


def tag_tokens(words: list[str], extractor: FeatureExtractor | None = None) -> list[str]:
    """BIO tags (``B-PER``, ``I-ORG``, ``O`` …) for one sentence given as a list of words."""
    if not words:
        return []
    tagger = _get_tagger()
    if not tagger:
        return ["O"] * len(words)
    if extractor is not None:
        return _tag(tagger, extractor, words)
    # the shipped model's tags of a sentence met before (a headline again as the lead, a line
    # every article of an outlet ends with, a wire story run twice): the same words, the same tags
    key = tuple(words)
    tags = _seen.get(key)
    if tags is None:
        tags = tuple(_tag(tagger, _model_extractor(), words))
        if len(_seen) >= _SEEN_MAX:
            _seen.clear()
        _seen[key] = tags
    return list(tags)


_seen: dict[tuple[str, ...], tuple[str, ...]] = {}
_SEEN_MAX = 20_000


def _tag(tagger, fx: FeatureExtractor, words: list[str]) -> list[str]:
    """The model's tags of ``words`` with ``fx``'s features, repaired and joined."""
    return _join_persons(words, _title_word(words, _repair(tagger.tag(fx.sentence(words)))))


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """Tag several sentences (same as calling :func:`tag_tokens` on each)."""
    return [tag_tokens(s) for s in sentences]


def _repair(tags: list[str]) -> list[str]:
    """Make the BIO sequence well formed: an ``I-X`` that does not continue an ``X`` opens one."""
    prev = "O"
    out = list(tags)
    for i, t in enumerate(out):
        if t != "O" and t.startswith("I-") and prev[2:] != t[2:]:  # most tags are "O": no call
            out[i] = "B-" + t[2:]
        prev = out[i]
    return out


def _title_word(words: list[str], tags: list[str]) -> list[str]:
    """`Wali Kota Surabaya`: ``kota`` after ``wali`` is part of the title (mayor), not of the
    place name, even where a list knows `Kota Surabaya` as a place."""
    if "kota" not in " ".join(words).lower():  # one test for the sentence, not one per tag
        return tags
    for i in range(1, len(tags) - 1):
        opens_longer = tags[i].startswith("B-") and tags[i + 1] == "I-" + tags[i][2:]
        if opens_longer and words[i].lower() == "kota" and words[i - 1].lower() == "wali":
            tags[i + 1] = tags[i]
            tags[i] = "O"
    return tags


def _join_persons(words: list[str], tags: list[str]) -> list[str]:
    """`Aris Maulana | Akbar`: two person names never touch without a comma or a word between,
    so a person span that starts right where another ends continues it."""
    if "B-PER" not in tags:
        return tags
    for i in range(1, len(tags)):
        if tags[i] == "B-PER" and tags[i - 1] in ("B-PER", "I-PER"):
            joined = words[i][:1].isalpha() and words[i - 1][-1:].isalpha()  # not `Joko Widodo (Jokowi)`
            if joined:
                tags[i] = "I-PER"
    return tags


def spans_from_bio(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(first token, end token exclusive, label)`` for each entity in a BIO sequence."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start >= 0:
                spans.append((start, i, label))
                start, label = -1, ""
            if t != "O":
                start, label = i, t[2:]
    return spans


def tag_article(article: Article) -> list[tuple[int, int, str]]:
    """Names in ``article`` as ``(start, end, label)`` offsets into ``article.text``.

    Tags each sentence of ``article.sentences`` over ``article.tokens``; if the article has no
    sentences, falls back to a regex tokenisation of each paragraph (or of the whole text).
    """
    norm = article.norm
    out: list[tuple[int, int, str]] = []
    units: list[list[tuple[int, int]]] = []
    stem_end: dict[int, int] = {}  # token end → end of its stem when a clitic (-nya) is attached
    if article.sentences and article.tokens:
        toks = article.tokens
        for s in article.sentences:
            units.append([(t.start, t.end) for t in toks[s.token_start : s.token_end]])
        # a capitalised word's ending is its own, not a clitic (`Abdullah`, `Kenya`, `Sanya`): names
        # ending in -lah/-kah/-nya are far commoner than a name with a particle glued on
        stem_end = {
            t.end: t.clitic
            for t in toks
            if t.clitic and t.start < t.clitic < t.end and not norm[t.start : t.start + 1].isupper()
        }
    else:
        regions = [(p.start, p.end) for p in article.paragraphs] or [(0, len(norm))]
        for a, b in regions:
            units.append([(m.start() + a, m.end() + a) for m in _FALLBACK_TOKEN.finditer(norm[a:b])])
    cased = any(map(str.isupper, norm))
    stop = _opening_words()
    joiner = "\u2060" in norm  # most articles have no word joiner: no need to strip it per word
    for offs in units:
        if not offs:
            continue
        if joiner:
            words = [norm[a:b].replace("\u2060", "") or "_" for a, b in offs]
        else:
            words = [norm[a:b] or "_" for a, b in offs]
        if cased and _nameless(words, stop):
            continue
        for i, j, label in spans_from_bio(tag_tokens(words)):
            end = offs[j - 1][1]
            out.append((offs[i][0], stem_end.get(end, end), label))
    return out


def _opening_words() -> tuple[frozenset[str], frozenset[str]]:
    """Function words that open a sentence with a capital (`Namun`, `Saat`), and capitalised
    words that are never names (`Selasa`, `Oktober`)."""
    from warta.entities.patterns import lexicon

    lex = lexicon()
    return lex.stopwords, lex.nonentities


def _nameless(words: list[str], stop: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A sentence of a normally cased article whose only capitals are an opening function word
    and words that are never names (`Namun, harga beras naik pada Selasa.`): no name to find, so
    the tagger is not asked (it is most of the layer's time)."""
    opening, never = stop
    for k, w in enumerate(words):
        if any(map(str.isupper, w)):  # per character, as a C loop
            low = w.lower()
            if not (k == 0 and low in opening) and low not in never:
                return False
    return True
