"""The role written after a name: a description set off by commas (`Vika, petugas call center PT Jasa
Marga,`), a post after `selaku`/`sebagai` (`… selaku Direktur PT Rona Namora`), a relative clause
(`Maman Sidikou, yang merupakan pemimpin MONUSCO,`), and where such a description ends (a body's
comma-listed fields, an age, the sentence's verb when the closing comma is missing)."""

from __future__ import annotations

import re

from warta.entities.patterns import first_words, lexicon
from warta.entities.roles.before import INNER, ITEM_WORDS, MAX_COMMAS, ROMAN, opens_post, post_goes_on
from warta.entities.roles.words import (
    BOUNDARY,
    CONTRACTED_HEAD,
    MAX_ROLE_WORDS,
    NOT_POSTS,
    ROLE_WINDOW,
    SENTENCE_END_WORD,
    WORD,
    agent_noun,
    ends_post,
    head_words,
    is_head,
    is_rank,
    is_relation,
    post_nouns,
    role_firsts,
    role_lists,
    verbish,
)
from warta.entities.spans import Cand

_AFTER = re.compile(
    r"(?:\s+(?:sendiri|misalnya|contohnya|umpamanya))?\s*,\s*"
    # `Budi, yang merupakan …`, `Tersangka lain, Budi, merupakan Direktur …`: the post as predicate
    r"(?:(?:yang\s+(?:juga\s+|kini\s+|masih\s+|(?:saat|ketika|kala)\s+(?:ini|itu)\s+)?)?"
    r"(?:merupakan|adalah|menjabat(?:\s+sebagai)?)\s+|yang\s+(?:kini|juga)\s+)?"
    r"|\s+yang\s+(?:juga\s+|kini\s+|pernah\s+|sempat\s+)?(?:merupakan|adalah|menjabat(?:\s+sebagai)?)\s+"
    # `Maria Ulfa yang juga Ketua Yayasan Peduli Anak`: a post in capitals right after `yang juga`
    r"|\s+yang\s+(?:juga|kini|saat\s+ini|sekaligus)\s+(?=[A-Za-z])"
    # `Sutrisno merupakan Kepala Desa Sukamaju`: the post as the sentence's predicate
    r"|\s+(?:diketahui\s+|juga\s+|kini\s+)?(?:merupakan|adalah|ialah|menjabat\s+sebagai)\s+(?=[A-Za-z])"
)
# `di University of Massachusetts Amherst`, `dari Universitas Indonesia`: a body after the name
_AT_BODY = re.compile(r"\s+(?:di|dari)\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|the|de|dan)){0,7}(?=\s*,)")
_DEMONSTRATIVES = frozenset(("itu", "ini", "tersebut"))
_ARTICLES = frozenset(("seorang", "sang", "keduanya", "ketiganya", "sama-sama", "dua", "tiga"))
# after an item of a list of people: the next item (`, dan …`, `, Bupati …`)
LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:dan|serta)\b|(?:dan|serta)\b|,\s*[A-Z])")
WHEN_WORDS = frozenset(("seusai", "usai", "setelah", "sebelum", "saat", "ketika", "selama", "sejak"))
# `Ahmad (40)`, `Ahmad, 40 tahun,`: the person's age right after the name
_AGE = re.compile(r"\s*\(\s*\d{1,3}(?:\s*(?:tahun|th))?\s*\)|\s*,\s*\d{1,3}\s*(?:tahun|thn|th)\b(?=\s*,)")
_LAST_WORDS = 6  # a description that ends the sentence (`…, pemimpin penelitian itu.`) is short
# words that close a description set off without a comma (`… penulis penelitian itu di Universitas X`)
_CLAUSE_END = frozenset(("di", "dari", "pada", "dalam", "kepada", "untuk", "sejak"))


AS_POST = re.compile(
    r"\s*,?\s+(?:selaku|sebagai)\s+|\s*\(\s*"
    # `Budi dalam kapasitasnya sebagai Ketua Panitia`, `Budi yang bertindak sebagai Ketua Majelis`
    r"|\s*,?\s+(?:yang\s+)?(?:dalam\s+kapasitas(?:nya)?|bertindak|dikenal|berperan)\s+sebagai\s+"
    # `Rudi saat masih menjabat sebagai Bupati Kudus`, `Rudi yang ketika itu menjabat Kapolres`
    r"|\s+(?:yang\s+)?(?:pada\s+)?(?:saat|ketika|kala|semasa)\s+(?:masih\s+|itu\s+)?menjabat(?:\s+sebagai)?\s+"
    # `Verrell setelah resmi menjadi anggota DPR`, `Rudi yang baru dilantik sebagai Kapolres`
    r"|\s+(?:yang\s+|setelah\s+|sejak\s+)?(?:(?:kini|baru|resmi|sempat|pernah|telah|sudah)\s+){1,2}"
    r"(?:(?:dilantik|terpilih|diangkat|ditunjuk)\s+)?(?:menjadi|sebagai)\s+"
    r"|\s+(?:yang\s+|setelah\s+|sejak\s+)?(?:dilantik|terpilih|diangkat|ditunjuk)\s+(?:menjadi|sebagai)\s+"
    # `Rudi kembali aktif sebagai gubernur`, `Rudi yang kembali menjabat sebagai Bupati`
    r"|\s+(?:yang\s+)?kembali\s+(?:aktif\s+|menjabat\s+|bertugas\s+)?(?:menjadi|sebagai)\s+"
    # `Budi, yang sehari-hari bekerja sebagai sopir angkot`: a trade the person lives by
    r"|\s*,?\s+(?:yang\s+)?(?:sehari-hari\s+|kini\s+|juga\s+)?(?:bekerja|berprofesi|bertugas|berdinas)\s+sebagai\s+"
)
# `Budi Santoso, SH, MH, kuasa hukum korban`: academic degrees after the name, before the description
_DEGREES = re.compile(
    r"(?:\s*,\s*(?:S\.?H|M\.?H|S\.?E|M\.?M|S\.?T|M\.?T|S\.?Sos|M\.?Si|S\.?Si|S\.?Pd|M\.?Pd|S\.?Kom|S\.?Ag|"
    r"S\.?Ked|S\.?Kep|S\.?IP|M\.?Kes|S\.?Psi|M\.?Psi|Ph\.?D|MBA|M\.?Sc|Lc|M\.?A|Sp\.?[A-Z]{1,3})\.?)+(?=\s*,)"
)
# `Basuki Tjahaja Purnama (Ahok)`: the short name in brackets right after the full one
_ALIAS = re.compile(r"\s*\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*\)")


def role_as(norm: str, end: int, line_end: int, title_firsts: frozenset[str]) -> str | None:
    """`M Rayhan Dulasmi Piliang selaku Direktur PT Rona Namora`, `Rhido Jusmadi sebagai Ketua
    Majelis Komisi`, `Budi (Kepala Diskominfo Sleman)`: a title right after the name."""
    m = AS_POST.match(norm, end, line_end)
    if not m:
        return None
    bracket = "(" in m.group()
    close = line_end
    for ch in (")",) if bracket else ',.;:("“':
        p = norm.find(ch, m.end(), line_end)
        if p != -1:
            close = min(close, p)
    if bracket and (close == line_end or norm[close] != ")"):
        return None
    first = WORD.match(norm, m.end())
    listed = (
        not bracket
        and first is not None
        and first.group().lower().strip(".") in title_firsts
        and close < line_end
        and norm[close] == ","
    )
    if listed:
        # `sebagai Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat Ditjen Pajak`: the fields
        # of the post's body listed up to `dan`
        close = _field_list_end(norm, close, line_end, title_firsts)
    words = [w.group() for w in WORD.finditer(norm, m.end(), close)]
    if not words:
        return None
    titled = words[0][:1].isupper() and words[0].lower().strip(".") in title_firsts
    # `selaku manajer personal Martin`: a role noun in lower case after `selaku`/`sebagai`, or in
    # brackets in a list of suspects (`Riza Chalid (pemilik manfaat PT Orbit)`, `Hanung (mantan
    # Direktur Pemasaran Pertamina)`)
    noun = words[0][:1].islower() and is_head(words[0], head_words(title_firsts))
    if not titled and not noun:
        return None  # `sebagai saksi`, `(27)`: no post
    became = "menjadi" in m.group() or "dilantik" in m.group() or "terpilih" in m.group()
    if became and words[0].lower() in NOT_POSTS:
        return None  # `sempat menjadi warga negara Malaysia`: where one belongs, not a post
    role: list[str] = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if titled and not bracket and role and w in (",", "dan", "serta") and _joins_field(role[-1], nxt):
            # `sebagai Ketua dan Hakim Mahkamah Konstitusi`, `…, Pelayanan, dan Hubungan …`
            role.append(w)
            continue
        if w.lower() in role_lists()["stop"] or verbish(w) or w[:1].islower() and role and titled and not bracket:
            break
        if became and w[:1].islower() and role and role[-1][:1].isupper():
            break  # `menjadi anggota DPR pulang`: the sentence goes on after the body
        role.append(w)
    if not role or len(role) > MAX_ROLE_WORDS or is_rank(" ".join(role)):
        return None
    if bracket and len(role) == 1 and role[0].isupper():
        return None  # `Particulate Matter (PM)`: the short form of the name, not a post
    while role and role[-1] in (",", "dan", "serta"):
        role.pop()
    return " ".join(role).replace(" ,", ",").rstrip(".")


def _joins_field(before: str, after: str) -> bool:
    """A comma or `dan` inside a post read after `sebagai`: between two capitalised words (or
    around the list's closing `dan`), the second no given name (`sebagai Ketua dan Andi …`: a
    second person)."""
    return (before[:1].isupper() or before == ",") and (
        (after[:1].isupper() and after not in lexicon().given) or after in ("dan", "serta")
    )


def _field_list_end(norm: str, close: int, line_end: int, title_firsts: frozenset[str]) -> int:
    """Where a post after `sebagai` ends when the comma at ``close`` lists its body's fields up to
    `dan` (`…, Pelayanan, dan Hubungan Masyarakat …`): the end of the part after `dan`, or
    ``close`` when the commas are no such list (short capitalised items, no second post)."""
    at = close
    for _ in range(MAX_COMMAS):
        if at >= line_end or norm[at] != ",":
            return close
        end = _description_end(norm, at + 1, line_end)
        seg = [w.group() for w in WORD.finditer(norm, at + 1, end)]
        if not seg or opens_post(seg, title_firsts):
            return close
        if seg[0].lower() in ("dan", "serta"):
            return end if len(seg) > 1 and seg[1][:1].isupper() else close
        if len(seg) > ITEM_WORDS or not all(w[:1].isupper() for w in seg):
            return close
        at = end
    return close


def role_after(norm: str, end: int, line_end: int, title_firsts: frozenset[str]) -> str | None:
    """`Vika, petugas call center PT Jasa Marga, mengungkapkan`: a description set off by commas
    right after the name; or a title after `selaku`/`sebagai` or in brackets. A second post joined
    by `sekaligus` is the same person's and belongs to the role (`Budi, pemilik toko sekaligus ketua RT
    setempat,`); when the two together are no description, the first alone is read."""
    found = _role_after(norm, end, line_end, title_firsts, True)
    if found is None and "sekaligus" in norm[end : min(line_end, end + ROLE_WINDOW)]:
        found = _role_after(norm, end, line_end, title_firsts, False)
    return found


def _role_after(norm: str, end: int, line_end: int, title_firsts: frozenset[str], both: bool) -> str | None:
    """``role_after``; ``both``: a second post after `sekaligus` is read too."""
    found = role_as(norm, end, line_end, title_firsts)
    if found is not None:
        return found
    alias = _ALIAS.match(norm, end, line_end) or _DEGREES.match(norm, end, line_end)
    if alias is not None:
        return role_after(norm, alias.end(), line_end, title_firsts)
    age = _AGE.match(norm, end, line_end)
    if age:
        # `Ahmad Dahlan (40), seorang pedagang sayur,`: the age, then a trade or a relation (not where
        # the person lives: `Yanto (30), warga Sukamaju,`)
        closed = role_after(norm, age.end(), line_end, title_firsts)
        found = closed or _unclosed_after_age(norm, age.end(), line_end)
        if found is None or len(found.split()) > _LAST_WORDS and (closed is None or not _member_of(found)):
            return None
        first = found.split()[0].lower()
        return (
            found
            if first in role_lists()["trades"] or first in post_nouns() or is_relation(found) or _member_of(found)
            else None
        )
    one = _ONE_NO_COMMA.match(norm, end, line_end)
    if one is not None:
        # `dikendarai oleh Hilman seorang wartawan televisi swasta`: the apposition without its comma
        found = clause_role(norm, one.end(), line_end, title_firsts)
        if found is not None:
            return found
    job = _job_no_comma(norm, end, line_end)
    if job is not None:
        return job
    m = _AFTER.match(norm, end, line_end)
    if not m:
        # `kata Maria di Universitas Gadjah Mada, pemimpin penelitian itu`: where the person works,
        # then the description
        at = _AT_BODY.match(norm, end, line_end)
        m = _AFTER.match(norm, at.end(), line_end) if at else None
        if not m or "," not in m.group():
            return None
    if "," not in m.group():
        return clause_role(norm, m.end(), line_end, title_firsts)
    close = _description_end(norm, m.end(), line_end)
    words = [w.group() for w in WORD.finditer(norm, m.end(), close)]
    heads = head_words(title_firsts)
    # `Dino, pendiri FPCI sekaligus Ketua IDNG melalui …`: a second post of the same person, up to a
    # verb or a stop word when the closing comma is left out
    second = _second_post(words, heads) if both else None
    # `Stephen Hawking, fisikawan legendaris sekaligus …`: the description before a second one
    cut = next(
        (k for k, w in enumerate(words) if k and k != second and w.lower() in ("sekaligus", "yang", "selaku")), None
    )
    if second is not None:
        stop = next((k for k in range(second + 2, len(words)) if ends_post(words[k], heads)), None)
        if stop is not None and (cut is None or stop < cut):
            cut = stop
    verb = _unclosed_post(words, title_firsts) if m.group().strip() == "," else None
    if verb is not None:
        cut = verb  # `Roy, Country Head Twitter Indonesia mengumumkan …`: the closing comma left out
    if cut is not None:
        words = words[:cut]
    elif (
        close >= len(norm)
        or norm[close] not in ",.;"  # `Oscar, asisten …; Atul, kepala …; dan …`: a list split by semicolons
        # a long description that ends the sentence ends with the body of a post (`…, Kepala Bidang
        # Pencegahan dan Kesiapsiagaan BPBD Kabupaten Bogor.`), not with a clause
        or (norm[close] == "." and len(words) > _LAST_WORDS and not words[-1][:1].isupper())
    ):
        return None  # a description closes with a comma, or with the sentence when it is short
    if words and words[-1].endswith("."):
        words[-1] = words[-1].rstrip(".")
    when = next((k for k, w in enumerate(words) if k and w.lower() in WHEN_WORDS), None)
    if when is not None:
        words = words[:when]  # `pelatih PSMS Medan seusai pertandingan`: when the words were said
    while len(words) > 1 and words[-1].lower() in _DEMONSTRATIVES:
        words.pop()  # `pemimpin penelitian itu`: the thing the article spoke of is not part of the post
    if len(words) > 2 and words[0].lower() == "salah" and words[1].lower() in ("satu", "seorang"):
        words = words[2:]  # `salah seorang penjaga sekolah`: one of them, the noun is the role
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]  # `seorang pedagang sayur`: the article is not part of the trade
    # `Maria S.W. Sumardjono, Guru Besar Fakultas Hukum UGM selaku …`: a capitalised title too
    titled = (
        bool(words)
        and words[0][:1].isupper()
        and (words[0].lower() in title_firsts or CONTRACTED_HEAD.match(words[0].lower()) is not None)
    )
    # `Tadamichi Yamamoto, Perwakilan Khusus Sekjen PBB.`: a role noun in capitals opens a post too,
    # but not a tie, which in capitals is a form of address (`Budi, Ibu Ani, dan …`)
    noun = (
        bool(words)
        and words[0][:1].isupper()
        and words[0].lower() in role_lists()["role_nouns"]
        and words[0].lower() not in role_lists()["kinship"]
        and not is_relation(words[0].lower())
    )
    if not words or not words[0][:1].islower() and "yang" not in m.group() and not titled and not noun:
        return None
    # a description set off by commas on both sides (or the sentence's end), and not the clause
    # after a source put first (`Menurut Hardi, penyebab kebakaran …`) unless it opens as one
    # (`Menurut Suryadi, salah seorang penambang belerang, …`)
    set_off = (
        "," in m.group()
        and (close >= len(norm) or norm[close] in ",.")
        and (not _SOURCE_FIRST.search(norm, max(0, end - 40), end) or _OPENS_AS_ONE.match(norm, m.end()) is not None)
    )
    if len(words) > MAX_ROLE_WORDS or not (
        is_head(words[0], head_words(title_firsts)) or (set_off and agent_noun(words[0]))
    ):
        return None
    # `dan`, `serta`, `untuk` between two capitalised words join the names inside a post
    inner = {
        k
        for k, w in enumerate(words)
        if 0 < k < len(words) - 1
        and w in ("dan", "serta", "untuk", "pada")
        and (
            (w != "pada" and words[k - 1][:1].isupper() and words[k + 1][:1].isupper())
            # `pendiri dan CEO Fuelary`: two posts of one person
            or (words[k - 1].lower() in title_firsts and words[k + 1].lower() in title_firsts)
            # `asisten sekretaris jenderal untuk misi perdamaian;`: in a list split by semicolons each
            # item is one description, so what the post is for belongs to it
            or (w == "untuk" and cut is None and close < len(norm) and norm[close] == ";")
            # `Visiting Professor pada Asser Institute`: the body the post is at; `ahli antropologi dan
            # profesor psikologi`: a second post of the same person
            or post_goes_on(w, words[:k], words[k + 1], heads)
        )
    }
    if any(
        (verbish(w) and not is_head(w, heads)) or (w.lower() in role_lists()["stop"] and k not in inner)
        for k, w in enumerate(words)
    ):
        return None
    if cut is None and when is None and titled and norm[close] == ",":
        more = _fields_after(norm, close, line_end)
        if more > close:
            # `Budi, Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Bantul, mengatakan`
            return " ".join(norm[m.end() : more].split())
    return " ".join(words).replace("( ", "(").replace(" )", ")")


# the source put first, before its name (`Menurut Hardi`, `Bagi Nehru`): a clause follows the comma
_SOURCE_FIRST = re.compile(r"(?:\b[Mm]enurut|\bKata|\bBagi)\s+(?:[A-Z][\w.'’-]*\s*){1,4}$")
_OPENS_AS_ONE = re.compile(r"(?:salah\s+(?:satu|seorang)|seorang|sang)\s", re.I)


def _second_post(words: list[str], heads: frozenset[str]) -> int | None:
    """Where `sekaligus` joins a second post or trade to the description (`pemilik toko sekaligus
    ketua RT`), not a tie to someone (`sekaligus istri …`) nor a standing in a case; None otherwise."""
    for k in range(1, len(words) - 1):
        if words[k].lower() != "sekaligus":
            continue
        nxt = words[k + 1].lower()
        if is_head(words[k + 1], heads) and not is_relation(nxt.removesuffix("nya")):
            return k if nxt not in role_lists()["legal_status"] else None
        return None
    return None


def _unclosed_post(words: list[str], title_firsts: frozenset[str]) -> int | None:
    """Where the sentence's verb stands in a post set off after a name whose closing comma the writer
    left out (`Adnan, Penasihat Media UNRWA mengatakan …`): a capitalised title, then only capitalised
    words (or the joins inside a body's name), then a lower-case `me-`/`ber-`/`di-` verb; None otherwise.
    A trade in lower case may open it when it names its body after `di`/`dari` (`Priyanka, analis pasar
    senior di Phillip Nova mengatakan …`), and `juga` may stand before the verb."""
    if len(words) < 3:
        return None
    first = words[0].lower()
    if first not in title_firsts and (not words[0][:1].isupper() or CONTRACTED_HEAD.match(first) is None):
        return None
    lower = words[0][:1].islower()
    named = False  # a capitalised word after `di`/`dari`: the body a lower-case trade is at
    for k in range(1, min(len(words), _UNCLOSED_WORDS + 1)):
        w = words[k]
        if verbish(w) or w == "juga" and k + 1 < len(words) and verbish(words[k + 1]):
            return k if k >= 2 and (named or not lower) else None
        if w in _AT_WORDS and k + 1 < len(words) and words[k + 1][:1].isupper():
            named = True
            continue
        if lower and not named and k <= _TRADE_WORDS and w[:1].islower() and w not in role_lists()["stop"]:
            continue  # `analis pasar senior`: the trade's own words before its body
        if w in BOUNDARY or not (w[:1].isupper() or w[:1].isdigit() or w in INNER):
            return None
    return None


_AT_WORDS = frozenset(("di", "dari"))
_TRADE_WORDS = 3
_UNCLOSED_WORDS = 12  # `Kepala Balai Pengelola Transportasi Darat Wilayah IV Tipe A Pekanbaru`


def _member_of(found: str) -> bool:
    """A group noun of what the person is or does (`TAS (22), mahasiswa semester VII Program Studi
    Sosiologi FISIP Unud,`): after the age and set off by commas it is the person's role, however
    long the body it names (not a tie, nor where the person lives: `Yanto (30), warga Sukamaju,`)."""
    first = found.split()[0].lower()
    lists = role_lists()
    return (
        first in lists["role_nouns"]
        and first not in lists["kinship"]
        and first not in NOT_POSTS
        and not is_relation(first)
    )


_AGE_COMMA = re.compile(r"\s*,\s*")


def _unclosed_after_age(norm: str, at: int, line_end: int) -> str | None:
    """`Sutrisno (50), pemilik warung di lokasi mengaku …`: after the age, a description whose
    closing comma the writer left out; it ends at the sentence's verb (the first `me-`/`ber-`/`di-`
    word), a few words on, with no stop word or punctuation before it."""
    m = _AGE_COMMA.match(norm, at, line_end)
    if m is None:
        return None
    words: list[str] = []
    for t in WORD.finditer(norm, m.end(), line_end):
        w = t.group()
        if verbish(w):
            return " ".join(words) if words else None
        if w in BOUNDARY or w.lower() in role_lists()["stop"] or len(words) == _LAST_WORDS:
            return None
        words.append(w)
    return None


_AND_NEXT = re.compile(r",?\s*(?:dan|serta|&)\s")


def _fields_after(norm: str, close: int, line_end: int) -> int:
    """Where a post set off after a name really ends when the comma at ``close`` goes on with
    the fields of its body up to `dan` (`…, Pemuda, dan Olahraga Kabupaten Bantul,`) or its
    parent body (`…, Direktorat Reserse Narkoba Polda Metro Jaya,`): the end of the last such
    part, or ``close`` itself. Every part is capitalised; the post must close with `,` or `.`."""
    org_firsts = first_words(lexicon().org_start)
    parts: list[tuple[list[str], int]] = []
    at = close
    while len(parts) < MAX_COMMAS and at < line_end and norm[at] == ",":
        end = _description_end(norm, at + 1, line_end)
        seg = [w.group() for w in WORD.finditer(norm, at + 1, end)]
        if not seg or any(not (w[:1].isupper() or w.lower() in INNER or ROMAN.match(w)) for w in seg):
            break
        if opens_post(seg, role_firsts()):
            break  # `…, Menteri BUMN, dan …`: the next post of a list
        parts.append((seg, end))
        at = end
    best = close
    for n in range(len(parts), 0, -1):
        chain = [seg for seg, _ in parts[:n]]
        listed = any(w.lower() in ("dan", "serta") for w in chain[-1])
        fields = listed and all(len(seg) <= ITEM_WORDS for seg in chain[:-1])
        bodies = all(seg[0].lower() in org_firsts for seg in chain)
        end = parts[n - 1][1]
        # (a list that goes on after it, `…, Dinas Sosial, dan warga`, is a list of parties)
        if (fields or bodies) and end < line_end and norm[end] in ",." and not _AND_NEXT.match(norm, end):
            best = end
            break
    return best


# `Ketua Umum Asosiasi Pengusaha Indonesia (Apindo),`: a body's short form in brackets inside a description
_SHORT_FORM = re.compile(r"\(\s*[A-Z][\w&.'’-]{1,14}\s*\)")


def _description_end(norm: str, at: int, line_end: int) -> int:
    """Where a description set off after a name ends: the first comma, stop, colon, bracket or
    quotation mark, past a body's short form in brackets."""
    while True:
        close = line_end
        for ch in ',.;:("“':
            p = norm.find(ch, at, close)
            if p != -1:
                close = p
        short = _SHORT_FORM.match(norm, close) if close < line_end and norm[close] == "(" else None
        if short is None:
            return close
        at = short.end()


def clause_role(norm: str, at: int, line_end: int, title_firsts: frozenset[str]) -> str | None:
    """`Jennifer Balch yang juga merupakan penulis penelitian tersebut di University of …`: the
    role noun after `yang merupakan`, up to the first stop word, preposition or verb."""
    heads = head_words(title_firsts)
    role: list[str] = []
    for w in (w.group() for w in WORD.finditer(norm, at, line_end)):
        low = w.lower()
        if w in BOUNDARY or low in role_lists()["stop"] or low in _CLAUSE_END or (verbish(w) and not is_head(w, heads)):
            break
        if len(role) >= 2 and w[:1].islower() and low not in INNER and all(x[:1].isupper() for x in role[-2:]):
            break  # `… menjabat Ketua DPD Golkar Jatim hadir`: the post in capitals ends before the verb
        role.append(w)
        if len(role) > MAX_ROLE_WORDS:
            return None
        if SENTENCE_END_WORD.search(w):
            break  # `… Ketua Yayasan Peduli Anak. Maria mengatakan`: the sentence ends here
    if not role or not is_head(role[0], heads) or is_rank(" ".join(role)):
        return None
    if role[0].lower() in NOT_POSTS:
        return None  # `Budi adalah warga Desa Sukamaju`: where one lives, not a post
    return " ".join(role).rstrip(".")


_ONE_NO_COMMA = re.compile(r"\s+seorang\s+(?!diri\b)")  # `Hilman seorang wartawan` (not `seorang diri`)
_JOB_NO_COMMA = re.compile(r"\s+(?=[a-z])")  # one space, then a lower-case word: no comma, no bracket


def _job_no_comma(norm: str, at: int, line_end: int) -> str | None:
    """`saksi I Made Rai satpam Teras Hotel menjelaskan`, `Ong (24) mahasiswa asal Singapura jatuh`:
    a job or trade in lower case written right after the name (or its age) with no comma is the
    name's apposition; it runs to the sentence's verb, a stop word, a preposition, a mark, the sentence's
    end, or the first lower-case word after its body's capitalised name (the clause goes on there). A
    relation (`istri`), where one lives (`warga`) or a form of address is no such job."""
    m = _JOB_NO_COMMA.match(norm, at, line_end)
    if m is None:
        return None
    first = WORD.match(norm, m.end())
    if first is None or first.group() not in post_nouns() | role_lists()["trades"]:
        return None
    role: list[str] = []
    for t in WORD.finditer(norm, m.end(), line_end):
        w = t.group()
        low = w.lower()
        if w in BOUNDARY or low in role_lists()["stop"] or low in _CLAUSE_END or (role and verbish(w)):
            break
        if role and w[:1].islower() and role[-1][:1].isupper():
            break  # `mahasiswa asal Singapura jatuh`: the body's name is closed, a clause follows
        role.append(w)
        if len(role) > MAX_ROLE_WORDS:
            return None
        if SENTENCE_END_WORD.search(w):
            break  # `Hendro pedagang sayur. Dia …`: the sentence ends with the job
    job = " ".join(role).rstrip(".")
    return job if job and not is_rank(job) else None


def titled_after(norm: str, end: int) -> bool:
    """A title right after a name (`… Piliang selaku Direktur PT Rona Namora`): a person, even if
    named only once."""
    firsts = role_firsts()
    return role_as(norm, end, min(len(norm), end + ROLE_WINDOW), firsts) is not None


def set_off(norm: str, mention: Cand) -> bool:
    """`… kasus subsidi beras ini, Boonsong Teriyapirom, sudah divonis`: a name of two or more
    words set off by commas after a description is the person described, even if named once."""
    if len(mention.text.split()) < 2:
        return False
    before = norm[max(0, mention.start - 2) : mention.start]
    after = norm[mention.end : mention.end + 1]
    if not (before.endswith(", ") and after == ","):
        return False
    prev = norm[max(0, mention.start - 40) : mention.start - 2].split()
    return bool(prev) and prev[-1][:1].islower()  # a description, not a list of names
