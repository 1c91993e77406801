"""Posts and bodies: a role cut to its post (no rank alone, no legal standing, no clause it ran into:
``post_of``), and the posts the tagger's title run stops inside or reads too short — a role noun
before a body (`juru bicara KPK Budi Prasetyo`), a numbered unit, a post with a list or a pair of
fields (`Kepala Pusat Data, Informasi, dan Komunikasi …`), a short form in brackets, an office after
`pada`, a bare title the article writes in full elsewhere."""

from __future__ import annotations

import re

from warta.entities.patterns import lexicon
from warta.entities.roles.after import AS_POST, role_as
from warta.entities.roles.before import opens_post, role_before, role_words
from warta.entities.roles.inside import others_inside
from warta.entities.roles.words import (
    MAX_ROLE_MENTIONS,
    MAX_ROLE_WORDS,
    WORD,
    head_words,
    is_head,
    is_rank,
    is_relation,
    post_nouns,
    role_lists,
    window_start,
)
from warta.entities.spans import Cluster


def post_over_body(norm: str, cl: Cluster, firsts: frozenset[str]) -> str | None:
    """`Kepala Seksi Intelijen (Kasi Intel) Kejari Lembata, Risal`: a role read only after a short
    form in brackets (`Kejari Lembata`) is the end of a post the title run stopped inside; the
    whole post before the comma, when it ends with that role and holds the brackets."""
    for m in cl.mentions[:MAX_ROLE_MENTIONS]:
        line_start = window_start(norm, m.start)
        found = role_before(norm, m.start, line_start, firsts, m.end)
        if found is not None and ") " + (cl.role or "") in found[0] and found[0].endswith(" " + (cl.role or "")):
            return found[0]
    return None


_AT_OFFICE = re.compile(r"(?P<post>[A-Z][\w.-]*(?: (?:[A-Z][\w.&-]*|\([A-Z][\w.&-]*\)|dan)){1,8}) pada $")
_AT_OFFICE_REACH = 120  # the post before `pada`: a title and a few words of its field


def post_at_office(norm: str, cl: Cluster, firsts: frozenset[str]) -> str | None:
    """`Direktur Penyidikan pada Jampidsus Kejagung Abdul Qohar`: the title run reads the office
    after `pada` (`Jampidsus Kejagung`), itself a post; the person holds the post before `pada` in
    that office, and both, joined, are the role. None when no mention stands so."""
    role = cl.role or ""
    for m in cl.mentions[:4]:
        at = norm.rfind(role, max(0, m.start - len(role) - 40), m.start)
        if at < 0 or (norm[at + len(role) : m.start].strip() and not is_rank(norm[at + len(role) : m.start])):
            continue
        found = _AT_OFFICE.search(norm, max(0, at - _AT_OFFICE_REACH), at)
        if found is None or found.group("post").split()[0].lower() not in firsts:
            continue
        post = found.group("post")
        # the longest tail of the words before `pada` that a title opens
        words = post.split()
        start = next((i for i, w in enumerate(words) if w.lower() in firsts), None)
        if start is not None:
            return " ".join(words[start:]) + " pada " + role
    return None


def title_over_trade(norm: str, cl: Cluster, firsts: frozenset[str]) -> str | None:
    """`Ketua majelis hakim Budi`: the title run stops at the lower-case words and leaves the
    trade (`hakim`); the whole post before the name ends with that trade. None when no mention
    has one."""
    role = cl.role or ""
    for m in cl.mentions[:4]:
        if not norm[max(0, m.start - len(role) - 1) : m.start].lower().startswith(role.lower()):
            continue
        at = m.start - len(role) - 1
        toks = [(t.group(), t.start()) for t in WORD.finditer(norm, max(0, at - 80), at)]
        qualifiers = role_lists()["title_qualifiers"] | post_nouns()
        x, head = len(toks), None
        while x > 0 and len(toks) - x < 4:
            w, low = toks[x - 1][0], toks[x - 1][0].lower()
            if is_relation(low):
                break  # `Putra motivator kondang Ari`: someone's son, not a title of Ari's
            if low in firsts and not is_rank(w):
                head = x - 1
                if w[:1].isupper():
                    break
            elif not (w[:1].islower() and low in qualifiers):
                break
            x -= 1
        if head is not None and norm[toks[-1][1] + len(toks[-1][0]) : at].strip() == "":
            return " ".join(norm[toks[head][1] : m.start].split())
    return None


def post_over_bare_title(
    norm: str, cl: Cluster, people: list[tuple[int, Cluster]], firsts: frozenset[str]
) -> str | None:
    """`Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki … Menteri Basuki`: the title
    run read the bare title at a later mention and stopped inside the full post at an earlier one.
    The full post before some mention that opens with the same title word is the role; None when
    no mention has one (or another person is named inside it)."""
    title = (cl.role or "").lower()
    # both readers take the post from the words before the mention on its line: a plain title
    # written nowhere there cannot open it, and that substring test costs far less than the reads
    plain = title.isascii() and title.isalpha()
    for m in cl.mentions[:MAX_ROLE_MENTIONS]:
        line_start = window_start(norm, m.start)
        if plain and title not in norm[line_start : m.start].lower():
            continue
        for read in (post_with_list, numbered_post):
            found = read(norm, m.start, line_start, firsts)
            if found is None or found[0].split()[0].lower() != title or len(found[0].split()) < 3:
                continue
            if not others_inside(people, cl, found[1], m.start, norm):
                return found[0]
    return None


def post_before_name_title(norm: str, cl: Cluster, firsts: frozenset[str]) -> str | None:
    """`Sekretaris Jenderal PSSI, Ratu Tisha Destria`: a post set off before a title that is also a
    name's word is the person's role, and the word opens the name (no queen is a federation's
    secretary). None when no mention has such a post before it."""
    for m in cl.mentions[:MAX_ROLE_MENTIONS]:
        title = norm[: m.start].rstrip().rsplit(None, 1)[-1:] or [""]
        if title[0].lower() != (cl.role or "").lower():
            continue
        at = norm.rfind(title[0], 0, m.start)
        found = role_before(norm, at, window_start(norm, at), firsts, m.end)
        if found is not None and found[0].lower() != title[0].lower():
            return found[0]
    return None


def post_over_description(norm: str, cl: Cluster, firsts: frozenset[str]) -> str | None:
    """`kader PKS Mardani Ali Sera sebagai Ketua Tim Pemenangan`: the post the sentence gives the
    person after `sebagai`/`selaku` (capitalised, a title) is the role, not the party or trade
    described before the name. None when no mention has one."""
    for m in cl.mentions[:4]:
        line_end = norm.find("\n", m.end)
        line_end = len(norm) if line_end == -1 else line_end
        cue = AS_POST.match(norm, m.end, line_end)
        if cue is None or not any(w in cue.group() for w in ("sebagai", "selaku", "menjadi")):
            continue
        post = role_as(norm, m.end, line_end, firsts)
        if post and post[:1].isupper() and post.split()[0].lower().strip(".") in firsts:
            return post
    return None


def post_of(role: str | None) -> str | None:
    """A role that is only a rank (`AKP`, `Ipda`) says no post: none, rather than the rank; a role
    that ran into the sentence ends where the sentence's own words begin (see ``_role_end``); a
    standing in a case is no post (see ``_without_status``)."""
    if not role or is_rank(role):
        return None
    return _without_status(_role_end(role)) or None


def _without_status(role: str) -> str:
    """The role without a standing in a case opening it (roles.json `legal_status`): the post
    after it stays (`tersangka Kepala Desa Sukamaju`, `terdakwa mantan Bupati …`), else none —
    `terdakwa`, `saksi`, `tersangka kasus suap` are no title or job (GUIDELINES `role`)."""
    words = role.split()
    if not words or words[0].lower() not in role_lists()["legal_status"]:
        return role
    rest = words[1:]
    return " ".join(rest) if rest and (rest[0][:1].isupper() or rest[0] in ("mantan", "eks")) else ""


# what closes a role that ran on: a conjunction or preposition left at its end, or the editor's mark
_DANGLING = re.compile(r"(?:[\s,]+(?:dan|serta|atau|di|dari|ke|untuk|oleh|red))+\)?$|\)(?:[\s,]+(?:dan|serta))+$")


def _role_end(role: str) -> str:
    """The role up to the first word of the clause it ran into (`pelatih Arema FC kembali`,
    `Sekjen UNWTO dalam pernyataan`: roles.json `clause_words`), without a conjunction, a
    preposition or the editor's `red` left at its end (`Duta Besar RI untuk Tiongkok dan`,
    `pelatih PSM, red`), and without a bracket it never opened (`Menteri ESDM), dan`)."""
    words = role.split()
    stops = role_lists()["clause_words"]
    cut = next(
        (k for k, w in enumerate(words) if k and w in stops and (w != "dalam" or k < len(words) - 1)),
        len(words),
    )
    out = _DANGLING.sub("", " ".join(words[:cut])).rstrip(" ,")
    if out.endswith(")") and out.count(")") > out.count("("):
        out = out[:-1].rstrip()
    return out


def role_of_body(
    norm: str, start: int, line_start: int, bodies: dict[int, int], title_firsts: frozenset[str]
) -> tuple[str, int] | None:
    """`Pejabat Kementerian Dalam Negeri Josue Boji`, `juru bicara KPK Budi Prasetyo`: a role noun,
    then the organisation, right before the name."""
    end = start
    while end > line_start and end > start - 3 and norm[end - 1] in " \t":
        end -= 1
    org_start = bodies.get(end) if end < start else None
    if org_start is None:
        return None
    words = [w.group() for w in WORD.finditer(norm, max(line_start, org_start - 40), org_start)]
    heads = head_words(title_firsts)
    if words and words[-1].lower() == "dari":
        # `Ketua Pansus KPK dari Fraksi Partai Golkar Agun Gunandjar`: the post, then the body
        # the person comes from
        before = [w.group() for w in WORD.finditer(norm, max(line_start, org_start - 80), org_start)]
        post = role_words(before[:-1], heads)
        if post is None or is_relation(" ".join(post)) or post[0][:1].islower():
            return None
        at = norm.rfind(" ".join(post), line_start, org_start)
        return " ".join(post) + " dari " + norm[org_start:end], at if at >= 0 else org_start
    if words and words[-1] == ")":
        # `Jaksa penuntut umum (JPU) KPK Wawan`: the post with its short form, then the body
        post = role_words(words, heads)
        if post is None or post[0][:1].islower() or is_relation(" ".join(post)):
            return None
        at = norm.rfind(post[0], line_start, org_start)
        text = " ".join(post).replace("( ", "(").replace(" )", ")")
        return text + " " + norm[org_start:end], at if at >= 0 else org_start
    for n in (2, 1):  # `juru bicara`, `Pejabat`
        if len(words) >= n and is_head(words[-n], heads) and not is_rank(" ".join(words[-n:])):
            head = words[-n:]
            if n == 2 and not is_head(head[0], heads):
                continue
            at = norm.rfind(head[0], line_start, org_start)
            return " ".join(head) + " " + norm[org_start:end], at
    return None


_UNIT_NUMBER = re.compile(r"\d{1,4}(?:/[\w-]+)*$|[IVX]{1,5}$")


_POST_JOINS = frozenset(("dari", "pada"))  # `… dari Fraksi PAN`, `Kasubdit Penyidikan pada Direktorat …`


def numbered_post(norm: str, start: int, line_start: int, title_firsts: frozenset[str]) -> tuple[str, int] | None:
    """A post right before the name that the tagger's title run stops inside: a unit with a number
    (`Ketua RT 05 Sutrisno`, `Danramil 01/Cibinong Kapten Inf Joko`) or a post in lower case or with
    lower-case qualifiers (`kata menteri luar negeri Iran Abbas`, `Presiden terpilih AS Donald`,
    `Capres nomor urut 1 Anies`)."""
    toks = [(t.group(), t.start()) for t in WORD.finditer(norm, max(line_start, start - 160), start)]
    k = len(toks)
    for n in (3, 2, 1):  # a rank right before the name: the post stands before it
        if k - n >= 0 and is_rank(" ".join(t for t, _ in toks[k - n : k])):
            k -= n
            break
    status = role_lists()["post_status"]
    qualifiers = role_lists()["title_qualifiers"] | status
    nouns = post_nouns()
    x = k
    while x > 0 and k - x < MAX_ROLE_WORDS:
        w = toks[x - 1][0]
        low = w.lower()
        if w.endswith(".") and len(w) > 2:
            break  # `… anggota DPR. Teradu II`: the sentence before (an initial, `M.`, is part of a name)
        capital = w[:1].isupper()
        if w == ")":
            # `… Angkatan Muda Partai Golkar (PP AMPG) Mustafa`: a body's short form inside the post
            opened = next((y for y in range(x - 2, max(-1, x - 5), -1) if toks[y][0] == "("), None)
            if opened is None or not all(t[:1].isupper() for t, _ in toks[opened + 1 : x - 1]):
                break
            x = opened
            continue
        if low in _POST_JOINS and x > 1 and x < k and toks[x - 2][0][:1].isupper() and toks[x][0][:1].isupper():
            x -= 1  # `Pimpinan MPR RI dari Fraksi PAN`: the body a member of a board comes from
            continue
        if (
            capital
            or _UNIT_NUMBER.match(w)
            or (w[:1].islower() and (low in title_firsts or low in qualifiers or low in nouns))
        ):
            x -= 1
            continue
        break
    run = [t for t, _ in toks[x:k]]
    for post in role_lists()["honorific_posts"]:
        n = len(post.split())
        for i in range(len(run) - n + 1):
            if " ".join(run[i : i + n]).lower() == post:
                return " ".join(run[i:]), toks[x + i][1]  # `Ibu Negara Iriana`: a post, not a form of address
    head = next(
        (i for i, w in enumerate(run) if (w.lower() in title_firsts or w.lower() in nouns) and not is_rank(w)), None
    )
    if head is None or head + 1 >= len(run) or run[:head].count("(") > run[:head].count(")"):
        return None  # (`jaksa penuntut umum (JPU) Budi`: a short form inside brackets opens no post)
    run = run[head:]
    numbered = any(_UNIT_NUMBER.match(w) or w == ")" or w.lower() in _POST_JOINS for w in run[1:])
    lower = any(w[:1].islower() for w in run)
    # `Kalak BPBD Kota Bogor Theo`: a post noun the title list does not hold, so no title run read it
    unread = run[0].lower() not in title_firsts
    if (
        not (numbered or lower or unread)
        or is_rank(" ".join(run))
        or not (run[-1][:1].isupper() or _UNIT_NUMBER.match(run[-1]) or run[-1] == ")" or _closes_post(run, status))
    ):
        return None  # a post all in capitals is the tagger's to read; the post ends with its body
    at = toks[x + head][1]
    return " ".join(norm[at : toks[k - 1][1] + len(toks[k - 1][0])].split()), at


_RUN_WORDS = re.compile(r"(?:[A-Z][\w-]*[ \t]+){2,4}$")  # capitalised words right before the name, on its line


def title_in_run(norm: str, start: int, line_start: int) -> tuple[str, int] | None:
    """`setahun Pemerintahan Presiden Prabowo Subianto`, `Asta Cita Presiden Prabowo`: a title right
    before the name that the title run did not read, because a capitalised word of something else
    (what the person leads or owns) opened the run before it. The longest title the lexicon lists
    that ends at the name, after a capitalised word, and no rank; None otherwise."""
    m = _RUN_WORDS.search(norm, max(line_start, start - 60), start)
    if m is None:
        return None
    found = list(re.finditer(r"\S+", m.group()))  # (the run's words may stand two spaces apart)
    words = [w.group() for w in found]
    titles = lexicon().roles
    for n in range(len(words) - 1, 0, -1):
        title = words[-n:]
        if tuple(w.lower() for w in title) in titles and not is_rank(" ".join(title)):
            return " ".join(title), m.start() + found[-n].start()  # the run's last words: it ends at ``start``
    return None


def _closes_post(run: list[str], status: frozenset[str]) -> bool:
    """`Ketua DPR nonaktif`, `Wakil Gubernur DKI terpilih`: the post's body, then a word of its
    standing that closes it."""
    return len(run) >= 3 and run[-1].lower() in status and run[-2][:1].isupper()


_LIST_JOINS = frozenset(("dan", "serta", "&"))
# lower-case words after which a post names its field (`Menteri Koordinator bidang Pembangunan …`)
_FIELD_WORDS = frozenset(("bidang", "urusan"))


def post_with_list(norm: str, start: int, line_start: int, title_firsts: frozenset[str]) -> tuple[str, int] | None:
    """`Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari`: a post whose
    office name lists its fields with commas, right before the name (the title run stops at the
    first comma). The run back from the name holds only capitalised words, short forms in brackets
    and the list's commas and `dan`; a title opens it, and the list closes with `dan`."""
    toks = [(t.group(), t.start()) for t in WORD.finditer(norm, max(line_start, start - 200), start)]
    if not toks or toks[-1][0] == ",":
        return None  # a description set off by a comma is `role_before`'s
    k = len(toks)
    for n in (3, 2, 1):  # a rank right before the name: the post stands before it
        if k - n >= 0 and is_rank(" ".join(t for t, _ in toks[k - n : k])):
            k -= n
            break
    x = k
    while x > 0:
        w = toks[x - 1][0]
        if (
            w in (",", "(", ")")
            or w.lower() in _LIST_JOINS
            or (w[:1].isupper() and not w.endswith("."))
            or (w in _FIELD_WORDS and x < k and toks[x][0][:1].isupper())
            # `Kabid Hubungan Media dan Kehumasan pada Puspenkum Kejagung`: the office the post is at
            or (w in _POST_JOINS and 1 < x < k and toks[x - 2][0][:1].isupper() and toks[x][0][:1].isupper())
        ):
            x -= 1
            continue
        break
    run = [t for t, _ in toks[x:k]]
    head = next((i for i, w in enumerate(run) if w.lower() in title_firsts and w[:1].isupper()), None)
    if head is None:
        return None
    # `Sekretaris Kabinet Pramono Anung, Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki`: a comma
    # before a title closes the post of the person before; the post of this one opens there
    head = max(
        (i + 1 for i in range(head, len(run) - 1) if run[i] == "," and opens_post(run[i + 1 : i + 2], title_firsts)),
        default=head,
    )
    run = run[head:]
    commas = [i for i, w in enumerate(run) if w == ","]
    # `Direktur Perlindungan WNI dan Badan Hukum Indonesia Kementerian Luar Negeri Iqbal`: two
    # fields joined by `dan` with no comma, the office's name after them
    if not commas:
        return _post_with_pair(run, toks[x + head][1], title_firsts)
    after = run[commas[-1] + 1 :]
    # the list closes with `dan` after its last comma (`Data, Informasi, dan Komunikasi`) or one
    # word after it (`Protokol, Pers dan Media`), and goes on to the office's name
    late = len(after) >= 3 and after[0][:1].isupper() and after[1].lower() in _LIST_JOINS
    if not after or not (after[0].lower() in _LIST_JOINS or late) or len(after) < 2 or len(run) > MAX_ROLE_WORDS:
        return None
    items = [run[i + 1] for i in commas] + [after[2] if late else after[1]]
    if any(w.lower() in title_firsts for w in items):
        return None  # `Kapolda Riau, Kapolres Kampar, dan Kapolsek …`: a list of posts, not one office
    if not run[commas[0] - 1][:1].isupper() or any(run[i + 1] == "," for i in commas[:-1]):
        return None
    text = " ".join(run).replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return text, toks[x + head][1]


def _post_with_pair(run: list[str], at: int, title_firsts: frozenset[str]) -> tuple[str, int] | None:
    """A post of capitalised words with one `dan` inside and no comma, read back from the name:
    the title, a field, `dan`, another field and the office's name (two words at least on each
    side, and no second title after `dan`, which would be a second person's post)."""
    joins = [i for i, w in enumerate(run) if w.lower() in _LIST_JOINS]
    if len(joins) != 1 or not _short_forms_only(run, joins[0]) or len(run) > MAX_ROLE_WORDS:
        return None
    d = joins[0]
    # the person's own given name the tagger left out of the mention (`… Luar Negeri Iqbal Lalu`)
    given = lexicon().given
    cut = next((i for i in range(d + 2, len(run)) if run[i] in given), len(run))
    left, right = run[:d], run[d + 1 : cut]
    # (after a field word the fields are listed, and the last may be one word: `bidang Pembangunan
    # Manusia dan Kebudayaan`)
    least = 1 if any(w in _FIELD_WORDS for w in left[1:]) else 2
    fields = [w for w in right if w not in "()"]
    if len(left) < 2 or len(fields) < least or any(w.lower() in title_firsts for w in right):
        return None
    return " ".join(run[:cut]).replace("( ", "(").replace(" )", ")"), at


_SHORT_FORM_WORDS = 3  # `(PUPR)`, `(Ditjen Intram)`, `(PUI SKO)`: an office's short form is one to three words


def _short_forms_only(run: list[str], join: int) -> bool:
    """Brackets in a post's run only around one short form of capitalised words after its `dan`
    (`Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki`, `Dirjen Integrasi Transportasi
    dan Multimoda (Ditjen Intram) Kemenhub Risal`): the office's short form."""
    opened = None
    for i, w in enumerate(run):
        if w == "(":
            if opened is not None or i <= join + 1:
                return False
            opened = i
        elif w == ")":
            inside = run[opened + 1 : i] if opened is not None else []
            if not 1 <= len(inside) <= _SHORT_FORM_WORDS or not all(x[:1].isupper() for x in inside):
                return False
            opened = None
    return opened is None
