"""The article-wide role pass (``refine_roles``) and the readers not yet in modules of their own."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from warta.document import Article
from warta.entities.gazetteer import country_of
from warta.entities.patterns import lexicon
from warta.entities.roles.after import LIST_GOES_ON, WHEN_WORDS, clause_role, role_after
from warta.entities.roles.before import (
    ROMAN,
    role_before,
    role_before_initials,
    role_words,
    sentence_opens,
    trade_before,
    trade_right_before,
)
from warta.entities.roles.between import one_owner, post_through_name
from warta.entities.roles.inside import (
    bodies_inside,
    body_of_post,
    listed_inside,
    others_inside,
    things_named_as_holders,
)
from warta.entities.roles.joins import join_trades
from warta.entities.roles.pairs import listed_after_roles, pair_roles
from warta.entities.roles.posts import (
    numbered_post,
    post_at_office,
    post_before_name_title,
    post_over_bare_title,
    post_over_body,
    post_over_description,
    post_with_list,
    role_of_body,
    title_in_run,
    title_over_trade,
)
from warta.entities.roles.posts_for import post_for
from warta.entities.roles.relations import (
    apposed_relations,
    client_named,
    client_only,
    possessed,
    possessive_before,
    relation_over_office,
    served_by_team,
    title_inside_relation,
    trade_of_named,
    unanchored_tie,
    whose,
)
from warta.entities.roles.variants import share_roles
from warta.entities.roles.words import (
    MAX_ROLE_MENTIONS,
    MAX_ROLE_WORDS,
    NOT_POSTS,
    ROLE_WINDOW,
    SENTENCE_SPLIT,
    WORD,
    agent_noun,
    head_words,
    is_head,
    is_rank,
    is_relation,
    positions,
    role_firsts,
    role_lists,
    verbish,
    window_start,
)
from warta.entities.spans import Cand, Cluster
from warta.resources import word_set

_SENTENCE_STOP = re.compile(r"(?<![A-Z])[a-z]{2,}\.$")
# the rest of a longer capitalised run after a name's word (` MD` of `Mahfud MD`, ` Pramana Jaya`)
_NAME_GOES_ON = re.compile(r"(?: [A-Z][\w.'’-]*)+")


def _unread_name_starts(norm: str, cl: Cluster, spans: list[tuple[int, int]]) -> list[Cand]:
    """Where a person's mention opens a longer name that no entity's mention covers (`… Universitas
    Islam Indonesia (UII) Yogyakarta, Mahfud MD menyatakan`, read only as a later `Mahfud`): the
    reader missed that full name, so the post written before it is read there too. ``spans``: every
    entity mention's (start, end), sorted."""
    out: list[Cand] = []
    starts = [s for s, _e in spans]
    for text in {m.text for m in cl.mentions if m.text[:1].isupper()}:
        for hit in re.finditer(r"(?<![\w.-])" + re.escape(text) + r"(?![\w-])", norm):
            k = bisect.bisect_right(starts, hit.start())
            if k and spans[k - 1][1] > hit.start() or k < len(spans) and spans[k][0] < hit.end():
                continue  # inside or across an entity's mention
            run = _NAME_GOES_ON.match(norm, hit.end())
            # (a run that reaches another entity's mention is a body in that one's post: `Presiden
            # Direktur Sun Life Finansial Indonesia Elen Waty`)
            if run is not None and bisect.bisect_left(starts, run.end()) == k:
                out.append(Cand(hit.start(), hit.end(), "PER", 0, text))
    return sorted(out, key=lambda c: (c.start, c.end))  # (the texts come from a set: ties in a fixed order)


def _mentions_to_read(norm: str, cl: Cluster, spans: list[tuple[int, int]]) -> Iterator[Cand]:
    """A person's mentions to read a post beside, then (only when none gave one: the search costs a
    pass over the text) where the name opens a longer one the reader missed."""
    yield from cl.mentions[:MAX_ROLE_MENTIONS]
    yield from _unread_name_starts(norm, cl, spans)


def refine_roles(article: Article, clusters: list[Cluster]) -> None:
    """Roles the title rules miss (see ``roles``): a person with no role or only a rank takes
    the post or the description the article sets beside the name; a person named inside
    another's role (`staf ahli Anang, Aris`) loses the role read from those words."""
    norm = article.norm
    firsts = role_firsts()
    claimed: list[tuple[int, int, Cluster]] = []
    set_off: list[tuple[int, int, Cluster, str, Cand, int]] = []  # roles read beside a comma
    people = sorted(((m.start, cl) for cl in clusters if cl.label == "PER" for m in cl.mentions), key=lambda p: p[0])
    lent: set[int] = set()  # the people whose trade went to the one named after them
    bodies = {m.end: m.start for cl in clusters if cl.label == "ORG" for m in cl.mentions}
    spans = sorted((m.start, m.end) for cl in clusters for m in cl.mentions)
    for cl in clusters:
        if cl.label == "PER" and cl.role and _SENTENCE_STOP.search(cl.role):
            cl.role = None  # `… oleh menteri. Budi Santoso …`: a word of the sentence before
        if cl.label == "PER" and cl.role and cl.role[:1].islower() and not is_relation(cl.role):
            cl.role = post_over_description(norm, cl, firsts) or title_over_trade(norm, cl, firsts) or cl.role
        if cl.label == "PER" and cl.role and not is_relation(cl.role) and not is_rank(cl.role):
            cl.role = relation_over_office(norm, cl, firsts) or post_at_office(norm, cl, firsts) or cl.role
        if cl.label == "PER" and cl.role and served_by_team(norm, cl):
            cl.role = None
        if cl.label == "PER" and cl.role and client_only(norm, cl):
            cl.role = None  # `Lisa Mariana …. Pihak pengacara Lisa …`: Lisa is the client
        if cl.label == "PER" and cl.role and " " not in cl.role and cl.role.lower() in firsts:
            cl.role = post_over_bare_title(norm, cl, people, firsts) or cl.role
        if (
            cl.label == "PER"
            and cl.role
            and cl.role.lower() in word_set("warta.entities", "name_titles.txt", lower=True)
        ):
            cl.role = post_before_name_title(norm, cl, firsts) or cl.role
        if cl.label == "PER" and cl.role and "(" not in cl.role and ") " + cl.role in norm and not is_rank(cl.role):
            cl.role = post_over_body(norm, cl, firsts) or cl.role
        if cl.label != "PER" or (cl.role and not is_rank(cl.role)):
            continue
        # every mention: an article may state the post only at a later one (`…, kata Budi, Kepala Desa …`);
        # then where the name opens a longer one the reader missed
        for m in _mentions_to_read(norm, cl, spans):
            # the line around the mention, at most ROLE_WINDOW characters each way (see window_start)
            line_start = window_start(norm, m.start)
            hi = min(len(norm), m.end + ROLE_WINDOW)
            line_end = norm.find("\n", m.end, hi)
            line_end = hi if line_end == -1 else line_end
            found = role_before(norm, m.start, line_start, firsts, m.end)
            other = trade_of_named(norm, found, people, cl, m, lent) if found is not None else None
            if other is not None:
                lent.add(id(other))  # `Pengacara Jokowi lainnya, Rivai`: a second lawyer of the same client
                # `Pengacara Nikita Mirzani, Fahmi Bachmid, mengatakan`: the trade named with Nikita is
                # Fahmi's, toward her; a list (`…, Fahmi, dan Otto`) keeps the old reading
                own = other.role if (other.role or "").lower() != found[0].split()[0].lower() else None
                cl.role, other.role = found[0], own  # (a client's own post stays: `mantan Gubernur …`)
                claimed.append((found[1], m.start, cl))
                break
            # (within the role's own words: a rank after it, `Capt.` read as a name, is no list)
            if (
                found is not None
                and not is_relation(found[0])
                and others_inside(people, cl, found[1], min(m.start, found[1] + len(found[0])), norm)
                and not whose(norm, people, cl, found)
                and not bodies_inside(norm, people, cl, found, m.end)
            ):
                found = None  # `anggota terdiri atas M. Fanshurullah Asa, Mohammad Noor Rofieq`: a list
            if found is not None and any(found[1] <= o.start < m.start for o in cl.mentions):
                found = None  # `Presiden Joko Widodo (Jokowi)`: the person's own name, not a post
            if found is None:
                found = role_before_initials(norm, m.start, line_start, firsts)
            if found is None:
                found = role_of_body(norm, m.start, line_start, bodies, firsts)
            if found is None:
                found = post_with_list(norm, m.start, line_start, firsts)
                if found is not None and "," not in found[0] and others_inside(people, cl, found[1], m.start, norm):
                    # `Presiden Joko Widodo dan Ibu Negara Iriana`: two people, not one post (a field
                    # of a listed post read as a name, `Meteorologi, Klimatologi, dan …`, is no person)
                    found = None
            if found is None:
                found = numbered_post(norm, m.start, line_start, firsts)
                if found is not None and others_inside(people, cl, found[1], m.start, norm):
                    found = None
            if found is None:
                found = post_for(norm, m.start, line_start, head_words(firsts))  # `Dubes RI untuk Jepang Heri`
                if found is not None and others_inside(people, cl, found[1], m.start, norm):
                    found = None
            if found is None:
                found = title_in_run(norm, m.start, line_start)  # `Pemerintahan Presiden Prabowo`
            # `didampingi kuasa hukumnya Moh Zakki`, unless a post follows (`… selaku Direktur …`)
            owned = possessive_before(norm, m.start, line_start) if found is None else None
            if owned is not None and role_after(norm, m.end, line_end, firsts) is None:
                # whose: the sentence's subject, its first person
                cl.role = possessed(norm, owned[0], owned[1], people, cl, subject=True)
                claimed.append((owned[1], m.start, cl))
                break
            if found is not None:
                cl.role = possessed(norm, found[0], found[1], people, cl)
                claimed.append((found[1], m.start, cl))
                set_off.append((found[1], m.start, cl, "before", m, line_start))
                if is_relation(found[0]):
                    title_inside_relation(norm, found[0], found[1], m.start, people, cl, firsts)
                break
            after = role_after(norm, m.end, line_end, firsts)
            if after is not None:
                at = norm.find(after, m.end, line_end)
                # other people named inside what was read as the post (read once for the three shapes)
                names_inside = (
                    at >= 0 and not is_relation(after) and others_inside(people, cl, at, at + len(after), norm)
                )
                set_off_by_comma = names_inside and "," in norm[m.end : at]
                # `Titiek, Gubernur Sulsel Syahrul, dan …`: the list goes on after the post
                # (`basis Rindra, vokalis Andi, …`: each name of a list has its trade before it)
                listed = set_off_by_comma and (
                    LIST_GOES_ON.match(norm, at + len(after)) is not None or trade_right_before(norm, m.start)
                )
                # `kata Budi, Ketua Umum PDIP Megawati menegaskan …`: the next sentence's subject (a
                # name that opens its sentence is the subject: `Gatot, Kepala Program Studi Akuntansi
                # mengatakan …`, the words after the title name the body)
                unclosed = (
                    set_off_by_comma
                    and norm[at + len(after) : at + len(after) + 1] == " "
                    and norm[at + len(after) + 1 : at + len(after) + 2].islower()
                    and not _opens_sentence(norm, m.start)
                )
                # `Kombes Iwan, Kombes Aswin, Kombes Mugi, dan Kombes Eko`: a list that runs to the
                # sentence's end holds other people's names in what was read as the first one's post
                # (a name that closes the post is its body: `Joshua, pendiri dan CEO Fuelary`)
                crowded = names_inside and listed_inside(norm, people, cl, at, at + len(after))
                if listed or unclosed or crowded:
                    # `Titiek, Gubernur Sulsel Syahrul, dan …`: a list of names, not a post; `kata Budi,
                    # Ketua Umum PDIP Megawati menegaskan …`: the post of the next sentence's subject
                    after = None
                elif at >= 0:
                    # `Andreas selaku kuasa hukum Budi`: Budi, named inside the role, does not take it
                    claimed.append((at, at + len(after), cl))
                    if "," in norm[m.end : at]:
                        set_off.append((at, at + len(after), cl, "after", m, line_start))
                    # `Siti, istrinya,`: the relation is to the person named before her
                    after = possessed(norm, after, at, people, cl, after=True)
            else:
                after = trade_before(norm, m.start, line_start)
                if after is not None and client_named(after, cl, m):
                    after = None  # `Pihak pengacara Lisa telah dihubungi`: Lisa, named before, is the client
                if (
                    after is not None
                    and after.split()[0] in positions()
                    and _EPITHET_AFTER.match(norm, m.end)
                    and len(cl.names) <= 1  # `bek sayap Rudi Setiawan itu`: a person's full name is no club
                ):
                    after = None  # `penyerang Spurs itu`: the position's club, the epithet another's
            if after is not None:
                cl.role = after
                break
    one_owner(norm, set_off, people, firsts)
    post_through_name(norm, clusters, people)
    opens = _openers(norm)
    anaphoric_roles(norm, opens, people, firsts)
    inner_anaphoric_roles(norm, people, firsts)
    epithet_roles(norm, people, firsts)
    bare_title_roles(norm, people)
    according_roles(norm, people, firsts)
    pronoun_roles(norm, people, firsts)
    capacity_roles(norm, people, firsts)
    _works_as_roles(norm, people, firsts)
    held_post_roles(norm, people, firsts)
    held_by_roles(norm, people, firsts)
    _signature_roles(norm, people, firsts)
    _label_roles(norm, people, firsts)
    _counted_list_roles(norm, people, firsts)
    plural_roles(norm, people)
    pair_roles(norm, people)  # `Budi dan Andi, siswa SMAN 1 Bogor`
    listed_after_roles(norm, people)  # `dua bintang Real Madrid, yakni Mateo Kovacic dan Dani Ceballos`
    apposed_relations(norm, clusters)
    for cl in clusters:
        if cl.label == "PER" and cl.role and unanchored_tie(cl.role, norm):
            cl.role = None  # `ditemani ibunya, Aryani`: a tie to no one named is no title or job
    sang_roles(norm, people)  # after the relations are settled (`Vidi, kuasa hukum Mario`)
    claimed.sort(key=lambda c: c[0])
    starts = [s for s, _e, _owner in claimed]
    reach = max((e - s for s, e, _owner in claimed), default=0)

    def claimed_at(pos: int) -> list[tuple[int, int, Cluster]]:
        """The claimed spans that hold ``pos`` (found by bisection: roles are short)."""
        return [
            c
            for c in claimed[bisect.bisect_left(starts, pos - reach) : bisect.bisect_right(starts, pos)]
            if c[0] <= pos < c[1]
        ]

    for cl in clusters if claimed else ():
        if cl.label != "PER":
            continue
        inside = all(any(owner is not cl for _s, _e, owner in claimed_at(m.start)) for m in cl.mentions)
        if inside and country_of(cl.mentions[0].text):
            # `Koordinator data ASDP cabang Bakauheni, Ahsan Muhtar`: a place inside a post
            cl.label, cl.role, cl.country = "LOC", None, country_of(cl.mentions[0].text)
            continue
        if inside and all(body_of_post(m, claimed_at(m.start)) for m in cl.mentions):
            # `Gatot, Kepala Program Studi Akuntansi mengatakan`: the body that closes another's post
            cl.label, cl.role = "ORG", None
            continue
        if not cl.role:
            continue
        # … only the role read from those words (`staf ahli` of `staf ahli Anang`), not one the
        # person has from elsewhere (`pemilik First Travel … Anniesa` beside `adik Anniesa`)
        # (`Anak Presiden Joko Widodo, Kaesang`: a title after the relation is the named person's own)
        if any(
            owner is not cl and (owner.role or "").lower().startswith(cl.role.lower())
            for m in cl.mentions
            for _s, _e, owner in claimed_at(m.start)
        ):
            cl.role = None
    things_named_as_holders(norm, clusters)
    join_trades(norm, clusters, role_lists()["trades"])  # `Aktor sekaligus sutradara Reza`
    share_roles(clusters)  # `Afifuddin` beside `Ketua KPU Affifuddin`: one person spelt two ways


# `penyerang Spurs itu melewatinya`: a demonstrative after a position and a name closes an epithet whose
# name is the club (`putra aktor senior Jeremy Thomas itu` is no such case: a trade names a person)
_EPITHET_AFTER = re.compile(r" (?:itu|ini|tersebut)\b")


# `Ketua DPW PKB Jawa Timur ini mengatakan`: a post standing for the person the sentence before named
# where a sentence opens (a line start, after `. `) or a quote hands over to its speaker (`," `);
# the patterns below are matched only there, not at every position of the article
_OPENER = re.compile(r"\n|[.!?]\"? |,\" ")
# `Ketua DPW PKB Jawa Timur ini mengatakan`: a post standing for the person the sentence before named
_ANAPHOR = re.compile(r"(?P<role>[A-Z][\w.-]*(?: [\w.()/-]+){0,9}?) (?:ini|tersebut) (?=[a-z])")
# `"…," bos Space X dan Tesla itu memposting`: a description in the speaker's place after a quote
_SLOT = re.compile(r"(?P<role>[a-z][\w.-]*(?: [\w.()/-]+){0,9}?) (?:itu|ini|tersebut) (?=[a-z])")


def _openers(norm: str) -> list[tuple[int, bool]]:
    """Where sentences open, each with whether it is a speaker's place after a quote."""
    return [(0, False)] + [(m.end(), m.group() == '," ') for m in _OPENER.finditer(norm)]


_PREFIX = frozenset(("mantan", "eks", "sang"))
_PHRASE_CHARS = 160  # a post of up to ten words and its `ini`


def anaphoric_roles(
    norm: str, opens: list[tuple[int, bool]], people: list[tuple[int, Cluster]], firsts: frozenset[str]
) -> None:
    """A post followed by `ini`/`tersebut` that opens a sentence (`Wakil Ketua Komisi II DPR ini
    menilai …`) is the role of the person last named before it outside a quotation, if that person
    has none yet."""
    heads = head_words(firsts)
    stop = role_lists()["stop"]
    for at, slot in opens:
        if at >= len(norm) or norm[at].isupper() == slot:
            continue  # a post opens a sentence in capitals; a description in a speaker's place does not
        window = norm[at : at + _PHRASE_CHARS]
        if " ini " not in window and " tersebut " not in window and not (slot and " itu " in window):
            continue
        m = (_SLOT if slot else _ANAPHOR).match(norm, at)
        if m is None:
            continue
        role = m.group("role")
        words = role.split()
        head = words[1] if words[0].lower() in _PREFIX and len(words) > 1 else words[0]
        if head.lower() not in heads or not (slot or head[:1].isupper()) or is_relation(head):
            continue
        # `bos Space X dan Tesla`: `dan` may join two capitalised bodies inside the role
        joined = {k for k, w in enumerate(words) if 0 < k < len(words) - 1 and w in ("dan", "serta")}
        if any((w.lower() in stop and k not in joined) or verbish(w) for k, w in enumerate(words)) or is_rank(role):
            continue
        line_start = norm.rfind("\n", 0, m.start()) + 1
        k = bisect.bisect_left(people, m.start(), key=lambda p: p[0])
        if k < len(people) and people[k][0] < m.end("role"):
            continue  # a name inside the phrase: not a post standing alone
        owner = None
        for at, cl in reversed(people[:k]):
            if at < line_start - _ANAPHOR_REACH:
                break
            para = norm.rfind("\n", 0, at) + 1
            # after a quote, the description means the person the story follows: its last speaker
            # or the subject of a recent sentence
            if norm.count('"', para, at) % 2 == 0 and (_speaker_at(norm, at, cl) or (slot and _subject_at(norm, at))):
                owner = cl
                break
        if owner is None or (owner.role and not is_rank(owner.role)):
            continue
        owner.role = role


# `… membuat Gubernur nonaktif DKI Jakarta itu menderita`: a post and its body, then `itu`, inside
# a sentence
_INNER_ANAPHOR = re.compile(r" (?:itu|tersebut) (?=[a-z])")
_INNER_REACH = 400  # the person such a phrase stands for was named in the sentence or the one before


def _phrase_before(norm: str, at: int, heads: frozenset[str]) -> tuple[list[str], int]:
    """The role words of the phrase ending at ``at`` (`itu`/`tersebut` follows), within its
    paragraph and _PHRASE_CHARS, and where they start."""
    lo = max(norm.rfind("\n", 0, at) + 1, at - _PHRASE_CHARS)
    toks = [(t.group(), t.start()) for t in WORD.finditer(norm, lo, at)]
    role = role_words([t for t, _ in toks], heads)
    return role, (toks[len(toks) - len(role)][1] if role else at)


def _quoted_at(norm: str, at: int) -> bool:
    """``at`` stands inside a quotation of its paragraph (an odd number of marks before it)."""
    return norm.count('"', norm.rfind("\n", 0, at) + 1, at) % 2 == 1


def _phrase_owner(norm: str, people: list[tuple[int, Cluster]], start: int, end: int) -> tuple[int, Cluster] | None:
    """The person a phrase at ``start``–``end`` stands for: the one named last before it, within
    _INNER_REACH, when neither the phrase nor that name is quoted and no name stands inside it."""
    if _quoted_at(norm, start):
        return None
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    if k < len(people) and people[k][0] < end:
        return None  # a name inside the phrase: not a post standing alone
    if not k or people[k - 1][0] < start - _INNER_REACH:
        return None
    at, owner = people[k - 1]
    return None if _quoted_at(norm, at) else (at, owner)


def inner_anaphoric_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A capitalised post with its body followed by `itu`/`tersebut` inside a sentence (`kasus
    Ketua Umum Partai Golkar itu`, `membuat Gubernur nonaktif DKI Jakarta itu menderita`) is the
    role of the person named last before it, outside a quotation, if that person has none yet."""
    heads = head_words(firsts)
    for m in _INNER_ANAPHOR.finditer(norm):
        role, start = _phrase_before(norm, m.start(), heads)
        if not role or len(role) < 2 or not role[0][:1].isupper() or is_relation(" ".join(role)):
            continue
        if not any(w[:1].isupper() and w.lower() not in heads for w in role[1:]):
            continue  # a post with no body (`Ketua itu`) could be anyone's
        if any(ch.isdigit() for w in role for ch in w):
            continue  # `PM No. 84/2013 tersebut`: a regulation, not a post
        found = _phrase_owner(norm, people, start, m.start())
        if found is None:
            continue
        if _subject_at(norm, start) and not (_subject_at(norm, found[0]) or _speaker_at(norm, *found)):
            # `Prabowo bertemu Xi di Beijing. Presiden RI itu membahas …`: a phrase that opens its
            # sentence stands for the subject (or speaker) before it, not the last name
            found = _subject_before(norm, people, start) or _sole_person_before(norm, people, start)
            if found is None:
                continue
        owner = found[1]
        if not owner.role or is_rank(owner.role):
            owner.role = " ".join(role).replace("( ", "(").replace(" )", ")")


def _subject_before(norm: str, people: list[tuple[int, Cluster]], start: int) -> tuple[int, Cluster] | None:
    """The person last named before ``start`` (within _INNER_REACH, outside a quotation) as the
    subject of a sentence or as a speaker; None when there is none."""
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    for at, cl in reversed(people[:k]):
        if at < start - _INNER_REACH:
            break
        if not _quoted_at(norm, at) and (_subject_at(norm, at) or _speaker_at(norm, at, cl)):
            return at, cl
    return None


def _sole_person_before(norm: str, people: list[tuple[int, Cluster]], start: int) -> tuple[int, Cluster] | None:
    """The one person the sentence before ``start`` names (however often), outside a quotation,
    when no person is its subject: `ICW merespons kasus yang dialami Tri Yanto. Mantan Kepala … itu`
    can stand for no one else. None when it names nobody or more than one person."""
    end = norm.rfind(".", 0, start)
    lo = max(norm.rfind(". ", 0, end), norm.rfind("\n", 0, end)) + 1 if end > 0 else 0
    k = bisect.bisect_left(people, start, key=lambda p: p[0])
    named = people[bisect.bisect_left(people, lo, key=lambda p: p[0]) : k]
    if not named or any(cl is not named[-1][1] for _at, cl in named) or _quoted_at(norm, named[-1][0]):
        return None
    return named[-1]


_AGED = re.compile(r" (?:(?:berusia|berumur) )?\d{1,3} tahun$")


def epithet_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A trade in lower case with its body or origin, then `itu`/`tersebut`, as the subject of a
    sentence (`Namun, politikus Partai Gerindra itu menolak`, `Sejak itu rider Spanyol tersebut
    belum membalap`) stands for the person the sentence before is about: the subject named last
    before it, outside a quotation, if that person has no post yet."""
    heads = head_words(firsts)
    for m in _INNER_ANAPHOR.finditer(norm):
        # `rider Spanyol berusia 27 tahun tersebut`: the age says which one, so a trade alone will do
        age = _AGED.search(norm, max(0, m.start() - 30), m.start())
        role, start = _phrase_before(norm, age.start() if age else m.start(), heads)
        # (capitalised only as the sentence's first word: `Kiper berusia 29 tahun itu banyak disorot`)
        lower = bool(role) and (role[0][:1].islower() or sentence_opens(norm, window_start(norm, start), start))
        if not role or len(role) < (1 if age else 2) or not lower or role[0].lower() in NOT_POSTS:
            continue
        if is_relation(" ".join(role)) or not (age or any(w[:1].isupper() for w in role[1:])):
            continue  # a tie, or a trade with no body or origin (`pengusaha itu`) that could be anyone's
        if _object_of_verb(norm, start):
            continue  # `Budi menyebut pengusaha Mesir itu menyambut …`: the verb's object, no subject
        found = _phrase_owner(norm, people, start, m.start())
        if found is None or not _subject_at(norm, found[0]):
            continue  # the last name is not what its sentence is about
        owner = found[1]
        if not owner.role or is_rank(owner.role):
            owner.role = " ".join(role)


def _object_of_verb(norm: str, start: int) -> bool:
    """Whether the words at ``start`` follow a verb (`menyebut`, `ditemui`, `bertemu`): then they
    are its object, not the subject of their sentence."""
    before = norm[max(0, start - 30) : start].split()
    # (`Usai diperiksa, pengusaha … itu`: a comma closes the fronted clause; the phrase is the subject)
    return bool(before) and before[-1].isalpha() and verbish(before[-1])


# `… Budi Hartono. Dia merupakan Kepala Desa Sukamaju.`: a sentence that opens with a pronoun
# and gives its post as the predicate
_PRONOUN_IS = re.compile(
    r"(?:(?:(?:Saat ini|Kini|Sebelumnya),?\s+)?(?:ia|dia|beliau)|Ia|Dia|Beliau)\s+"
    r"(?:(?:juga|kini|saat ini|diketahui)\s+)?(?:adalah|merupakan|ialah|menjabat(?:\s+sebagai)?)\s+"
)
_PRONOUN_REACH = 400  # the sentence before is short enough for its one person to be the `ia`


# `… Budi Hartono. Sebagai Kepala Desa, ia merasa …`: the post before the pronoun
_AS_PRONOUN = re.compile(r"(?:Sebagai|Selaku) (?P<role>[A-Z][^,.;:\n\"“”]{1,100}), (?:ia|dia|beliau)\b")


# `Anindito diminta menjawab sesuai kapasitasnya sebagai ahli`: the capacity the sentence's person acts in
_CAPACITY = re.compile(r"\b(?:dalam|sesuai(?:\s+dengan)?)\s+kapasitas(?:nya)?\s+sebagai\s+")


# `Kepala BRIN dijabat Laksana Tri Handoko`: a post held by the person named right after the passive
_HELD_BY = re.compile(  # starts only where a whitespace run starts: linear on long runs
    r"(?<!\s)\s+(?:(?:kini|saat ini|sekarang|masih)\s+)?(?:dijabat|diduduki|diemban|dipegang)(?:\s+oleh)?\s+"
)
_HELD_REACH = 120  # the post is the few words right before the passive


def held_by_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Kepala BRIN dijabat Laksana Tri Handoko`: the post before the passive is the role of the
    person named right after it (when the person has no post yet)."""
    starts = {pos: cl for pos, cl in people}
    heads = head_words(firsts)
    for m in _HELD_BY.finditer(norm):
        owner = starts.get(m.end())
        if owner is None or (owner.role and not is_rank(owner.role)):
            continue
        lo = max(0, m.start() - _HELD_REACH, norm.rfind("\n", 0, m.start()) + 1)
        toks = [(t.group(), lo + t.start()) for t in WORD.finditer(norm[lo : m.start()])]
        role = role_words([t for t, _ in toks], heads)
        if role is None or is_relation(role[0]) or not role[0][:1].isupper():
            continue
        owner.role = " ".join(norm[toks[len(toks) - len(role)][1] : m.start()].split())


# `dua pemimpin KPK Agus Rahardjo dan Saut Situmorang`: a count before the post makes it everyone's
_PLURAL = re.compile(r"\b(?:dua|tiga|empat|lima|kedua|ketiga|keempat|kelima|para)\s+$", re.I)
_NEXT_IN_LIST = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
_MAX_SHARED = 4  # the people a counted post names
_PLURAL_REACH = 200  # a counted post, its relative clause and its comma before the first name
_PLURAL_GAP = re.compile(r"\s*,\s*|\s+yang\s[^.;:!?\"“”\n]{1,120},\s*")


# `tiga orang anggota yakni Budi, Ani, dan Rudi`, `Dua pebalap mereka, Nato dan Gelael`, `sejumlah
# musisi, seperti Lamar dan Sheeran`: a count, the counted trade, perhaps a comma and `yakni` …,
# then the first of the names it counts
_COUNTED_LIST = re.compile(
    r"\b(?i:dua|tiga|empat|lima|enam|kedua|ketiga|keempat|para|duet|sejumlah|beberapa|\d+)\s+(?:orang\s+)?"
    r"(?P<r>[a-z][\w-]*(?:\s+(?!yakni|yaitu|seperti|termasuk|antara|yang\b)[a-z][\w-]*){0,3}?(?:\s+[A-Z][\w-]*){0,2}?)"
    r"(?:\s+(?:mereka|tersebut|itu|ini|lain|lainnya))?"
    r"\s*,?\s*(?:(?:yakni|yaitu|seperti|termasuk|antara lain)\s+)?$"
)
# a name in a list may carry a short aside in brackets (`Norman Nato (Prancis) dan Sean Gelael`)
_NEXT_AFTER_ASIDE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)")
_COUNTED_REACH = 80  # the count, its trade and the list word before the first name


def _listed_after(norm: str, end: int, starts: dict[int, Cluster], first: Cluster) -> list[Cluster]:
    """The people listed after a name ending at ``end`` (`, B, dan C`), in order."""
    out: list[Cluster] = []
    for _ in range(_MAX_SHARED - 1):
        gap = _NEXT_AFTER_ASIDE.match(norm, end)
        other = starts.get(gap.end()) if gap else None
        if other is None or other is first or other in out:
            break
        out.append(other)
        end = next(m.end for m in other.mentions if m.start == gap.end())
    return out


# `Pelatih: Ronald Koeman`, `Manajer: Arsene Wenger`: a post as the label of a line of a line-up
_LABEL = re.compile(r"(?:^|(?<=[\s)(]))(?P<r>[A-Z][a-z]+(?: [a-z]+)?)\s*:\s*$")


def _label_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A post written as a label with a colon right before a name (a line-up's `Pelatih:`) is
    the name's role: the title rules read a post only when no colon stands between."""
    for pos, cl in people:
        if cl.role and not is_rank(cl.role):
            continue
        lo = max(norm.rfind("\n", 0, pos) + 1, pos - 30)
        m = _LABEL.search(norm, lo, pos)
        if m is not None and m.group("r").split()[0].lower() in firsts:
            cl.role = m.group("r")


def _counted_list_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """A counted trade right before a list of two names or more is the role of each name
    without one (the title rules read a post before one name only, and none after `yakni`)."""
    starts = {pos: cl for pos, cl in people}
    for pos, cl in people:
        lo = max(norm.rfind("\n", 0, pos) + 1, pos - _COUNTED_REACH)
        m = _COUNTED_LIST.search(norm, lo, pos)
        if m is None or m.end() != pos:
            continue
        role = m.group("r")
        head = role.split()[0]
        if head not in firsts and not agent_noun(head) or head in NOT_POSTS:
            continue
        end = next(x.end for x in cl.mentions if x.start == pos)
        listed = _listed_after(norm, end, starts, cl)
        if not listed:
            continue
        for person in (cl, *listed):
            if not person.role or is_rank(person.role):
                person.role = role


def plural_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """`dua pemimpin KPK Agus Rahardjo dan Saut Situmorang`: a post counted as two (or `para`)
    right before the first of a list of names is the role of each name in the list that has none."""
    starts = {pos: cl for pos, cl in people}
    for pos, cl in people:
        role = cl.role or ""
        at = pos - len(role) - 1
        if role and (at < 0 or norm[at:pos].lower() != role.lower() + " "):
            # `dua gubernur lain yang juga merupakan pilihan Trump, Michelle Bowman dan Richard
            # Clarida`: the counted post set off by a comma, maybe with a relative clause
            at = norm.lower().rfind(role.lower(), max(0, pos - _PLURAL_REACH), pos)
            if at < 0 or not _PLURAL_GAP.fullmatch(norm, at + len(role), pos):
                continue
        if not role or at < 0:
            continue
        if not _PLURAL.search(norm, max(0, at - 10), at):
            continue
        end = next(m.end for m in cl.mentions if m.start == pos)
        for _ in range(_MAX_SHARED - 1):
            gap = _NEXT_IN_LIST.match(norm, end)
            other = starts.get(gap.end()) if gap else None
            if other is None or other is cl:
                break
            if not other.role or is_rank(other.role):
                other.role = role
            end = next(m.end for m in other.mentions if m.start == gap.end())


def capacity_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`… sesuai kapasitasnya sebagai ahli`: the role of the one person the sentence names before
    it (none when it names two or more, or the person has a post already)."""
    for m in _CAPACITY.finditer(norm):
        line_end = norm.find("\n", m.end())
        role = clause_role(norm, m.end(), len(norm) if line_end == -1 else line_end, firsts)
        if role is None or is_relation(role):
            continue
        lo = max(0, m.start() - _PRONOUN_REACH)
        opens = [x.end() for x in SENTENCE_SPLIT.finditer(norm, lo, m.start())]
        start = max([lo, norm.rfind("\n", lo, m.start()) + 1, *opens])
        named = {id(cl): cl for pos, cl in people if start <= pos < m.start()}
        if len(named) == 1:
            (owner,) = named.values()
            if not owner.role or is_rank(owner.role):
                owner.role = role


# `Harry sudah dikenal sebagai personel boy band One Direction`, `Fandi yang kini tercatat sebagai
# penyerang Madura United`, `Renita bertugas sebagai Petugas …`: a verb of working or being known as
_WORKS_AS = re.compile(
    r"\b(?:bekerja|berprofesi|bertugas|berkarier|meniti\s+karier|tercatat|dikenal)\s+sebagai\s+(?:seorang\s+)?"
)


def _works_as_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """The post or trade after `bekerja/bertugas/dikenal … sebagai` is the role of the person named
    last before it in the same clause (no comma between), if that person has no post yet."""
    for m in _WORKS_AS.finditer(norm):
        line_end = norm.find("\n", m.end())
        role = clause_role(norm, m.end(), len(norm) if line_end == -1 else line_end, firsts)
        if role is None or is_relation(role):
            continue
        k = bisect.bisect_left(people, m.start(), key=lambda p: p[0])
        if not k:
            continue
        pos, owner = people[k - 1]
        end = next(x.end for x in owner.mentions if x.start == pos)
        if end > m.start() or re.search(r"[,.;:!?\"“”()\n]", norm[end : m.start()]) or m.start() - end > 60:
            continue
        if not owner.role or is_rank(owner.role):
            owner.role = role


# `… setelah dia menjabat Presiden`, `… dari jabatannya sebagai Ketua MK`, `… saat masih menjabat
# sebagai Wali Kota Solo`: the post a sentence gives its one person as held
_HOLDS = re.compile(
    r"\b(?:(?:dia|ia|beliau)(?:\s+(?:masih|juga|kini|sempat|pernah))?\s+menjabat(?:\s+sebagai)?"
    r"|jabatannya\s+sebagai"
    r"|(?:saat|ketika|semasa|selama)\s+(?:masih\s+)?menjabat(?:\s+sebagai)?)\s+(?=[A-Z])"
)


_SANG = re.compile(r"\bsang (?P<trade>[a-z]+)\b")
_SANG_REACH = 1000  # the one person the story has named so far, within a few paragraphs


@lru_cache(maxsize=1)
def _sang_trades() -> frozenset[str]:
    """The trades `sang` may stand before for a person, built once rather than per article."""
    lists = role_lists()
    return (lists["trades"] | lists["role_nouns"]) - lists["kinship"] - lists["relations"] - NOT_POSTS


def sang_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """`… dihentikannya tayangan sang motivator`: `sang` and a trade, outside a quotation, stand for
    the one person the article has named in the paragraphs before (none when it named two or
    more, or the person has a post already)."""
    if "sang " not in norm:
        return  # a substring test costs far less than the pattern's pass over the text
    trades = _sang_trades()
    for m in _SANG.finditer(norm):
        trade = m.group("trade")
        if trade not in trades or _quoted_at(norm, m.start()):
            continue
        named = {id(cl): cl for pos, cl in people if m.start() - _SANG_REACH <= pos < m.start()}
        if len(named) == 1:
            (owner,) = named.values()
            if not owner.role or is_rank(owner.role):
                owner.role = trade


def _capital_post(norm: str, at: int, line_end: int, firsts: frozenset[str]) -> str | None:
    """The post in capitals from ``at``: a title, then capitalised words, a short form in brackets,
    numbers, and `dan` between capitalised words (`Ketua dan Hakim Mahkamah Konstitusi`)."""
    toks = [t.group() for t in WORD.finditer(norm, at, min(line_end, at + 200))]
    if not toks or toks[0].lower().strip(".") not in firsts or is_rank(toks[0]):
        return None
    given = lexicon().given
    out: list[str] = []
    k = 0
    while k < len(toks) and len(out) < MAX_ROLE_WORDS:
        w = toks[k]
        if w == "(" and k + 2 < len(toks) and toks[k + 1][:1].isupper() and toks[k + 2] == ")":
            out.append(f"({toks[k + 1]})")
            k += 3
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if w in ("dan", "serta") and nxt[:1].isupper() and nxt not in given:
            out.append(w)
        elif w[:1].isupper() or ROMAN.fullmatch(w):
            out.append(w.rstrip("."))
            if w.endswith("."):
                break
        else:
            break
        k += 1
    while out and out[-1] in ("dan", "serta"):
        out.pop()
    return " ".join(out) or None


def held_post_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Prabowo mengaku kaget … setelah dia menjabat Presiden`: the post a sentence says its one
    person holds (none when it names two or more before the cue, the cue is quoted, or the person
    has a post already)."""
    if "jabat" not in norm:
        return  # every cue says `menjabat` or `jabatannya`: a substring test skips the pattern's pass
    for m in _HOLDS.finditer(norm):
        if _quoted_at(norm, m.start()):
            continue
        line_end = norm.find("\n", m.end())
        role = _capital_post(norm, m.end(), len(norm) if line_end == -1 else line_end, firsts)
        if role is None:
            continue
        lo = max(0, m.start() - _PRONOUN_REACH)
        opens = [x.end() for x in SENTENCE_SPLIT.finditer(norm, lo, m.start())]
        start = max([lo, norm.rfind("\n", lo, m.start()) + 1, *opens])
        named = {id(cl): cl for pos, cl in people if start <= pos < m.start()}
        if len(named) == 1:
            (owner,) = named.values()
            if not owner.role or is_rank(owner.role):
                owner.role = role


# after a writer's name at the end of an opinion piece: the post the line closes with, glued to
# the name by the scrape or set off by a comma (`Wawan Sobari.Dosen …`, `Eddy Soeparno,Wakil Ketua MPR RI`)
_SIGNATURE = re.compile(r"[.,] ?(?P<r>[^\W\d_][^\n\"“”]{2,200}?)\.?[ \t]*(?:\n|$)")
_SIGNATURE_TAIL = 300  # after the writer's line: at most a line or two of furniture (`Tonton juga video …`)
# before the writer's name: the line's start (or a degree, `Dr.`), the sentence before glued to it by
# the scrape (`berantakan.Masykurudin`), or the byline's `oleh` (`Artikel ini ditulis oleh Hanan`)
_SIGNED = re.compile(r"(?:(?:^|\n)[ \t]*(?:(?:Dr|Prof|Ir|H)\.? )?|[a-z][.!?]|\boleh )$")


def _signature_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Hidayatul Fajri.Dosen di Departemen Ilmu Administrasi Negara, Universitas Negeri Padang.`:
    the writer's line at the end of a column gives the post after the name up to the line's end
    (its first item: up to a comma or `yang`), when it opens with a title or a trade and holds no verb."""
    heads = head_words(firsts)
    for start, cl in people:
        if cl.role or len(norm) - start > _SIGNATURE_TAIL + 300:
            continue
        m = next((x for x in cl.mentions if x.start == start), None)
        sig = _SIGNATURE.match(norm, m.end) if m is not None else None
        if (
            sig is None
            or len(norm) - sig.end() > _SIGNATURE_TAIL
            or not _SIGNED.search(norm, max(0, start - 30), start)
        ):
            continue
        words = sig.group("r").split()
        cut = next((k for k, w in enumerate(words) if w.endswith(",") or w.lower() == "yang"), None)
        if cut is not None:
            words = words[: cut + (0 if words[cut].lower() == "yang" else 1)]
        if not words or not words[-1].rstrip(",."):
            continue
        words[-1] = words[-1].rstrip(",.")
        first = words[0]
        if not (is_head(first, heads) or first.lower() in firsts or agent_noun(first)):
            continue
        if any(verbish(w) for w in words) or len(words) > MAX_ROLE_WORDS or country_of(" ".join(words)):
            continue
        cl.role = " ".join(words)


def pronoun_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Dia merupakan Kepala Desa Sukamaju.` (or `Sebagai Kepala Desa, ia …`) stands for the one
    person the sentence before names; with two or more people there, whose it is stays open and
    nothing is set."""
    found = [(m, m.end()) for m in _PRONOUN_IS.finditer(norm) if _opens_sentence(norm, m.start())]
    found += [(m, m.start("role")) for m in _AS_PRONOUN.finditer(norm) if _opens_sentence(norm, m.start())]
    for m, at in found:
        line_end = norm.find("\n", at)
        end = m.end("role") if "role" in m.groupdict() else len(norm) if line_end == -1 else line_end
        role = clause_role(norm, at, end, firsts)
        if role is None or is_relation(role):
            continue
        lo = max(0, m.start() - _PRONOUN_REACH)
        opens = [x.end() for x in SENTENCE_SPLIT.finditer(norm, lo, m.start()) if x.end() < m.start()]
        prev = max([lo, norm.rfind("\n", lo, max(lo, m.start() - 1)) + 1, *opens])
        named = {id(cl): cl for pos, cl in people if prev <= pos < m.start()}
        if len(named) != 1:
            continue
        (owner,) = named.values()
        if not owner.role or is_rank(owner.role):
            owner.role = role


# `Menurut istri Anang Hermansyah ini, …`, `Menurut politikus PDIP tersebut, …`: a description
# standing for the person whose words follow, the one the story last quoted
_ACCORDING = re.compile(r"\b[Mm]enurut (?P<role>[A-Za-z][\w.-]*(?: [\w.()/-]+){0,7}?) (?:ini|tersebut|itu),")


def according_roles(norm: str, people: list[tuple[int, Cluster]], firsts: frozenset[str]) -> None:
    """`Menurut <description> ini, …` after a quote: the description is the last speaker's role,
    if the speaker has none yet. Only a relation may name another person (`istri Anang`)."""
    heads = head_words(firsts)
    stop = role_lists()["stop"]
    i = norm.find("enurut ", 1)
    while i != -1:
        m = _ACCORDING.match(norm, i - 1)
        i = norm.find("enurut ", i + 1)
        if m is None:
            continue
        role = m.group("role")
        words = role.split()
        head = words[1] if words[0] in _PREFIX and len(words) > 1 else words[0]
        if head.lower() not in heads or any(w.lower() in stop or verbish(w) for w in words):
            continue
        k = bisect.bisect_left(people, m.start("role"), key=lambda p: p[0])
        named = k < len(people) and people[k][0] < m.end("role")
        if named and not is_relation(head):
            continue  # a name inside a post that is no relation: not a description standing alone
        owner = None
        for at, cl in reversed(people[:k]):
            if at < m.start() - _ANAPHOR_REACH:
                break
            para = norm.rfind("\n", 0, at) + 1
            if norm.count('"', para, at) % 2 == 0 and _speaker_at(norm, at, cl):
                owner = cl
                break
        if owner is not None and (not owner.role or is_rank(owner.role)):
            owner.role = role


# `Presiden mengatakan …`, `kata presiden kepada wartawan`: a head of state or government standing
# alone as the subject or the speaker, in place of the name (a `Bupati` or `Gubernur` alone is as
# often one the article never names)
_BARE_TITLE = re.compile(
    r"(?P<title>[Pp]residen|[Pp]erdana [Mm]enteri)"
    r" (?=[a-z])"
)
_SAID_BEFORE = re.compile(r"\b(?:kata|ujar|tutur) $")


def _title_words(norm: str) -> list[int]:
    """Where `Presiden`/`presiden`/`Perdana Menteri` starts (found by plain search: rare words)."""
    out = []
    for tail in ("residen ", "erdana "):
        i = norm.find(tail, 1)
        while i != -1:
            if norm[i - 1] in "Pp":
                out.append(i - 1)
            i = norm.find(tail, i + 1)
    return sorted(out)


def _opens_sentence(norm: str, at: int) -> bool:
    """Whether a sentence opens at ``at``: the text's or a line's start, or after `. ` or `." `."""
    return (
        at == 0
        or norm[at - 1] == "\n"
        or norm[max(0, at - 2) : at] in _ENDS
        or norm[max(0, at - 3) : at] in _QUOTE_ENDS
    )


_ENDS = frozenset((". ", "! ", "? "))
_QUOTE_ENDS = frozenset(('." ', '!" ', '?" '))


def bare_title_roles(norm: str, people: list[tuple[int, Cluster]]) -> None:
    """A one-holder title standing alone in place of a name (`Presiden mengatakan tindakannya …`
    after `… pemerintahan Trump`) is the role of the person last named before it outside a
    quotation, when that person is named more than once and has no post yet."""
    for at0 in _title_words(norm):
        # the subject also after a fronted clause of time (`Selama setahun ini, Presiden telah …`)
        if (
            not _opens_sentence(norm, at0)
            and not _subject_at(norm, at0)
            and not _SAID_BEFORE.search(norm, max(0, at0 - 8), at0)
        ):
            continue
        m = _BARE_TITLE.match(norm, at0)
        if m is None:
            continue
        k = bisect.bisect_left(people, m.start(), key=lambda p: p[0])
        for at, cl in reversed(people[:k]):
            if at < m.start() - _ANAPHOR_REACH:
                break
            para = norm.rfind("\n", 0, at) + 1
            if norm.count('"', para, at) % 2:
                continue  # named inside a quotation
            if cl.role and not is_rank(cl.role) and cl.role.lower() != m.group("title").lower():
                continue  # one who holds another post (`Ketua Umum Hipmi`) is not the one the title stands for
            if len(cl.mentions) < 2:
                continue  # a passer-by named once, not a person the story is about
            if not cl.role or is_rank(cl.role):
                cl.role = m.group("title")
            break


_ANAPHOR_REACH = 1000  # how far back the person a `Ketua … ini` stands for may be named
_CUE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:[A-Z][\w.]*\s+){0,3}$")
_CUE_AFTER = re.compile(r"\s*(?:,\s*)?([a-z]+)")
_DATELINE_CHARS = 60  # `Bandarlampung (ANTARA News) – `: an outlet's dateline is short
_FRONTED_CHARS = 160  # a fronted clause of time before the subject (`Setelah absen …,`)


def _subject_at(norm: str, at: int) -> bool:
    """Whether a name at ``at`` opens its sentence (`Musk berselisih dengan Trump …`): its subject."""
    if at == 0 or norm[at - 1] == "\n" or norm[max(0, at - 2) : at] in (". ", "! ", "? "):
        return True
    # after a dateline (`Jakarta - Budi …`, `Jakarta, CNN Indonesia -- Budi …`): the first sentence's subject
    line_start = norm.rfind("\n", 0, at) + 1
    if norm[max(0, at - 3) : at] in (" - ", " – ", "-- ") and at - line_start < _DATELINE_CHARS:
        return True
    # after a fronted clause of time (`Setelah absen tiga seri, Jorge Martin kemudian crash`)
    if norm[max(0, at - 2) : at] != ", ":
        return False
    opens = max(line_start, norm.rfind(". ", line_start, at) + 2)
    clause = norm[opens : at - 2]
    first = clause.split(" ", 1)[0].lower()
    return first in WHEN_WORDS and "," not in clause and len(clause) < _FRONTED_CHARS


def _speaker_at(norm: str, at: int, cl: Cluster) -> bool:
    """Whether the mention of ``cl`` at ``at`` is a speaker's (`kata Budi`, `Budi mengatakan`): the
    person a following `Ketua … ini` stands for is the one whose words the article is giving."""
    lex = lexicon()
    m = _CUE_BEFORE.search(norm, max(0, at - 40), at)
    if m and (m.group(1),) in lex.cue_after:
        return True
    end = next((mm.end for mm in cl.mentions if mm.start == at), at)
    m = _CUE_AFTER.match(norm, end, end + 30)
    return bool(m) and m.group(1) in lex.cue_before
