"""The writer's line that closes a column (detik's opinion pieces): the body's last paragraph is the
writer's name glued by the scrape to the post after it, by a stop, a comma or nothing at all
(`Sugiat Santoso.Anggota DPR RI Fraksi Partai Gerindra.`, `M Afifuddin.Ketua KPU RI.`,
`A.M. HendropriyonoSekretaris Pengendalian …`). Nothing in such a line tells the tagger it holds a
name, so the name is missed or read as a place, and words of the post are read as a person
(`Indonesia Political Review` → `Political Review`). The line gives the writer and the role
together: the name is a person, the post's first item is the role, and no person stands inside it."""

from __future__ import annotations

import re

from warta.document import Article
from warta.document.model import Entity, Mention
from warta.entities.roles.words import MAX_ROLE_WORDS, is_rank, opens_role

_NAME_WORD = r"(?:[A-Z][a-z'’-]+|[A-Z]\.?)"
# titles before the name (`Dr.`), initials (`A.M.`), two to five name words, then the post: after a
# stop or a comma, or straight after the name's last word (`HendropriyonoSekretaris`)
_LINE = re.compile(
    r"(?P<titles>(?:(?:Dr|Prof|Ir|Drs|H|KH)\.? )*)"
    rf"(?P<alias>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}} atau )?"  # `Zieyad Alfeiyad Ahfi atau Ziyad Ahfi.`
    rf"(?P<name>(?:[A-Z]\.){{0,3}} ?{_NAME_WORD}(?: {_NAME_WORD}){{1,4}}?)"
    r"(?:\.|, ?|(?=[A-Z][a-z]))"
    r"(?P<post>[A-Z][^\n\"“”]{2,200}?)\.?[ \t]*$"
)
# the prefixes an Indonesian verb opens with (`mengambil`, `membaca`, `menyapa`, `berkata`, `ditulis`)
VERB_PREFIXES = ("meng", "mem", "men", "ber", "di")
_ITEM_END = re.compile(r",|\. |\s+yang\s")  # the post's first item: `Tenaga Ahli …, Mahasiswa S-3 …`
_MAX_LINE = 260


def _verbish(word: str) -> bool:
    """A lower-case word with a verb's prefix, unless it is a post's noun (`staf khusus menteri`,
    `mantan direktur`: nouns that open as `men-` and `di-` verbs do)."""
    return len(word) > 5 and word[:1].islower() and word.startswith(VERB_PREFIXES) and not opens_role(word)


def _post(text: str) -> str | None:
    """The post's first item, when it opens as a role does and the line reads as no clause
    (`Pemimpin Kerajaan Inggris, Ratu Camilla, menyapa warga …` is a sentence)."""
    if any(_verbish(w) for w in re.split(r"\s+yang\s", text)[0].split()):
        return None  # (a relative clause may follow the post: `… Yogyakarta yang tengah mengambil …`)
    cut = _ITEM_END.search(text)
    words = (text[: cut.start()] if cut else text).rstrip(" .").split()
    if not words or not opens_role(words[0]) or len(words) > MAX_ROLE_WORDS:
        return None
    return " ".join(words)


def writer_line(article: Article, entities: list[Entity]) -> list[Entity]:
    """Entities, with the writer of a column found and given the post the closing line names."""
    if len(article.paragraphs) < 2:  # a column's body comes before its writer's line
        return entities
    text = article.text
    last = article.paragraphs[-1]
    line = text[last.start : last.end]
    if "\n" in line.strip() or len(line) > _MAX_LINE:
        return entities
    m = _LINE.match(line.strip())
    role = _post(m.group("post")) if m else None
    if m is None or role is None or opens_role(m.group("name").split()[0]):
        return entities  # (`Pemimpin Kerajaan Inggris, Ratu …`: a post, not a name, opens the line)
    offset = last.start + len(line) - len(line.lstrip())
    start, end = offset + m.start("name"), offset + m.end("name")
    first = offset + m.start("alias") if m.group("alias") else start
    post_start = offset + m.start("post")
    name = m.group("name").strip()
    start += len(m.group("name")) - len(m.group("name").lstrip())
    kept = []
    writers = []
    for e in entities:
        if any(first <= x.start and x.end <= end for x in e.mentions) and (e.label == "PER" or e.canonical == name):
            writers.append(e)
        elif e.label == "PER" and all(x.start >= post_start and x.end <= last.end for x in e.mentions):
            continue  # `Indonesia Political Review` → `Political Review`: words of the post
        elif any(first <= x.start and x.end <= end for x in e.mentions):
            # `Bandung Mawardi.Pegiat …`: a word of the writer's name read as a place is the writer's
            e.mentions = [x for x in e.mentions if not (first <= x.start and x.end <= end)]
            if not e.mentions:
                continue
        kept.append(e)
    if not writers:
        writers = [Entity(canonical=name, label="PER", mentions=[Mention(start, end, text[start:end])])]
        kept += writers
    for writer in writers:  # the name, and the other it goes by (`… atau Ziyad Ahfi`)
        writer.label, writer.country = "PER", None
        if not writer.role or is_rank(writer.role):
            writer.role = role
    return kept
