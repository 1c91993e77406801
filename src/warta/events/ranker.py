"""Party ranking: which candidate is an event's actor and which its recipient, scored by a small
conditional-logit model per role over the candidates of the event.

The hand rules of :mod:`.parties` read the parties by voice first; this module then lists, for
each event, the candidates a reader would weigh — the entities named in the sentence and the one
before it, the speaker of the quote the act is told in, the parties of the previous event, the
noun phrases before and after the trigger, the rules' own choices and "none" — and describes each
by abstract features (position against the trigger, voice, `oleh`/`terhadap`/`dengan` markers,
entity label, distance, …; never word identities). The rules' choice is a feature, so the model
can only learn when to overrule them. Weights are fitted by ``scripts/train_event_parties.py``
and shipped in ``data/party_ranker.json``; when the file is absent (or was written for other
features) the rules' parties stand. No randomness at run time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from warta import ranking
from warta.document import Article, Event, Speaker
from warta.events import objects
from warta.events.lexicon import lexicon
from warta.quotes.attribution import np_after, subject_before
from warta.quotes.text import DEMONSTRATIVES, is_cap, is_verbish, words

FEATURES = (
    "none",  # the "no party" candidate
    "rule_pick",  # the hand rules' choice for this role (an entity or a phrase)
    "rule_none",  # "none", and the rules found none
    "rule_phrase",  # the rules' choice is a phrase, not an entity
    "rule_outside",  # the rules' choice is not named in this sentence or the one before
    "rule_pass_none",  # "none" the rules chose for a passive
    "rule_other",  # the rules' choice for the other role
    "per",
    "org",
    "loc",
    "phrase",  # a noun phrase, no entity
    "phrase_cap",  # a phrase that starts with a capital (a name NER missed)
    "phrase_person",  # a phrase with a person or body noun in its first words (`tiga pelaku`)
    "phrase_pronoun",  # a pronoun (`dia`, `mereka`)
    "phrase_len",  # log(1 + words of a phrase)
    "per_harm",  # a person, for an assault, a crime or a coercion
    "in_sentence",  # named in the event's sentence
    "prev_sentence",  # named only in the sentence before
    "before",  # its nearest mention in the sentence stands before the trigger
    "after",
    "dist",  # log(1 + words between the nearest mention and the trigger)
    "nearest_before",  # the closest candidate before the trigger
    "nearest_after",  # the closest candidate after the trigger
    "first_in_sentence",  # the sentence's first candidate
    "act_before",  # active voice, before the trigger (the subject)
    "act_after",  # active voice, after the trigger (the object)
    "pass_before",  # passive, before (the patient)
    "pass_after",  # passive, after (the agent)
    "noun_after",  # a nominalisation, after
    "recv_after",  # `menerima kunjungan X`: after
    "mut_after",  # `bertemu dengan X`: after
    "agent_mark",  # right after `oleh`/`dari`
    "patient_mark",  # right after `terhadap`/`kepada`/`pada`/`ke`/`untuk`/`bagi`/`atas`
    "with_mark",  # right after `dengan`/`bersama`
    "speaker",  # the speaker of the quote the act is told in
    "mention_in_quote",  # its nearest mention lies inside that quote
    "prev_actor",  # the previous event's actor
    "prev_recipient",  # the previous event's recipient
    "mentions",  # log(1 + the entity's mentions in the article)
    "has_role",  # the article gives it a role or title
    "subject_np",  # the noun phrase before the trigger (the quotes layer's subject reader)
    "object_np",  # the noun phrase after the trigger
    "none_pass",  # "none" for a passive (an agentless passive)
    "none_noun",  # "none" for a nominalisation
    "none_quote",  # "none" for an act told in a quote
    "none_stat",  # "none" for a state (`menjadi tersangka`) or an obligation
)
AGENT_MARKS = frozenset({"oleh", "dari"})
PATIENT_MARKS = frozenset({"terhadap", "kepada", "pada", "ke", "untuk", "bagi", "atas"})
WITH_MARKS = frozenset({"dengan", "bersama"})
HARM_TYPES = frozenset({"ASSAULT", "CRIME", "COERCE"})
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Cand:
    """One candidate party: what it would be named as, and its feature values (0 when absent)."""

    key: object  # entity index, or the folded name of a phrase, or None for "none"
    speaker: Speaker | None
    f: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        return [float(self.f.get(n, 0.0)) for n in FEATURES]


@dataclass(frozen=True, slots=True)
class Model:
    actor: tuple[float, ...]
    recipient: tuple[float, ...]

    def best(self, role: str, cands: list[Cand], exclude: object = None) -> Cand | None:
        """The highest-scoring candidate; ties go to the earlier one (the rules' choice comes first)."""
        w = ranking.by_name(FEATURES, self.actor if role == "actor" else self.recipient)
        return ranking.best(
            (c for c in cands if exclude is None or c.key != exclude),
            # a feature the model does not weigh adds nothing: only the weighed ones are summed
            lambda c: sum([a * float(x) for n, x in c.f.items() if (a := w.get(n))]),
        )


@cache
def _people_nouns() -> frozenset[str]:
    W = lexicon().words
    return frozenset(W["person_nouns"] | W["role_nouns"] | W["law_enforcers"] | W["protester_nouns"])


@cache
def _pronouns() -> frozenset[str]:
    W = lexicon().words
    return frozenset(W["third_pronouns"] | W["speaker_pronouns"])


@cache
def model() -> Model | None:
    """The shipped model, or None when the file is missing or was written for other features."""
    data = ranking.load("warta.events", "party_ranker.json", FEATURES)
    if data is None:
        return None
    return Model(tuple(map(float, data["actor"])), tuple(map(float, data["recipient"])))


def party_name(article: Article, sp: Speaker | None) -> str:
    """A party as the record names it: the entity's canonical name, else the phrase."""
    if sp is None:
        return ""
    if sp.entity is not None and 0 <= sp.entity < len(article.entities):
        return article.entities[sp.entity].canonical
    return sp.name


def _key(article: Article, sp: Speaker | None) -> object:
    if sp is None:
        return None
    if sp.entity is not None and 0 <= sp.entity < len(article.entities):
        return sp.entity
    return " ".join(sp.name.lower().split())


def _nwords(norm: str, a: int, b: int) -> int:
    return len(_WORD.findall(norm[a:b])) if b > a else 0


def _phrase(name: str) -> dict[str, float]:
    """What kind of noun phrase a party is: a name, a person noun, a pronoun."""
    ws = name.replace("-", " ").split()
    if not ws:
        return {}
    heads = [w.lower().removesuffix("nya") for w in ws[:3]]
    people = _people_nouns()
    return {
        "phrase_cap": float(ws[0][:1].isupper()),
        "phrase_person": float(any(h in people for h in heads)),
        "phrase_pronoun": float(len(ws) == 1 and ws[0].lower() in _pronouns()),
        "phrase_len": math.log1p(len(ws)),
    }


def _phrase_party(article: Article, span: tuple[int, int]) -> Speaker | None:
    """A noun phrase as a candidate party, when it can name one: a capitalised word, a person or
    body noun, a pronoun (`sama sekali` after a passive is no agent)."""
    name = " ".join(article.norm_text(span[0], span[1]).split())
    f = _phrase(name)
    if not (f.get("phrase_cap") or f.get("phrase_person") or f.get("phrase_pronoun")):
        return None
    return Speaker(name, None, span[0], span[1])


def _marks(norm: str, ss: int, start: int) -> set[str]:
    """The one or two words just before a mention (`oleh tim Resmob`: `oleh`, `tim`)."""
    before = _WORD.findall(norm[max(ss, start - 40) : start].lower())
    return set(before[-2:])


def candidates(article: Article, ev: Event, prev: Event | None) -> dict[str, list[Cand]]:
    """The actor and recipient candidates of one event, in a fixed order (the rules' choice first)."""
    norm = article.norm
    ss, se = ev.start, ev.end
    ps = article.sentences[ev.sentence - 1].start if 0 < ev.sentence < len(article.sentences) else ss
    ts, te = ev.trigger_start, ev.trigger_end
    quote = article.quotes[ev.quote] if ev.quote is not None and 0 <= ev.quote < len(article.quotes) else None
    pool: dict[object, dict] = {}  # key → {"sp": Speaker, "pos": [(start, end)], "tags": set}

    def add(sp: Speaker | None, tag: str) -> None:
        k = _key(article, sp)
        if k is None or not sp.name.strip():
            return
        slot = pool.setdefault(k, {"sp": sp, "pos": [], "tags": set()})
        slot["tags"].add(tag)
        if sp.start is not None and sp.end is not None and ps <= sp.start < se:
            slot["pos"].append((sp.start, sp.end))

    add(ev.actor, "rule_actor")
    add(ev.recipient, "rule_recipient")
    if quote is not None:
        add(quote.speaker, "speaker")
    if prev is not None:
        add(prev.actor, "prev_actor")
        add(prev.recipient, "prev_recipient")
    for i, ent in enumerate(article.entities):
        ms = [m for m in ent.mentions if ps <= m.start < se and not (m.start < te and ts < m.end)]
        if not ms:
            continue
        near = min(ms, key=lambda m: (abs(m.start - ts), m.start))
        add(Speaker(ent.canonical, i, near.start, near.end), "entity")
        pool[i]["pos"].extend((m.start, m.end) for m in ms)
    subj = subject_before(norm, ss, ts)
    if subj is not None:
        add(_phrase_party(article, subj), "subject_np")
    ws = words(norm, ss, se)
    after = next((k for k, w in enumerate(ws) if w.start >= te), None)
    if after is not None:
        obj = np_after(norm, ws, after)
        if obj is not None:
            add(_phrase_party(article, obj), "object_np")
    # which in-sentence candidate is nearest before / after the trigger, and first in the sentence
    inside = {k: [p for p in v["pos"] if ss <= p[0] < se] for k, v in pool.items()}
    befores = {k: max(p[1] for p in ps_ if p[1] <= ts) for k, ps_ in inside.items() if any(p[1] <= ts for p in ps_)}
    afters = {k: min(p[0] for p in ps_ if p[0] >= te) for k, ps_ in inside.items() if any(p[0] >= te for p in ps_)}
    firsts = {k: min(p[0] for p in ps_) for k, ps_ in inside.items() if ps_}
    nb = max(befores, key=lambda k: (befores[k], str(k))) if befores else None
    na = min(afters, key=lambda k: (afters[k], str(k))) if afters else None
    fs = min(firsts, key=lambda k: (firsts[k], str(k))) if firsts else None
    voice = ev.voice
    common: dict[object, dict[str, float]] = {}
    for k, v in pool.items():
        sp, tags = v["sp"], v["tags"]
        ent = article.entities[sp.entity] if sp.entity is not None and 0 <= sp.entity < len(article.entities) else None
        f: dict[str, float] = {}
        if ent is None:
            f["phrase"] = 1.0
            f.update(_phrase(sp.name))
        else:
            f[{"PER": "per", "ORG": "org"}.get(ent.label, "loc")] = 1.0
            f["mentions"] = math.log1p(len(ent.mentions))
            f["has_role"] = float(bool(ent.role))
            f["per_harm"] = float(ent.label == "PER" and ev.type in HARM_TYPES)
        near = None
        if inside[k]:
            f["in_sentence"] = 1.0
            near = min(inside[k], key=lambda p: (min(abs(p[0] - ts), abs(p[1] - ts)), p[0]))
        elif v["pos"]:
            f["prev_sentence"] = 1.0
        if near is not None:
            side = "before" if near[1] <= ts else "after" if near[0] >= te else None
            if side:
                f[side] = 1.0
                f["dist"] = math.log1p(_nwords(norm, near[1], ts) if side == "before" else _nwords(norm, te, near[0]))
                group = {"act": "act", "pass": "pass", "noun": "noun", "recv": "recv", "mut": "mut"}.get(voice)
                if group and (group in ("act", "pass") or side == "after"):
                    f[f"{group}_{side}"] = 1.0
            marks = _marks(norm, ss, near[0])
            f["agent_mark"] = float(bool(marks & AGENT_MARKS))
            f["patient_mark"] = float(bool(marks & PATIENT_MARKS))
            f["with_mark"] = float(bool(marks & WITH_MARKS))
            if quote is not None and quote.start <= near[0] < quote.end:
                f["mention_in_quote"] = 1.0
        f["nearest_before"] = float(k == nb)
        f["nearest_after"] = float(k == na)
        f["first_in_sentence"] = float(k == fs)
        for tag in ("speaker", "prev_actor", "prev_recipient", "subject_np"):
            f[tag] = float(tag in tags)
        f["object_np"] = float("object_np" in tags)
        common[k] = f
    none = {
        "none": 1.0,
        "none_pass": float(voice == "pass"),
        "none_noun": float(voice == "noun"),
        "none_quote": float(quote is not None),
        "none_stat": float(voice in ("stat", "obl")),
    }
    out: dict[str, list[Cand]] = {}
    for role, other in (("actor", "recipient"), ("recipient", "actor")):
        mine, theirs = _key(article, getattr(ev, role)), _key(article, getattr(ev, other))
        nf = {**none, "rule_none": float(mine is None), "rule_pass_none": float(mine is None and voice == "pass")}
        cands = [Cand(None, None, nf)]
        for k, v in pool.items():
            f = {**common[k], "rule_pick": float(k == mine), "rule_other": float(k == theirs)}
            if k == mine:
                f["rule_phrase"] = common[k].get("phrase", 0.0)
                f["rule_outside"] = float(not (common[k].get("in_sentence") or common[k].get("prev_sentence")))
            cands.append(Cand(k, v["sp"], f))
        cands.sort(key=lambda c: -(c.f.get("rule_pick", 0.0) + c.f.get("rule_none", 0.0)))  # the rules' choice first
        out[role] = cands
    return out


def rerank(article: Article, events: list[Event], chosen: Model | None = None) -> None:
    """Set each event's actor and recipient to the model's choice (the rules' stand without a model)."""
    m = chosen if chosen is not None else model()
    if m is None:
        return
    # the candidates are read from the rules' parties of every event (the previous event's too),
    # as the trainer reads them, before any choice is made
    groups = [candidates(article, ev, events[k - 1] if k else None) for k, ev in enumerate(events)]
    for k, (ev, cands) in enumerate(zip(events, groups, strict=True)):
        # the recipient first: its model seldom overrules the rules, and an actor it would fill
        # in must then be someone else (the one acted on does not act on itself)
        r = m.best("recipient", cands["recipient"])
        a = m.best("actor", cands["actor"], exclude=r.key if r is not None else None)
        prev = events[k - 1] if k else None
        said = a is not None and ev.actor is None and a.speaker is not None and a.speaker.entity is None
        if said and _pronoun_led(a.speaker.name):
            a = _referent(a, cands["actor"], prev)  # `Mereka melayangkan protes`: the party `mereka` stands for
        elif a is not None and ev.actor is None and a.key is not None and _unlikely_fill(article, ev, a, prev):
            a = None  # a fill the rules found no grammar for: only a party in the act's own clause
        if a is not None and ev.actor is None and _governing_actor(article, ev, events, a.speaker):
            a = None  # `X mengecam aksi pengeroyokan …`: who condemns an act did not do it
        if a is not None and ev.actor is None and _receiver(ev, a.speaker):
            a = None  # `Keputusan ini pun menuai banyak kritikan`: the subject received it, did not give it
        if a is not None and ev.actor is None and _reporter(article, ev, a.speaker):
            a = None  # `Menurut Amnesty International, … pemuda … yang dieksekusi`: who tells of it did not do it
        if a is not None and ev.actor is None and _listed_patient(ev, events[:k], a.speaker):
            a = None  # `Tim A dikenakan sanksi denda …. Tim B dikenakan sanksi …`: A did not sanction B
        rec = r.speaker if r is not None else ev.recipient
        if a is not None and a.speaker is not None and rec is not None and _same_party(a.speaker, rec):
            a = None  # `Budi ditahan usai menganiaya istrinya`: the one detained did not detain himself
        if a is not None and ev.actor is None and rec is not None and _listed_with(article.norm, rec, a.speaker):
            a = None  # `kerja sama dengan BNPT, POLRI, dan Kemenlu`: listed with the other side, not the doer
        if a is not None and a.speaker is not None and rec is not None and _overlap(a.speaker, rec):
            # `mantan Direktur Utama PT X ditahan`: the body in the title of the one detained; `Y ikut
            # dianiaya`: the words of the one acted on, read longer
            a = None
        ev.actor = a.speaker if a is not None else ev.actor
        ev.recipient = r.speaker if r is not None else ev.recipient


def _unlikely_fill(article: Article, ev: Event, c: Cand, prev: Event | None) -> bool:
    """Is ``c`` a fill for an empty actor that is seldom right? Read by hand on the mining pool, the
    chooser's fills were right about one time in three (products, places and media as actors, a club
    for its coach), and wrong most where no grammar ties the candidate to the act: a party named only
    outside the act's sentence (except for a meeting, whose other side is the story's), a person for
    a harm told with no doer (the victim or the one reporting it), a party marked as the one acted on,
    a party written before an agentless di- passive (the one acted on, or a name in its phrase: `BPR,
    emiten, dan perusahaan publik diminta …`), a name standing as the modifier of a noun (`gedung DPR RI`, `pendukung Partai Buruh`, `bagi Nice`),
    or a body in a person's title (`Pelatih Chelsea, Antonio Conte`). An empty actor is then left
    empty: an analyst is better served by none than by a wrong one."""
    f = c.f
    if not f.get("in_sentence"):
        return ev.voice != "mut" and not (f.get("prev_actor") and _told_again(article.norm, ev, prev))
    if f.get("per_harm") or f.get("patient_mark"):
        return True
    sp = c.speaker
    if f.get("pass_before") and not ev.trigger.split()[0].lower().endswith("nya"):  # (`digugatnya`: its agent)
        return True  # `LJK … diminta memberlakukan`: before an agentless passive stands the one acted on
    if sp is not None and sp.entity is not None and not objects.is_party(article, sp.entity):
        return True  # a town or a region (`Disneyland Hong Kong`, `forum di Lima`): a place, not a state
    if sp is not None and objects.placed_state(article, sp.entity, sp.start):
        return True  # `mobil lain yang dijual di Indonesia`: the country is where, not who
    inside = sp is not None and sp.start is not None and sp.end is not None and ev.start <= sp.start < ev.end
    if ev.voice == "noun" and not (inside and _noun_of_own_verb(article.norm, ev, sp)):
        return True
    if not inside:
        return False
    if ev.voice != "mut" and sp.end <= ev.trigger_start and _sayer_before(article.norm, ev.start, sp.start):
        return True  # `Menurut Nicolls, Pangeran Harry mengatur sebuah pertemuan`: who tells is not who acts
    return _modifier_slot(article.norm, ev.start, sp.start) or _title_body(article, ev, sp)


def _pronoun_led(name: str) -> bool:
    """Does a phrase open with a personal pronoun (`mereka`, `Ia datang untuk`)? GUIDELINES.md names
    parties with pronouns resolved, so such a phrase is no name to show."""
    ws = name.split()
    return bool(ws) and ws[0].lower() in _pronouns()


def _referent(c: Cand, cands: list[Cand], prev: Event | None) -> Cand | None:
    """The party a pronoun the chooser picked stands for: `kami`, `kita`, `saya` the speaker of the
    quote the act is told in (among the event's candidates), a third-person pronoun the actor of the
    act told just before, as finally chosen (`Persija mengirimkan surat protes …. Mereka melayangkan
    protes …`); none when neither names a party."""
    first = c.speaker.name.split()[0].lower() if c.speaker is not None else ""
    if first in lexicon().words["speaker_pronouns"]:
        said = (o for o in cands if o is not c and o.f.get("speaker") and o.speaker is not None)
        return next((o for o in said if not _pronoun_led(o.speaker.name)), None)
    if prev is None or prev.actor is None or _pronoun_led(prev.actor.name):
        return None
    key = prev.actor.entity if prev.actor.entity is not None else " ".join(prev.actor.name.lower().split())
    return Cand(key, prev.actor, {})


def _sayer_before(norm: str, ss: int, start: int) -> bool:
    """Is a name right after a word that sets a sayer before what they tell (`Menurut X, …`, `Kemudian,
    kata X, …`)?"""
    before = _WORD.findall(norm[max(ss, start - 12) : start])
    return bool(before) and before[-1].lower() in objects.words()["sayer_leads"]


def _told_again(norm: str, ev: Event, prev: Event | None) -> bool:
    """Is ``ev`` an act noun pointing back (`Bantuan ini …`, `Penyerahan tersangka ini dilakukan …`)
    at an act of its type told just before? Then it is that act again, by the same actor."""
    if prev is None or prev.type != ev.type or ev.voice != "noun":
        return False
    after = _WORD.findall(norm[ev.trigger_start : ev.end])[1:4]  # `Bantuan ini`: in the trigger or after it
    return any(w.lower() in DEMONSTRATIVES for w in after)


def _noun_of_own_verb(norm: str, ev: Event, sp: Speaker) -> bool:
    """Is an act noun the object of a verb written before it, right before or past one word, with
    the candidate before that verb (`Kemensos menegaskan dukungan`, `De Niro semakin mempertajam
    kritiknya`, `mengungkap isi pertemuannya`)? Then the candidate is that verb's subject and does
    the act; an act noun with no such verb (`pasca aksi unjuk rasa`, `DPO pembunuhan`, `berbagai
    bantuan yang diberikan`) names an act of someone the sentence need not name. The candidate is that
    verb's subject only when no other verb stands between them (`Tito menekankan pentingnya Pemda
    memastikan berbagai bantuan`: Tito tells, Pemda acts) and it is no copula (`menjadi bahan
    perbincangan`: the topic, not the talker), and a noun a di- passive follows is that
    clause's subject (`Airlangga mengungkapkan bantuan ini diberikan kepada …`): its giver is unwritten."""
    if sp.end > ev.trigger_start:
        return False
    adverbs = lexicon().words["trailing_adverbs"]  # (`memang`, `sempat`: not verbs of their own)
    between = [w for w in _WORD.findall(norm[sp.end : ev.trigger_start]) if w.lower() not in adverbs]
    verbs = [k for k, w in enumerate(between) if is_verbish(w)]
    if not verbs or verbs[0] < len(between) - 2 or between[verbs[0]].lower() in objects.words()["copulas"]:
        return False  # `Stories menjadi bahan perbincangan`: what the act is about, not its doer
    return not _passive_subject(norm, ev)


def _passive_subject(norm: str, ev: Event) -> bool:
    """Is an act noun the subject of a di- passive written right after it, past a demonstrative or
    `yang` (`bantuan ini diberikan`, `bantuan yang diberikan`), in the trigger or just after it?"""
    after = _WORD.findall(norm[ev.trigger_start : ev.trigger_end + 30])[1:4]
    skip = DEMONSTRATIVES
    for w in after:
        if w.lower() in skip or w.lower() == "yang":
            continue
        return w.lower().startswith("di") and is_verbish(w)
    return False


def _modifier_slot(norm: str, ss: int, start: int) -> bool:
    """Does a name at ``start`` stand where a noun's modifier stands: right after a lower-case noun
    (`gedung`, `petinggi`, `pendukung`) or a word marking a beneficiary or a likeness (`bagi`,
    `untuk`, `seperti`)? A verb, a preposition of place or agent, a conjunction or a verb of saying
    before it leaves it free to act (`menurut X`, `dari X`, `kata X`)."""
    before = list(_WORD.finditer(norm, max(ss, start - 30), start))
    if not before or norm[before[-1].end() : start].strip():
        return False  # a punctuation mark before it (`Sosial (Kemensos)`, `itu, X`) ends the phrase
    w = before[-1].group()
    P = objects.words()
    if w in P["non_agent_leads"]:
        return True
    if not w.isalpha() or not w.islower() or len(w) < 3 or is_verbish(w):
        return False
    return w not in P["free_leads"] and w not in lexicon().words["np_stop"]


def _title_body(article: Article, ev: Event, sp: Speaker) -> bool:
    """Is a body named in the act's sentence right before a person's name, past a comma or a word of
    naming (`Pelatih Chelsea, Antonio Conte`, `petinggi Yahoo bernama Scott Ard`, `Ketua Umum PAN
    Sutrisno Bachir`)? It is the person's title, not the party."""
    if sp.entity is None or article.entities[sp.entity].label == "PER":
        return False
    ends = [m.end for m in article.entities[sp.entity].mentions if ev.start <= m.start < ev.end]
    people = [m.start for e in article.entities if e.label == "PER" for m in e.mentions]
    joiners = objects.words()["title_joiners"]
    for end in ends:
        for start in people:
            between = article.norm[end:start].replace(",", " ").lower().split() if end <= start <= end + 16 else None
            if between is not None and all(b in joiners for b in between):
                return True
    return False


def _reporter(article: Article, ev: Event, sp: Speaker | None) -> bool:
    """Is ``sp`` the speaker of the quote a harm, a coercion or a protest is told in, with no doer
    written (`SPA menyebut Al-Derazi dihukum mati`, `… diserang peretas …, demikian dilaporkan
    pemerintah Ukraina`, `Eddy mengingatkan … dinamika demonstrasi`)? The one who tells of such an
    act is not its doer, so the chooser may not fill the empty actor with them."""
    if sp is None or ev.quote is None or ev.voice not in ("pass", "noun"):
        return False
    if ev.type not in HARM_TYPES | {"FIGHT", "PROTEST"} or not 0 <= ev.quote < len(article.quotes):
        return False
    said = article.quotes[ev.quote].speaker
    return said is not None and _same_party(sp, said)


def _listed_patient(ev: Event, before: list[Event], sp: Speaker | None) -> bool:
    """Is ``sp`` the one acted on in the last event before of the same type, when ``ev`` is told in
    the passive with no doer written? In a run of such acts (a list of fines, of arrests) each
    item's subject is acted on by the same unnamed doer, never by the item before it."""
    if sp is None or ev.voice != "pass":
        return False
    prev = next((p for p in reversed(before) if p.type == ev.type), None)
    return prev is not None and prev.recipient is not None and _same_party(sp, prev.recipient)


def _receiver(ev: Event, sp: Speaker | None) -> bool:
    """Is ``sp`` written before the trigger of a criticism told as received (`X menuai kecaman`, `X
    mendapat kritik`)? That side is the one criticised, so the chooser may not make it the critic."""
    if ev.voice != "recv" or ev.type != "DISAPPROVE" or sp is None or sp.start is None:
        return False
    return sp.start < ev.trigger_start


def _overlap(a: Speaker, b: Speaker) -> bool:
    """Whether ``a`` and ``b`` are written over the same words (one inside the other, or crossing)."""
    if None in (a.start, a.end, b.start, b.end):
        return False
    return a.start < b.end and b.start < a.end


def _listed_with(norm: str, rec: Speaker, sp: Speaker | None) -> bool:
    """Is ``sp`` the last of a list that opens with the recipient, names and commas alone between and
    `dan`/`serta` right before it (`kerja sama dengan BNPT, POLRI, dan Kemenlu`)? It is on the
    recipient's side."""
    if sp is None or None in (rec.start, rec.end, sp.start) or sp.start < rec.end:
        return False
    between = norm[rec.end : sp.start]
    if len(between) > 80 or not re.search(r"\b(?:dan|serta)\s+$", between):
        return False  # (`dengan IEAB, Pertamina menyelenggarakan`: a comma alone ends a fronted clause)
    rest = re.sub(r"\b(?:dan|serta)\b|[,()]", " ", between).split()
    return all(is_cap(w) for w in rest)


def _same_party(a: Speaker, b: Speaker) -> bool:
    """The same entity, or the same name however it was found (a phrase and the entity it names)."""
    return (a.entity is not None and a.entity == b.entity) or a.name.lower() == b.name.lower()


def _governing_actor(article: Article, ev: Event, events: list[Event], sp: Speaker | None) -> bool:
    """Whether ``sp`` is the actor of another act in the sentence whose object ``ev``'s act noun is
    (`mengecam aksi pengeroyokan`, `mendukung penangkapan …`): the one who speaks of an act is not
    its doer, so the chooser may not fill the empty actor of the noun with them."""
    if sp is None or ev.voice != "noun":
        return False
    for o in events:
        if o is ev or o.start != ev.start or o.actor is None or o.trigger_end > ev.trigger_start:
            continue
        if len(article.norm[o.trigger_end : ev.trigger_start].split()) > 2:
            continue
        same = (sp.entity is not None and sp.entity == o.actor.entity) or sp.name == o.actor.name
        if same:
            return True
    return False
