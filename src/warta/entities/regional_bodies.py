"""Regional offices written with their acronym before the region (`Badan Pengelola Keuangan dan
Aset Daerah (BPKAD) Provinsi Banten`, `Kejaksaan Negeri (Kejari) Jakarta Selatan`): the body, its
bracketed acronym and the region are one organisation's name; so are a unit, its acronym and its listed
parent body (`Inspektorat Pengawasan Umum (Itwasum) Polri`). Works on the chosen candidates, before they are grouped."""

from __future__ import annotations

import re
from dataclasses import replace

from warta.entities.gazetteer import organisations, place
from warta.entities.patterns import lexicon
from warta.entities.roles.runs import party_bodies
from warta.entities.spans import Cand
from warta.resources import word_set

# the acronym in brackets between the body's name and the region, on one line
_GAP = re.compile(r" \([A-Za-z][A-Za-z0-9.&-]{0,11}\) ")
# a police office named after a city's regency or city part (`Polres Tasikmalaya Kota`)
_CITY_PART = re.compile(r" (?:Kota|Kabupaten)\b(?! [A-Z])")


def region_heads() -> frozenset[str]:
    return word_set("warta.entities", "region_heads.txt", lower=True)


def _unit_of(unit: str, parent: str) -> bool:
    """``unit`` opens with a unit's head word (data/parent_unit_heads.txt: `Badan Anggaran`, `Pusat
    Penerangan Hukum`) and ``parent`` is a listed body, the country's `RI` after it allowed (`Polri`,
    `Kejaksaan Agung`, `DPR RI`)."""
    heads = word_set("warta.entities", "parent_unit_heads.txt", lower=True)
    return unit.split(" ", 1)[0].lower() in heads and parent.removesuffix(" RI") in organisations()


def regional_levels() -> frozenset[str]:
    return word_set("warta.entities", "regional_levels.txt", lower=True)


def needs_place(body: str) -> bool:
    """The body's name ends with a level word (`Kejaksaan Negeri`, `Kepolisian Resor Kota`): an
    office that stands in every region, named whole only with its place."""
    words = body.lower().split()
    levels = regional_levels()
    return len(words) >= 2 and any(" ".join(words[-k:]) in levels for k in (1, 2, 3))


def join_regional(norm: str, chosen: list[Cand]) -> list[Cand]:
    """An organisation, its acronym in brackets, then a place opening with a region's head word
    become one organisation spanning all three; the place stays a place of its own inside it, the
    acronym is dropped (it names every region's office, so it is not this one's alias)."""
    heads = region_heads()
    cands = sorted(chosen, key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        # (a party's board with its region, `DPD Pemuda Bangsa (PB) Provinsi Bali`, is read as
        # the organisation it leads, not as a body of its own)
        board = c.text.split(" ", 1)[0].lower() in party_bodies()
        if c.label == "ORG" and c.acronym_of is None and " " in c.text and not board:
            m = _GAP.match(norm, c.end)
            if m is not None:
                nxt = [d for d in cands[k + 1 : k + 4] if d.start >= c.end]
                inner = [d for d in nxt if d.end <= m.end()]
                place = next((d for d in nxt if d.start == m.end()), None)
                named = _named_unit(norm, m.end(), nxt, _after_post(norm, c.start))
                if named is not None:  # `Rumah Sakit Islam (RSI) Sultan Agung Semarang`
                    text = f"{norm[c.start : c.end]} {norm[m.end() : named.end]}"
                    out.append(Cand(c.start, named.end, "ORG", max(c.strength, named.strength), text))
                    k += 1 + sum(1 for d in nxt if d.end <= named.start)  # the region stays a place of its own
                    continue
                if place is not None and place.label == "ORG" and _unit_of(c.text, place.text):
                    # `Inspektorat Pengawasan Umum (Itwasum) Polri`: the parent stays a body of its own
                    text = f"{norm[c.start : c.end]} {norm[place.start : place.end]}"
                    out.append(Cand(c.start, place.end, "ORG", max(c.strength, place.strength), text))
                    # the unit's own acronym names it alone later (`Itwasum`): it now stands for the whole
                    out += [
                        replace(d, acronym_of=(c.start, place.end)) for d in inner if d.acronym_of == (c.start, c.end)
                    ]
                    k += 1 + len(inner)
                    continue
                if (
                    place is not None
                    and place.label == "LOC"
                    and (
                        (place.text.split(" ", 1)[0].lower() in heads and " " in place.text)
                        or needs_place(c.text)  # `Pengadilan Negeri (PN) Surabaya`
                    )
                ):
                    end = place.end
                    tail = _CITY_PART.match(norm, end) if needs_place(c.text) else None
                    if tail is not None:
                        end = tail.end()
                    text = f"{norm[c.start : c.end]} {norm[place.start : end]}"
                    out.append(Cand(c.start, end, "ORG", max(c.strength, place.strength), text))
                    k += 1 + len(inner)  # the place stays an entity of its own, inside the name
                    continue
        out.append(c)
        k += 1
    return out


# the words of a unit's own name between the bracketed acronym and its region: a capitalised word or
# a number (`Sultan Agung`, `Wilayah 1`, `24`), at most three
_UNIT_WORD = re.compile(r"(?:[A-Z][a-z]+|\d{1,3}) ")


def _after_post(norm: str, at: int) -> bool:
    """The word before ``at`` is a post (`Kepala | Badan Gizi Nasional`)."""
    before = re.search(r"(\w+) $", norm[max(0, at - 24) : at])
    return before is not None and (before.group(1).lower(),) in lexicon().roles


def _named_unit(norm: str, at: int, nxt: list[Cand], after_post: bool) -> Cand | None:
    """The region closing a unit's own name written right after the acronym (`(RSI) Sultan Agung
    Semarang`, `(PJN) Wilayah 1 Sumatera Utara`, `(SRT) 24 Samarinda`): an Indonesian province,
    regency or city ending a short run of capitalised words or numbers, no word after it going on.
    The whole run is the unit's name, as `Kejaksaan Negeri (Kejari) Lembata` is the office's; but
    after a post a person read in the run is the one who holds it."""
    ends = []
    while len(ends) < 3 and (word := _UNIT_WORD.match(norm, ends[-1] if ends else at)) is not None:
        ends.append(word.end())
    region = next((d for d in nxt if d.label == "LOC" and d.start in ends), None)
    if region is None or not _office_region(region.text) or re.match(r" [A-Z]", norm[region.end :]):
        return None
    if after_post and any(d.label == "PER" and d.start < region.start for d in nxt if d.start >= at):
        return None  # `Kepala Badan Gizi Nasional (BGN) Dadan Hindayana`
    return region


# between a listed body and its region: a space, maybe a region's head (`BPBD Kota Cimahi`)
_REGION_GAP = re.compile(r" (?:(?:Kota|Kabupaten|Kab\.|Provinsi) )?")
# kinds of place that have their own regional offices
_OFFICE_REGIONS = frozenset(("province", "regency", "city"))


def _office_region(text: str) -> bool:
    """An Indonesian province, regency or city (`Boyolali`, `Jawa Tengah`, `Kota Cimahi`)."""
    p = place(text)
    return p is not None and p.country == "ID" and p.kind in _OFFICE_REGIONS


def _party(short: str) -> bool:
    """A listed political party (`Golkar`, `PAN`): the gold reads `DPD PAN Malang` as the party."""
    return organisations().get(short, "").startswith("Partai ")


def join_listed_regional(norm: str, chosen: list[Cand]) -> list[Cand]:
    """A listed body's short name right before an Indonesian region (`BPBD Kota Cimahi`, `BPS
    Jawa Tengah`, `PGRI Kendari`) is that body's regional office: one organisation spanning both,
    as `DPRD Kota Malang` is; the place stays a place of its own inside it. Parties are left alone
    (their regional boards are named by the board's word: `DPD PAN Malang`)."""
    places = {c.start: c for c in chosen if c.label == "LOC"}
    out: list[Cand] = []
    for c in chosen:
        gap = _REGION_GAP.match(norm, c.end) if c.label == "ORG" and c.acronym_of is None else None
        # the place's mention may or may not hold the region's head (`Kabupaten Garut`, `Bekasi`)
        loc = (places.get(c.end + 1) or places.get(gap.end())) if gap is not None else None
        if (
            loc is not None
            and c.text in organisations()
            and not _party(c.text)
            and _office_region(norm[c.end + 1 : loc.end])
        ):
            text = norm[c.start : loc.end]
            out.append(Cand(c.start, loc.end, "ORG", max(c.strength, loc.strength), text))
            continue
        out.append(c)
    return out
