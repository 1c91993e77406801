"""Cited media whose names are also common words (`Antara`): an organisation after a word of
citing or as a credit in brackets."""

from __future__ import annotations

import re

from warta.cleaning.dateline import outlet_names
from warta.document import Article
from warta.entities.spans import CONTEXT, Cand, Cluster
from warta.entities.words import MEDIA_PREFIXES

# (`Dikutip detikNews dari Antara`: the citing outlet's own channel may stand before `dari`;
# `keterangan tertulis yang diterima Antara`: the medium a statement was sent to)
_CITING = (
    r"(?i:dilansir|melansir|dikutip|mengutip|diberitakan|memberitakan|pantauan|dilaporkan|melaporkan|laporan|kepada"
)
_VIA = _CITING + r"|diterima)\s+(?:(?i:dari\s*)|[a-z]\w+\s+(?i:dari)\s+)?"
# the lookahead on the first letter lets the engine skip most positions at once (same matches)
_CITED = re.compile(rf"(?=[dmplkDMPLK(])(?:{_VIA}(?P<name>[A-Z][\w.]*(?: [A-Z][\w.]*)?)|\((?P<credit>[A-Z][\w.]*)\))")

# an outlet's channel written in lower case after a word of citing (`dilansir detiksport`,
# `dikutip dari detikjatim`): the brand names the outlet, the glued word its channel
# (the word of citing may be glued to it in scraped text: `Dilansirdetiksport`)
_VIA_GLUED = (_CITING + r")\s+(?i:dari\s*)?").replace(r"\s+", r"\s*")
_CITED_CHANNEL = re.compile(rf"(?=[dmplkDMPLK]){_VIA_GLUED}(?P<channel>(?:{'|'.join(MEDIA_PREFIXES)})[a-z]{{2,}}\b)")


def cited_media(article: Article, clusters: list[Cluster]) -> list[Cluster]:
    """A cited outlet whose name is also a common word (`Antara`) is an organisation when it
    follows a word of citing or stands as a credit in brackets."""
    norm = article.norm
    taken = {(m.start, m.end) for cl in clusters for m in cl.mentions}
    by_name = {m.text.casefold(): cl for cl in clusters if cl.label == "ORG" for m in cl.mentions}
    media = outlet_names()
    # a channel opens with an outlet's brand: without one in the text that scan finds nothing
    branded = any(prefix in norm for prefix in MEDIA_PREFIXES)
    for p in article.paragraphs:
        for m in _CITED.finditer(norm, p.start, p.end):
            key = "name" if m.group("name") else "credit"
            name = m.group(key).rstrip(".")
            if name not in media:
                name = name.split()[0].rstrip(".")  # `Antara. Sejumlah`: the sentence ends
                if name not in media:
                    continue
            s = m.start(key)
            e = s + len(name)
            if any(a < e and s < b for a, b in taken):
                continue
            cand = Cand(s, e, "ORG", CONTEXT, name)
            home = by_name.get(name.casefold())
            if home is None:
                home = Cluster("ORG", "O:" + name.casefold(), [])
                by_name[name.casefold()] = home
                clusters = [*clusters, home]
            home.mentions.append(cand)
            home.mentions.sort(key=lambda x: x.start)
            taken.add((s, e))
        for m in _CITED_CHANNEL.finditer(norm, p.start, p.end) if branded else ():
            s, e = m.span("channel")
            name = m.group("channel")
            if any(a < e and s < b for a, b in taken):
                continue
            home = by_name.get(name.casefold())
            if home is None:
                home = Cluster("ORG", "O:" + name.casefold(), [])
                by_name[name.casefold()] = home
                clusters = [*clusters, home]
            home.mentions.append(Cand(s, e, "ORG", CONTEXT, name))
            home.mentions.sort(key=lambda x: x.start)
            taken.add((s, e))
    return clusters
