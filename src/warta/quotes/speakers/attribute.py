"""Where each quote is attributed: :func:`resolve` gives every candidate its speaker, in text order (a named
phrase, a pronoun or description pointing back, a continuation of the last quote, or nobody)."""

from __future__ import annotations

from warta.document import Article, Speaker
from warta.entities import gazetteer
from warta.quotes.anaphora import anaphoric, institution_anaphor, matter, related, relative_of_named
from warta.quotes.attribution import DAY_OR_MONTH
from warta.quotes.lexicon import lexicon
from warta.quotes.names import skip_lead
from warta.quotes.speakers.groups import _plural_group, _plural_phrase
from warta.quotes.speakers.no_source import _nobody, _work_tells
from warta.quotes.speakers.resolver import Resolver
from warta.quotes.speakers.sources import _source_phrase
from warta.quotes.speakers.words import _NEXT_NAME_WORD, _SHARE, ADDING_CUES, FIRST_PERSON, TELLING_CUES
from warta.quotes.text import Candidate, Layout


def resolve(article: Article, cands: list[Candidate], layout: Layout, trace: list | None = None) -> None:
    """Fill ``Candidate.resolved`` for every candidate, in text order. ``trace`` (training only)
    receives, for each quote whose speaker the ranker chose, its index and candidates."""
    quoted = [p for c in cands if c.kind == "direct" for p in c.pieces]
    reported = [p for c in cands if c.kind == "indirect" for p in c.pieces]
    r = Resolver(article, layout, quoted, reported)
    r.joint_speakers = True
    r.role_holders = True
    described = _mark_descriptions(r, cands)
    prev: Candidate | None = None
    last_direct: Candidate | None = None
    for k, c in enumerate(cands):
        sp: Speaker | None = None
        if _writer_speaks(r, c):
            c.extra["nobody"] = True
        elif c.inherit and prev is not None:
            sp = _inherited(c, prev)
        elif c.continuation:
            sp = _continued(r, cands, k, prev, trace)
        elif c.speaker_span is not None and not c.pronoun:
            sp = _named(r, c)
        elif c.pronoun:
            sp = _pointed_back(r, cands, k, described, _latest_named(prev, last_direct), trace)
        if sp is not None:
            _give(r, c, sp)
        if c.via is not None:
            c.via = c.via[skip_lead(c.via, 0, len(c.via)) :]  # `dilaporkan oleh TechCrunch`
            j = r._entity_named(c.via)
            if j is not None:
                c.via = article.entities[j].canonical
        if not c.extra.get("embedded"):
            prev = c  # (a source named in a relative clause is not the one the story follows)
        if c.kind == "direct":
            last_direct = c


def _mark_descriptions(r: Resolver, cands: list[Candidate]) -> set[int]:
    """Before any speaker is chosen: each speaker phrase run on over the description after it,
    `mereka` with a word around it read as the pronoun, and a description pointing back
    (`wanita itu`, `lembaga tersebut`) marked as a pronoun of a person or a body; the indices of
    the candidates whose speaker is such a description, not a pronoun."""
    norm = r.a.norm
    described: set[int] = set()
    for k, c in enumerate(cands):
        # (a description runs on after the speaker only where the verb of saying comes first:
        # `X, mengatakan … pekan ini.` is the statement, not a clause describing X)
        before_cue = c.cue_span is not None and c.speaker_span is not None and c.cue_span[0] >= c.speaker_span[1]
        # (nor where the statement follows the speaker: `Menurut pakar, nyamuk … krisis iklim yang
        # menghangatkan negara tersebut.` is the statement after the source, not its description)
        before_text = c.speaker_span is not None and bool(c.pieces) and c.pieces[0][0] >= c.speaker_span[1]
        described_end = (
            r.described_by_clause(c.speaker_span)
            if c.speaker_span and not c.pronoun and not before_cue and not before_text
            else None
        )
        if described_end is not None:
            c.speaker_span = (c.speaker_span[0], described_end)  # type: ignore[index]
        if c.speaker_span is not None and c.pronoun is None:
            _plural_phrase(norm, c)
        if c.speaker_span is not None and not c.pronoun:
            if institution_anaphor(norm, c.speaker_span):
                c.pronoun = "org"
                described.add(k)
            elif (anaphoric(norm, c.speaker_span) and not r.names_before_relative(c.speaker_span)) or relative_of_named(
                norm, c.speaker_span
            ):
                c.pronoun = "person"
                described.add(k)
    return described


def _writer_speaks(r: Resolver, c: Candidate) -> bool:
    """An indirect statement that is the writer's, no source's: with no medium, a first-person
    subject (`kami menyampaikan …`, `menurut saya …`: the writer, or words nested in a quote) or
    a matter (`kasus ini mengingatkan kita bahwa …`: a finding, as the writer's); a work telling
    its plot (`Film ini mengisahkan …`)."""
    if c.kind == "indirect" and c.via is None and _first_person(r.a.norm, c.speaker_span):
        return True
    if c.kind == "indirect" and c.via is None and c.speaker_span and matter(r.a.norm, c.speaker_span):
        return True
    return bool(c.kind == "indirect" and c.cue_lemma in TELLING_CUES and c.cue_span and _work_tells(r, c.cue_span[0]))


def _inherited(c: Candidate, prev: Candidate) -> Speaker | None:
    """A quote that inherits its attribution (the second part of a split quotation): the last
    quote's speaker, cue and medium."""
    if c.cue is None:
        c.cue, c.cue_lemma = prev.cue, prev.cue_lemma
    if c.via is None:
        c.via = prev.via
    return prev.resolved  # type: ignore[return-value]


def _continued(
    r: Resolver, cands: list[Candidate], k: int, prev: Candidate | None, trace: list | None
) -> Speaker | None:
    """A quotation going on with no verb of saying: the person introduced just before it, else the
    last quote's speaker within a paragraph (with its medium: `"…," kata Khan, dilansir Reuters.` ¶
    `"…"`, the same interview), else the speaker of the next direct quote, else the ranker's."""
    c = cands[k]
    intro = r.introduced(c.start, c.para) if c.kind == "direct" else None
    if intro is not None:
        return intro
    if prev is not None and prev.resolved is not None and c.para - _last_para(prev) <= 1:
        if c.via is None:
            c.via = prev.via
        return prev.resolved  # type: ignore[return-value]
    sp = None
    nxt = next((d for d in cands[k + 1 :] if d.kind == "direct"), None)
    if nxt is not None and nxt.speaker_span and nxt.para - c.para <= 1 and not nxt.continuation:
        sp = r.from_span(*nxt.speaker_span, said=True)
    if sp is None:
        sp = _ranked(r, k, trace, c.start, "person")
    return sp


def _named(r: Resolver, c: Candidate) -> Speaker | None:
    """A speaker phrase that names its speaker: the speaker it names (a fragment of a title given
    the person in its clause or the statement as written); no one where the subject names no
    source (`Lebih jauh, … menjelaskan`) or is a survey's share (`18,1% mengaku …`)."""
    norm = r.a.norm
    sp = r.from_span(*c.speaker_span, said=True)  # type: ignore[misc]
    if sp is not None and sp.entity is None and _fragment(sp.name):
        sp = r.person_in_clause(c) or _source_phrase(norm, c.speaker_span) or sp  # type: ignore[arg-type]
    if (
        c.kind == "indirect"
        and c.via is None
        and sp is not None
        and sp.entity is None
        and _nobody(sp.name, r, c.speaker_span)
    ):  # type: ignore[arg-type]
        c.extra["nobody"] = True  # `Lebih jauh, … menjelaskan`, `Gambaran ini menegaskan`: no source
        return None
    if c.kind == "indirect" and _SHARE.match(norm, c.speaker_span[0]):  # type: ignore[index]
        c.extra["nobody"] = True  # `18,1% mengaku tidak puas`: a survey's figure, not a source
        return None
    return sp


def _pointed_back(
    r: Resolver,
    cands: list[Candidate],
    k: int,
    described: set[int],
    adds_to: Candidate | None,
    trace: list | None,
) -> Speaker | None:
    """A pronoun, a ``-nya`` or a description pointing back: whom it means, in the order the rules
    trust (a description's own referent, a group for `mereka`, the one just named, a counsel's
    client, the speaker a `tambahnya` adds to, the ranker's choice, the description itself, the
    headline's speaker). ``adds_to`` is the quote a `"…," tambahnya` would go on with."""
    c = cands[k]
    norm = r.a.norm
    kind = c.pronoun if c.pronoun in ("person", "org") else "any"
    ref = c.speaker_span[0] if c.speaker_span else (c.start if c.kind == "direct" else (c.cue_span or (c.start,))[0])
    # who is named inside the quote, or as the possessor in `Anak Ridwan Kamil itu`, is not its speaker
    by_relation = c.speaker_span is not None and related(norm, c.speaker_span)
    exclude = r.named_in(c.pieces + ([c.speaker_span] if by_relation else []))  # type: ignore[list-item]
    bound = r.bound_in(c)  # `Ia mengaku … dari Ferry`: not Ferry, whoever else
    if c.kind == "direct":
        bound |= r.spoken_of(c.pieces)  # `"Saksi sempat melarang …," paparnya`: not the witness
    sp = None
    if k in described and kind == "person" and c.speaker_span is not None:
        sp = _described_person(r, c, bound)
    plural = c.speaker_span is not None and r.a.norm_text(*c.speaker_span).lower() == "mereka"
    if plural:
        sp = r.plural_subject(c.speaker_span[0])  # type: ignore[index]  # `Para pakar PBB … Mereka mengatakan`
        if sp is None and c.extra.get("quantified"):
            sp = r.group_before(ref)  # `Kebanyakan mereka`: people counted, so a group of people
    if sp is None and c.kind == "indirect" and k not in described and kind != "org":
        sp = r.sole_before(ref, exclude)  # `…, Ary Santoso. Menurutnya, …`: the one just named
    if sp is None and bound and kind != "org":
        sp = r.counsel_of(bound, ref)  # `kuasa hukum Axel … dia meminta … membebaskan Axel`
    if sp is None and _adds_to(c, adds_to):
        sp = adds_to.resolved  # type: ignore[union-attr]  # `"…," tambahnya`: the last one quoted goes on
    if sp is None:
        sp = _ranked(r, k, trace, min(ref, c.start), kind, exclude, spoken=c.kind == "direct", bound=bound)
    if sp is None and k in described and c.speaker_span is not None:
        sp = r.from_span(*c.speaker_span, said=True)  # nobody to point back to: the description itself
    if sp is None and kind in ("person", "any"):
        sp = r.title_speaker()  # `Ia mengaku …` opening a story headlined `…, Venna: Syok …`
    if plural and sp is not None and sp.entity is not None:
        sp = _plural_group(r, sp, ref) or sp
    return sp


def _described_person(r: Resolver, c: Candidate, bound: frozenset[int]) -> Speaker | None:
    """A description of a person pointing back: the unnamed source it repeats (`kata seorang
    sumber` … `lanjut sumber tersebut`), the person its head word was given (`pelatih asal China
    ini`), the person introduced before a quotation; never one bound in its own clause (`pria itu
    mengatakan Budi …`: not Budi)."""
    sp = r.unnamed_before(c.speaker_span)  # type: ignore[arg-type]
    sp = sp or r.by_head(c.speaker_span)  # type: ignore[arg-type]
    if sp is None and c.kind == "direct":
        sp = r.introduced(c.start, c.para)  # `Kapten tim, Rizky, juga … "…," kata pemain itu`
    if sp is not None and sp.entity in bound:
        sp = None
    return sp


def _give(r: Resolver, c: Candidate, sp: Speaker) -> None:
    """``sp`` becomes the speaker of ``c`` (a one-word place read as the person whose name it
    clips), kept as a referent for the pronouns after it unless it speaks in a relative clause;
    a foreign medium speaking is also the medium (`The Sun melaporkan …`, `…, lapor Reuters.`)."""
    sp = _person_named_as_place(r.a, sp) or sp
    c.resolved = Speaker(sp.name, sp.entity, *(c.speaker_span or (None, None)))
    if not c.extra.get("embedded"):
        r.add(c.speaker_span[0] if c.speaker_span else c.start, sp, direct=c.kind == "direct")
    if c.via is None and sp.name in lexicon().foreign_media:
        c.via = sp.name  # a medium's words, taken from it


def _fragment(name: str) -> bool:
    """One word that names nobody by itself: a title without its holder (`Menteri`), a degree
    letter (`B` of `Sp. B`), a noun of an adjunct (`usai acara`); not a speaker noun (`warga`)."""
    ws = name.split()
    if len(ws) != 1:
        return False
    low = ws[0].lower()
    lex = lexicon()
    if low in lex.speaker_nouns or low in lex.role_words:
        return False
    return len(low) == 1 or low in lex.titles or ws[0].islower()


def _first_person(norm: str, span: tuple[int, int] | None) -> bool:
    """Whether a speaker phrase opens with a first-person pronoun (`kami`, `Saya`): reported speech
    of the writer's own narrative, or words nested in someone's quotation, not a source's."""
    ws = norm[span[0] : span[1]].split(maxsplit=1) if span is not None else []
    return bool(ws) and ws[0].lower().strip(",.") in FIRST_PERSON


def _person_named_as_place(article: Article, sp: Speaker) -> Speaker | None:
    """`Bima` of `Bimastyaji Surya Ramadan`, `Victoria` of `Victoria Beckham`, `Bima` of `Bima
    Laga`: a one-word place that speaks is a person whose name opens with its word, read as a
    town by the entities layer. The person of the article whose first name it clips (four letters
    or more), else the place's word written somewhere right before a capitalised word that is no
    place, body, day or month (the person as written there)."""
    if sp.entity is None:
        return None
    ent = article.entities[sp.entity]
    name = ent.canonical
    if ent.label != "LOC" or " " in name or len(name) < 4 or sp.name != name:
        return None
    for j, other in enumerate(article.entities):
        first = other.canonical.split()[0]
        if other.label == "PER" and len(first) > len(name) and first.startswith(name):
            return Speaker(other.canonical, j, sp.start, sp.end)
    for m in ent.mentions:
        nxt = _NEXT_NAME_WORD.match(article.norm[m.end : m.end + 40])
        if nxt is not None and not _place_word(nxt.group(1)):
            return Speaker(f"{name} {nxt.group(1)}", None, sp.start, sp.end)
    return None


def _place_word(word: str) -> bool:
    """A word that goes on a place's or body's name (`Selatan`, `Raya`), a known place, a day or
    a month, rather than a person's family name."""
    low = word.lower()
    lex = lexicon()
    return low in lex.org_words or low in DAY_OR_MONTH or gazetteer.place(word) is not None


def _ranked(
    r: Resolver, k: int, trace: list | None, pos: int, kind: str, exclude=frozenset(), spoken=False, bound=frozenset()
):
    """The ranker's choice for candidate ``k``; its candidates go to ``trace`` with ``k``."""
    if trace is None:
        return r.rank(pos, kind, exclude, spoken, bound=bound)
    got: list = []
    sp = r.rank(pos, kind, exclude, spoken, got, bound)
    trace.extend(dict(t, quote=k) for t in got)
    return sp


def _adds_to(c: Candidate, last: Candidate | None) -> bool:
    """`"…," jelasnya. … "…," tambahnya.`: a direct quote whose verb says the speaker adds to
    what was said (`tambahnya`, `imbuhnya`, `lanjutnya`) with only a -nya for a speaker goes on
    with the last person quoted, within the next paragraphs."""
    if c.kind != "direct" or c.speaker_span is not None or c.cue_lemma not in ADDING_CUES:
        return False
    return not (last is None or last.resolved is None or last.resolved.entity is None or c.para - _last_para(last) > 2)


def _latest_named(prev: Candidate | None, last_direct: Candidate | None) -> Candidate | None:
    """Whom `"…," tambahnya` adds to: the last direct quote's speaker, or a person named as the
    source of an indirect statement after it (`Sementara itu, Dirjen Pajak Bimo menjelaskan …`
    then `"…," imbuhnya`: Bimo goes on, not the one quoted before him)."""
    if (
        prev is not None
        and prev.kind == "indirect"
        and prev.speaker_span is not None
        and not prev.pronoun
        and prev.resolved is not None
        and prev.resolved.entity is not None
    ):
        return prev
    return last_direct


def _last_para(c: Candidate) -> int:
    return c.extra.get("last_para", c.para)
