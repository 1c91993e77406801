"""Two stored names that are one name spelt two ways, with no short form written for both.

The entities layer stores what the text wrote: 'detik.com' and 'detikcom', 'PDI-P' and 'PDIP',
'Doddy Hanggodo' and 'Dody Hanggodo', 'Listyo Sigit Prabwo' (a typo) and 'Listyo Sigit Prabowo'.
When no article writes one short form for both, the evidence rules never meet them, so each
spelling stays an identity of its own. Two shapes are one name whatever the corpus writes:

- the same letters once spaces, hyphens, dots and accents are dropped ('IQ Air', 'IQAir');
- the same words but one, which is the other with one letter more inside it, in a word long enough
  that a letter more is no other name ('Bernad', 'Bernard'; 'Verrel', 'Verrell'), a name of two
  words or more (a one-word name of eight letters or more).

Never when the numbers or numerals differ ('Komisi I DPR', 'Komisi II DPR'; 'SMP 2', 'SMP 3'), nor two
places the places package knows both of ('Badung', 'Bandung').

A person's name is also one name when one word is the other in Indonesian's other spelling of the same
sounds (:func:`sounds_alike`): the old spelling ('Soemitro' / 'Sumitro', 'Djoko' / 'Joko'), a final or
inner 'y' for 'i' ('Eddy' / 'Edi', 'Mary' / 'Mari'), a doubled letter, 'f' for 'p' ('Syarifudin' /
'Syaripuddin'), 'kh', 'ch' or 'q' for 'k' ('Bachtiar' / 'Baktiar', 'Aqil' / 'Akil'), 'Muhammad' in any of
its spellings ('Mochammad', 'Mohamad'), while the other words, one a surname no given name, are the same.

A person's name is also one name when one word is the other cut short (:func:`clipped`): its opening
letters ('Dani' / 'Daniel Carvajal', 'Javi' / 'Javier Martinez') or, as the last word of a name of three
words or more, its initial ('Tandyo Budi R' / 'Tandyo Budi Revia'), or 'M' for its first word 'Muhammad'
in any spelling ('M Tahir' / 'Muhammad Tahir'), the other words the same and one of
them a surname no given name; only when the corpus stores one such other name.

Two person names one article writes, one word apart by one key slipped (a letter changed, dropped,
added, or two swapped: 'Adist' / 'Adsit', 'Kroos' / 'Kross'), are one person (:func:`slipped`): an article
does not name two people so alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from warta.entities.spellings import one_slip

# letters NFKD does not split into a base letter and a mark
_LETTERS = str.maketrans({"ð": "d", "đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})
_ROMAN = re.compile(r"^[ivxlc]{1,5}$")
LONG_WORD = 6  # a word this long, with one letter more inside, is the same word misspelt
LONG_DOUBLED = 5  # … this long when the letter more doubles its neighbour ('Dody', 'Doddy')
LONG_ONE_WORD = 8  # a one-word name this long ('Afifudin', 'Afifuddin')


@lru_cache(maxsize=65536)
def fold(norm: str) -> str:
    """The name without accents ('matthías alfreðsson' → 'matthias alfredsson')."""
    s = unicodedata.normalize("NFKD", norm.translate(_LETTERS))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def squashed(norm: str) -> str:
    """Letters and digits only, accents dropped: the key two glued or hyphenated spellings share."""
    return re.sub(r"[^0-9a-z]", "", fold(norm))


@lru_cache(maxsize=65536)
def _numbers(norm: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = fold(norm).split()
    return tuple(re.findall(r"\d+", norm)), tuple(w for w in words if _ROMAN.match(w))


def _one_letter_more(x: str, y: str) -> bool:
    """``y`` is ``x`` with one letter inserted after its first ('prabwo', 'prabowo')."""
    if len(y) != len(x) + 1 or not x.isalpha() or not y.isalpha():
        return False
    for i in range(1, len(y)):
        if y[:i] + y[i + 1 :] == x:
            doubled = y[i] == y[i - 1] or (i + 1 < len(y) and y[i] == y[i + 1])
            if len(y) >= (LONG_DOUBLED if doubled else LONG_WORD):
                return True
    return False


_SOUNDS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("kh", "k"), ("q", "k"), ("f", "p"))
# 'Muhammad' as articles spell it: 'Mochammad', 'Mohamad', 'Muhamad', 'Mokhamad', 'Mohammed', 'Mochamat'
_MUHAMMAD = re.compile(r"m[ou](?:ch|kh|h)am+[ae][dt]")


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """The word as Indonesian sounds it, whichever spelling wrote it ('soemitro' and 'sumitro' →
    'sumitro', 'eddy' and 'edi' → 'edi'): old-spelling digraphs, 'y' after the first letter as 'i',
    'f' as 'p', 'kh' and 'q' as 'k', doubled letters once; every spelling of 'Muhammad' as one."""
    w = fold(word)
    if _MUHAMMAD.fullmatch(w):
        return "muhamad"
    for old, new in _SOUNDS:
        w = w.replace(old, new)
    w = w[:1] + w[1:].replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=65536)
def sounded(norm: str) -> str:
    """A name's words as they sound (:func:`sound`): the key two spellings of one person's name share."""
    return " ".join(sound(w) for w in norm.split())


def sounds_alike(a: str, b: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether two folded person names of two words or more are one name in two spellings: one word
    differs and sounds the same ('eddy soeparno', 'edi soeparno'), the others are the same and one of
    them, of five letters or more, is no given name of ``given`` (a surname the two share: 'Rudi'
    and 'Rudy' alone, or beside a common given name only, may be two people)."""
    wa, wb = fold(a).split(), fold(b).split()
    if a == b or len(wa) < 2 or len(wa) != len(wb) or _numbers(a) != _numbers(b):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 3 or sound(diff[0][0]) != sound(diff[0][1]):
        return False
    return any(len(w) >= 5 and w not in given and w.isalpha() for w in wa if w not in diff[0])


def spelt_alike(a: str, b: str, shared: frozenset[str] = frozenset()) -> bool:
    """Whether two folded names of one label are one name spelt two ways (see the module). A name whose
    other words are all words of ``shared`` (a Balinese name's caste and birth-order words, 'I Wayan',
    which very many people share) is held to the length of a one-word name: 'I Wayan Sudirta' and 'I Wayan
    Sudira' are two names one letter apart, as 'Sudirta' and 'Sudira' are."""
    if a == b:
        return False
    sa, sb = squashed(a), squashed(b)
    if sa != sb and abs(len(sa) - len(sb)) != 1:
        return False  # most pairs: neither glued nor one letter apart
    if _numbers(a) != _numbers(b):
        return False
    if sa == sb:
        return len(sa) >= 3
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) != len(wb) or (len(wa) == 1 and max(len(sa), len(sb)) < LONG_ONE_WORD):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = sorted(diff[0], key=len)
    if shared and len(y) < LONG_ONE_WORD and all(w in shared for w in wa if w != diff[0][0]):
        return False
    return _one_letter_more(x, y)


SLIP_WORD = 4  # a word this long, one key slipped, in a name an article writes both ways


def slipped(a: str, b: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether two folded person names of two words or more are one name with one key slipped in one
    word of four letters or more ('gavin kwan adist', 'gavin kwan adsit'; 'toni kroos', 'toni
    kross'), the other words the same: an article that writes both means one person, unless the two
    words are both given names of ``given`` ('Dewi' and 'Dewa' before one surname: two people)."""
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) < 2 or len(wa) != len(wb) or _numbers(a) != _numbers(b):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < SLIP_WORD or not (x + y).isalpha() or (x in given and y in given):
        return False
    return one_slip(x, y)


CLIPPED_WORD = 4  # a word cut to this many letters or more is the name's short form ('Dani' of 'Daniel')
CLIP_SURNAME = 4  # … beside a word this long that is no given name, shared by both names


def clip_keys(norm: str) -> list[str]:
    """The keys a person's name shares with its other names of one word cut short: each word in turn
    masked to its first letter ('dani carvajal' → 'd* carvajal', 'dani c*')."""
    words = fold(norm).split()
    if len(words) < 2:
        return []
    return [" ".join([*words[:i], f"{w[:1]}*", *words[i + 1 :]]) for i, w in enumerate(words)]


def clipped(a: str, b: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether two folded person names of two words or more are one name with one word cut short: its
    opening letters, four or more ('dani carvajal', 'daniel carvajal'), or its initial as the last word
    of a name of three words or more ('tandyo budi r', 'tandyo budi revia'), or 'M' for a first word
    'Muhammad' in any spelling ('m tahir', 'muhammad tahir'); the other words the same,
    one of them of four letters or more and no given name of ``given`` ('Eko Wahyu' and 'Eko Wahyuniawan'
    share only a given name: two people, maybe)."""
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) < 2 or len(wa) != len(wb) or _numbers(a) != _numbers(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(diff) != 1:
        return False
    i = diff[0]
    short, long = sorted((wa[i], wb[i]), key=len)
    if not long.startswith(short) or not long.isalpha():
        return False
    initial = len(short) == 1 and i == len(wa) - 1 and len(wa) >= 3
    initial = initial or (short == "m" and i == 0 and bool(_MUHAMMAD.fullmatch(long)))  # 'M Tahir'
    if not initial and len(short) < CLIPPED_WORD:
        return False
    return any(len(w) >= CLIP_SURNAME and w.isalpha() and w not in given for j, w in enumerate(wa) if j != i)
