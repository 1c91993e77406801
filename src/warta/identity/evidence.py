"""Name evidence: the forms an article wrote for a full name (``entity_aliases``) and whether they
are enough to join a short form to it (:func:`enough`, :data:`DOMINANCE`, :data:`MIN_ARTICLES`), with the shapes
of a short form that need one article only (middle words left out, initials, a stray lead word).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from warta.corpus.store import Store, normalize_name
from warta.identity import names, spelling
from warta.identity.name_words import given_names, has_common_word, lower_common_words, one_word_honorifics

DOMINANCE = 0.8  # share of a written form's evidence one full name must hold to take it
MIN_ARTICLES = 1  # articles that must show the form written for the full name
GIVEN_NAME_ARTICLES = 3  # articles that must write a common given name ('Said', 'Budi') for one person
STRONG_CONTEXT = 6.0  # idf weight of shared co-mentions that stands for one more article of name evidence


def written_forms(e: dict[str, Any]) -> set[str]:
    """The folded written forms of an entity's mentions other than its canonical name."""
    canon = normalize_name(e.get("canonical") or "")
    out = set()
    for m in e.get("mentions") or []:
        t = m.get("text") if isinstance(m, dict) else None
        if isinstance(t, str):
            f = normalize_name(t)
            if f and f != canon and len(f) >= 2:
                out.add(f)
    return out


def candidates(store: Store, form: str, label: str) -> list[tuple[int, str, int]]:
    """Full-name entities the corpus wrote ``form`` for: (entity, name, articles), most first (ties by
    name, not by the entity's number, which depends on the order the articles arrived in)."""
    return [
        (int(n), name, int(c))
        for n, name, c in store.query(
            "SELECT a.entity, e.name, a.articles FROM entity_aliases a JOIN entities e ON e.num = a.entity "
            "WHERE a.form = ? AND a.label = ? AND e.norm <> ? ORDER BY a.articles DESC, e.key",
            (form, label, form),
        )
    ]


def _contains(outer: str, inner: str) -> bool:
    """Whether the words of ``inner`` (two or more) run inside ``outer``."""
    a, b = outer.split(), inner.split()
    return len(b) >= 2 and len(b) < len(a) and any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


def spelled_out(form: str, full: str) -> bool:
    """``bappenas`` in ``badan perencanaan pembangunan nasional``: same first letter, letters in order."""
    f, g = form.replace(" ", ""), full.replace(" ", "")
    if not f or not g or f[0] != g[0]:
        return False
    it = iter(g)
    return all(ch in it for ch in f)


def enough(form: str, full: str, label: str, articles: int) -> bool:
    """Whether ``articles`` articles writing ``form`` for ``full`` are enough to merge them.

    One is enough when the form can be checked against the name (an organisation's or place's
    short form spelled out of it; a person's name word that is not a common given name); two
    are needed otherwise, so one odd reading in one article does not merge two names."""
    if label == "PER":
        words = full.split()
        if form not in words:
            # 'Gibran Rakabuming' inside 'Gibran Rakabuming Raka': the words check themselves
            inside = _contains(full, form)
            if only_prefixes_left_out(form, full) or middle_left_out(form, full):
                return articles >= 1  # 'Irfan Yusuf' of 'Mochamad Irfan Yusuf', 'Made Parwita' of 'I Made Parwita'
            if spelt_otherwise(form, full):
                # 'Riccardo Calafiori' written for 'Riccardo Callafiori', 'Sedjono' for 'Soedjono Hoemardani':
                # the article joined his name in two spellings, each word checked against the other
                return articles >= 1
            if middle_left_out(full, form):
                # the name with his nickname written inside it, as the article quotes it: 'Saul "Canelo"
                # Alvarez' for 'Saul Alvarez', 'Munafri "Appi" Arifuddin' (his given name and surname kept)
                return articles >= 1
            return articles >= (1 if inside and (form.split()[0] == words[0] or stray_lead(form, full)) else 2)
        # a common given name is shared by many people: three articles must write it for one of
        # them; a short first name ('Seno', 'Eko') or a "name" with a dictionary word ('Ojol Sahabat
        # Polantas', likely a misread phrase) needs two
        if form in given_names():
            return articles >= GIVEN_NAME_ARTICLES
        shared = (form == words[0] and len(form) <= 4) or has_common_word(words)
        return articles >= (2 if shared else 1)
    if spelled_out(form, full):
        return articles >= 1
    if label == "ORG" and (short := _acronym_before_country(form)) and spelled_out(short, full):
        return articles >= 1  # 'BPOM RI' written for 'Badan Pengawas Obat dan Makanan': its acronym and the country
    if label == "ORG" and names.club_nickname(form, full):
        return articles >= 1  # 'The Citizens' written for 'Manchester City': the nickname news gives the club
    if label == "LOC" and names.same_country(form, full):
        return articles >= 1  # 'Burma' written for 'Myanmar'
    if label == "ORG" and acronym_written_in(form, full):
        return articles >= 1  # 'Kejaksaan Negeri (Kejari) Jember' read with its acronym: the name itself
    head = full.split(" ", 1)[-1]  # 'PU' is spelled out of 'Kementerian [Pekerjaan Umum]'
    unit = label == "ORG" and " " not in form and len(form) >= 3 and full.split(" ", 1)[0] in names.part_words()
    if unit and spelled_out(form, head):
        return articles >= 1  # a unit's own acronym: 'PPR' for 'Ditjen [Pengelolaan Pembiayaan dan Risiko]'
    if label == "ORG" and " " not in form and len(form) <= 6 and not spelled_out(form, head):
        return False  # an acronym whose letters are not in the name ('KIPP' for 'Pusat Pemerintahan'): a misreading
    return articles >= 2


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    """identity/data/name_prefixes.txt and the entities lexicon's Balinese birth-order names and titles."""
    from warta.entities.words import balinese_words
    from warta.resources import word_set

    return word_set("warta.identity", "name_prefixes.txt") | balinese_words()


def only_prefixes_left_out(form: str, full: str) -> bool:
    """Whether the person's name ``form`` (two words or more) is ``full`` without words an article
    leaves out when naming him again: initials, 'Muhammad' and its spellings, Balinese person markers
    and birth-order names ('Agung Nuaba' of 'I Gusti Agung Putu Nuaba'). His last name stays, and a
    given name left out makes another person ('Hamzah Haz' is not 'Soraya Hamzah Haz')."""
    short, long = form.split(), full.split()
    if len(short) < 2 or len(short) >= len(long) or short[-1] != long[-1]:
        return False
    pos = names.subsequence(short, long)
    if pos is None:
        return False
    left = [w for i, w in enumerate(long) if i not in pos]
    prefixes = _name_prefixes()
    return all(len(w) == 1 or w in prefixes for w in left)


def spelt_otherwise(form: str, full: str) -> bool:
    """Whether the person's name ``form`` is ``full`` spelt otherwise, one word apart (:mod:`spelling`): a
    letter more or less ('Verrel' / 'Verrell'), the old or other spelling of its sounds ('Syarifudin' /
    'Syaripuddin'), or one key slipped ('Adsit' / 'Adist'), the other words the same. An article writing
    both for one person spells one name twice; the shapes are those two stored names are joined on."""
    return (
        spelling.spelt_alike(form, full)
        or spelling.sounds_alike(form, full, given_names())
        or spelling.slipped(form, full, given_names())
    )


def initials_before(form: str, full: str) -> bool:
    """Whether the person's name ``full`` is ``form`` after initials ('I Ketut Sudikerta', the Balinese
    'I'; 'M. Hanif Dhakiri', 'M' for 'Muhammad'): one man, the initials a word of his name that articles
    often leave out, not stray words of the text (those are three letters or more)."""
    lead = full.split()[: len(full.split()) - len(form.split())]
    return bool(lead) and full.endswith(" " + form) and all(len(w) == 1 for w in lead) and " " in form


def middle_left_out(form: str, full: str) -> bool:
    """Whether the person's name ``form`` is ``full`` with its first and last words and one or more
    middle words left out ('Andi Rahim' of 'Andi Abdullah Rahim'): his own given name and surname."""
    short, long = form.split(), full.split()
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    return names.subsequence(short, long) is not None


def _acronym_before_country(form: str) -> str | None:
    """The one-word acronym a form writes before its country's name ('bpom ri', 'kpk republik indonesia'),
    else None: the form names the body it spells, as national bodies are written with 'RI' at will."""
    words = form.split()
    for tail in (*names.NATIONAL_TAILS, ("indonesia",)):
        if len(words) == len(tail) + 1 and tuple(words[1:]) == tail and len(words[0]) >= 3:
            return words[0]
    return None


def stray_lead(form: str, full: str) -> bool:
    """Whether ``full`` is the person's name ``form`` after words of the text read into it, no names
    of a person ('Jateng-DIY Agus Hananto', 'Udayana Ni Nyoman …'): not a given name, a dictionary
    word nor an honorific ('Putri Zulkifli Hasan' is his daughter); or after one given name when
    ``form`` begins with none, so is no full name of its own ('Adnan Abu Hasna'; 'Soraya Hamzah Haz'
    is his daughter)."""
    words = full.split()
    if not full.endswith(" " + form):
        return False
    lead = words[: len(words) - len(form.split())]
    first = form.split()[0]
    if (
        len(lead) == 1
        and lead[0] in given_names()
        and first not in given_names()
        and first not in one_word_honorifics()
    ):
        return True  # 'Wiatma Jonimandala' of 'Gian Wiatma Jonimandala': the rest of his name
    return all(
        len(w) >= 3 and w not in given_names() and w not in lower_common_words() and w not in one_word_honorifics()
        for w in lead
    )


def acronym_written_in(form: str, full: str) -> bool:
    """Whether ``form`` is ``full`` with one name-like word written inside it, as an article writes a
    body's acronym in brackets within its name ('Pengadilan Negeri (PN) Palu'): never a dictionary
    word ('Pengadilan Negeri Kota Palu' may name another court), a connector or a number."""
    word = names.inserted_word(form, full)
    if word is None or not word.isalpha() or word in names.CONNECTORS:
        return False
    before = form.split()[: form.split().index(word)]
    # spelled out of the words before it ('Kejaksaan Negeri (Kejari)'), or no dictionary word at all
    return any(spelled_out(word, " ".join(before[i:])) for i in range(len(before))) or word not in lower_common_words()


def weak_first_name(form: str, fulls: list[str]) -> bool:
    """A common given name, or a short first name ('Seno', 'Dian'): shared by many people, so the
    context its articles share with the full name's must include a rare co-mention."""
    return form in given_names() or (len(form) <= 4 and any(f.split()[:1] == [form] for f in fulls))


def first_name_once(form: str, fulls: list[str], count: int) -> bool:
    """A first name written for the full name in one article only ('Mardani' once for one Mardani):
    one article says whom that article meant, not whom the short name's other articles mean, so
    those must share a rare co-mention with the full name's as a common first name's must."""
    return count == 1 and any(f.split()[:1] == [form] and " " in f for f in fulls)


def is_named_after(form: str, full: str) -> bool:
    """Whether a one-word short form is itself a word of the full name beside other words: the
    name is of something named after it (an office, a unit), not what the form stands for."""
    return " " not in form and form in full.split()


def is_place_named_after(form: str, full: str) -> bool:
    """Whether ``full`` is a beach, airport, street, bay … named after the place ``form`` (one word
    of it, after a head word of ``identity/data/place_named_after.txt``)."""
    words = full.split()
    heads = names.place_named_after()
    head = 2 if " ".join(words[:2]) in heads else 1 if words[:1] and words[0] in heads else 0
    return bool(head) and " " not in form and form in words[head:]


def unit_of_parent(form: str, full: str) -> bool:
    """Whether ``full`` is a unit ('Komisi …', 'Fraksi …') and the form is not spelled out of it
    from its first word: an article wrote the parent's acronym beside the unit's name."""
    head, _, rest = full.partition(" ")
    if head not in names.part_words() or spelled_out(form, full):
        return False
    # the unit's own acronym spelled out of its name after the unit word ('PPR' for 'Ditjen Pengelolaan
    # Pembiayaan dan Risiko') names the unit, not the parent
    return not (" " not in form and len(form) >= 3 and spelled_out(form, rest) and len(rest.split()) >= len(form) - 1)
