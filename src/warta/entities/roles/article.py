"""The article-wide role pass (``refine_roles``): the title rules of the tagger give a role to
`Title Name` only; this pass reads, for each person with no role or only a rank, the post or the
description the article sets beside any of the person's mentions (the readers in ``before``,
``after``, ``posts`` and ``relations``), then runs the passes that read the whole article
(``between``, ``anaphora``, ``clauses``, ``counted``, then ``pairs``, ``joins`` and ``variants``),
and last takes a role from a person named inside another's role."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from warta.document import Article
from warta.entities.gazetteer import country_of
from warta.entities.roles.after import LIST_GOES_ON, role_after
from warta.entities.roles.anaphora import (
    according_roles,
    anaphoric_roles,
    bare_title_roles,
    epithet_roles,
    inner_anaphoric_roles,
    openers,
    opens_sentence,
    pronoun_roles,
    sang_roles,
)
from warta.entities.roles.before import role_before, role_before_initials, trade_before, trade_right_before
from warta.entities.roles.between import one_owner, post_through_name
from warta.entities.roles.clauses import capacity_roles, held_by_roles, held_post_roles, signature_roles, works_as_roles
from warta.entities.roles.counted import counted_list_roles, label_roles, plural_roles
from warta.entities.roles.inside import (
    bodies_inside,
    body_of_post,
    listed_inside,
    others_inside,
    things_named_as_holders,
)
from warta.entities.roles.joins import join_posts_before, join_trades
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
    ROLE_WINDOW,
    head_words,
    is_rank,
    is_relation,
    positions,
    role_firsts,
    role_lists,
    window_start,
)
from warta.entities.spans import Cand, Cluster
from warta.entities.words import whole_word_spans
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
        for hit_start, hit_end in whole_word_spans(norm, text, before=".-"):
            k = bisect.bisect_right(starts, hit_start)
            if k and spans[k - 1][1] > hit_start or k < len(spans) and spans[k][0] < hit_end:
                continue  # inside or across an entity's mention
            run = _NAME_GOES_ON.match(norm, hit_end)
            # (a run that reaches another entity's mention is a body in that one's post: `Presiden
            # Direktur Sun Life Finansial Indonesia Elen Waty`)
            if run is not None and bisect.bisect_left(starts, run.end()) == k:
                out.append(Cand(hit_start, hit_end, "PER", 0, text))
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
                    and not opens_sentence(norm, m.start)
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
    opens = openers(norm)
    anaphoric_roles(norm, opens, people, firsts)
    inner_anaphoric_roles(norm, people, firsts)
    epithet_roles(norm, people, firsts)
    bare_title_roles(norm, people)
    according_roles(norm, people, firsts)
    pronoun_roles(norm, people, firsts)
    capacity_roles(norm, people, firsts)
    works_as_roles(norm, people, firsts)
    held_post_roles(norm, people, firsts)
    held_by_roles(norm, people, firsts)
    signature_roles(norm, people, firsts)
    label_roles(norm, people, firsts)
    counted_list_roles(norm, people, firsts)
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
    join_posts_before(norm, clusters, head_words(role_firsts()))  # `Ketua IPFO sekaligus Deputi … Rachmat`
    share_roles(clusters)  # `Afifuddin` beside `Ketua KPU Affifuddin`: one person spelt two ways


# `penyerang Spurs itu melewatinya`: a demonstrative after a position and a name closes an epithet whose
# name is the club (`putra aktor senior Jeremy Thomas itu` is no such case: a trade names a person)
_EPITHET_AFTER = re.compile(r" (?:itu|ini|tersebut)\b")
