"""Layer 'entities': people, organisations and places, one canonical entity each.

Spans come from rules over the body (titles, heads, gazetteers, acronym definitions, verbs of
saying) and from the statistical tagger (``warta.entities.tagger.tag_article``, optional).
The steps, one module each: ``candidates`` (and ``role_runs``) find typed spans, ``name_fronts``
gives a person the tagger cut back its first name (`Danang | Agus Yuniarto`), ``acronyms``
joins acronyms to their names, ``clusters`` picks among overlaps and groups mentions into
entities, then ``aliases``, ``boundaries``, ``media``, ``sites`` and ``roles`` fix what only the
whole article shows (nicknames, names run together, cited media, places, roles); last, on the
finished entities, ``name_degrees`` (a name between honorifics and degrees, `Prof. Dr. Muhammad Nur DEA`: the
degrees are no name), ``hospitals`` (a hospital named after a doctor, `RSUD dr Slamet`), ``pairs`` (names a
hyphen joins), ``governments``, ``products``, ``prefixes``, ``nicknames`` and ``fragments``
fix shapes of whole names (a regional government, a brand's model, a body's opening or board
words, a called nickname, a piece of a longer name or a unit inside a post), ``field_lists``
extends a body over its own comma-listed fields ``clubs`` reads a side of a match as a club and ``numbered``
keeps a body's numeral (`Wilayah IV`, `Inhutani V`); ``common_acronyms`` drops
the short form of lower-case words (`alat pelindung diri (APD)`); ``labels`` reads a lone word listed
among bodies as a body (`BP, Shellex, dan VIVO`), ``short_bodies`` and ``initials`` join a body's
lone first or last word (`Detroit Pistons … Pistons`) and a name's bare initials (`Bank Indonesia …
BI`) to it, and ``concepts`` drops a "person" named with an abstract noun (`Risk Assessment`) or
written in lower case elsewhere (`diabetes melitus`); ``name_prefixes`` gives a name back its
noble or customary prefix (`Anak Agung`, `Teuku`, `Ratu` after an office); ``class_nouns`` reads a
name after a class noun of bodies as the body (`klub Napoli`, `perusahaan otobus Harapan Jaya`), and
``surnamed`` a guessed body the article calls by a person's word as that person (`Simona Halep (Rumania)`
… `Halep`); ``spellings`` joins one person written two ways (`Antonio Guterres` … `Gutteres`,
`Mochammad`/`Muhammad Afifuddin`). A learned
filter (``filter``) may then keep, drop or relabel each entity, when a model ships.
"""

from __future__ import annotations

import bisect
import functools
import re

from warta.document import PAD, Article
from warta.document.model import Entity, Mention
from warta.entities import (
    acronyms,
    aliases,
    boundaries,
    bracketed_bodies,
    campuses,
    class_nouns,
    clubs,
    common_acronyms,
    concepts,
    field_lists,
    fragments,
    glued,
    governments,
    handles,
    hospitals,
    hyphened,
    initials,
    labels,
    languages,
    line_ups,
    media,
    name_degrees,
    name_fronts,
    name_prefixes,
    name_tails,
    named_after,
    nested,
    nicknames,
    numbered,
    openers,
    overlaps,
    pairs,
    person_acronyms,
    placed_people,
    posted_bodies,
    prefixes,
    products,
    regional_bodies,
    roles,
    shapes,
    short_bodies,
    sites,
    slogans,
    spellings,
    squads,
    surnamed,
    tickets,
    tiered,
    titles,
    touching,
    units,
)
from warta.entities import clusters as cs
from warta.entities import filter as learned
from warta.entities.candidates import Extractor
from warta.entities.gazetteer import country_of
from warta.entities.patterns import from_tokens, lexicon, tokenize
from warta.entities.ranks import without_rank
from warta.entities.roles import signatures
from warta.entities.spans import WEAK, Cand, Region
from warta.entities.words import balinese_words
from warta.resources import word_set

__all__ = ["annotate", "country_of", "extract"]


# Build the rules' tokens from ``article.tokens`` (segmentation layer) when it has them; the
# layer's own tokenizer stays the fallback for articles without tokens.
USE_SEGMENT_TOKENS = True


# Page furniture, used only when the cleaning layer has not marked the lines itself.
_FURNITURE = re.compile(
    r"^\s*(baca juga|advertisement|scroll to continue|simak video|lihat juga|lihat video|saksikan|"
    r"\(foto:|foto:|video:|detik pagi|follow|ikuti)",
    re.I,
)


_WORD = re.compile(r"[^\W\d_][\w'-]*")


# a heading is short: a longer capitalised line is a list run together (`1. SMAN 10 Fajar Harapan,
# Banda Aceh2. SMAS Unggul Del, Toba, …`), whose names the tagger may read as in any sentence
_HEADING_WORDS = 20


def _is_titlecase(line: str) -> bool:
    """A line written as a heading (most words capitalised, no closing stop, short)."""
    if line.rstrip().endswith((".", '"', ",")):
        return False
    words = _WORD.findall(line)
    if not 3 <= len(words) <= _HEADING_WORDS:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def regions_of(article: Article) -> list[Region]:
    """Body paragraphs and headings (from the cleaning layer when present, else raw lines)."""
    norm = article.norm
    spans: list[tuple[int, int, bool]] = []
    if article.paragraphs or article.headings:
        for p in article.paragraphs:
            for m in re.finditer(r"[^\n]+", norm[p.start : p.end]):
                line = m.group()
                spans.append((p.start + m.start(), p.start + m.end(), _is_titlecase(line)))
        spans += [(h.start, h.end, True) for h in article.headings]
    elif article.lines:
        for ln in article.lines:
            if ln.kind in ("body", "heading", "title"):
                spans.append((ln.start, ln.end, ln.kind != "body" or _is_titlecase(norm[ln.start : ln.end])))
    else:
        for m in re.finditer(r"[^\n]+", norm):
            line = m.group()
            if line.strip() and not _FURNITURE.match(line):
                spans.append((m.start(), m.end(), _is_titlecase(line)))
    spans.sort()
    tokens = article.tokens
    if not tokens or not USE_SEGMENT_TOKENS:
        return [Region(tokenize(norm, s, e), t) for s, e, t in spans]
    # read the segmentation layer's tokens (regions are sorted and do not overlap)
    out = []
    k = 0
    for s, e, t in spans:
        if k and tokens[k - 1].end > s:  # a region inside the previous one: start over
            k = bisect.bisect_left([tk.start for tk in tokens], s)
        toks, k = from_tokens(norm, tokens, k, s, e)
        out.append(Region(toks, t))
    return out


def _tagger_spans(article: Article) -> list[tuple[int, int, str]]:
    """Raw spans from the statistical tagger; nothing when it is absent or fails."""
    try:
        from warta.entities.tagger import tag_article
    except Exception:
        return []
    try:
        return [(int(s), int(e), str(lab)) for s, e, lab in (tag_article(article) or [])]
    except Exception as e:  # the tagger is optional: never let it break the layer
        article.warnings.append(f"entities: tagger failed: {e}")
        return []


def _outside_titlecase(regions: list[Region], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In a heading every word is capitalised, so the tagger reads whole headings as names
    (`Kim Jong Un Undang Putin`); there only the rules and known names count."""
    titled = [(r.toks[0].start, r.toks[-1].end) for r in regions if r.titlecase and r.toks]
    if not titled:
        return spans
    return [sp for sp in spans if not any(s <= sp[0] < e for s, e in titled)]


def extract(
    article: Article, tagged: list[tuple[int, int, str]] | None = None, trace: list | None = None
) -> list[Entity]:
    """Entities of an article (``tagged`` overrides the tagger's spans, e.g. in tests; ``trace``
    collects each entity's filter features, for ``scripts/train_entity_filter.py``)."""
    regions = regions_of(article)
    ex = Extractor(article.norm, regions)
    ex.run()
    if tagged is None:
        tagged = _outside_titlecase(regions, _tagger_spans(article))
    ex.add_tagged(tagged)
    acr = acronyms.acronym_definitions(article.norm, regions, ex.cands)
    chosen = cs.select(cs.confirm(article.norm, ex.cands + acr))
    chosen = named_after.join_named_after(article.norm, name_fronts.restore_name_fronts(article.norm, regions, chosen))
    chosen = regional_bodies.join_listed_regional(article.norm, regional_bodies.join_regional(article.norm, chosen))
    acr_chosen = [c for c in chosen if c.acronym_of is not None]
    clusters = cs.cluster(chosen, acr_chosen, article.norm)
    cs.propagate(article.norm, regions, clusters)
    # a guessed name (capitalised words, nothing else to go on) must come back at least once
    # (or open with a known given name)
    given = lexicon().given
    named = {m.start: m.end for cl in clusters if cl.label == "PER" for m in cl.mentions if m.strength > WEAK}
    places = {m.end: m.start for cl in clusters if cl.label == "LOC" for m in cl.mentions}
    clusters = [
        cl
        for cl in clusters
        if not (
            cl.label == "PER"
            and len(cl.mentions) == 1
            and cl.mentions[0].strength <= WEAK
            and not cl.role
            and cl.mentions[0].text.split()[0] not in given
            and not _person_shaped(article.norm, cl.mentions[0])
            and not roles.titled_after(article.norm, cl.mentions[0].end)
            and not roles.set_off(article.norm, cl.mentions[0])
            and not _listed_with_people(article.norm, cl.mentions[0], named)
            and not _described_after_place(article.norm, cl.mentions[0], places)
        )
    ]
    clusters = surnamed.people_read_as_bodies(article.norm, aliases.unify_labels(clusters))
    clusters = aliases.listed_places(article, clusters)
    clusters = aliases.admin_name_parts(article, clusters)
    clusters = sites.dateline_place(article, clusters)
    clusters = boundaries.split_places(clusters)
    clusters = boundaries.split_localities(article, clusters)
    clusters = media.credited_sources(article, media.outlet_editions(article, media.cited_media(article, clusters)))
    clusters = boundaries.split_org_person(article, clusters)
    clusters = boundaries.split_region_person(article, clusters)
    clusters = boundaries.split_body_person(article, clusters)
    clusters = boundaries.split_place_person(article, clusters)
    clusters = boundaries.split_ranked(article, clusters)
    clusters = boundaries.trim_sentence_openers(article, clusters)
    clusters = boundaries.split_coordinated(article, clusters)
    clusters = boundaries.split_relative(article, clusters)
    clusters = aliases.bracket_aliases(article, clusters)
    clusters = aliases.alias_names(article, clusters)
    clusters = aliases.described_nicknames(article, clusters)
    clusters = aliases.called_names(article, clusters)
    clusters = aliases.clipped_names(clusters)
    clusters = aliases.contracted_heads(article, clusters)
    clusters = sites.building_sites(article, clusters)
    sites.facility_places(article, clusters)
    sites.site_first_words(article, clusters)
    clusters = boundaries.not_names(article, clusters)
    roles.refine_roles(article, clusters)
    sites.place_countries(article, clusters)
    clusters.sort(key=lambda c: c.mentions[0].start)
    out = []
    for cl in clusters:
        out.append(
            Entity(
                canonical=cs.canonical(cl).replace(PAD, ""),
                label=cl.label,
                mentions=[Mention(m.start, m.end, article.text[m.start : m.end]) for m in cl.mentions],
                role=roles.post_of(without_rank(cl.role)),
                country=cl.country if cl.label == "LOC" else None,
            )
        )
    out = glued.glued_after(article.text, glued.unglue_capitals(article.text, glued.unglue(article.text, out)))
    out = shapes.tidy(article.text, nested.inner_orgs(article.text, units.fix_units(article.text, out)))
    out = name_degrees.degrees_around_names(article.text, nested.office_bodies(article.text, out))
    out = labels.settle_labels(article.text, hospitals.named_hospitals(article.text, out))
    out = sites.drop_common_word_places(article, out)
    out = person_acronyms.strip_periods(article.text, person_acronyms.person_acronyms(article.text, out))
    out = governments.regional_governments(article.text, out)
    out = products.drop_named_products(article.text, products.drop_products(article.text, out))
    out = products.drop_coded_products(out)
    out = products.drop_platforms(article.text, products.drop_named_works(article.text, out))
    out = products.drop_named_things(article.text, out)
    out = titles.quoted_titles(article.text, products.drop_event_places(article.text, out))
    out = products.drop_launched_things(article.text, products.drop_event_bodies(out))
    out = products.drop_programme_parts(article.text, products.drop_named_programmes(out))
    labels.people_listed_with_bodies(article.text, out)  # after the products are gone
    out = bracketed_bodies.split_bracketed_bodies(article.text, out)
    out = short_bodies.join_short_bodies(out)
    out = initials.join_initials(article.text, out)
    out = prefixes.boards_cut(article.text, prefixes.opened_bodies(article.text, out))
    out = prefixes.site_towns_unknown(article.text, prefixes.company_forms(out))
    out = nicknames.known_nicknames(
        nicknames.quoted_nicknames(article.text, nicknames.clipped_nicknames(article.text, out))
    )
    out = fragments.drop_posted_units(article.text, fragments.drop_fragments(article.text, out))
    out = spellings.respelled_people(out)  # after the fragments: `Prof Ngoerah` of a hospital is none
    out = clubs.club_sides(article.text, field_lists.extend_field_lists(article.text, out))
    out = clubs.transferred_clubs(article.text, out)
    out = clubs.city_named_clubs(article.text, clubs.club_nicknames(article.text, out), article.dateline)
    out = clubs.club_short_names(article.text, out)
    out = common_acronyms.drop_common_acronyms(article.text, numbered.numbered_bodies(article.text, out))
    out = common_acronyms.drop_named_terms(article.text, common_acronyms.drop_generic_categories(out))
    out = name_tails.countries_in_names(article.text, name_tails.extend_tails(article.text, out))
    out = clubs.league_bodies(name_tails.countries_closing_bodies(article.text, out))
    out = class_nouns.bodies_after_class_nouns(article.text, out)  # after the leagues: `klub Bundesliga`
    out = class_nouns.bodies_after_partner_cues(article.text, out)
    out = class_nouns.media_after_newsroom_cues(article.text, out)
    out = prefixes.descriptors_cut(article.text, out)  # after the class nouns: `Klub Persija` … `klub Persija`
    out = name_tails.contracted_bodies(article.text, name_tails.joined_by_acronym(article.text, out))
    out = name_tails.bracketed_tails(article.text, name_tails.spelled_acronyms(out))
    out = name_tails.slash_joined(article.text, name_tails.drop_bare_boards(out, article.text))
    out = handles.drop_handles(article.text, tickets.split_tickets(article.text, pairs.split_pairs(article.text, out)))
    out = touching.join_touching_people(article.text, pairs.uncovered_place_pairs(article.text, out))
    out = posted_bodies.split_numbered_fronts(article.text, posted_bodies.split_posted_bodies(article.text, out))
    out = posted_bodies.split_body_person_runs(article.text, out)
    out = posted_bodies.rejoin_name_fronts(article.text, posted_bodies.bodies_in_posts(article.text, out))
    out = line_ups.labelled_people(article.text, posted_bodies.bodies_named_in_posts(article.text, out))
    out = squads.squad_players(article.text, out)
    out = name_prefixes.keep_name_prefixes(article.text, out)
    out = languages.drop_languages(article.text, tiered.bare_offices(out))
    out = concepts.drop_concepts(
        products.drop_english_titles(products.drop_titled_things(slogans.drop_slogans(article.text, out)))
    )
    out = concepts.drop_spelled_terms(article.text, concepts.drop_lower_case_people(article.text, out))
    out = concepts.drop_creeds(concepts.drop_counted_classes(article.text, out))
    out = campuses.campus_towns(article.text, out)
    out = acronyms.detach_unfit_acronyms(article.text, out)
    out = placed_people.placed_people(article.text, out)  # after the concepts: what stays a person
    out = hyphened.joined_name_tails(article.text, hyphened.joined_given_names(article.text, out))
    out = hyphened.joined_family_names(article.text, out)
    out = overlaps.people_closing_bodies(article.text, signatures.writer_line(article, out))
    # last: the names other steps build too (a class noun's `klub Prolanis`)
    out = common_acronyms.drop_named_terms(article.text, products.drop_governed_programmes(article.text, out))
    for e in out:
        if e.label != "PER":
            e.role = None  # a role is a person's post; a body or a place that was read as one has none
    if learned.model() is None and trace is None:
        return openers.cut_openers(article.text, out)
    strength: dict[int, int] = {}
    for cl in clusters:
        for m in cl.mentions:
            strength[m.start] = max(strength.get(m.start, 0), m.strength)
    titled = [(r.toks[0].start, r.toks[-1].end) for r in regions if r.titlecase and r.toks]
    ctx = learned.Context(article.norm, strength, sorted(tagged), sorted(titled))
    return openers.cut_openers(article.text, learned.apply(out, ctx, trace))


# `M. Naufal Giffary`, `A.S. Pudjoharsoyo Wibowo`: initials with their dots, then two capitalised
# words, open a person's name (a body or a place is not written so), even when named once
_INITIALLED = re.compile(r"(?:[A-Z]\. ?){1,3}[A-Z][a-z]+ [A-Z][a-z]+")
# `M. Yamin`, `J.K Rowling`: initials with a dot, then one family name
_INITIALLED_ONE = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z]?\s?[A-Z][a-z]{2,}$")


@functools.cache
def _address_words() -> frozenset[str]:
    """Forms of address that stand only before a person's name (`Bung Karno`, `Pak Ega`): the
    familiar honorifics (data/nickname_honorifics.txt) and the everyday ones (data/address_words.txt),
    joined once, as ``_person_shaped`` runs for every weak name written once."""
    return word_set("warta.entities", "nickname_honorifics.txt", lower=True) | word_set(
        "warta.entities", "address_words.txt", lower=True
    )


def _person_shaped(norm: str, mention: Cand) -> bool:
    """A name written once that only a person's name is shaped like: initials with dots before
    it (`M. Naufal Giffary`, `M. Yamin`), a Balinese name (`I Made Rai Sugiarta`) or a form of
    address opening it (`Bung Karno`); not after a place's or a body's head word, which is named
    after the person (`lapangan I Ketut Lotring`, `Yayasan Bung Karno`)."""
    text = mention.text
    words = text.split()
    if _INITIALLED.match(text):
        return True
    before = norm[max(0, mention.start - 30) : mention.start].split()[-1:]
    lex = lexicon()
    if before and ((before[0].lower(),) in lex.loc_start or (before[0].lower(),) in lex.org_start):
        return False
    if _INITIALLED_ONE.match(text):
        return True
    if len(words) >= 3 and words[0] in ("I", "Ni") and words[1].lower() in balinese_words():
        return True
    return len(words) >= 2 and words[0].lower() in _address_words() and words[1][:1].isupper()


# between two listed names: a comma (and a joining word), `dan`/`serta`; a line-up's shirt number
# (`35 - Vassilis Torosidis, 4 - Emil Krafth`) and a doubles pair's slash (`Kim Astrup / Line Kjaersfeldt`)
_GAP = r"(?:[,;]\s*(?:dan\s+|serta\s+|hingga\s+|sampai\s+|\d{1,2}\s*-\s*)?|\s+(?:dan|serta)\s+|\s*/\s*)"
_LIST_GAP = re.compile(_GAP)
_GAP_BEFORE = re.compile(_GAP + r"$")


def _listed_with_people(norm: str, mention: Cand, named: dict[int, int]) -> bool:
    """`anggota terdiri atas M. Fanshurullah Asa, Mohammad Noor Rofieq, dan …`: a name listed
    next to a well-founded person's name is a person too, even if named once."""
    after = _LIST_GAP.match(norm, mention.end)
    if after and after.end() in named:
        return True
    ends = {e: s for s, e in named.items()}
    lo = max(0, mention.start - 16)
    return any(
        norm.endswith(m.group(), 0, mention.start) and m.start() in ends
        for m in [_GAP_BEFORE.search(norm, lo, mention.start)]
        if m
    )


# the description's last words before the place: a preposition of place (`ahli gizi di New York City`)
_PLACE_PREP = re.compile(r"\b(?:di|dari|asal)\s+$")


def _described_after_place(norm: str, mention: Cand, places: dict[int, int]) -> bool:
    """`Menurut ahli gizi di New York City, Robin DeCicco, tren ini …`: a name of two or more words
    set off by commas after a description that ends with a place (`roles.set_off` reads the
    description only when its last word is in lower case) is the person described."""
    if len(mention.text.split()) < 2 or norm[mention.end : mention.end + 1] != ",":
        return False
    gap = mention.start - 2
    if norm[gap : mention.start] != ", " or gap not in places:
        return False
    return bool(_PLACE_PREP.search(norm, max(0, places[gap] - 12), places[gap]))


def annotate(article: Article) -> None:
    """Fill ``article.entities``."""
    article.entities = extract(article)
