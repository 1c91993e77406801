"""Indonesian verb and noun forms from a root, so that the events lexicon lists roots (`tangkap`)
and every form a news sentence uses follows (`menangkap`, `ditangkap`, `tertangkap`,
`penangkapan`, `tangkapan`), instead of listing the forms one by one and missing `disekap` when
only `menyekap` was written down.

The rules are the standard ones of Indonesian morphology (Sneddon, *Indonesian: A Comprehensive
Grammar*, ch. 1.3 and 2): the nasal of meN-/peN- assimilates to the root's first sound and a
voiceless k, p, t or s is dropped (`tangkap` → `menangkap`, `sekap` → `menyekap`, `periksa` →
`memeriksa`), except before a consonant cluster (`protes` → `memprotes`, `kritik` →
`mengkritik`); a one-syllable root takes menge-/penge- (`bom` → `mengebom`); ber- loses its r
before an r or a first syllable in -er (`kerja` → `bekerja`).
"""

from __future__ import annotations

VOWELS = frozenset("aeiou")
AFFIXES = frozenset(
    (
        "0",
        "meN",
        "meN-kan",
        "meN-i",
        "di",
        "di-kan",
        "di-i",
        "ter",
        "ter-kan",
        "ber",
        "peN-an",
        "per-an",
        "ke-an",
        "-an",
    )
)
# which way the parties stand in each form (see data/verbs.tsv: act, pass, noun)
VOICE = {
    "0": "act",
    "meN": "act",
    "meN-kan": "act",
    "meN-i": "act",
    "di": "pass",
    "di-kan": "pass",
    "di-i": "pass",
    "ter": "pass",
    "ter-kan": "pass",
    "ber": "act",
    "peN-an": "noun",
    "per-an": "noun",
    "ke-an": "noun",
    "-an": "noun",
}


def _syllables(root: str) -> int:
    """Vowels: `bom` 1, `tangkap` 2, `suap` 2 (a diphthong `ai`/`au`/`oi`/`ei` counts once)."""
    n, prev = 0, ""
    for ch in root:
        if ch in VOWELS and prev + ch not in ("ai", "au", "oi", "ei"):
            n += 1
        prev = ch if ch in VOWELS else ""
    return n


def _nasal(root: str, head: str) -> str:
    """`head` is `me` or `pe`: the meN-/peN- form of ``root`` (without any suffix)."""
    r = root.lower()
    if not r:
        raise ValueError("empty root")
    c0 = r[0]
    cluster = len(r) > 1 and r[1] not in VOWELS and c0 not in VOWELS
    if _syllables(r) == 1 and not cluster:
        return head + "nge" + r  # mengebom, pengeboman, mengecek (but menskors)
    if c0 in VOWELS or c0 in "gh" or r.startswith("kh"):
        return head + "ng" + r  # mengancam, menggeledah, menghasut
    if c0 == "k":
        return head + "ng" + (r if cluster else r[1:])  # mengecam / mengkritik
    if c0 == "p":
        return head + "m" + (r if cluster else r[1:])  # memeriksa / memprotes
    if c0 in "bfv":
        return head + "m" + r  # membunuh, memfitnah
    if c0 == "t":
        return head + "n" + (r if cluster else r[1:])  # menangkap / mentransfer
    if c0 in "dcjz":
        return head + "n" + r  # mendesak, mencuri, menjarah
    if c0 == "s":
        if cluster:
            return head + "n" + r  # menskors, mensyaratkan
        return head + "ny" + r[1:]  # menyita, menyekap
    return head + r  # melapor, merampas, meminta, menilai, mewajibkan, menyanyi


def men(root: str) -> str:
    """The meN- form: `tangkap` → `menangkap`."""
    return _nasal(root, "me")


def pen(root: str) -> str:
    """The peN- stem: `tangkap` → `penangkap` (+`an` gives the act, `penangkapan`)."""
    return _nasal(root, "pe")


def ber(root: str) -> str:
    """The ber- form: `demo` → `berdemo`, `kerja` → `bekerja`, `runding` → `berunding`."""
    r = root.lower()
    i = next((k for k, ch in enumerate(r) if ch in VOWELS), 0)
    closed_er = r[i : i + 2] == "er" and len(r) > i + 2 and r[i + 2] not in VOWELS  # ker-ja, ter-nak
    if r.startswith("r") or closed_er:
        return "be" + r
    return "ber" + r


def _suffix(stem: str, suffix: str) -> str:
    if suffix == "i" and stem.endswith("i"):
        return stem  # no double -i
    return stem + suffix


def form(root: str, affix: str) -> str:
    """One form of ``root``; ``affix`` is one of AFFIXES (`0` is the bare root)."""
    r = root.lower()
    if affix not in AFFIXES:
        raise ValueError(f"unknown affix {affix!r} (expected one of {sorted(AFFIXES)})")
    prefix, _, suffix = affix.partition("-")
    if affix == "-an":
        return r + "an"
    if prefix == "0":
        return r
    if prefix == "meN":
        return _suffix(men(r), suffix)
    if prefix == "di":
        return _suffix("di" + r, suffix)
    if prefix == "ter":
        return _suffix("ter" + r, suffix)
    if prefix == "ber":
        return ber(r)
    if prefix == "peN":
        return pen(r) + "an"
    if prefix == "per":
        return ("pe" if r.startswith("r") else "per") + r + "an"
    return "ke" + r + "an"  # ke-an


def forms(root: str, affixes: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """``(form, voice)`` for each affix, in order, without repeats."""
    out: list[tuple[str, str]] = []
    for a in affixes:
        f = (form(root, a), VOICE[a])
        if f not in out:
            out.append(f)
    return out


# the forms of a root that go with each form a lexicon lists: its other voice (`menangkap` ↔
# `ditangkap`), the accidental passive and the act noun (`tertangkap`, `penangkapan`)
FAMILY = {
    "meN": ("di", "ter", "peN-an"),
    "di": ("meN", "ter", "peN-an"),
    "meN-kan": ("di-kan",),
    "di-kan": ("meN-kan",),
    "meN-i": ("di-i",),
    "di-i": ("meN-i",),
    "peN-an": ("meN", "di", "ter"),
    "ber": ("per-an",),  # berunding ↔ perundingan, bertikai ↔ pertikaian
    "per-an": ("ber",),
}
_STRIP = (
    ("meny", ("s",)),
    ("menge", ("",)),
    ("meng", ("", "k")),
    ("mem", ("", "p")),
    ("men", ("", "t")),
    ("me", ("",)),
)
_PSTRIP = (
    ("peny", ("s",)),
    ("penge", ("",)),
    ("peng", ("", "k")),
    ("pem", ("", "p")),
    ("pen", ("", "t")),
    ("pe", ("",)),
)


# the consonant pairs an Indonesian root (or a loan) may begin with
CLUSTERS = frozenset(
    ("bl", "br", "dr", "fl", "fr", "gl", "gr", "kh", "kl", "kr", "pl", "pr", "sk", "sl", "sp", "st", "sw", "sy", "tr")
)


def _plausible(root: str) -> bool:
    """Could ``root`` begin a root? Not `ngkritik`, `mbunuh`, `rtempur` (a misread prefix)."""
    return root[0] in VOWELS or root[1] in VOWELS or root[:2] in CLUSTERS


def analyse(word: str) -> list[tuple[str, str]]:
    """``(root, affix)`` pairs that :func:`form` turns into ``word`` (meN-, di-, peN-an and their
    -kan/-i forms, ber-, per-an): `menangkap` → (`tangkap`, meN), `penggeledahan` → (`geledah`, peN-an).
    Several roots may fit (`menilai`: `nilai`, `tilai`); a root no one uses does no harm."""
    w = word.lower()
    if not w.isalpha():
        return []
    out: list[tuple[str, str]] = []

    def add(root: str, affix: str) -> None:
        if len(root) < 3 or not _plausible(root) or root.endswith("kan") or (root, affix) in out:
            return
        if form(root, affix) == w:
            out.append((root, affix))

    stems = [(w, "")] + [(w[: -len(s)], s) for s in ("kan", "i") if w.endswith(s) and len(w) > len(s) + 4]
    for stem, suf in stems:
        tail = "-" + suf if suf else ""
        if stem.startswith("di"):
            add(stem[2:], "di" + tail)
        for pre, heads in _STRIP:
            if stem.startswith(pre):
                for h in heads:
                    add(h + stem[len(pre) :], "meN" + tail)
    for pre in ("ber", "be"):
        if w.startswith(pre):
            add(w[len(pre) :], "ber")
    for pre in ("per", "pe"):
        if w.startswith(pre) and w.endswith("an"):
            add(w[len(pre) : -2], "per-an")
    if w.startswith("pe") and w.endswith("an"):
        stem = w[:-2]
        for pre, heads in _PSTRIP:
            if stem.startswith(pre):
                for h in heads:
                    add(h + stem[len(pre) :], "peN-an")
    return out
