"""Indirect quotes: reported content introduced by a verb or marker of saying.

Shapes, tried in this order on each sentence (outside direct quotes and their attributions):
``Dikutip dari X, …`` (X is source and medium), ``Menurut X, …`` / ``…menurutnya …``,
``X mengatakan (bahwa) …``, ``…, terang X, …`` / ``…, disebutkan X, …``, ``…, kata X.``,
``…, demikian kata/disampaikan/pernyataan X.`` and ``…, demikian BMKG.``.
The text is the reported content only. A verb followed by a topic (``menjelaskan soal modus``)
or by something that is not a clause is not a quote.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import islice
from typing import Any

from warta.quotes import runon
from warta.quotes.attribution import (
    ADVERBS,
    DAY_OR_MONTH,
    NOT_SUBJECT_START,
    NP_STOP,
    STATEMENT_MODIFIERS,
    STATEMENT_NOUNS,
    SUBORDINATORS,
    closing_via,
    cue_of,
    find_via,
    is_pronoun,
    is_when,
    medium_after,
    np_after,
    strip_connectives,
    subject_before,
)
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import (
    DEMONSTRATIVES,
    FRAGMENT_STARTS,
    GLUED_STOP,
    PREDICATES,
    Candidate,
    Layout,
    Word,
    index_words,
    is_cap,
    is_verbish,
    words,
)

# words right before a verb that make it something other than a statement made
NOT_STATED = wordset("not_stated")
# words that open a scene before the verb of saying (`X saat ditemui …`, `X ketika menyampaikan rilis …`)
SCENE_OPENERS = frozenset(("saat", "ketika", "usai", "seusai", "sesudah", "setelah", "sebelum"))
ADJUNCT_START = wordset("adjunct_start")
BASIS_PREPOSITIONS = wordset("basis_prepositions")  # `berdasarkan data …`: the ground of a statement
LEAD_ADVERBS = wordset("lead_adverbs")
DIRECTIVE_MARKS = wordset("directive_marks")
MIN_WORDS = 3
LIST_INTROS = frozenset(("berikut", "berikutnya", "inilah", "simak"))
PLACE_PREPOSITIONS = frozenset(("di", "ke", "dari", "pada", "dalam"))
SPLIT_CLITICS = frozenset(("ya", "nya"))  # `Menurut ya,`: the clitic `-nya` typed as a word
MAX_RUN_ON = 3  # sentences that may run on into one reported statement
MAX_TAIL = 1  # cue-less sentences that may carry a statement on to its paragraph's end
WRITER_OPENERS = wordset("writer_openers")
BACKGROUND_OPENERS = wordset("background_openers")
NOT_AFTER_SUBJECT = wordset("not_after_subject")
LINKING_OPENERS = wordset("linking_openers")
# a possibility or a condition: the speaker reasoning, not the writer reporting a fact
POSSIBILITY_WORDS = frozenset(("dapat", "bisa", "boleh", "mampu", "jika", "apabila", "bila", "kalau", "asalkan"))
PURPOSE_WORDS = wordset("purpose_words")
DEMONSTRATIVE_TIME_HEADS = wordset("demonstrative_time_heads")
POINTING_WRITER_VERBS = wordset("pointing_writer_verbs")
DEPENDENT_OPENERS = wordset("dependent_openers")
SPEAKER_VOICE = wordset("speaker_voice")
THIRD_PERSON = frozenset(("ia", "dia", "mereka", "beliau"))
# linking back only with their comma (`Sebab, …`; `Sebab pada dasarnya …` may be the writer's own); `makanya`
# and `pasalnya` never open the writer's own sentence
CAUSAL_OPENERS = frozenset(("sebab", "sebabnya", "karena", "karenanya"))
CONSEQUENCE_OPENERS = wordset("consequence_openers")
ENUMERATION_OPENERS = wordset("enumeration_openers")
POINTING_OPENERS = wordset("pointing_openers")
COMPLAINT_BODIES = wordset("complaint_bodies")
REPORTED_PARTIES = wordset("reported_parties")
COUNTING_WORDS = wordset("counting_words")
# how far into an invitation the mark of an appeal may stand, past the people invited
# (`mengajak warga Jakarta yang … untuk …`)
APPEAL_WINDOW = 10
LODGING_TAILS = wordset("lodging_tails")
CHARGE_WORDS = wordset("charge_words")
# after `melaporkan <Name>`: the deed or cause the person is reported for follows, not a clause
REPORTED_FOR = frozenset(("setelah", "usai", "seusai", "karena", "lantaran", "akibat", "atas", "terkait", "soal"))
CAUSING_SUBJECTS = wordset("causing_subjects")
ADDRESSED_QUANTIFIERS = wordset("addressed_quantifiers")
REQUESTED_OBJECTS = wordset("requested_objects")
ADDED_THINGS = wordset("added_things")
MEANS_PREPOSITIONS = wordset("means_prepositions")
ACCOUNT_MARKERS = wordset("account_markers")
ACCOUNT_NOUNS = wordset("account_nouns")
SOURCE_LINKS = wordset("source_noun_links")
FIRST_PERSON = wordset("first_person")
_ACCOUNT_WORDS = 10  # words of an account marker's source phrase before its comma
EXAMPLE_CUES = wordset("example_cues")
AGENT_PASSIVES = wordset("agent_passives")
JUDGING_CUES = wordset("judging_cues")
# contrastive connectives after a comma that end a request (`minta X …, tapi X tetap …`)
CONTRASTS = frozenset(("tapi", "tetapi", "namun", "sedangkan", "sementara", "padahal"))
# `tidak hanya …` and the contrasts that complete it (`…, tetapi juga …`): grammar.json
CORRELATIVE_LEADS = wordset("correlative_leads")
CORRELATIVE_CONTRASTS = wordset("correlative_contrasts")
# adjectives that right after a noun modify it (`demonstrasi besar yang …`) rather than predicate it
ATTRIBUTIVE = frozenset(("besar", "kecil", "tinggi", "rendah", "baik", "buruk", "baru", "penting", "banyak"))
# verbs whose bare object is often a feeling or a stance (`menyampaikan keprihatinan`)
EXPRESSIVE = wordset("expressive_verbs")
# words after which `kata` is the noun `word` (`dengan kata lain`, `sebuah kata`, `kata demi kata`)
NOUN_KATA_BEFORE = frozenset(
    ("dengan", "sebuah", "satu", "dua", "tiga", "kata", "per", "dalam", "pada", "dari", "beberapa", "setiap", "tiap")
)
NOT_TOPICS = wordset("not_topics")
# auxiliaries and negations: after a noun they show a clause has begun (`pemerintah telah …`)
CLAUSE_MARKERS = wordset("clause_markers")
INTERJECTED_CUES = wordset("interjected_cues")
GROUP_DETERMINERS = frozenset(("para", "sejumlah", "beberapa", "sebagian"))
# time clauses that, set off after a cue's comma, open the content (`mengatakan, usai …, X …`)
CONTENT_TIME_OPENERS = frozenset(("usai", "seusai"))
# words that make such a clause the scene of the saying instead (`usai ditemui wartawan`)
SAYING_SCENE = frozenset(("ditemui", "dihubungi", "dikonfirmasi", "wawancara", "rapat", "konferensi", "acara"))
# adverbs that open a predicate, never a noun phrase (an adjective follows its noun)
PREDICATE_OPENERS = frozenset(("baru", "hanya", "cuma"))


def _comma_between(norm: str, ws: list[Word], j: int) -> bool:
    """A comma between ``ws[j]`` and the next word, a decimal comma (`91,1%`) being none."""
    if j + 1 >= len(ws):
        return False
    gap = norm[ws[j].end : ws[j + 1].start]
    return "," in gap and not (gap == "," and ws[j].text[-1:].isdigit() and ws[j + 1].text[:1].isdigit())


def _skip_when(norm: str, ws: list[Word], i: int) -> int:
    """Past a time adjunct set off by commas at ``ws[i]`` (`Senin (10/11),`), and a `bahwa` after it."""
    j = i
    while j < len(ws) and j - i < 6 and not _comma_between(norm, ws, j):
        j += 1
    if j + 1 >= len(ws) or j - i >= 6 or not is_when(ws[i : j + 1]):
        return i
    j += 1
    return j + 1 if ws[j].low in ("bahwa", "bahwasanya") else j


def _content_start(norm: str, ws: list[Word], i: int, directive: bool) -> int | None:
    """Index of the first word of the reported content after the cue (word ``i - 1``)."""
    while i < len(ws) and ws[i].low in LEAD_ADVERBS:
        i += 1
    if i >= len(ws):
        return None
    if i > 0 and "," in norm[ws[i - 1].end : ws[i].start]:
        i = _skip_when(norm, ws, i)  # `mengatakan, Senin (10/11), defisit …`
        if i >= len(ws):
            return None
    if ws[i].low in ("bahwa", "kalau", "bahwasanya"):
        return i + 1
    if ws[i].low in ADJUNCT_START:
        # `mengatakan, usai pembersihan …, penerbangan kembali normal`: set off after the cue's
        # comma, a time clause belongs to what was said, not to the saying
        about = ws[i].low == "pada" and not _addressed(ws, i + 1)  # `pada beberapa minuman …`, not `pada wartawan`
        opens = i > 0 and "," in norm[ws[i - 1].end : ws[i].start] and (ws[i].low in CONTENT_TIME_OPENERS or about)
        for k in range(i + 1, min(len(ws), i + 14)):
            if ws[k].low in ("bahwa", "bahwasanya"):
                return k + 1
            if ws[k].low in CLAUSE_MARKERS and k > i + 1:
                # `mengatakan dalam setahun pemerintah telah …`: a subject and its auxiliary,
                # so the phrase opens the content rather than setting the scene
                return i
            if "," in norm[ws[k - 1].end : ws[k].start]:
                if opens and not any(x.low in SAYING_SCENE for x in ws[i:k]):
                    return i
                return _skip_when(norm, ws, k)  # `mengatakan di Jakarta, Senin, bahwa …`
        return i if directive or about or ws[i].low not in ("kepada", "kepadanya", "pada") else None
    return i


ADDRESSEE_HEADS = wordset("addressee_heads")


def _addressed(ws: list[Word], j: int) -> bool:
    """Whether the phrase after `pada` (word ``j`` on) names whom the words were said to (`pada
    wartawan`, `pada saya`, `pada Reuters`) rather than what they are about (`menambahkan pada Pemilu
    OSIS ini terdapat …`, `mengatakan pada beberapa minuman … mengandung …`, `menjelaskan, pada fase
    pertama …`): a pronoun, a noun of an audience, or a name not closed by a demonstrative."""
    if j >= len(ws):
        return True
    w = ws[j]
    if w.low.rstrip(",") in ADDRESSEE_HEADS or is_pronoun(w.text):
        return True
    if is_cap(w.text):
        k = j
        while k < len(ws) and is_cap(ws[k].text):
            k += 1
        return k >= len(ws) or ws[k].low.rstrip(",") not in ("ini", "itu", "tersebut")  # `Pemilu OSIS ini`: a thing
    return False


def _set_off(norm: str, cue: Word, content: list[Word]) -> bool:
    """`pengacara X mengatakan, Novanto luka serius …`: a comma right after the verb of saying
    sets off what was said, even where its predicate is an adjective no word list names."""
    return norm[cue.end : content[0].start].strip() == "," and len(content) >= MIN_WORDS


def _by_means(content: list[Word]) -> bool:
    """Content that opens with a means or manner (`dengan menggunakan pena bulu`, `dari sepakan
    Bale`), or with a name and then one (`Spurs lewat serangan balik`): the verb's act, not a
    statement (one that follows `bahwa` is still reported)."""
    k = 0
    while k < min(len(content), 4) and is_cap(content[k].text):
        k += 1
    if k >= len(content) or content[k].low not in MEANS_PREPOSITIONS:
        return False
    return all(x.low not in ("bahwa", "bahwasanya") for x in content[k : k + 8])


ENSURING_LEADS = frozenset(("dan", "serta", "demi", "karena"))  # `… dan memastikan …`, `demi memastikan …`
TIME_AFTER = frozenset(("setelah", "sesudah", "usai", "seusai"))


def _ensured(norm: str, ws: list[Word], k: int, sp: tuple[int, int], content: list[Word]) -> bool:
    """`memastikan` (like `menjamin`) is to make sure as often as to assure: a thing or a cause as
    its subject (`Kemenangan ini`, `Dua gol Ronaldo`), an act it follows or serves (`… dan
    memastikan …`, `demi memastikan …`), a thing secured with its time (`memastikan titel tersebut
    setelah …`) or an act as its object (`memastikan memulangkan …`) make it an act, not a statement."""
    if k and (ws[k - 1].low in ENSURING_LEADS or ws[k - 1].low == "juga" and k > 1 and ws[k - 2].low in CONTRASTS):
        return True
    head = [x for x in words(norm, *sp) if not x.text[:1].isdigit() and x.low not in COUNTING_WORDS]
    if head and head[0].low in CAUSING_SUBJECTS:
        return True
    closed = next((j for j, x in enumerate(content[1:4], 1) if x.low in DEMONSTRATIVES), None)
    if closed is not None and closed + 1 < len(content) and content[closed + 1].low in TIME_AFTER:
        return True
    first = content[0].low
    return first.startswith(("mem", "men", "meng", "meny")) and is_verbish(content[0].text) and first not in PREDICATES


ADDRESSED_ALL = frozenset(("seluruh", "semua", "segenap", "setiap"))


def _appeal(content: list[Word]) -> bool:
    """`mengajak warga untuk …`, `mengajak seluruh anggota fraksinya terus …`, `mengajak Pemprov
    Kaltim bersinergi …`: an invitation is an appeal with its mark (`untuk`, `agar`, `tidak` …),
    or addressed to everyone or to a named body; `mengajak penonton menikmati lagu …` invites to
    join in."""
    if content[0].low in ADDRESSED_ALL or is_cap(content[0].text):
        return True
    return any(x.low in DIRECTIVE_MARKS for x in content[:APPEAL_WINDOW])


def _goes_on(norm: str, sp: tuple[int, int], content: list[Word]) -> bool:
    """`melanjutkan` goes on saying after a pronoun (`Dia melanjutkan polusi udara …`) or into
    an adjunct or a clause (`Gus Ipul melanjutkan dalam kerangka …`); after a name and a bare
    noun phrase it goes on doing (`melanjutkan tren positif …`, `melanjutkan bisnis …`); the ground
    of a statement (`melanjutkan berdasarkan data BMKG tekanan magma …`) is said, not done."""
    if is_pronoun(norm[sp[0] : sp[1]]) or content[0].low in ADJUNCT_START or content[0].low in BASIS_PREPOSITIONS:
        return True
    return _opens_clause(content)


def _opens_clause(ws: list[Word]) -> bool:
    """`mengungkap ada 24 pertanyaan …`, `mengungkap belum ada …`: content that opens with its
    predicate (an existential, an auxiliary or a negation), or with a name and its predicate
    (`mengungkap Heri juga memberikan …`), is a clause whatever follows."""
    first = ws[0].low
    if first in ("ada", "adanya") or first in CLAUSE_MARKERS or first in PREDICATE_OPENERS:
        return True
    k = 1
    while k < len(ws) and is_cap(ws[k].text) and is_cap(ws[0].text):
        k += 1  # the rest of the name
    while k < len(ws) and ws[k].low in ADVERBS:
        k += 1
    named = is_cap(ws[0].text) and k < len(ws)
    if named and (ws[k].low in CLAUSE_MARKERS or _predicative(ws[k].low) or is_verbish(ws[k].text)):
        return True
    return _short_subject_then_predicate(ws)


# how many words a bare subject may have before its auxiliary or copula (`isu disparitas data menjadi …`)
SHORT_SUBJECT = 4
EQUATING_WORDS = wordset("equating_words")
FINDING_HEADS = wordset("finding_heads")
MAX_EQUATED_SUBJECT = 12  # words of a noun phrase set equal to what follows (`salah satu hal … yakni …`)


def _equated(norm: str, ws: list[Word]) -> bool:
    """`mengungkap salah satu penyebab utama inflasi di Riau beberapa bulan terakhir yakni dampak
    …`, `mengungkapkan keuntungan lainnya adalah ekspor …`: a noun phrase with no comma in it, then
    a word setting it equal to what follows, is the subject of the reported clause however long
    it is (not `kepada warga yang merupakan …`: a relative's copula; not one word, a verb as
    often as a noun: `memastikan ikut yakni …`; not a finding)."""
    if len(ws) < MIN_WORDS or ws[0].low in FINDING_HEADS:
        return False
    for k in range(1, min(len(ws) - 2, MAX_EQUATED_SUBJECT + 1)):
        if any(c in norm[ws[k - 1].end : ws[k].start] for c in ',;:()"'):
            return False
        if ws[k].low in EQUATING_WORDS:
            return k > 1 and ws[k - 1].low != "yang"  # (`memastikan ikut yakni …`: no phrase)
        if cue_of(ws[k]) is not None:
            return False
    return False


def _short_subject_then_predicate(ws: list[Word]) -> bool:
    """`mengungkap isu disparitas data menjadi fokus utama`, `… pemilihan TCash tak lepas dari …`,
    `mengungkap operasi atau penyelenggaraan pasar murah digelar di …`: a short noun phrase, no
    adjunct in it, then an auxiliary, a negation or a copula; or up to five words (`atau` may join
    two nouns) and a passive verb."""
    for k in range(1, min(len(ws), SHORT_SUBJECT + 2)):
        if ws[k].low == "yang" or ws[k].low in SUBORDINATORS:
            break  # `kasus-kasus yang dilaporkan …`: the passive describes the thing
        if _passive_predicate(ws, k):
            return True
    for k in range(1, min(len(ws), SHORT_SUBJECT + 1)):
        w = ws[k]
        if w.low in CLAUSE_MARKERS or w.low in COPULAS or w.low in ("menjadi", "yakni", "yaitu"):
            return True
        if w.low in NOT_AFTER_SUBJECT or w.low in SUBORDINATORS or w.low in NOT_SUBJECT_START:
            return False
    return False


# words after a passive verb that show it is one (`digelar di …`, `ditangkap oleh …`)
_AFTER_PASSIVE = frozenset({"di", "ke", "pada", "oleh", "sejak", "mulai", "secara", "sebagai"})
# endings of borrowed nouns that open with di- (`diskusi`, `dinamika`, `digital`, `diplomasi`)
_NOUN_ENDINGS = ("si", "ika", "al", "isme", "itas", "or")


def _passive_predicate(ws: list[Word], k: int) -> bool:
    """`… pasar murah digelar di seluruh kelurahan`: a di- verb read as a passive only with a
    passive ending or a word after it that a passive takes, since borrowed nouns open with di- too."""
    low = ws[k].low
    if not (low.startswith("di") and len(low) > 4 and is_verbish(ws[k].text)) or low.endswith(_NOUN_ENDINGS):
        return False
    return low.endswith(("kan", "i")) or (k + 1 < len(ws) and ws[k + 1].low in _AFTER_PASSIVE)


def _predicative(low: str) -> bool:
    """A predicate word, or its reduplication (`baik-baik saja`, `aman-aman saja`)."""
    if low in PREDICATES:
        return True
    a, dash, b = low.partition("-")
    return bool(dash) and a == b and a in PREDICATES


def _predicate_next(ws: list[Word]) -> bool:
    """`tindakannya diperlukan …`: a possessed noun with a predicate right after it is the
    subject of a clause, not the topic of the verb (`menyampaikan harapannya agar …`)."""
    if len(ws) < 2 or ws[1].low in ("agar", "supaya", "untuk", "yang"):
        return False
    if ws[1].low in ("kini", "sekarang") or (len(ws) > 3 and ws[1].low == "saat" and ws[2].low == "ini"):
        return True  # `kementeriannya saat ini fokus …`: a time adverb sits between subject and predicate
    if ws[1].low in ("dengan", "antara"):
        # `hubungannya dengan Ketua DEN baik-baik saja`: the relation, then what is said of it
        for w in ws[2:16]:
            if w.low in ("yang", "agar", "supaya", "untuk", "kepada"):
                return False
            if _predicative(w.low):
                return True
        return False
    if ws[1].low in ("ke", "di", "dari", "pada"):
        # `kunjungannya ke Nauru juga dilakukan …`: a place or time after the noun, then its predicate
        for w in ws[2:8]:
            if w.low in _PHRASE_CLOSERS or w.low in ("yang", "dan", "serta", "atas", "terhadap"):
                return False
            if (
                w.low in PREDICATES
                or w.low in CLAUSE_MARKERS
                or (is_verbish(w.text) and w.low.startswith(("di", "ter")))
            ):
                return True
        return False
    return ws[1].low in PREDICATES or (is_verbish(ws[1].text) and ws[1].low.startswith(("di", "ter")))


def _clause_follows(ws: list[Word]) -> bool:
    """`kebijakan perdagangan era Trump justru membawa dampak …`: a noun phrase then its own
    predicate (an auxiliary, or a verb after an adverb) before any `yang`: the content is a
    clause, not a feeling or a topic (`kekecewaan atas keputusan yang …`)."""
    for k in range(2, min(len(ws) - 1, 12)):
        w = ws[k]
        if w.low in ("yang", "karena", "atas", "terhadap"):
            return False
        if w.low in ("dan", "serta", "tetapi", "namun", "sedangkan") and w.start - ws[k - 1].end > 1:
            return False  # `kekhawatiran tentang X, dan para pemegang saham …`: the next clause is another's
        if w.low in CLAUSE_MARKERS or (w.low in ADVERBS and is_verbish(ws[k + 1].text)):
            return True
        if _after_closed_subject(ws, k) and not is_verbish(w.text):
            return True  # `kenaikan gaji ini semata-mata demi …` (not `keprihatinan itu mewakili …`)
    return False


# words that close a noun phrase with a purpose or a topic (`program X untuk mengatasi …`)
_PHRASE_CLOSERS = frozenset(("untuk", "agar", "supaya", "kepada", "bagi", "soal", "tentang", "mengenai", "terkait"))
_CLAUSE_CLOSERS = frozenset(("agar", "supaya"))  # closers that open a clause, never a noun modifier
_NEAR_WORDS = 7  # how far a predicate may follow a topic noun with no modifier between


def _predicate_within(ws: list[Word]) -> bool:
    """A predicate among the next words, before a purpose closes the noun phrase (`permintaan
    emas batangan di butik Antam melonjak` is a clause; `program X untuk mengatasi …` is not).
    A closer with a noun after it (`program X untuk anak miskin`, `komitmen Prabowo untuk
    pemberantasan korupsi`) is a modifier inside the phrase: a predicate right after the phrase's
    last noun (`… menciptakan segregasi`, `… diwujudkan KPK`) still makes it a subject."""
    modified = False  # the phrase ran on through a closer and its noun
    for k, w in enumerate(ws):
        if w.low in _PHRASE_CLOSERS:
            nxt = ws[k + 1] if k + 1 < len(ws) else None
            if (
                w.low in _CLAUSE_CLOSERS
                or nxt is None
                or nxt.low in PREDICATES
                or is_verbish(nxt.text)
                or nxt.low in NP_STOP
            ):
                return False  # `untuk mengatasi …`, `agar biaya …`: a purpose, the phrase a topic
            modified = True
            continue
        if not modified and k >= _NEAR_WORDS:
            return False
        if k and ws[k - 1].low in PLACE_PREPOSITIONS and w.low not in PREDICATES:
            continue  # `pidato … dari benteng tersebut`: after `dari`, a noun that looks like a verb
        if w.low in PREDICATES or is_verbish(w.text):
            # after a modifier, only right after a noun of the phrase (not `saat meninjau`, `yang berisi`)
            return not modified or (ws[k - 1].low not in NP_STOP and w.start - ws[k - 1].end == 1)
    return False


def _aside_then_clause(ws: list[Word]) -> bool:
    """`menilai masalah rutan, terutama soal kapasitas yang tak memadai, harus menjadi …`: an
    aside opened by `terutama`/`khususnya` sits inside the noun phrase; an auxiliary after it
    (`harus`, `akan`, `sudah`) shows the phrase was the subject of a reported clause."""
    k = next((k for k, w in enumerate(ws[:8]) if w.low in FRAGMENT_STARTS), None)
    if k is None:
        return False
    rest = ws[k + 2 :]
    return any(w.low in CLAUSE_MARKERS and (j == 0 or rest[j - 1].low != "yang") for j, w in enumerate(rest))


def _related_predicate(ws: list[Word], k: int) -> bool:
    """`OTT Gubernur Bengkulu terkait dengan dugaan korupsi …`, `penangkapan itu terkait dugaan …`:
    `terkait` is the predicate after a closed subject (a demonstrative before it, or `dengan`
    after it), not the modifier of `kasus terkait korupsi` or `yang terkait dengan …`."""
    if ws[k].low != "terkait" or k < 2 or ws[k - 1].low == "yang":
        return False
    return ws[k - 1].low in DEMONSTRATIVES or (k + 1 < len(ws) and ws[k + 1].low == "dengan")


def _after_closed_subject(ws: list[Word], k: int) -> bool:
    """`target 14,5 juta ini berdasarkan pada …`, `kenaikan gaji ini semata-mata demi …`: a
    demonstrative closes the subject noun phrase, so a plain word right after it opens the
    predicate, even one no word list names; a preposition, a conjunction or a time or manner
    adjunct there (`menjelaskan program ini kepada warga`, `… tersebut secara rinci`) leaves
    the phrase a topic."""
    if k < 2 or ws[k - 1].low not in DEMONSTRATIVES or ws[k].start - ws[k - 1].end > 1:
        return False  # (more than a space between them: a comma or a stop ends the phrase)
    w = ws[k].low
    return w.replace("-", "").isalpha() and ws[k].text[:1].islower() and w not in NOT_AFTER_SUBJECT


def _listed(ws: list[Word], words: frozenset[str]) -> bool:
    """The first word is in ``words``, bare or with the possessive -nya (`apresiasinya`,
    `komitmennya`: the speaker's own appreciation or commitment is as much a topic as the bare
    noun), unless a copula or `karena` right after it makes it a subject (`alasannya adalah …`)."""
    word = ws[0].low
    if word in words:
        return True
    return word.endswith("nya") and word[:-3] in words and not (len(ws) > 1 and ws[1].low in _COPULA_OR_CAUSE)


def _is_clause(
    ws: list[Word], vp: bool, directive: bool, topic_check: bool = True, seg: _Segment | None = None
) -> bool:
    """``seg``: the segment ``ws`` ends, when ``ws`` is one of its tails (its predicates found once)."""
    if len(ws) < MIN_WORDS:
        return False
    lex = lexicon()
    first = ws[0].low
    # `menyebut kronologi lengkapnya nanti akan disampaikan …`: an auxiliary right after the
    # topic noun makes it the subject of a reported clause
    aux = next((k for k in range(1, min(len(ws), 4)) if ws[k].low in CLAUSE_MARKERS), None)
    aux_next = aux is not None and first not in _PHRASE_CLOSERS and all(w.low not in ("yang", "dan") for w in ws[1:aux])
    if (
        topic_check
        and not aux_next
        and (
            _listed(ws, lex.topics)
            or (
                first.endswith("annya")
                and not first.startswith(("di", "ter", "ber", "me"))
                and first not in NOT_TOPICS
                and not vp
                and not _predicate_next(ws)
            )
        )
    ):
        return False  # `menyampaikan harapannya`, `menjelaskan soal …`
    if topic_check and len(ws) >= 2 and f"{first} {ws[1].low}" in lex.topics and (len(ws) == 2 or ws[2].low in NP_STOP):
        return False  # `menyampaikan hal itu seusai …` (but `mengatakan hal itu dilakukan …` reports)
    # `menyampaikan pesan kepada …` is a topic; `program ini telah menghemat …` a clause
    if (
        topic_check
        and _listed(ws, lex.weak_topics)
        and not (_predicate_within(ws[1:20]) or _aside_then_clause(ws[1:24]))
    ):
        return False
    if first in ("adanya", "ada"):
        return True  # `mengungkap adanya …`: reports that something exists
    if not directive and (first in CLAUSE_MARKERS or first in PREDICATE_OPENERS):
        # `mengatakan masih banyak warga yang …`, `mengatakan tidak banyak informasi yang …`:
        # the content opens with its predicate (an auxiliary, a negation, `baru`/`hanya` before
        # an amount); what follows is its subject, so a `yang` in it is no noun-phrase sign
        return True
    if directive:
        return len(ws) >= 4 or any(w.low in DIRECTIVE_MARKS or is_verbish(w.text) for w in ws)
    preds = seg.first_predicates(ws, vp) if seg is not None else _predicates(ws, vp)[:2]
    if not preds:
        return False
    if vp or len(preds) > 1 or preds[0] == 0:
        return True
    # `menyinggung demonstrasi besar yang terjadi di …`: a noun phrase, not a clause (the one
    # predicate right after the first `yang`)
    rel = next((k for k, w in enumerate(ws[: preds[0]]) if w.low == "yang"), None)
    return rel != preds[0] - 1


def reported_clause(ws: list[Word], vp: bool) -> bool:
    """Whether words right after a verb of saying are reported content (a clause, not a topic
    or a feeling): the check of :func:`_active`, for the direct quotes' added statements."""
    return _is_clause(ws, vp=vp, directive=False) and not _modified_noun(ws)


def _predicates(ws: list[Word], vp: bool) -> list[int]:
    """The positions of the words that may be a predicate (the first only in a verb phrase)."""
    start = 0 if vp else 1
    return [k for k in range(start, len(ws)) if _may_predicate(ws, k) and not (k == 1 and ws[1].low in ATTRIBUTIVE)]


def _may_predicate(ws: list[Word], k: int) -> bool:
    w = ws[k]
    return _predicative(w.low) or is_verbish(w.text) or _related_predicate(ws, k) or _after_closed_subject(ws, k)


class _Tail:
    """``ws[i:]`` without copying it: the words after each cue of a long segment, read only
    near their start (a copy per cue cost the segment's length each time)."""

    __slots__ = ("ws", "i")

    def __init__(self, ws: list[Word], i: int) -> None:
        self.ws, self.i = ws, i

    def __len__(self) -> int:
        return len(self.ws) - self.i

    def __getitem__(self, k: int | slice) -> Any:
        if isinstance(k, slice):
            a, b, step = k.indices(len(self))
            return self.ws[self.i + a : self.i + b : step] if step == 1 else self.ws[self.i :][k]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self.ws[self.i + k]

    def __iter__(self) -> Iterator[Word]:
        return islice(self.ws, self.i, None)


class _Segment:
    """The words of one segment, for the checks made on what follows each cue in it, with its
    predicates found once (on the first check). A tail ``ws[i:]`` has a word's predicate status
    in the whole segment from its third word on (the checks look one word back and one ahead,
    and none before the third word); its first two words are checked again. Without it, `kata
    Budi kata Budi …` with no stop cost a pass over the rest of the segment for each of its
    cues: quadratic."""

    __slots__ = ("ws", "starts", "after")

    def __init__(self, ws: list[Word]) -> None:
        self.ws = ws
        self.starts = [w.start for w in ws]
        self.after: list[int] | None = None  # after[j]: the first predicate at j or later (len(ws): none)

    def tail(self, start: int) -> list[Word]:
        """The segment's words that start at ``start`` or later (a view: no copy)."""
        return _Tail(self.ws, bisect_left(self.starts, start))  # type: ignore[return-value]

    def between(self, start: int, end: int) -> list[Word]:
        """The segment's words that start in ``[start, end)``."""
        return self.ws[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def first_predicates(self, ws: list[Word], vp: bool) -> list[int]:
        """``_predicates(ws, vp)[:2]`` for a tail ``ws`` of the segment."""
        n, m = len(self.ws), len(ws)
        i = n - m
        if m == 0 or i < 0 or self.ws[i] is not ws[0] or self.ws[-1] is not ws[m - 1]:  # not a tail
            return _predicates(ws, vp)[:2]
        if self.after is None:
            after = [n] * (n + 1)
            for j in range(n - 1, -1, -1):
                after[j] = j if _may_predicate(self.ws, j) else after[j + 1]
            self.after = after
        out = [
            k
            for k in range(0 if vp else 1, min(m, 2))
            if _may_predicate(ws, k) and not (k == 1 and ws[1].low in ATTRIBUTIVE)
        ]
        j = self.after[i + 2] if m > 2 else n
        while len(out) < 2 and j < n:
            out.append(j - i)
            j = self.after[j + 1]
        return out


# words after a head noun that open a modifier running to the end of the phrase: a condition or
# a time (`mekanisme pengaduan jika warga menemukan …`), a source (`ciri-ciri … berdasarkan …`)
_MODIFIER_OPENERS = wordset("modifier_openers")
_PURPOSE_OPENERS = wordset("purpose_openers")
COPULAS = wordset("copulas")
_COPULA_OR_CAUSE = COPULAS | {"karena"}


def _modified_noun(ws: list[Word]) -> bool:
    """`memaparkan kemungkinan rencana pemangkasan anggaran untuk menjaga …`, `menyinggung APBD
    yang sudah disahkan …`: a noun phrase whose only verbs sit in its relative clause or in a
    purpose or conditional modifier is the topic of the verb, not a statement. A predicate after
    the modifier's own verb group (`kebijakan yang diambil pemerintah bertujuan …`, `anggaran
    untuk membangun jalan mencapai …`) makes the phrase the subject of a reported clause."""
    first = ws[0].low
    if (
        first in ("ada", "adanya")
        or first in CLAUSE_MARKERS
        or first in PREDICATE_OPENERS
        or first in _MODIFIER_OPENERS
    ):
        return False  # `menjelaskan ada 104 orang …`, `jika dia telah …`: a clause
    if first in ADVERBS or is_verbish(ws[0].text) and first.startswith(("ter", "di", "ber")):
        return False  # `terlebih dulu jika …`, `dibahas …`: a verb phrase, not a noun phrase
    if any(w.low in COPULAS for w in ws):
        return False  # `salah satu sektor yang … untuk … adalah …`: the phrase is a subject
    preds = set(_predicates(ws, vp=False))
    for k in range(1, len(ws)):
        if not _opens_modifier(ws, k):
            if k in preds:
                return False  # a predicate in the head phrase
            continue
        if ws[k - 1].low in DEMONSTRATIVES and ws[k].low != "yang":
            return False  # `tujuan inspeksi itu untuk …`, `target ini berdasarkan …`: the predicate
        verbs = [j for j in range(k + 1, len(ws)) if j in preds]
        if not verbs:
            return ws[k].low != "yang"
        j = verbs[0]
        while j + 1 in preds:
            j += 1  # `yang sudah disahkan`, `untuk menjaga`: the modifier's own verb group
        relative = ws[k].low == "yang"
        for m in range(j + 1, len(ws)):
            if _opens_modifier(ws, m) or ws[m].low in ("bahwa", "bahwasanya"):
                return True  # (`ketika mendengar bahwa …`: what follows is the modifier verb's clause)
            # (a condition or a purpose is a clause of its own: only a verb or an auxiliary
            # after it, not an adjective of its object, is the phrase's predicate)
            main = m in preds if relative else is_verbish(ws[m].text) or ws[m].low in CLAUSE_MARKERS
            if main and ws[m - 1].low not in PLACE_PREPOSITIONS:  # (`di terminal`: a place)
                return False  # `anggaran untuk membangun jalan mencapai …`: the main predicate
        return True
    return False


def _opens_modifier(ws: list[Word], k: int) -> bool:
    """A relative clause (`yang`), a condition, time or source (`jika`, `berdasarkan`), or a
    purpose before its verb (`untuk menjaga`) opens at word ``k``."""
    low = ws[k].low
    if low in _MODIFIER_OPENERS:
        return not (k + 1 < len(ws) and ws[k + 1].low in DEMONSTRATIVES)  # (`saat ini`: an adverb)
    if low == "yang":
        return True
    return low in _PURPOSE_OPENERS and k + 1 < len(ws) and is_verbish(ws[k + 1].text)


def _candidate(
    norm: str, ws: list[Word], ci: int, end: int, para: int, cue_word: Word, cue_text: str, lemma: str
) -> Candidate:
    s = ws[ci].start
    e = end
    while e > s and norm[e - 1] in " \n\t,;:":
        e -= 1
    c = Candidate("indirect", [(s, e)], para)
    c.cue, c.cue_lemma = cue_text, lemma
    c.cue_span = (cue_word.start, cue_word.start + len(cue_text))
    return c


def _via_start(
    norm: str, rs: int, re_: int, para: int
) -> tuple[Candidate | None, tuple[str, tuple[int, int]] | None, int]:
    """`Dikutip dari X, …`: a quote from X, or only a medium for the statement that follows."""
    lex = lexicon()
    s = strip_connectives(norm, rs, re_)
    m = lex.via_re.match(norm, s, re_)  # type: ignore[union-attr]
    if not m:
        return None, None, rs
    comma = norm.find(",", m.end(), re_)
    if comma == -1:
        return None, None, rs
    med = medium_after(norm, m.end(), comma)
    if med is None or len(words(norm, m.end(), comma)) > 7:
        return None, None, rs
    via = (med[2], (med[0], med[1]))
    rest = comma + 1
    ws = words(norm, rest, re_)
    if len(ws) > 2 and ws[0].low in DAY_OR_MONTH and norm[ws[0].end : ws[1].start].strip() == "(":
        # `Dilansir AFP, Senin (7/7/2025), Elon Musk meluncurkan …`: a dated lead reports the
        # news taken from the medium, not a statement of it; only the medium is kept
        close = norm.find("),", ws[0].end, re_)
        if close != -1 and close - ws[0].end <= 16:
            return None, via, close + 2
    marker = norm[m.start() : m.end()].strip()
    marker_words = marker.split()
    cue_text = " ".join(marker_words[:2]) if marker_words[0].lower().startswith("di") else marker_words[0]
    if lex.via_only_re.match(marker) or ws[0].low in LISTING_OPENERS or not _is_clause(ws, vp=False, directive=False):  # type: ignore[union-attr]
        return None, via, rest
    c = Candidate("indirect", [(ws[0].start, re_)], para)
    c.cue, c.cue_lemma = cue_text, "kutip" if "kutip" in marker.lower() else "lansir"
    c.cue_span = (m.start(), m.start() + len(cue_text))
    c.speaker_span = (med[0], med[1])
    c.via, c.via_span = via
    c.attribution = (m.start(), comma)
    c.extra["medium_speaker"] = med[2]
    return c, via, rest


def _account(norm: str, ws: list[Word], k: int, rs: int, re_: int) -> bool:
    """`Berdasarkan keterangan penyelidik, …`, `Berdasar pengakuannya di akun Instagram …, dia …`:
    the marker at ``k`` opens its sentence before a person's account (a noun of account with its
    source, or with `-nya`) and its comma, so what follows is attributed as after `Menurut`; an
    account with no source (`Berdasarkan keterangan, …`), received by the writer (`keterangan yang
    kami terima`) or read in data (`Berdasarkan data …`) is not."""
    if strip_connectives(norm, rs, ws[k].start) < ws[k].start or k + 2 >= len(ws):
        return False
    noun = ws[k + 1].low
    own = noun.endswith("nya") and noun[:-3] in ACCOUNT_NOUNS
    if noun not in ACCOUNT_NOUNS and not own:
        return False
    comma = norm.find(",", ws[k].end, re_)
    phrase = [x for x in ws[k + 1 : k + 1 + _ACCOUNT_WORDS] if comma != -1 and x.end <= comma]
    if not phrase or len(phrase) == _ACCOUNT_WORDS or (len(phrase) == 1 and not own):
        return False
    if any(x.low == "yang" or x.low in FIRST_PERSON for x in phrase):
        return False
    # (`Berdasarkan keterangan ketua rombongan, Lia, Agus mengatakan …`: the account relayed by
    # someone who speaks in the sentence is theirs to attribute)
    return not any(cue_of(x) is not None for x in ws[k + 1 + len(phrase) :])


def _according(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    lex = lexicon()
    for k, w in enumerate(ws):
        low = w.low
        if low == "menurutnya":
            if k and ws[k - 1].low == "yang":
                continue
            if _said_before(ws, k):
                continue  # `X mengatakan selama setahun … menurutnya ekonomi stabil`: an aside in X's statement
            ci = k + 1
            # (opening its sentence, with or without its comma: `Menurutnya persoalan kualitas udara …`)
            opening = strip_connectives(norm, rs, w.start) >= w.start
            if ci >= len(ws) or not (
                _is_clause(ws[ci:], vp=False, directive=False, topic_check=False)
                or (opening and len(ws) - ci >= MIN_WORDS)  # `Menurutnya, banyak barang ilegal lolos.`
            ):
                continue
            c = _candidate(norm, ws, ci, re_, para, w, w.text[:7], "menurut")
            c.pronoun = "any"
            c.attribution = (w.start, w.end)
            return c
        if k == 0 and low.endswith("nya") and norm[w.end : w.end + 1] == ",":
            # `Tambahnya, armada akan disiagakan …`: a post cue with its clitic opening the sentence
            cn = cue_of(w)
            if cn is not None and cn[1] and "post" in cn[0].uses and len(ws) - 1 >= MIN_WORDS:
                c = _candidate(norm, ws, 1, re_, para, w, w.text[:-3], cn[0].lemma)
                c.pronoun = "any"
                c.attribution = (w.start, w.end)
                return c
        if low in ACCOUNT_MARKERS and not _account(norm, ws, k, rs, re_):
            continue
        if low in lex.according or low in ACCOUNT_MARKERS:
            if k and ws[k - 1].low == "yang":
                continue
            # `Walau hanya diperiksa sebagai saksi, menurut Sandi peran …`: a clause set off by a comma
            # before `menurut` leaves it at the head of the statement
            opens = strip_connectives(norm, rs, w.start) >= w.start
            first = opens or (low == "menurut" and k > 1 and norm[ws[k - 1].end : w.start].strip() == ",")
            if low == "kata" and not first:
                continue
            comma = norm.find(",", w.end, re_)
            np_ws = [x for x in ws[k + 1 :] if x.end <= comma] if comma != -1 else []
            if not np_ws or len(np_ws) > 12:
                # `Menurut Prabowo selama 10 bulan pihaknya …`: a name, then the content
                lead = _source_lead(ws, k + 1) if low == "menurut" else 0
                run = list(ws[k + 1 : k + 1 + lead])
                for x in ws[k + 1 + lead : k + 5 + lead]:
                    if not is_cap(x.text) or x.low in DAY_OR_MONTH:
                        break
                    run.append(x)
                if len(run) == lead:
                    run = []
                if run and low == "menurut" and not opens and run[-1] is ws[-1] and len(run) - lead <= 4:
                    # `Pandemi global juga masuk daftar ancaman menurut Hawking.`, `…, menurut riset YouGov.`
                    c = _closing_according(norm, ws, k, run, rs, para)
                    if c is not None:
                        return c
                    continue
                if not run and low == "menurut" and not first:
                    run = _pointing_back(ws, k + 1)  # `… menurut dia adalah …`, `… menurut mantan presiden itu …`
                    if run:
                        c = _inner_according(norm, ws, k, run, rs, re_, para)
                        if c is not None:
                            c.pronoun = is_pronoun(norm[run[0].start : run[-1].end])
                            return c
                        continue
                if run and low == "menurut" and not first and len(run) <= 3:
                    # `Program itu menurut Rina jadi andalan …`: the statement around `menurut X`
                    c = _inner_according(norm, ws, k, run, rs, re_, para)
                    if c is not None:
                        return c
                    continue
                if not run or len(run) >= len(ws) - k - 3 or not first:
                    continue
                np_ws, comma = run, run[-1].end
            if low == "kata" and not (is_cap(np_ws[0].text) or is_pronoun(np_ws[0].text)):
                continue
            comma = _apposed_name(norm, ws, np_ws, comma, re_)
            np_ws = [x for x in ws[k + 1 :] if x.end <= comma]
            rest = [x for x in ws if x.start > comma]
            if low == "menurut" and _sourceless(norm, np_ws):
                continue  # `Menurut keterangan pers yang diterima di Padang, …`: nobody is named
            nxt = norm.find(",", comma + 1, re_)
            when = [x for x in rest if x.end <= nxt] if nxt != -1 else []
            if when and is_when(when):
                rest = [x for x in rest if x.start > nxt]  # `Menurut X di Padang, Selasa, BNPB …`
            via = _via_aside(norm, rest, re_)  # `Menurut laporan X, seperti dilansir dari Y, …`
            if via is not None:
                rest = [x for x in rest if x.start > via[1][1]]
            inner = _inner_attribution(norm, rest, re_)
            if inner is not None:
                # `Menurut perhitungan ahli, kata Donal, nilai rumah …`: the person relaying it speaks
                cue_w, sp, rest = inner
                c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
                cn = cue_of(cue_w)
                c.cue, c.cue_lemma, c.cue_span = cue_w.text, cn[0].lemma if cn else cue_w.low, (cue_w.start, cue_w.end)
                c.speaker_span, c.pronoun = sp, is_pronoun(norm[sp[0] : sp[1]])
                c.attribution = (cue_w.start, sp[1])
                return c
            if inner is None and is_pronoun(norm[np_ws[0].start : np_ws[-1].end]) is not None:
                inner = _named_aside(norm, rest)  # `Menurut dia, Arya menjelaskan, pemerintah …`
            if inner is not None:
                cue_w, sp, rest = inner
                c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
                cn = cue_of(cue_w)
                c.cue, c.cue_lemma, c.cue_span = cue_w.text, cn[0].lemma if cn else cue_w.low, (cue_w.start, cue_w.end)
                c.speaker_span, c.pronoun = sp, None
                c.attribution = (sp[0], cue_w.end)
                return c
            if not rest or not (
                _is_clause(rest, vp=False, directive=False, topic_check=False) or _said_after_comma(ws, k, rest, first)
            ):
                continue
            if (
                low == "menurut"
                and not is_cap(np_ws[0].text)
                and is_pronoun(norm[np_ws[0].start : np_ws[-1].end]) is None
                and (told := _told_by(norm, rest, re_, para)) is not None
            ):
                return told
            c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
            c.cue, c.cue_lemma, c.cue_span = (
                w.text,
                "menurut" if low in ("menurut", *ACCOUNT_MARKERS) else low,
                (w.start, w.end),
            )
            sp = (np_ws[0].start, np_ws[-1].end)
            c.speaker_span = sp
            c.pronoun = is_pronoun(norm[sp[0] : sp[1]])
            if low == "menurut" and len(np_ws) == 1 and np_ws[0].low in SPLIT_CLITICS:
                c.speaker_span, c.pronoun = None, "any"  # `Menurut ya, …`: `Menurutnya` typed apart
            if low in ACCOUNT_MARKERS:
                # the source after its account noun and links (`keterangan dari penyelidik`), or the one
                # just named (`Berdasar pengakuannya …`)
                src = next((x for x in np_ws[1:] if x.low not in SOURCE_LINKS), None)
                handle = next((x for x in np_ws if norm[x.start - 1 : x.start] == "@"), None)
                if np_ws[0].low.endswith("nya"):
                    c.speaker_span, c.pronoun = None, "person"  # an account is a person's
                elif handle is not None:
                    c.speaker_span = (handle.start, handle.end)  # `keterangan Twitter resmi @PTJASAMARGA`
                elif src is not None:
                    c.speaker_span = (src.start, np_ws[-1].end)
            c.attribution = (w.start, comma)
            if via is not None:
                c.via, c.via_span = via
            return c
    return None


def _via_aside(norm: str, rest: list[Word], re_: int) -> tuple[str, tuple[int, int]] | None:
    """`seperti dilansir dari Well and Good,` opening what follows a source: the medium the
    statement was taken from, set off by its comma (the content starts after it)."""
    if not rest or lexicon().via_re.match(norm, rest[0].start, re_) is None:  # type: ignore[union-attr]
        return None
    comma = norm.find(",", rest[0].end, re_)
    via = find_via(norm, rest[0].start, comma) if comma != -1 else None
    if via is None or norm[via[1][1] : comma].strip():
        return None
    return via[0], (via[1][0], comma)


def _said_before(ws: list[Word], k: int) -> bool:
    """Whether an active verb of saying after a subject comes before word ``k`` of the segment:
    a `menurutnya` after it only repeats who speaks, inside that verb's statement."""
    for w in ws[1:k]:
        cn = cue_of(w)
        if cn is not None and not cn[1] and "active" in cn[0].uses:
            return True
    return False


def _named_aside(norm: str, rest: list[Word]) -> tuple[Word, tuple[int, int], list[Word]] | None:
    """`Menurut dia, Arya menjelaskan, pemerintah …`: after `Menurut` and a pronoun, a name and a
    verb of saying set off by commas name who `dia` is; the content follows the second comma."""
    for k in range(1, min(5, len(rest) - MIN_WORDS)):
        if not is_cap(rest[k - 1].text) or norm[rest[k - 1].end : rest[k].start].strip():
            return None
        cn = cue_of(rest[k])
        if cn is not None and not cn[1] and norm[rest[k].end : rest[k + 1].start].strip() == ",":
            return rest[k], (rest[0].start, rest[k - 1].end), rest[k + 1 :]
    return None


def _told_by(norm: str, rest: list[Word], re_: int, para: int) -> Candidate | None:
    """`Menurut keterangan sang istri, Agus mengatakan Atim …`: after `Menurut` and a source that
    is no one (a statement, a record), a named subject with a verb of saying of its own relays
    the statement, so that subject is the speaker and `Menurut …` only says where it came from.
    (`Menurut dia, KPK menduga …` stays the pronoun's.)"""
    act = _active(norm, rest, rest[0].start, re_, para)
    if act is None or act.speaker_span is None or act.pronoun is not None:
        return None
    if act.speaker_span[0] != rest[0].start or not is_cap(rest[0].text):
        return None
    return act


def _said_after_comma(ws: list[Word], k: int, rest: list[Word], first: bool) -> bool:
    """`Menurut dia, kliennya selalu kooperatif.`: after `Menurut X,` opening its sentence, what
    follows is what X holds even where its predicate is an adjective no word list names; only a
    phrase too short to say anything (`Menurut dia, begitu.`) is passed over."""
    return first and ws[k].low == "menurut" and len(rest) >= MIN_WORDS


def _passive_lead(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Dijelaskan Nadine, hutan itu …`, `Ditambahkannya, …`: a di- verb of saying opens the
    sentence, then its agent (or a -nya clitic), a comma and the reported content."""
    lex = lexicon()
    s = strip_connectives(norm, rs, re_)
    k = next((i for i, w in enumerate(ws) if w.start >= s), None)
    if k is None or k + 2 >= len(ws):
        return None
    w = ws[k]
    clitic = w.low.endswith("nya") and w.low[:-3] in lex.cues
    cue = lex.cues.get(w.low[:-3] if clitic else w.low)
    if cue is None or "passive" not in cue.uses:
        return None
    comma = norm.find(",", w.end, re_)
    if comma == -1:
        return None
    sp = None
    if clitic:
        if norm[w.end : comma].strip():
            return None
    else:
        sp = np_after(norm, ws, k + 1, max_words=8)
        if sp is None or norm[sp[1] : comma].strip():
            return None
        text = norm[sp[0] : sp[1]]
        if not (is_cap(text) or is_pronoun(text)):
            return None
    rest = [x for x in ws if x.start > comma]
    # a named agent and its comma leave no doubt that a statement follows (`… unik dan cantik`)
    if not rest or not (_is_clause(rest, vp=False, directive=False, topic_check=False) or (sp and len(rest) >= 4)):
        return None
    c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
    c.cue, c.cue_lemma, c.cue_span = w.text, cue.lemma, (w.start, w.end)
    if sp is None:
        c.pronoun = "any"
    else:
        c.speaker_span, c.pronoun = sp, is_pronoun(norm[sp[0] : sp[1]])
    c.attribution = (w.start, comma)
    return c


MAX_AGENT_WORDS = 10  # a role and a name after a passive (`Kepala Subdirektorat Warisan Benda … Yunus Arby`)


def _agent_passive(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Kebijakan itu pun dinilai Jokowi penting untuk …`, `Pemeriksaan ini dinilainya penting …`:
    a judgement verb in the di- passive inside the sentence, its agent (a name or -nya) right
    after it, then what was judged of the subject. The text is that predicate."""
    for k, w in enumerate(ws[1:-MIN_WORDS], 1):
        clitic = w.low.endswith("nya") and w.low[:-3] in AGENT_PASSIVES
        if not clitic and w.low not in AGENT_PASSIVES:
            continue
        if ws[k - 1].low in NOT_STATED or ws[k - 1].low == "yang":
            continue
        j = k + 1
        if not clitic:
            a = j + (j < len(ws) and ws[j].low == "oleh")  # `dinilai oleh Setara Institute lebih …`
            j = a
            # a role and a name may run long, an acronym in brackets inside (`Koordinator Indonesian
            # Corruptor Watch (ICW) Adnan Topan Husodo`)
            while j < len(ws) and j - a < MAX_AGENT_WORDS and is_cap(ws[j].text) and ws[j].low not in DAY_OR_MONTH:
                j += 1
            if j == a or any(c in norm[w.end : ws[j - 1].end] for c in ",;:"):
                continue
            agent = (ws[a].start, ws[j - 1].end)
        rest = ws[j:]
        if len(rest) < MIN_WORDS or "," in norm[ws[j - 1].end : rest[0].start]:
            continue
        if rest[0].low in SOURCE_TAIL_LEADS:
            continue  # `Hal itu diakui oleh Dosen Hukum Tata Negara dari Universitas …`: the agent goes on, no claim
        if not _is_clause(rest, vp=True, directive=False, topic_check=False):
            continue
        c = Candidate("indirect", [(rest[0].start, _trim_end(norm, rest[0].start, re_))], para)
        form = w.low[:-3] if clitic else w.low
        cue = lexicon().cues.get(form)
        c.cue, c.cue_lemma, c.cue_span = w.text, cue.lemma if cue else form[2:], (w.start, w.end)
        if clitic:
            c.pronoun = "person"
            c.attribution = (w.start, w.end)
        else:
            c.speaker_span, c.pronoun = agent, is_pronoun(norm[agent[0] : agent[1]])
            c.attribution = (w.start, agent[1])
        return c
    return None


def _inner_attribution(norm: str, rest: list[Word], re_: int) -> tuple[Word, tuple[int, int], list[Word]] | None:
    """`kata Donal, <content>` right after `Menurut X,`: the cue word, the name's span and the
    content words, or None."""
    if len(rest) < 4:
        return None
    cn = cue_of(rest[0])
    if cn is None or cn[1] or "post" not in cn[0].uses:
        return None
    sp = np_after(norm, rest, 1, max_words=6)
    if sp is None:
        return None
    np_text = norm[sp[0] : sp[1]]
    if not (is_cap(np_text) or is_pronoun(np_text)):
        return None
    after = [x for x in rest if x.start >= sp[1]]
    if not after or "," not in norm[sp[1] : after[0].start]:
        return None
    if not _is_clause(after, vp=False, directive=False, topic_check=False):
        return None
    return rest[0], sp, after


def _closing_according(norm: str, ws: list[Word], k: int, name: list[Word], rs: int, para: int) -> Candidate | None:
    """The statement before a sentence-final ``menurut X``."""
    s = strip_connectives(norm, rs, ws[k].start)
    content = [x for x in ws[:k] if x.start >= s]
    if not content or content[0].low in LISTING_OPENERS:
        return None  # `Berikut daftar … menurut survei X.`: a list announced, nothing stated
    if not _is_clause(content, vp=False, directive=False, topic_check=False):
        return None
    c = Candidate("indirect", [(content[0].start, _trim_end(norm, content[0].start, ws[k].start))], para)
    c.cue, c.cue_lemma, c.cue_span = ws[k].text, "menurut", (ws[k].start, ws[k].end)
    c.speaker_span = (name[0].start, name[-1].end)
    c.attribution = (ws[k].start, name[-1].end)
    return c


SOURCELESS = wordset("sourceless")
# words that announce a list the writer gives next (`Berikut daftar …`, `Inilah …`): no statement
LISTING_OPENERS = frozenset(("berikut", "inilah"))
SOURCE_LEADS = wordset("source_nouns") | wordset("source_noun_links")


def _source_lead(ws: list[Word], i: int) -> int:
    """How many lower-case words of a report or medium (`riset`, `laporan terbaru dari`, `warta
    laman`) stand between `menurut` at ``i - 1`` and the capitalised name of their source."""
    j = i
    while j < len(ws) and j - i < 4 and ws[j].text[:1].islower() and ws[j].low in SOURCE_LEADS:
        j += 1
    return j - i if j < len(ws) and is_cap(ws[j].text) else 0


def _sourceless(norm: str, np_ws: list[Word]) -> bool:
    """`keterangan pers yang diterima …`: a statement noun and no capitalised name of its holder."""
    head = []
    for w in np_ws:
        if w.low == "yang":
            break
        head.append(w)
    if head and head[0].low in ("sebuah", "suatu", "satu"):
        head = head[1:]  # `Menurut sebuah pernyataan, …`
    if not head or any(is_cap(w.text) for w in head):
        return False
    text = " ".join(w.low for w in head)
    return text in SOURCELESS or " ".join(w.low for w in head[:2]) in SOURCELESS and len(head) <= 2


def _pointing_back(ws: list[Word], i: int) -> list[Word]:
    """A pronoun (`dia`, `beliau`) or a description closed by `itu`/`tersebut`/`ini` (at most
    eight words: `mantan Presiden RI yang kelima itu`) starting at ``ws[i]``; else nothing."""
    if i >= len(ws):
        return []
    if is_pronoun(ws[i].text) and ws[i].low not in ("kami", "kita", "saya", "aku"):
        return [ws[i]]
    lex = lexicon()
    head = ws[i].low.strip(".")
    if head not in lex.titles and head not in lex.speaker_nouns and head not in ("mantan", "sang"):
        return []
    for j in range(i + 1, min(len(ws), i + 8)):
        if ws[j].low in DEMONSTRATIVES:
            return ws[i : j + 1]
    return []


def _inner_according(
    norm: str, ws: list[Word], k: int, name: list[Word], rs: int, re_: int, para: int
) -> Candidate | None:
    """The statement a mid-sentence ``menurut X`` sits in: its subject before, its predicate
    after, as two pieces (`Smart city menurut Sandi jadi program …`)."""
    s = strip_connectives(norm, rs, ws[k].start)
    before = [x for x in ws[:k] if x.start >= s]
    after = [x for x in ws if x.start >= name[-1].end]
    if not before or len(after) < 3 or any(c in norm[before[-1].end : ws[k].start] for c in ",;:"):
        return None
    if any(c in norm[name[-1].end : after[0].start] for c in ",;:(") or after[0].text[:1].isdigit():
        return None  # `menurut Pasal 5 …`, `menurut Rina, …` (another reading)
    if not _is_clause(before + after, vp=False, directive=False, topic_check=False):
        return None
    c = Candidate(
        "indirect", [(before[0].start, before[-1].end), (after[0].start, _trim_end(norm, after[0].start, re_))], para
    )
    c.cue, c.cue_lemma, c.cue_span = ws[k].text, "menurut", (ws[k].start, ws[k].end)
    c.speaker_span = (name[0].start, name[-1].end)
    c.attribution = (ws[k].start, name[-1].end)
    return c


def _apposed_name(norm: str, ws: list[Word], np_ws: list[Word], comma: int, end: int) -> int:
    """`Menurut pengamat otomotif dari ITB, Yannes Pasaribu, …`: a role phrase led by a common noun
    or a title, then the name set off by commas. Returns the comma that closes the name (or
    ``comma`` unchanged when no name follows)."""
    lead = np_ws[0]
    if not (lead.text[:1].islower() or lead.low.strip(".") in lexicon().titles):
        return comma
    nxt = norm.find(",", comma + 1, end)
    if nxt == -1:
        return comma
    name = [x for x in ws if comma < x.start and x.end <= nxt]
    if not 1 <= len(name) <= 5 or not all(is_cap(x.text) and x.low not in DAY_OR_MONTH for x in name):
        return comma
    if is_pronoun(name[0].text) or any(lexicon().cue(x.text) for x in name):
        return comma
    return nxt


def _trim_end(norm: str, s: int, e: int) -> int:
    while e > s and norm[e - 1] in " \n\t,;:":
        e -= 1
    return e


def _active(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    for k, w in enumerate(ws):
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if clitic or not (cue.uses & {"active", "directive", "vp"}):
            continue
        if w.text[:1].isupper() and k == 0:
            continue
        named = (
            _named_before_yang(norm, ws, k - 1)
            if k and ws[k - 1].low == "yang" and not cue.uses & _ACTING_USES
            else None
        )
        if k and ws[k - 1].low in NOT_STATED and named is None:
            continue
        if k and ws[k - 1].low in SCENE_OPENERS and any(cue_of(x) for x in ws[k + 1 : k + 30]):
            continue  # `X ketika menyampaikan rilis di Jakarta, Senin, menyebutkan …`: the scene
        sp = named or subject_before(norm, rs, w.start)
        if sp is None:
            continue
        directive = "directive" in cue.uses and "active" not in cue.uses
        if cue.form == "mendorong":
            directive = True
        ci = _content_start(norm, ws, k + 1, directive or "directive" in cue.uses)
        if ci is None or ci >= len(ws):
            continue
        content = ws[ci:]
        if content[0].low == "diri":
            continue  # `memastikan diri akan ikut serta`: the subject commits itself, says nothing
        if cue_of(content[0]) is not None and "," in norm[w.end : content[0].start]:
            continue  # `X membantah, menegaskan bahwa …`: the second verb carries the statement
        if cue.lemma == "lapor" and _lodged(content):
            continue
        if cue.lemma == "minta" and content[0].low in REQUESTED_OBJECTS:
            continue  # `meminta keterangan rekan bisnis Sandi`, `meminta maaf`, `meminta Rp 2 miliar`: an act
        if cue.lemma == "tambah" and ci == k + 1 and content[0].low in ADDED_THINGS and not _set_off(norm, w, content):
            continue  # `menambahkan fitur GO-BILLS …`: a thing added, nothing said
        if cue.lemma in EXAMPLE_CUES and len(content) >= MIN_WORDS:
            c = _candidate(norm, ws, ci, re_, para, w, w.text, cue.lemma)
            c.speaker_span, c.pronoun, c.attribution = sp, is_pronoun(norm[sp[0] : sp[1]]), (sp[0], w.end)
            return c  # `Ia mencontohkan kasus korupsi simulator SIM …`: the example is what was said
        vp = "vp" in cue.uses or "directive" in cue.uses
        if (
            cue.form == "mendorong"
            and content[0].low not in ("agar", "supaya", "untuk")
            and not _urged_passive(content)
            and not (
                (_urged_addressee(content) or _urged_group(content))
                and norm[sp[0] : sp[1]].split()[0].lower() not in CAUSING_SUBJECTS
            )
        ):
            continue
        said_that = ci > 0 and ws[ci - 1].low in ("bahwa", "bahwasanya")
        equated = not said_that and _equated(norm, content)
        if (
            "object" in cue.uses
            and not said_that
            and not _set_off(norm, w, content)
            and not _opens_clause(content)
            and not equated
        ):
            continue  # `mengunggah foto mereka …`, `mengungkap kasus tersebut …`: a thing, not a statement
        if "means" in cue.uses and not said_that and not _set_off(norm, w, content) and _by_means(content):
            continue  # `menulis dengan gaya …`, `mengancam Spurs lewat serangan balik`: an act, nothing said
        if "appeal" in cue.uses and not _appeal(content):
            continue  # `mengajak penonton menikmati lagu …`: an invitation to join in, no appeal made
        if (
            "goes_on" in cue.uses
            and not said_that
            and not _set_off(norm, w, content)
            and not _goes_on(norm, sp, content)
        ):
            continue  # `ONE OK ROCK melanjutkan penampilan dengan …`: an act continued, nothing said
        if "ensure" in cue.uses and not said_that and _ensured(norm, ws, k, sp, content):
            continue  # `Kemenangan ini memastikan Roma …`, `… dan memastikan rantai pasok tetap lancar`
        if (
            not said_that
            and "," not in norm[w.end : content[0].start]  # `menyampaikan, keputusan itu …`: a clause
            and cue.form in EXPRESSIVE
            and content[0].low.startswith("ke")
            and content[0].low.endswith("an")
            and not _clause_follows(content)
            and not equated
        ):
            continue  # `menyampaikan keresahan …`, `mengungkapkan kekecewaan …`
        if (
            said_that
            and len(content) < MIN_WORDS
            or not said_that
            and not _is_clause(content, vp=vp, directive=directive)
            and not _judged_as(cue.lemma, content)
            and not _set_off(norm, w, content)
            and not equated
        ):
            continue
        if (
            not said_that
            and "topic" in cue.uses
            and ci == k + 1
            and not _set_off(norm, w, content)
            and _modified_noun(content)
            and not equated
        ):
            continue  # `menjelaskan mekanisme pengaduan jika …`: the topic, not what was said
        c = _candidate(norm, ws, ci, re_, para, w, w.text, cue.lemma)
        if content[0].low in ("agar", "supaya"):  # `meminta agar X …`: the request is X …
            c.pieces = [(content[1].start, c.end)] if len(content) > 1 else c.pieces
        elif directive:
            # `menasihati Rina agar menjaga …`: the person addressed by name, then the advice after
            # `agar`; a group addressed is part of the appeal (`mengimbau semua pihak agar …`)
            a = next((m for m, x in enumerate(content[1:5], 1) if x.low in ("agar", "supaya")), None)
            if (
                a is not None
                and a + 1 < len(content)
                and any(is_cap(x.text) for x in content[:a])
                and not any(is_verbish(x.text) for x in content[:a])
            ):
                c.pieces = [(content[a + 1].start, c.end)]
        if directive:
            # `Luhut minta Susi menghentikan …, tapi Susi tetap …`: the request ends at the contrast
            ps = c.pieces[0][0]
            cut = next(
                (
                    x
                    for m, x in enumerate(content[1:], 1)
                    if x.start > ps
                    and x.low in CONTRASTS
                    and norm[: x.start].rstrip().endswith(",")
                    and not _open_correlative(content[:m])
                    and _new_subject(content[m + 1 : m + 3])
                ),
                None,
            )
            if cut is not None:
                c.pieces = [(ps, _trim_end(norm, ps, cut.start))]
        c.speaker_span = sp
        c.pronoun = is_pronoun(norm[sp[0] : sp[1]])
        c.attribution = (sp[0], w.end)
        if named is not None:
            _embed(norm, c)
        via = find_via(norm, rs, w.start)  # `X, seperti dilansir AFP, menyebut …`
        if via is None and content[0].start > w.end:
            via = find_via(norm, w.end, content[0].start)  # `X mengatakan kepada Reuters bahwa …`
        if via is not None:
            c.via, c.via_span = via
        return c
    return None


def _new_subject(ws: list[Word]) -> bool:
    """After a contrast in a request, does a clause with its own subject begin (`…, tapi Susi tetap
    …`)? Not when the request goes on with no subject (`agar tidak panik …, tapi harus tetap
    waspada`, `…, tetapi juga menyiapkan …`): an auxiliary, `juga`, `tetap` or a verb follows."""
    if not ws:
        return True
    first = ws[0]
    return not (first.low in CLAUSE_MARKERS or first.low in ("juga", "tetap") or is_verbish(first.text))


def _open_correlative(ws: list[Word]) -> bool:
    """Whether the words hold the first half of `tidak hanya … tetapi (juga) …` with no contrast
    after it (`kepala daerah tidak hanya reaktif terhadap kenaikan harga`): not yet complete."""
    open_ = False
    for k, w in enumerate(ws):
        if k + 1 < len(ws) and f"{w.low} {ws[k + 1].low.rstrip(',')}" in CORRELATIVE_LEADS:
            open_ = True
        elif w.low.rstrip(",") in CORRELATIVE_CONTRASTS:
            open_ = False
    return open_


# uses of cues that as often describe what the noun before `yang` does as what it says
# (`UU Hutan Adat yang mengakui …`, `fitur yang memastikan …`, `arahan Presiden yang mendorong …`)
_ACTING_USES = frozenset(("vp", "ensure", "directive", "appeal", "goes_on", "object"))


def _named_before_yang(norm: str, ws: list[Word], y: int) -> tuple[int, int] | None:
    """`… membantah pernyataan Kabid Humas Polda Sumut Ferry Walintukan yang menyebut …`,
    `… menanggapi laporan Bank Dunia (World Bank) yang memproyeksikan …`: a name (a run of
    capitalised words, an alias in brackets, an apposition's commas) right before `yang` and
    after the clause's first word is the source of the statement the relative clause reports;
    a common noun there (`warga yang meminta …`, `pihak yang bisa melaporkan …`) names no one."""
    j = y
    while j > 0 and is_cap(ws[j - 1].text):
        if j < y and "," in norm[ws[j - 1].end : ws[j].start]:
            break  # `pengacara Departemen Kehakiman AS, Elizabeth Hedges, yang`: the apposed name
        j -= 1
    if j == y or j == 0 or not is_cap(ws[y - 1].text.strip("()")):
        return None
    return ws[j].start, ws[y - 1].end


def _embed(norm: str, c: Candidate) -> None:
    """A statement reported in a relative clause of the writer's sentence (`… Sadiq Khan yang
    mengatakan pemilu tidak perlu ditunda, menyusul serangan …`) ends at the clause's first
    comma, where the writer's sentence goes on, and its source is not the one the story follows
    (``extra["embedded"]``: no later `katanya` or unattributed quote points back to it)."""
    c.extra["embedded"] = True
    ps = c.pieces[0][0]
    comma = norm.find(",", ps, c.end)
    if comma > ps:
        c.pieces = [(ps, _trim_end(norm, ps, comma))]


def _judged_as(lemma: str, content: list[Word]) -> bool:
    """`menyebut aksi itu sebagai tamparan keras …`, `menilai kebijakan itu sebagai langkah
    mundur`: what is judged, then `sebagai` and the judgement (a small clause with no verb)."""
    if lemma not in JUDGING_CUES or len(content) < 4:
        return False
    k = next((k for k, x in enumerate(content[1:6], 1) if x.low == "sebagai"), None)
    return k is not None and k + 1 < len(content) and not any(is_verbish(y.text) for y in content[:k])


def _urged_passive(content: list[Word]) -> bool:
    """`mendorong kasus tersebut diusut kembali`: what is urged, then a di- verb saying what
    should be done with it (`mendorong pertumbuhan ekonomi` is an act, no demand)."""
    for k, x in enumerate(content[1:5], 1):
        if x.low.startswith("di") and len(x.low) > 4 and is_verbish(x.text):
            return not any(is_verbish(y.text) for y in content[:k])
    return False


def _urged_addressee(content: list[Word]) -> bool:
    """`mendorong Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) mengalokasikan …`:
    a named body or person urged, then a me- verb saying what it should do (`mendorong
    pertumbuhan ekonomi` names no one)."""
    k = 0
    while k < min(len(content), 9) and (is_cap(content[k].text) or (k and content[k].low in ("dan", "serta"))):
        k += 1
    if k == 0 or k >= len(content) - 1:
        return False
    verb = content[k]
    return verb.low.startswith("me") and is_verbish(verb.text) and content[k - 1].low not in ("dan", "serta")


def _urged_group(content: list[Word]) -> bool:
    """`mendorong kabupaten/kota untuk segera menyiapkan …`, `mendorong para pemilih agar …`: a
    group of people or bodies urged (opened by a quantifier, headed by a noun of speakers or
    bodies, or a pronoun), then `untuk`/`agar` and what it should do; `mendorong strategi
    pengentasan kemiskinan agar …` urges no one."""
    k = next((k for k, w in enumerate(content[1:6], 1) if w.low in ("untuk", "agar", "supaya")), None)
    if k is None or k + 1 >= len(content) or any(is_verbish(w.text) for w in content[:k]):
        return False
    head = content[0].low.split("/")[0]
    lex = lexicon()
    return (
        head in ADDRESSED_QUANTIFIERS
        or head in lex.speaker_nouns
        or head in lex.org_words
        or is_pronoun(content[0].text) is not None
    )


def _lodged(content: list[Word]) -> bool:
    """`melaporkan (balik) Andi ke pihak kepolisian atas dugaan …`, `melaporkan sejumlah pihak
    dan …`: someone reported to the authorities, a complaint lodged, not a statement made."""
    k = 0
    while k < len(content) and content[k].low in COUNTING_WORDS:
        k += 1
    if k < len(content) and content[k].low.rstrip(".,") in REPORTED_PARTIES:
        tail = k + 1 == len(content) or content[k].low.endswith((".", ",")) or content[k + 1].low in LODGING_TAILS
        if tail:
            return True
    name = 0
    while name < min(len(content), 5) and is_cap(content[name].text):
        name += 1
    if (
        0 < name < len(content) - 1
        and content[name].low in ("dengan", "atas")
        and content[name + 1].low in CHARGE_WORDS
    ):
        return True  # `melaporkan Habib Rizieq dengan pasal 156`: a person reported on a charge
    if 0 < name < len(content) - 1 and content[name - 1].low[-1:].isalpha() and content[name].low in REPORTED_FOR:
        return True  # `melaporkan Lisa Mariana setelah …`, `… karena …`: a person reported for a deed
    for k, w in enumerate(content[:8]):
        if w.low in ("bahwa", "bahwasanya") or w.low in CLAUSE_MARKERS or w.low in PREDICATES or is_verbish(w.text):
            return False  # `melaporkan Andi sudah tiba di polres`: a clause, reported
        if k and w.low in ("ke", "kepada", "di"):
            rest = [x.low for x in content[k + 1 : k + 4]]
            if rest[:1] == ["pihak"]:
                rest = rest[1:]
            return bool(rest) and rest[0] in COMPLAINT_BODIES
    return False


# `X memberikan keterangan bahwa …`: a verb that gives a statement noun, then `bahwa` and the content
_LIGHT_VERBS = frozenset(("memberikan", "memberi", "mengeluarkan", "merilis", "menyampaikan", "membuat"))
_GIVEN_STATEMENTS = {
    "keterangan": "terang",
    "pernyataan": "nyata",
    "penjelasan": "jelas",
    "klarifikasi": "klarifikasi",
    "konfirmasi": "konfirmasi",
    "informasi": "informasi",
}
_STATEMENT_KINDS = frozenset(("resmi", "tertulis", "singkat", "pers"))
STANCE_NOUNS = wordset("stance_nouns")  # `mengulang pandangannya bahwa …`, `melayangkan ancaman bahwa …`
STANCE_VERBS = wordset("stance_verbs")


def _statement_noun(w: Word) -> str | None:
    """The cue lemma of a statement or stance noun a verb hands on (`keterangan`, `pandangannya`,
    `ancaman`), with or without `-nya`; None for any other word."""
    low = w.low
    for base in (low, low[:-3] if low.endswith("nya") else None):
        if base in _GIVEN_STATEMENTS:
            return _GIVEN_STATEMENTS[base]
        if base in STANCE_NOUNS:
            return base
    return None


def _given_statement(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Kapolres X memberikan keterangan bahwa pelaku …`, `X mengeluarkan pernyataan resmi bahwa …`:
    a statement given, then what it says after `bahwa`; also a view, claim or threat handed on
    (`May … mengulang pandangannya bahwa …`, `Korut melayangkan ancaman bahwa …`)."""
    for k in range(1, len(ws) - 3):
        lemma = _statement_noun(ws[k + 1])
        if lemma is None or (ws[k].low not in _LIGHT_VERBS and ws[k].low not in STANCE_VERBS):
            continue
        j = k + 2
        while j < len(ws) and ws[j].low in _STATEMENT_KINDS:
            j += 1
        if j >= len(ws) or ws[j].low not in ("bahwa", "bahwasanya") or len(ws) - j - 1 < MIN_WORDS:
            continue
        if ws[k - 1].low in NOT_STATED:
            continue
        sp = subject_before(norm, rs, ws[k].start)
        if sp is None or not _is_clause(ws[j + 1 :], vp=False, directive=False, topic_check=False):
            continue
        noun = ws[k + 1]
        c = _candidate(norm, ws, j + 1, re_, para, noun, noun.text, lemma)
        c.speaker_span = sp
        c.pronoun = is_pronoun(norm[sp[0] : sp[1]])
        c.attribution = (sp[0], ws[j].end)
        return c
    return None


def _kata_without_comma(ws: list[Word], k: int) -> bool:
    """`Perubahan kata dia, tidak perlu …`, `Dengan teknologi ini kata Wapres Jusuf Kalla, …`: an
    interjected `kata` whose comma before it the writer left out, known by the speaker after it
    (a name or a pronoun, closed by a comma below); not the noun `kata` (`mengutip kata Bung
    Karno`, `dengan kata lain`, `dua kata`): after a verb, a preposition or a number it is a word."""
    if ws[k].low != "kata" or k == 0 or k + 1 >= len(ws):
        return False
    nxt, before = ws[k + 1], ws[k - 1]
    if not (is_cap(nxt.text) or is_pronoun(nxt.low) is not None):
        return False
    return not is_verbish(before.text) and before.low not in NOUN_KATA_BEFORE and not before.low.isdigit()


def _interrupted(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Hingga saat ini, terang AHY, opsi …` / `…, disebutkan Afifuddin, dilakukan …`."""
    seg = _Segment(ws)  # a cue at every other word must not cost a pass over the rest for each
    for k, w in enumerate(ws):
        as_said = 0 < k <= 2 and ws[k - 1].low in ("seperti", "sebagaimana")  # `Sebagaimana dikatakan X, …`
        # `Lanjut Nico, dari keterangan M pihaknya …`: the inverted cue opens the sentence
        opening = k == 0 and len(ws) > 1 and (is_cap(ws[1].text) or is_pronoun(ws[1].low) is not None)
        if not opening and (
            k == 0 or ("," not in norm[ws[k - 1].end : w.start] and not as_said and not _kata_without_comma(ws, k))
        ):
            continue
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if not (cue.uses & {"post", "passive"}) or (opening and (clitic or "post" not in cue.uses)):
            continue
        if clitic:
            ci = k + 1
            # `Klarifikasi itu, lanjutnya, disampaikan langsung ke …`: with a subject before the
            # cue, a bare predicate after it completes the clause
            if ci < len(ws) and "," in norm[w.end : ws[ci].start] and _is_clause(ws[ci:], k > 0, False, False, seg):
                c = _candidate(norm, ws, ci, re_, para, w, w.text[:-3], cue.lemma)
                c.pronoun = "any"
                c.attribution = (w.start, w.end)
                return c
            # `Namun, katanya beberapa negara belum dapat …`: only a connective before the cue,
            # then the reported clause with no comma
            led = k > 0 and strip_connectives(norm, rs, w.start) >= w.start
            if led and ci < len(ws) and _is_clause(ws[ci:], False, False, False, seg):
                c = _candidate(norm, ws, ci, re_, para, w, w.text[:-3], cue.lemma)
                c.pronoun = "any"
                c.attribution = (w.start, w.end)
                return c
            continue
        sp = np_after(norm, ws, k + 1, max_words=7)
        if sp is None:
            continue
        # `Untuk sisanya, kata Ade akan dibahas …`: no comma after a name, but an auxiliary
        # right after it opens the reported clause
        np_ws = seg.between(sp[0], sp[1])
        aux = next((m for m in range(1, min(len(np_ws), 4)) if np_ws[m].low in CLAUSE_MARKERS), None)
        bare = aux is not None and all(is_cap(x.text) for x in np_ws[:aux])
        if bare:
            sp = (sp[0], np_ws[aux - 1].end)  # type: ignore[index]
        elif cue.lemma in INTERJECTED_CUES:
            split = _name_then_clause(norm, ws, np_ws, seg)
            if split is not None:
                sp, bare = split, True
        after = seg.tail(sp[1])
        np_text = norm[sp[0] : sp[1]]
        if not after or ("," not in norm[sp[1] : after[0].start] and (not bare or opening)):
            continue
        pron = is_pronoun(np_text)
        if not pron and not is_cap(np_text):
            continue
        enclosed = (
            cue.lemma in INTERJECTED_CUES and not bare and not opening and len(after) > MIN_WORDS and k > 0
        )  # `Saat ini, kata dia, Gunung Agung dalam status Siaga …`: set off by commas on both sides
        if not enclosed and not _is_clause(after, vp=True, directive=False, topic_check=False, seg=seg):
            continue
        ci = len(ws) - len(after)
        c = _candidate(norm, ws, ci, re_, para, w, w.text, cue.lemma)
        c.speaker_span, c.pronoun = sp, pron
        c.attribution = (w.start, sp[1])
        return c
    return None


MAX_INTERJECTED_SUBJECT = 5  # words of a short subject before an interjected cue


def _interjected(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Hal tersebut kata Argo masih menunggu …`, `Berita bohong lanjutnya justru dapat …`: a
    short subject, a verb of saying set into it with no commas (its name, or its -nya), then the
    predicate, which is the reported content."""
    s = strip_connectives(norm, rs, ws[0].start)
    lead = [x for x in ws if x.start >= s]
    if len(lead) < 4 or any(c in norm[s:re_] for c in ',;:()"'):
        return None
    for k in range(1, min(len(lead) - 2, MAX_INTERJECTED_SUBJECT + 1)):
        w = lead[k]
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if cue.lemma not in INTERJECTED_CUES or not w.text[:1].islower():
            return None
        before = lead[:k]
        if any(is_verbish(x.text) or cue_of(x) is not None or x.low in NP_STOP for x in before):
            return None
        if clitic:
            sp, ci = None, k + 1
        else:
            split = _name_then_clause(norm, lead, lead[k + 1 : k + 5])
            if split is None:
                return None
            sp = split
            ci = next(m for m, x in enumerate(lead) if x.start >= split[1])
        after = lead[ci:]
        if len(after) < MIN_WORDS or not _is_clause(before + after, vp=False, directive=False, topic_check=False):
            return None
        c = _candidate(norm, lead, ci, re_, para, w, w.text[:-3] if clitic else w.text, cue.lemma)
        c.speaker_span = sp
        c.pronoun = "any" if clitic else is_pronoun(norm[sp[0] : sp[1]])
        c.attribution = (w.start, sp[1] if sp else w.end)
        return c
    return None


def _name_then_clause(
    norm: str, ws: list[Word], np_ws: list[Word], seg: _Segment | None = None
) -> tuple[int, int] | None:
    """`Terkait jadwal itu, kata Agun pihaknya masih akan …`, `Namun, lanjut Febri siapa
    tersangka …`: a capitalised name with no comma after it, then a lower-case word opening a
    clause (a name never goes on in lower case). The name's span, or None."""
    m = next((k for k, x in enumerate(np_ws) if not is_cap(x.text)), len(np_ws))
    if not 1 <= m <= 4 or np_ws[0].low in lexicon().titles:
        return None
    name_end = np_ws[m - 1].end
    after = seg.tail(name_end) if seg is not None else [x for x in ws if x.start >= name_end]
    if len(after) < MIN_WORDS or norm[name_end : after[0].start].strip():
        return None
    first = after[0]
    if is_cap(first.text) or first.low in NP_STOP or first.low in DAY_OR_MONTH or first.low in ADJUNCT_START:
        return None
    if is_pronoun(first.low) is None and not _is_clause(after, vp=False, directive=False, seg=seg):
        return None
    return np_ws[0].start, name_end


def _statement_before(norm: str, ws: list[Word], k: int, rs: int, para: int, lists: bool = True) -> Candidate | None:
    """The unquoted statement in ``ws[:k]`` that an attribution after it closes (`…, kata X.`),
    as a candidate holding only its content: a clause of four words or more, the connectives
    at its front left out; with ``lists=False`` not a list announced (`Berikut cara …`)."""
    s = strip_connectives(norm, rs, ws[k - 1].end)
    content = [x for x in ws[:k] if x.start >= s]
    if not lists and content and content[0].low in LIST_INTROS:
        return None
    if len(content) < 4 or not _is_clause(content, vp=True, directive=False, topic_check=False):
        return None
    return Candidate("indirect", [(content[0].start, _trim_end(norm, content[0].start, ws[k - 1].end + 1))], para)


def _trailing(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Pemerintah akan …, kata Luhut.` — the attribution closes an unquoted clause."""
    inverted = _inverted_closing(norm, ws, rs, para)
    if inverted is not None:
        return inverted
    for k in range(len(ws) - 1, 0, -1):
        w = ws[k]
        if "," not in norm[ws[k - 1].end : w.start]:
            continue
        cn = cue_of(w)
        if cn is None:
            quoted_from = _trailing_medium(norm, ws, k, rs, re_, para)
            if quoted_from is not None:
                return quoted_from
            if len(ws) - k > 10:
                return None
            continue
        cue, clitic = cn
        if "post" not in cue.uses and not clitic:
            return None
        rest = ws[k + 1 :]
        sp = None
        pron = "any" if clitic else None
        if not clitic:
            sp = np_after(norm, ws, k + 1, max_words=7)
            if sp is None:
                return None
            np_text = norm[sp[0] : sp[1]]
            pron = is_pronoun(np_text)
            head = [x.lower() for x in np_text.split() if x.lower() not in GROUP_DETERMINERS]
            if not pron and not is_cap(np_text) and (not head or head[0] not in lexicon().speaker_nouns):
                return None  # `…, lapor para peneliti di …` names a speaker; `…, kata orang` does not
        elif rest and rest[0].low not in NP_STOP and rest[0].low not in DAY_OR_MONTH:
            return None
        c = _statement_before(norm, ws, k, rs, para)
        if c is None:
            return None
        written = w.text[:-3] if clitic else w.text
        c.cue, c.cue_lemma, c.cue_span = written, cue.lemma, (w.start, w.start + len(written))
        c.speaker_span, c.pronoun = sp, pron
        c.attribution = (w.start, sp[1] if sp else w.end)
        _closing_report(norm, c, re_)
        return c
    return None


def _closing_report(norm: str, c: Candidate, re_: int) -> None:
    """`…, kata petugas di pembangkit itu, demikian dilaporkan Reuters.`: the medium named after
    the source closes the sentence; the article took the statement from it."""
    assert c.attribution is not None
    d = norm.find(", demikian ", c.attribution[1], re_)
    between = norm[c.attribution[1] : d]
    if d == -1 or len(between.split()) > 8 or any(ch in between for ch in '".;:'):
        return  # the source's place or time may stand between (`kata petugas di pembangkit itu`)
    via = closing_via(norm, d + 1, re_)
    if via is not None:
        c.via, c.via_span = via


def _inverted_closing(norm: str, ws: list[Word], rs: int, para: int) -> Candidate | None:
    """`Izadyar meninggal di rumah sakit …, media Afghanistan melaporkan.`: translated wire copy
    keeps the English order, the source and an active verb of saying after the content; the
    sentence ends on the verb and a short named (or speaker-noun) phrase stands before it."""
    if len(ws) < 7:
        return None
    last = ws[-1]
    cn = cue_of(last)
    if cn is None or cn[1] or "active" not in cn[0].uses or norm[last.end : last.end + 1] not in (".", ""):
        return None
    k = next((j for j in range(len(ws) - 2, 0, -1) if "," in norm[ws[j - 1].end : ws[j].start]), None)
    if k is None or not 1 <= len(ws) - 1 - k <= 5:
        return None
    np_ws = ws[k:-1]
    head = np_ws[0].low
    if not (is_cap(np_ws[0].text) or head in lexicon().speaker_nouns) or any(cue_of(x) for x in np_ws):
        return None
    c = _statement_before(norm, ws, k, rs, para)
    if c is None:
        return None
    c.cue, c.cue_lemma, c.cue_span = last.text, cn[0].lemma, (last.start, last.end)
    c.speaker_span = (np_ws[0].start, np_ws[-1].end)
    c.pronoun = is_pronoun(norm[np_ws[0].start : np_ws[-1].end])
    c.attribution = (np_ws[0].start, last.end)
    return c


def _closing_demikian(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Tarif naik bulan depan, demikian kata Menteri X.` / `…, demikian disampaikan X di …` /
    `…, demikian pernyataan kelompok itu di situs webnya.`: `demikian` (or `begitu`) then a verb
    of saying, its passive or a statement noun, and the source, close an unquoted statement."""
    for k in range(len(ws) - 2, 3, -1):
        if ws[k].low not in ("demikian", "begitu") or "," not in norm[ws[k - 1].end : ws[k].start]:
            continue
        w = ws[k + 1]
        cn = cue_of(w)
        statement = w.low in STATEMENT_NOUNS
        if not statement and (cn is None or cn[1] or not (cn[0].uses & {"post", "passive"})):
            return _closing_source(norm, ws, k, rs, para) if ws[k].low == "demikian" else None
        j = k + 2
        if j < len(ws) and ws[j].low == "oleh":
            j += 1
        while statement and j < len(ws) and ws[j].low in STATEMENT_MODIFIERS:
            j += 1
        sp = np_after(norm, ws, j, max_words=8) if j < len(ws) else None
        if sp is None:
            return None
        np_text = norm[sp[0] : sp[1]]
        head = np_text.split()[0].lower() if np_text.split() else ""
        if not (is_cap(np_text) or is_pronoun(np_text) or head in lexicon().speaker_nouns or statement):
            return None
        c = _statement_before(norm, ws, k, rs, para)
        if c is None:
            return None
        lemma = STATEMENT_NOUNS[w.low] if statement else cn[0].lemma  # type: ignore[index]
        c.cue, c.cue_lemma, c.cue_span = w.text, lemma, (w.start, w.end)
        c.speaker_span, c.pronoun = sp, is_pronoun(np_text)
        c.attribution = (ws[k].start, sp[1])
        _medium_source(c, np_text)
        return c
    return None


SOURCE_TAIL_LEADS = wordset("source_tail_leads")


def _closing_source(norm: str, ws: list[Word], k: int, rs: int, para: int) -> Candidate | None:
    """`…, demikian BMKG.`, `…, demikian Reuters.`: ANTARA's wire style closes a statement with
    `demikian` and its source alone, no verb of saying; the source may be a role with the name
    set off after it, then only where, to whom and when it was said (`…, demikian Minister
    Counsellor …, Renata Siagian kepada Antara London, Sabtu.`)."""
    if not is_cap(ws[k + 1].text) or ws[k + 1].low in DAY_OR_MONTH:
        return None  # `…, demikian pula …`, `…, demikian Senin (5/6)`
    sp = np_after(norm, ws, k + 1, max_words=8)
    if sp is None:
        return None
    tail = [x for x in ws if x.start >= sp[1]]
    if tail and "," in norm[sp[1] : tail[0].start]:
        name = tail[:5]
        n = next((j for j, x in enumerate(name) if not is_cap(x.text) or x.low in DAY_OR_MONTH), len(name))
        if n and not any(cue_of(x) for x in name[:n]) and not is_pronoun(name[0].text):
            sp, tail = (name[0].start, name[n - 1].end), tail[n:]  # the name set off after its role
    if tail and not (tail[0].low in SOURCE_TAIL_LEADS or tail[0].low in DAY_OR_MONTH):
        return None
    if len(tail) > 8 or any(cue_of(x) for x in tail):
        return None
    c = _statement_before(norm, ws, k, rs, para)
    if c is None:
        return None
    w = ws[k]
    c.cue, c.cue_lemma, c.cue_span = w.text, "demikian", (w.start, w.end)
    c.speaker_span, c.pronoun = sp, None
    c.attribution = (w.start, sp[1])
    _medium_source(c, norm[sp[0] : sp[1]])
    return c


AS_SAID_LEADS = wordset("as_said_leads")
AS_SAID_DETERMINERS = GROUP_DETERMINERS | {"sang", "seorang"}


def _as_said(norm: str, ws: list[Word], rs: int, para: int) -> Candidate | None:
    """`Gempa juga dirasakan di Kota Sukabumi seperti yang dikatakan warga Citamiang Opi.`,
    `Cohen meninggal dalam tidur, seperti disampaikan sang manajer, setelah …`: `seperti` or
    `sebagaimana`, a passive of saying and its agent after a statement make the statement the
    agent's; the agent is a name, a pronoun or a noun of speakers or roles (`dalam dokumen`,
    `di surat …` name no one), then the sentence ends, a comma goes on, or only where and when."""
    lex = lexicon()
    for k in range(4, len(ws) - 2):
        if ws[k].low not in AS_SAID_LEADS:
            continue
        j = k + 1
        while j < len(ws) - 1 and ws[j].low in ("yang", "telah", "pernah", "sempat"):
            j += 1
        cn = cue_of(ws[j])
        if cn is None or cn[1] or "passive" not in cn[0].uses:
            continue
        sp = np_after(norm, ws, j + 1, max_words=8)
        if sp is None:
            continue
        np_text = norm[sp[0] : sp[1]]
        head = [x for x in np_text.lower().split() if x not in AS_SAID_DETERMINERS]
        pron = is_pronoun(np_text)
        if not (pron or is_cap(np_text) or (head and (head[0] in lex.speaker_nouns or head[0] in lex.titles))):
            continue
        tail = [x for x in ws if x.start >= sp[1]]
        if tail and all(is_cap(x.text) or x.low == "dan" for x in tail) and is_cap(tail[-1].text):
            sp, tail = (sp[0], tail[-1].end), []  # `oleh VP Investment dan Portfolio Kejora Andreas Surya.`
        closed = not tail or "," in norm[sp[1] : tail[0].start]
        if not closed and not (tail[0].low in SOURCE_TAIL_LEADS or tail[0].low in DAY_OR_MONTH):
            continue
        if tail and tail[0].low == "maka":
            return None  # `Potensi kenaikan margin …, seperti yang disebutkan X, maka …`: a premise, the writer's
        lead = next((x for x in ws if x.start == sp[0]), None)
        if lead is not None and lead.low == "sang" and not pron:
            sp = (norm.index(" ", lead.start) + 1, sp[1])  # `sang manajer` is the unnamed manager, no epithet
        c = _statement_before(norm, ws, k, rs, para)
        if c is None:
            return None
        w = ws[j]
        c.cue, c.cue_lemma, c.cue_span = w.text, cn[0].lemma, (w.start, w.end)
        c.speaker_span, c.pronoun = sp, pron
        c.attribution = (ws[k].start, sp[1])
        return c
    return None


def _medium_source(c: Candidate, source: str) -> None:
    """A statement closed by a foreign medium (`…, demikian laporan Xinhua.`, `…, demikian
    Reuters.`) was taken from that medium: it is the via as well as the source."""
    if c.via is None and source in lexicon().foreign_media:
        c.via, c.via_span = source, c.speaker_span


def _trailing_medium(norm: str, ws: list[Word], k: int, rs: int, re_: int, para: int) -> Candidate | None:
    """`…, demikian dikutip detikINET dari Techspot.`: a clause closed by the medium it was
    taken from; the medium is both the source and the via."""
    lex = lexicon()
    at = ws[k + 1].start if ws[k].low in ("demikian", "begitu") and k + 1 < len(ws) else ws[k].start
    m = lex.via_re.match(norm, at, re_)  # type: ignore[union-attr]
    if m is None or lex.via_only_re.match(norm, at, re_):  # type: ignore[union-attr]
        return None
    med = medium_after(norm, m.end(), re_)
    if med is None:
        return None
    c = _statement_before(norm, ws, k, rs, para, lists=False)
    if c is None:
        return None
    cue_word = next(x for x in ws if x.start >= m.start() and x.low not in ("seperti", "sebagaimana"))
    c.cue, c.cue_lemma = cue_word.text, "kutip" if "kutip" in cue_word.low else "lansir"
    c.cue_span = (cue_word.start, cue_word.end)
    c.speaker_span = (med[0], med[1])
    c.via, c.via_span = med[2], (med[0], med[1])
    c.attribution = (ws[k].start, med[1])
    c.extra["medium_speaker"] = med[2]
    return c


def _segments(s: int, e: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    segs = [(s, e)]
    for cs, ce in covered:
        nxt = []
        for a, b in segs:
            if ce <= a or cs >= b:
                nxt.append((a, b))
                continue
            if cs > a:
                nxt.append((a, cs))
            if ce < b:
                nxt.append((ce, b))
        segs = nxt
    return segs


def _glued_apart(norm: str, segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segments cut after a full stop that lost its space after a closing bracket (the
    segmentation layer keeps `(18/9/2025).Powell` in one sentence): what follows is a new one."""
    out = []
    for a, b in segs:
        for m in GLUED_STOP.finditer(norm, a, b):
            out.append((a, m.end()))
            a = m.end()
        out.append((a, b))
    return out


def find(norm: str, layout: Layout, covered: list[tuple[int, int]]) -> list[Candidate]:
    """Indirect quotes of the article, at most one per sentence segment."""
    out: list[Candidate] = []
    cov = sorted(covered)
    forms = lexicon().quick_forms
    hits = []
    for word in index_words(norm).all:
        w = word.low.rstrip(".")
        if (
            w in forms
            or (w.endswith("nya") and w[:-3] in forms)
            or w in STATEMENT_NOUNS
            or w.removesuffix("nya") in _GIVEN_STATEMENTS
            or w.removesuffix("nya") in STANCE_NOUNS  # `mengulang pandangannya bahwa …`
            or w.removesuffix("nya") in AGENT_PASSIVES  # `dianggap` is a cue only with its agent after it
        ):
            hits.append(word.start)
        elif w == "demikian" and norm[max(0, word.start - 3) : word.start].rstrip().endswith(","):
            hits.append(word.start)  # `…, demikian BMKG.`: a closing source with no verb of saying
    for ss, se, para in layout.sentences:
        k = bisect_left(hits, ss)
        if k == len(hits) or hits[k] >= se:
            continue  # no cue in this sentence
        near = [
            c for c in cov[max(0, bisect_left(cov, (ss,)) - 1) : bisect_left(cov, (se,))] if c[0] < se and c[1] > ss
        ]
        for rs, re_ in _glued_apart(norm, _segments(ss, se, near)):
            ws = words(norm, rs, re_)
            if len(ws) < 4:
                continue
            cand, via, rest = _via_start(norm, rs, re_, para)
            if via is not None:
                inner_ws = words(norm, rest, re_)
                inner = _according(norm, inner_ws, rest, re_, para) or _active(norm, inner_ws, rest, re_, para)
                if inner is not None:
                    inner.via, inner.via_span = via
                    out.append(inner)
                elif cand is not None and not _says_itself(inner_ws):
                    out.append(cand)
                continue
            found = (
                _according(norm, ws, rs, re_, para)
                or _passive_lead(norm, ws, rs, re_, para)
                or _active(norm, ws, rs, re_, para)
                or _given_statement(norm, ws, rs, re_, para)
                or _interrupted(norm, ws, rs, re_, para)
                or _trailing(norm, ws, rs, re_, para)
                or _closing_demikian(norm, ws, rs, re_, para)
                or _interjected(norm, ws, rs, re_, para)
                or _agent_passive(norm, ws, rs, re_, para)
                or _as_said(norm, ws, rs, para)
            )
            if found is not None:
                out.append(found)
                second = _coordinated(norm, found, para)
                if second is not None:
                    out.append(second)
    for c in out:
        _cut_at_rebuttal(norm, c)
    return _extend_fragments(norm, layout, out)


REBUTTED_STATEMENTS = wordset("rebutted_statements")


def _cut_at_rebuttal(norm: str, c: Candidate) -> None:
    """`Pengacara itu mengatakan kliennya sakit namun pengadilan menolak pernyataan itu …`: a
    contrast whose clause points back at the statement (`pernyataan itu`, `klaim tersebut`) is
    the writer's answer to it, so the reported content ends before the contrast."""
    s, e = c.pieces[-1]
    ws = words(norm, s, e)
    for k in range(MIN_WORDS, len(ws) - 2):
        if ws[k].low not in CONTRASTS:
            continue
        tail = ws[k + 1 : k + 8]
        if any(
            a.low in REBUTTED_STATEMENTS and b.low.rstrip(".,") in ("itu", "tersebut")
            for a, b in zip(tail, tail[1:], strict=False)
        ):
            c.pieces[-1] = (s, _trim_end(norm, s, ws[k].start))
            return


def _says_itself(ws: list[Word]) -> bool:
    """`Dilansir detikNews, Sekjen Golkar Sarmuji mengumumkan penonaktifan Adies Kadir.`: the
    sentence after the medium has a speaker and a verb of saying of its own, so the medium is no
    source of it even where no reported clause could be read off that verb."""
    return any(cue_of(w) is not None for w in ws[1:])


def _coordinated(norm: str, c: Candidate, para: int) -> Candidate | None:
    """`X mengatakan A dan menepis B`: a second verb of saying joined by ``dan`` starts a second
    statement by the same speaker; the first one ends before ``dan``."""
    if c.speaker_span is None or len(c.pieces) != 1:
        return None
    s, e = c.pieces[0]
    ws = words(norm, s, e)
    for k in range(2, len(ws) - MIN_WORDS):
        link = _second_statement_link(norm, ws, k)
        if link is None:
            continue
        cn = cue_of(ws[k])
        if cn is None or cn[1] or not (cn[0].uses & {"active", "vp"}):
            continue
        ci = _content_start(norm, ws, k + 1, "directive" in cn[0].uses)
        if ci is None or not _is_clause(ws[ci:], vp="vp" in cn[0].uses, directive=False):
            continue
        second = _candidate(norm, ws, ci, e, para, ws[k], ws[k].text, cn[0].lemma)
        second.speaker_span, second.pronoun = c.speaker_span, c.pronoun
        second.attribution = (ws[k].start, ws[k].end)
        second.via, second.via_span = c.via, c.via_span
        c.pieces = [(s, _trim_end(norm, s, link))]
        return second
    return None


def _second_statement_link(norm: str, ws: list[Word], k: int) -> int | None:
    """Where the first statement ends when word ``k`` may open a second one by the same speaker:
    after `dan`/`serta` (`mengatakan A dan menepis B`), after a comma with `bahwa` after the verb
    (`menegaskan A, menegaskan bahwa B`), or after a comma, a contrast and a pronoun for the
    speaker (`menjelaskan A, namun ia memastikan B`). None otherwise."""
    prev = ws[k - 1].low
    if prev in ("dan", "serta"):
        return ws[k - 1].start
    if "," in norm[ws[k - 1].end : ws[k].start]:
        # only with `bahwa` after the verb: `…, melanjutkan lima rute …` is an act, not a saying
        return ws[k - 1].end if k + 1 < len(ws) and ws[k + 1].low in ("bahwa", "bahwasanya") else None
    if prev not in THIRD_PERSON:
        return None
    j = k - 2 if ws[k - 2].low in CONTRASTS or ws[k - 2].low in ("dan", "serta") else k - 1
    if j < 1 or "," not in norm[ws[j - 1].end : ws[j].start]:
        return None
    return ws[j - 1].end


def _continues(norm: str, ns: int, ne: int) -> bool:
    """A sentence that cannot stand alone after reported content: a verbless fragment
    (`Termasuk soal ijazah …`) or a clause opened by a dependent connective (`Sebab, …`,
    `Sedangkan …`, `Sementara personel TNI …`) that carries no attribution of its own."""
    ws = words(norm, ns, ne)
    if not ws or any(ch in norm[ns:ne] for ch in '"“”'):
        return False  # (`"Terutama warga …," katanya.`: a quotation of its own, not a fragment)
    if norm[ns:ne].rstrip().endswith("?"):
        return False  # `Di mana letak kesalahannya?`: the convention leaves a question to the writer
    first = ws[0].low
    if first in FRAGMENT_STARTS:
        return True
    consequence = False
    if not _speaker_voice(ws):
        if first in ENUMERATION_OPENERS or _points_back(norm, ws):
            if first in ENUMERATION_OPENERS and "," not in norm[ws[0].end : ws[0].end + 2]:
                return False  # `Pertama kali …` is no list item
        elif " ".join(w.low for w in ws[:2]) in DEPENDENT_OPENERS or (consequence := _consequence(norm, ws)):
            pass  # `Salah satunya …`, `Di antaranya, …`, `Dengan demikian, …`
        elif first not in DEPENDENT_OPENERS or (
            len(ws) > 1 and ws[1].low in DEMONSTRATIVES and "," not in norm[ws[0].end : ws[1].start]
        ):
            return False  # (`Sementara itu, …` turns away; `Padahal, itu semua …` goes on)
        # (`Karena itu, …` has its comma after `itu`: a consequence opener, not `Karena` alone)
        if first in CAUSAL_OPENERS and not consequence and "," not in norm[ws[0].end : ws[0].end + 2]:
            return False  # `Sebab, …` links back; `Sebab pada dasarnya …` may be the writer's own
    return not any(cue_of(w) is not None or w.low in lexicon().according for w in ws[1:])


def _consequence(norm: str, ws: list[Word]) -> bool:
    """`… sudah selesai. Dengan begitu, anggaran …`, `Untuk itu, pihaknya …`: an opener that draws
    the consequence of what was just said, set off by its comma, goes on with the statement (the
    convention counts consequences as the source's content); without the comma (`Dengan demikian
    mendatangkan …`) the phrase may open the writer's own sentence."""
    for n in (2, 3):
        if len(ws) > n and " ".join(w.low for w in ws[:n]) in CONSEQUENCE_OPENERS:
            return norm[ws[n - 1].end : ws[n - 1].end + 1] == "," and ws[n].low not in THIRD_PERSON
    return False


def _speaker_voice(ws: list[Word]) -> bool:
    """`… kepentingan umum. Sistem informasi perlu didukung …`, `… Untuk itu, pihaknya …`: an
    obligation, or the speaker named as reported speech names them (`pihaknya`), carries the
    speaker's view on; a sentence about the speaker (`Ia …`) is the writer's again."""
    if ws[0].low in THIRD_PERSON:
        return False
    return any(w.low in SPEAKER_VOICE for w in ws)


def _points_back(norm: str, ws: list[Word]) -> bool:
    """`Hal ini berarti …`: the sentence spells out what the reported content means. (Other
    verbs after `Hal itu` — `berlaku`, `dilakukan`, `mengakibatkan` — as often open the
    writer's own sentence, so only `berarti` links back.)"""
    if len(ws) < 4 or ws[0].low not in POINTING_OPENERS or ws[1].low not in DEMONSTRATIVES:
        return False
    return not norm[ws[1].end : ws[2].start].strip() and ws[2].low == "berarti"


def _extend_fragments(norm: str, layout: Layout, found: list[Candidate]) -> list[Candidate]:
    """`Deddy menilai … informasi. Termasuk soal ijazah pejabat …` / `… penutupan jalan. Sebab,
    perlintasan …`: a sentence that cannot stand alone right after reported content continues it."""
    sents = layout.sentences
    sent_starts = layout.sentence_starts
    found_starts = sorted(d.start for d in found)
    learned = runon.model()
    dateline = runon.has_dateline(norm) if learned is not None or runon.RECORD is not None else False
    for c in found:
        base_end = c.end
        k = first = _open_sentence(sents, sent_starts, c.end)
        # `… Sebab, … Sedangkan …`: each following sentence that cannot stand alone joins it
        for _ in range(MAX_RUN_ON):
            if k >= len(sents) or k + 1 >= len(sents) or sents[k + 1][2] != sents[k][2]:
                break
            ns, ne, _ = sents[k + 1]
            j = bisect_left(found_starts, ns)
            if not _continues(norm, ns, ne) or (j < len(found_starts) and found_starts[j] < ne):
                break
            c.pieces[-1] = (c.pieces[-1][0], _trim_end(norm, ns, ne))
            k += 1
        _run_to_paragraph_end(norm, sents, k, c, found_starts)
        if learned is not None or runon.RECORD is not None:
            _learned_run_on(norm, sents, c, first, base_end, found_starts, learned, dateline)
        _complete_correlative(norm, sents, sent_starts, c, found_starts)
    return found


def _complete_correlative(
    norm: str, sents: list[tuple[int, int, int]], sent_starts: list[int], c: Candidate, starts: list[int]
) -> None:
    """`… menjelaskan pemangkasan BI-Rate tidak hanya menandai era suku bunga rendah. Tetapi juga
    diharapkan dapat mendorong …`, `Liwei mengaku, tidak hanya dirinya yang mendengar suara aneh
    tersebut. Namun, beberapa kru … juga mendengar.`: a statement that holds the first half of `tidak
    hanya … tetapi juga …` is not complete; the next sentence of its paragraph opened by the
    contrast that answers it goes on with it (the run-on convention: a sentence that cannot stand
    alone), whatever verbs it holds (`mendorong pertumbuhan`), unless it quotes or another
    statement starts in it."""
    s, e = c.pieces[-1]
    k = _open_sentence(sents, sent_starts, e)
    if k + 1 >= len(sents) or sents[k + 1][2] != sents[k][2] or norm[e : sents[k][1]].strip(' .,;"”'):
        return
    if not _open_correlative(words(norm, s, e)):
        return
    ns, ne, _ = sents[k + 1]
    ws = words(norm, ns, ne)
    j = bisect_left(starts, ns)
    if (
        not ws
        or ws[0].low.rstrip(",") not in CORRELATIVE_CONTRASTS
        or j < len(starts)
        and starts[j] < ne
        or any(ch in norm[ns:ne] for ch in '"“”?')
        or any(w.low in lexicon().according for w in ws)
    ):
        return
    c.pieces[-1] = (s, _trim_end(norm, ns, ne))


def _open_sentence(sents: list[tuple[int, int, int]], sent_starts: list[int], end: int) -> int:
    """The index of the sentence that holds offset ``end`` (len(sents) when none does); sentences
    are in order and do not overlap."""
    k = max(0, bisect_left(sent_starts, end) - 1)
    while k < len(sents) and not (sents[k][0] <= end <= sents[k][1]):
        if sents[k][0] > end:
            return len(sents)
        k += 1
    return k


def _cueless(norm: str, ns: int, ne: int, starts: list[int]) -> bool:
    """A sentence with no cue, `menurut`, quotation mark or statement of its own."""
    j = bisect_left(starts, ns)
    if j < len(starts) and starts[j] < ne or any(ch in norm[ns:ne] for ch in '"“”'):
        return False
    ws = words(norm, ns, ne)
    lex = lexicon()
    return bool(ws) and not any(_attributes(ws, k) or w.low in lex.according for k, w in enumerate(ws))


def _learned_run_on(
    norm: str,
    sents: list[tuple[int, int, int]],
    c: Candidate,
    k: int,
    base_end: int,
    starts: list[int],
    learned: runon.Model | None,
    dateline: bool,
) -> None:
    """The learned decision (:mod:`.runon`): from the statement's own sentence, each following
    cue-less sentence of the paragraph continues it or stops it; the rules' decision (``c.end``
    as they left it) is one feature. Without a model, only records the decisions (training).
    ``k`` is the sentence holding ``base_end``, the statement's end before any run-on."""
    rule_end = c.end
    if k >= len(sents) or norm[base_end : sents[k][1]].strip(' .,;"”'):
        return  # the statement stops inside its sentence: nothing to run on
    para = sents[k][2]
    names = _speaker_names(norm, c)
    said = {w.low.strip(".,") for s, e in c.pieces for w in words(norm, s, e)}
    end = base_end
    openers = _OPENERS
    for step in range(MAX_RUN_ON + MAX_TAIL):
        if k + 1 >= len(sents) or sents[k + 1][2] != para:
            break
        ns, ne, _ = sents[k + 1]
        taken = _trim_end(norm, ns, ne) <= rule_end
        if not (taken or _cueless(norm, ns, ne, starts)):
            break
        after = sents[k + 2] if k + 2 < len(sents) and sents[k + 2][2] == para else None
        ws = words(norm, ns, ne)
        x = runon.features(
            ws,
            norm[ns:ne],
            rule_takes=taken,
            step=step,
            quote_words=len(words(norm, c.start, end)),
            said=said,
            speaker_names=names,
            named_speaker=c.speaker_span is not None,
            menurut=(c.cue_lemma or "").lower() == "menurut",
            next_attributed=after is not None and not _cueless(norm, after[0], after[1], starts),
            para_end=after is None,
            dateline=dateline,
            openers=openers,
        )
        if runon.RECORD is not None:
            runon.RECORD.append({"quote": norm[c.start : end], "next": norm[ns:ne], "x": x, "step": step})
        if learned is None:
            if not taken:
                break
        elif not learned.continues(x) or not (
            taken or _declarative(norm, ns, ne) and ws[0].low not in BACKGROUND_OPENERS
        ):
            break
        end = _trim_end(norm, ns, ne)
        k += 1
    if learned is not None:
        c.pieces[-1] = (c.pieces[-1][0], end)


def _declarative(norm: str, ns: int, ne: int) -> bool:
    """A sentence ending in a full stop; a question (`Namun, benarkah demikian?`), a line that
    announces a list (`Berikut masing-masing caranya`) or a bracketed credit is the writer's,
    whatever the model says of it."""
    return norm[ns:ne].rstrip(" \"”'").endswith(".")


_OPENERS = {
    "connective": LINKING_OPENERS | DEPENDENT_OPENERS | FRAGMENT_STARTS,
    "third_person": THIRD_PERSON,
    "pointing": POINTING_OPENERS,
    "speaker_voice": SPEAKER_VOICE,
    "lists": LIST_INTROS | ENUMERATION_OPENERS,
}


def _run_to_paragraph_end(
    norm: str, sents: list[tuple[int, int, int]], k: int, c: Candidate, starts: list[int]
) -> None:
    """`Rosmauli menjelaskan target … tahun 2024. Pada pelaporan SPT Tahun 2024 yang masuk …`: a
    reported statement that fills its sentence, followed to the end of its paragraph by at most
    MAX_TAIL sentences with no attribution, quote or question of their own, none in the writer's
    voice (an opener of background or scene, a sentence about the speaker by name or pronoun),
    runs on to the paragraph's end: a paragraph of news reports one source's statement."""
    if k >= len(sents) or norm[c.end : sents[k][1]].strip(" .,;") or c.speaker_span is None and c.pronoun is None:
        return
    para = sents[k][2]
    tail = []
    for ns, ne, p in sents[k + 1 :]:
        if p != para:
            break
        tail.append((ns, ne))
    if not tail or len(tail) > MAX_TAIL:
        return
    j = bisect_left(starts, tail[0][0])
    if j < len(starts) and starts[j] < tail[-1][1]:
        return  # another statement starts in it
    names = _speaker_names(norm, c)
    said = {w.low.strip(".,") for s, e in c.pieces for w in words(norm, s, e)}
    for ns, ne in tail:
        ws = words(norm, ns, ne)
        if len(ws) < MIN_WORDS or not _speaks_on(norm, ws, ns, ne, names, said):
            return
    c.pieces[-1] = (c.pieces[-1][0], _trim_end(norm, tail[-1][0], tail[-1][1]))


def _speaker_names(norm: str, c: Candidate) -> frozenset[str]:
    """The capitalised words naming the speaker (`Rosmauli`, `Dwi`, `Astuti`): a sentence that
    names them again is about the speaker, in the writer's voice."""
    if c.speaker_span is None:
        return frozenset()
    return frozenset(w.low for w in words(norm, *c.speaker_span) if is_cap(w.text) and len(w.low) > 2)


def _speaks_on(norm: str, ws: list[Word], ns: int, ne: int, names: frozenset[str], said: set[str]) -> bool:
    """Whether a sentence after reported content may be the speaker's still (no writer's sign)."""
    text = norm[ns:ne]
    if any(ch in text for ch in '"“”?:') or ws[0].low in WRITER_OPENERS or ws[0].low in LIST_INTROS:
        return False
    if any(w.low.strip(".,") in THIRD_PERSON for w in ws):
        return False
    if any(
        is_cap(w.text) and w.low.strip(".,") in names and not (k and ws[k - 1].low in PLACE_PREPOSITIONS)
        for k, w in enumerate(ws)
    ):
        return False  # the speaker named again (not `… di Jatim`: the place in a title like `Kejati Jatim`)
    lex = lexicon()
    if any(_attributes(ws, k) or w.low in lex.according for k, w in enumerate(ws)):
        return False
    return _linked(ws) or _names_it_again(ws, said)


def _attributes(ws: list[Word], k: int) -> bool:
    """Whether word ``k`` is a verb of saying that attributes the sentence: a bare form used only
    after a quote (`jelas`, `lanjut`, `tegas`) does so only before its speaker (`kata Budi`,
    `jelas dia`), not as the adjective or noun it also is (`tindak lanjut`, `sudah jelas`)."""
    cn = cue_of(ws[k])
    if cn is None:
        return False
    cue, clitic = cn
    if clitic or cue.uses != frozenset(("post",)):
        return True
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    return nxt is not None and (is_cap(nxt.text) or is_pronoun(nxt.text) is not None)


def _names_it_again(ws: list[Word], said: set[str]) -> bool:
    """`… kenaikan pendapatan guru … Kenaikan ini dapat diperoleh jika …`: the sentence's subject
    is a noun of the statement taken up again with a demonstrative, and what it says of it is a
    possibility, a condition or a purpose (`Perubahan itu dilakukan untuk …`), the speaker's
    reasoning going on (`Gedung tersebut direnovasi dua tahun lalu` reports a fact: the writer's).
    A name before the demonstrative (`Real Madrid saat ini …`) or a time word (`saat ini`) makes
    no noun taken up again."""
    for k in range(1, min(len(ws), 4)):
        if ws[k].low.rstrip(",") in DEMONSTRATIVES:
            head = ws[0].low
            if not (k + 1 < len(ws) and head.isalpha() and head not in POINTING_OPENERS and head in said):
                return False
            if any(is_cap(w.text) for w in ws[1:k]) or ws[k - 1].low in DEMONSTRATIVE_TIME_HEADS:
                return False
            return any(w.low in POSSIBILITY_WORDS or w.low in PURPOSE_WORDS for w in ws[k + 1 :])
    return False


def _linked(ws: list[Word]) -> bool:
    """`Namun, …`, `Pasalnya …`, `Hal itu …`, `… pihaknya …`: a sentence tied to the content
    before it by its opener, by pointing back at it, or by naming the speaker as reported speech
    does; a sentence with a fresh subject of its own (`Polri melarang …`) is the writer's."""
    first = ws[0].low.rstrip(",")
    if first in LINKING_OPENERS or (first == "oleh" and len(ws) > 2 and ws[1].low == "karena"):
        return True
    if first in POINTING_OPENERS and len(ws) > 2 and ws[1].low.rstrip(",") in DEMONSTRATIVES:
        return ws[2].low not in POINTING_WRITER_VERBS  # `Hal itu dilakukan …`: the writer's account
    return any(w.low.rstrip(".,") in SPEAKER_VOICE or w.low.rstrip(".,") == "pihaknya" for w in ws)
