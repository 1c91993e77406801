"""Layer 'events': who did what to whom — PLOVER event coding (plus Warta's CRIME) for each
sentence that reports an act (GUIDELINES.md `events`).

Reads the sentences, the entities, the dates and the quotes; fills ``article.events`` in text
order. Triggers come from the verb patterns in ``data/verbs.tsv`` (:mod:`.triggers`, which also
drops negated, planned, hypothetical, asked-about and background acts); the actor and the
recipient are read by voice and named as quote speakers are (:mod:`.parties`, which reuses the
quotes layer's noun-phrase and pronoun resolution). A learned detector (:mod:`.detector`) may
then add a trigger the rules dropped or drop one they kept; it ships switched off, since
leave-one-set-out it did not beat the rules (README.md, rounds 11 and 13).
"""

from __future__ import annotations

import re
from functools import cache

from warta.document import Article, Event, Speaker
from warta.events import bribery, detector, fiction, objects, steps
from warta.events.detector import Candidate
from warta.events.evaluative import judgements, untrue_accusations
from warta.events.lexicon import lexicon
from warta.events.parties import (
    NUMERALS,
    Parties,
    _topic_head,
    carry_aid_recipient,
    carry_protest_target,
    credit_the_praised,
)
from warta.events.parties.carried import _share_actor, _share_subject
from warta.events.parties.media import _medium
from warta.events.parties.things import _armed
from warta.events.ranker import rerank
from warta.events.triggers import Trigger, blocked, circumstance, find, nxt_is, obliged_after
from warta.quotes.text import DEMONSTRATIVES, Word, is_cap, is_verbish, layout, words

__all__ = ["annotate", "extract"]


def extract(article: Article, trace: list[Candidate] | None = None) -> list[Event]:
    """The events of an article (without storing them). ``trace``, when given, gets every trigger
    the lexicon found with what the rules made of it (the detector's candidates)."""
    lay = layout(article)
    parties = Parties(article, lay)
    det = detector.model()
    cands: list[Candidate] | None = [] if trace is not None or det is not None else None
    out: list[Event] = []
    seen: set[tuple] = set()
    sent_index = {(s.start, s.end): i for i, s in enumerate(article.sentences)}
    marked = steps.crime_words(article.norm)  # a story of a crime: its offence's steps are events
    for ss, se, _para in lay.sentences:
        ws = words(article.norm, ss, se)
        if not ws:
            continue
        triggers = find(ws)
        why = [blocked(article.norm, ws, t, se) for t in triggers]
        sentence = sent_index.get((ss, se), -1)

        def note(t: Trigger, ev: Event | None, fate: str, ws=ws, ss=ss, se=se, sentence=sentence) -> None:
            """Keep a candidate for the detector, with the parties the rules read (read now if not yet)."""
            if cands is None:
                return
            if ev is None and fate != "kept":
                ev = parties.event(t, ws, ss, se, sentence)
            cands.append(Candidate(t, ws, ss, se, sentence, fate, ev))

        for k, t in enumerate(triggers):
            ev: Event | None = None
            prev = triggers[k - 1] if k > 0 else None
            nominal = not ws[t.first].low.startswith(("me", "di", "ber", "ter"))
            if prev is not None and prev.type == t.type and t.first == prev.last + 1 and nominal:
                why[k] = why[k] or why[k - 1]  # `di balik protes mogok makan`: the second word goes with the first
            same = [why[i] for i in range(k) if triggers[i].pattern.words == t.pattern.words]
            if why[k] is None and same and same[-1] in ("modal", "negated", "hypothetical"):
                why[k] = same[-1]  # `akan dikenakan pasal berlapis dengan dikenakan pasal 10`: the one act, said twice
            if why[k] in ("background", "generic") and _done_by(ws, t):
                why[k] = None  # `kasus dugaan penipuan yang dilakukan PT X`: the offence, and who committed it
            if why[k] is None and _relative_background(triggers, why, k, ws):
                why[k] = "relative"
            if why[k] is None and _sanctioned_for(triggers, why, k, ws):
                why[k] = "background"  # `ditangkap karena mencuri ayam`: the charge, not a second act
            if why[k] is None and _described_thing(ws, t):
                why[k] = "described"
            if why[k] is None and _stance_object(triggers, why, k, ws):
                why[k] = "stance object"
            if why[k] == "modal" and _conditional_threat(ws, t):
                ev = parties.event(t, ws, ss, se, sentence)
                if ev is not None and ev.actor is not None:
                    ev.type, ev.mode = "THREATEN", "conditional"  # `kalau …, kami akan ambil paksa`
                    ev.recipient = parties.condition_subject(ws, t, ev) or ev.recipient
                    out.append(ev)
                    parties.remember(ev)
                    note(t, ev, "kept")
                    continue
                ev = None
            if why[k] is not None:
                note(t, ev, why[k])
                continue
            W = lexicon().words
            standalone = _standalone(triggers, k, ws, why, article.norm)
            finding = not standalone and ws[t.first].low in W["finding_verbs"]
            if finding and any(circumstance(ws, i) for i in range(max(0, t.first - 3), t.first)):
                note(t, ev, "circumstance")
                continue  # `setelah penyidik menemukan bukti`: the background of another act
            if finding and any(w.low in W["purpose"] for w in ws[max(0, t.first - 8) : t.first]):
                note(t, ev, "purpose")
                continue  # `untuk terus mengembangkan dan membongkar sindikat`: an aim
            if not finding and not standalone:
                note(t, ev, "not standalone")
                continue
            others = [u for i, u in enumerate(triggers) if i != k and why[i] is None and u.type == "DEMAND"]
            if t.pattern.mode == "protest" and others:
                note(t, ev, "demand told")
                continue  # `membawa beberapa tuntutan … hingga menuntut …`: the demand told by its own verb
            if t.pattern.mode == "gain" and not bribery.hedged(ws, t):
                note(t, ev, "gain")
                continue  # `meraup untung` is business; `diduga meraup ratusan miliar` the offence's gain
            if bribery.money_taken(t) and not bribery.graft_story(article):
                note(t, ev, "not a bribe")
                continue  # `angkutan umum hanya menerima uang cash`: money taken outside a story of graft
            if t.pattern.mode == "display" and not any(e.type == "PROTEST" for e in out):
                note(t, ev, "display")
                continue  # `mengibarkan bendera` at a ceremony is no protest
            if t.pattern.mode == "display" and t.pattern.voice == "noun" and not _light(ws, t):
                note(t, ev, "display")
                continue  # `Aksi tersebut sempat viral`: the protest talked about, not held again
            if _other_aksi(ws, t, article.norm, out):
                note(t, ev, "other sense")
                continue  # `melakukan aksi nyata untuk lingkungan`, `Pelaku melakukan aksinya`: no protest
            if _warns_the_public(ws, t):
                note(t, ev, "advisory")
                continue  # `warga diperingatkan untuk berhati-hati`: a warning of danger to the public, no threat
            if _asks_the_public(ws, t):
                note(t, ev, "advisory")
                continue  # `mengajak masyarakat untuk …`: a routine advisory to the public, not a demand
            toll = _toll_fate(triggers, k, ws, ss, article, out) if ws[t.first].low in W["toll_verbs"] else None
            if toll is not None:
                note(t, ev, toll)
                continue  # `gempa … yang menewaskan`, `menyerang …, menewaskan tujuh orang`: no act of its own
            duty = len(t.pattern.words) == 1 and t.pattern.words[0] in W["obligation_modals"]
            if duty and not _obligation_shape(ws, t) and obliged_after(article.norm, ws, t) is None:
                note(t, ev, "duty")
                continue  # `harus diakui`, `Kita harus …,`: checked before the parties are read
            ev = parties.event(t, ws, ss, se, sent_index.get((ss, se), -1))
            at_meeting = t.type == "CONSULT" and t.first > 0 and ws[t.first - 1].low in ("saat", "ketika", "sewaktu")
            if ev is not None and ev.actor is None and at_meeting:
                ev.actor = parties.sayer_before_meeting(ws, t)  # `diungkapkan X saat menerima Y`
            elif ev is not None and at_meeting and t.pattern.voice == "mut":
                # `Penekanan itu diutarakan Trump saat bertelepon dengan Macron`: the one who spoke met
                ev.actor = parties.sayer_before_meeting(ws, t) or ev.actor
            if ev is not None and _welcomed_thing(ws, t, article.norm):
                note(t, ev, "other sense")
                continue  # `Usulan itu disambut Dewan dengan dingin`: an idea welcomed, no visitor
            if ev is not None and _thing_let_go(ev, article, ws, t):
                note(t, ev, "other sense")
                continue  # `melepaskan cairan`, `melepas anak panah`, `belajar melepaskan`: no one freed
            if ev is not None and at_meeting and _interview(ev):
                note(t, ev, "interview")
                continue  # `kata Tauhid saat berbincang dengan detikcom`: talking to the press is no meeting
            if ev is not None and ev.actor is None and t.pattern.voice == "act":
                ev.actor = parties.ruling_court(ws, t, ss)  # `Putusan MA … membatalkan izin`: the court
            if ev is not None and ev.actor is None and t.type == "THREATEN" and t.pattern.voice == "pass":
                ev.actor = _warner(ev, article)  # `Basuki menerangkan seluruh aktivitas ilegal akan ditindak tegas`
            if ev is not None and ev.actor is None and _done_again(ws, t):
                ev.actor = _copy(parties.last_actor.get(t.type))  # `Penyaluran dilakukan melalui …`: the giver
            money_taken = t.pattern.mode == "financial" and t.pattern.voice == "recv"
            if (
                ev is not None
                and ev.type == "AID"
                and (bribery.hedged(ws, t) or (money_taken and bribery.graft_story(article)))
            ):
                # `Marianus diduga menerima hadiah Rp 4,1 miliar dari Wilhelmus`: an alleged gift is a bribe
                bribery.as_bribe(ev)
            if ev is not None and bribery.money_handed(t) and bribery.graft_story(article):
                if not bribery.paid(
                    ev, article.norm
                ):  # `menyerahkan dana … untuk pembangunan`, `uang pengganti kerugian`
                    note(t, ev, "no one paid")
                    continue
                bribery.as_bribe(ev)  # `Hendi memberikan sejumlah uang kepada Yugi` in a story of graft
            if ev is not None and bribery.money_taken(t):
                bribery.as_bribe(ev)  # `Elpi menerima uang sebesar Rp 7,2 miliar dari …`: the taker is the offender
            crowd_before = any(_crowd(Speaker(w.text, None, None, None)) for w in ws[max(0, t.first - 8) : t.first])
            if (
                ev is not None
                and t.pattern.mode == "march"
                and not (_crowd(ev.actor) or _many(ev.actor) or crowd_before)
            ):
                if not _visit(ev, ws, t, article):
                    note(t, ev, "march")
                    continue  # `Massa mendatangi Mako Brimob` is a protest; a minister visiting a village is not
                ev.type, ev.mode = "CONSULT", "visit"  # `ZA mendatangi kantor cabang Grab`: one calling on a body
            elif ev is not None and t.pattern.mode == "march" and crowd_before and not _crowd(ev.actor):
                ev.actor = (
                    _crowd_word(ws, t) or ev.actor
                )  # `Massa dari pengemudi ojol dan warga mendatangi …`: the crowd
            if ev is not None and ev.type == "DEMAND" and ev.recipient is None:
                ev.recipient = _own_staff(ws, t)  # `meminta jajarannya untuk …`: the asker's own staff
            if ev is not None and ev.mode == "step" and _a_thing(ev.recipient):
                ev.recipient = None  # `meminta evaluasi program MBG`: the programme is what is asked about
            if ev is not None and ev.type == "MOBILIZE":
                ev.recipient = None  # `mengerahkan personel`: the forces deployed are one's own, no one acted on
            if ev is not None and t.pattern.mode == "gain":
                ev.recipient = None  # `meraup ratusan miliar rupiah`: the money is no one acted on
            if ev is not None and t.pattern.mode == "disperse" and _a_body(ev.recipient, article):
                # `membubarkan HTI` bans a body; `membubarkan massa` disperses a crowd
                ev.type, ev.mode = "SANCTION", "ban"
            if ev is not None and ev.type == "ASSAULT" and _armed(ev.actor) and _armed(ev.recipient):
                ev.type = "FIGHT"  # `koalisi … menyerang pemberontak Houthi`: armed forces on both sides
            if ev is not None:
                parties.we_the_body(ev)
            if ev is not None and t.pattern.mode == "permit" and _permit_word(ev.actor):
                ev.actor = None  # `Empat perusahaan itu dicabut IUP-nya`: the permit is what was taken, not who took it
            if ev is not None and t.pattern.mode == "imperative" and not _imperative(ev, ws, t, out):
                note(t, ev, "imperative")
                continue  # `Jangan hanya mengukur …` said to no one the speaker has asked before
            if ev is not None and fiction.in_plot(ev, article, ws, t.first):
                note(t, ev, "fiction")
                continue  # `Marlina membunuh Markus` in a film's synopsis: a character's act, no one's
            again = ev is not None and _mentioned_again(ev, ws, t, out)
            # (an act on a thing read where its recipient stands is weighed with it: parties.weighed)
            if not _complete(
                parties.weighed(ev) if ev is not None else None, ws[t.first].low, _light(ws, t) or again, article.norm
            ):
                note(t, ev, "incomplete")
                continue
            parties.institutional(ev)
            if t.pattern.source == "SUPPORT:dukung" and (
                _thing_backs(ws, t) or (ev.actor is not None and not _backer(ev.actor))
            ):
                note(t, ev, "other sense")
                continue  # `layar yang mendukung HDR`, `didukung dengan display 5 inci`: a thing, no one backing
            if duty and not _obligation(ev, article):
                note(t, ev, "duty")
                continue  # `Kita harus bersatu`: no demand of anyone in particular
            parties.named_body(ev)
            if _medium(ev.actor):
                note(t, ev, "medium")
                continue  # `… , The Guardian melaporkan`: a medium reporting the news, not a complaint
            if finding and not (_enforcer(ev.actor) and ev.actor.start is not None):
                note(t, ev, "finding")
                continue  # `KPK mengungkap peran …`: a finding is an act when the police or prosecutors make it
            if _no_summons(ev, ws, t, article.norm):
                note(t, ev, "other sense")
                continue  # `memanggil saya 'Rap Monster'`, `Polisi pun dipanggil`: a name or a call to come
            key = (ev.sentence, ev.start, ev.type, _name(ev.actor), _name(ev.recipient))
            if key in seen:
                note(t, ev, "duplicate")
                continue
            seen.add(key)
            out.append(ev)
            parties.remember(ev)
            note(t, ev, "kept")
        if steps.candidate(ws) and steps.needs_step(out, ss, marked):  # `pelaku menempel …`
            _add_step(article, parties, _read_words(triggers, why, ws, out, ss), ws, (ss, se, sentence), out)
        if cands is not None:  # the detector's candidates beyond the lexicon's matches (never kept by the rules)
            for t in detector.partial_triggers(ws, triggers):
                note(t, None, "partial")
        _share_actor([e for e in out if e.start == ss])
        credit_the_praised([e for e in out if e.start == ss], article.norm)
        _share_subject([e for e in out if e.start == ss], article.norm)
        out = _one_act_per_target(out, ss, article.norm)
    if trace is not None and cands is not None:
        trace.extend(cands)
    if det is not None and cands is not None:
        out = detector.decide(article, cands, out, det)  # the learned trigger detector's second opinion
    rerank(article, out)  # the learned party chooser, over the rules' parties and the other candidates
    # `Sifat ini membantu membunuh kuman`, `Perang informasi itu menyerang lembaga …`: a thing acting
    out = [ev for ev in out if not (ev.voice == "act" and _thing_acts(ev.actor, article.norm, ev.start))]
    out = [ev for ev in out if not _struck_by_a_thing(ev, article.norm)]
    out = [ev for ev in out if not _idea_acts(ev, article.norm)]  # `krisis ekonomi menenggelamkannya`: an idea acting
    for ev in out:
        parties.drop_media(ev)  # `Melansir E! News, …`: the chooser may not bring a medium back
    carry_protest_target(article, out)  # `Massa menutup jalan` in a story of a protest at one body: at that body
    carry_aid_recipient(article, out)  # `Penyaluran dilakukan melalui …` in a story of one aid: to its recipients
    untrue_accusations(article, out)  # `tuduhan … adalah tidak benar`: the accusation denied, not levelled
    said = judgements(article, out)  # a quoted judgement of a named party with no lexicon word
    if said:
        out = sorted(out + said, key=lambda e: (e.start, e.trigger_start))
    return out


def _read_words(triggers: list[Trigger], why: list[str | None], ws: list[Word], out: list[Event], ss: int) -> set[int]:
    """The words of a sentence the lexicon's rules decided: a trigger its grammar dropped (negated,
    planned, background …) and a trigger kept. One dropped only for its parties (`menjanjikan` read
    as a promise with no one bound) is free for an offence step."""
    kept = {e.trigger_start for e in out if e.start == ss}
    return {t.first for k, t in enumerate(triggers) if why[k] is not None or ws[t.first].start in kept}


def _add_step(
    article: Article, parties: Parties, read: set[int], ws: list[Word], where: tuple[int, int, int], out: list[Event]
) -> None:
    """Add the sentence's offence step (steps.py), if the offender does a harmful verb in it."""
    harmed = [parties.last_of_type[k].recipient for k in steps.VICTIM_TYPES if k in parties.last_of_type]
    story = steps.Story(steps.party_words(article, [parties.last_accused]), steps.party_words(article, harmed))
    t = steps.find_step(article.norm, ws, story, read)
    ev = None if t is None else parties.event(t, ws, *where)
    if ev is not None:
        out.append(ev)
        parties.remember(ev)


def _other_aksi(ws: list[Word], t: Trigger, norm: str, out: list[Event]) -> bool:
    """`melakukan aksi nyata untuk lingkungan`, `aksi sukarela`, `aksi individu`: `aksi` is a
    protest only as itself, before where, when or why (`melakukan aksi di depan DPR`, `aksi
    menuntut …`) or a word of protest (`aksi damai`); a word that says what kind of act it is
    names another (a deed, a crime, a move of play). `aksinya` is the act the story told last: a
    protest only in a story that has told one (`Pelaku melakukan aksinya` is the theft)."""
    if t.type != "PROTEST" or ws[t.last].low not in ("aksi", "aksinya"):
        return False
    if ws[t.last].low == "aksinya":
        return not any(e.type == "PROTEST" for e in out)
    k = t.last + 1
    if k >= len(ws) or norm[ws[t.last].end : ws[k].start].strip():
        return False  # `menggelar aksi.`, `melakukan aksi, …`
    nxt = ws[k]
    W = lexicon().words
    if not nxt.text.isalpha() or is_cap(nxt.text) or nxt.low in W["np_stop"] or nxt.low in W["protest_after"]:
        return False
    if nxt.low.startswith(("me", "ber", "di")) and is_verbish(nxt.low):
        return False  # `aksi menolak …`, `aksi menabuh panci`
    # `aksi mogok nasional`, `aksi unjuk rasa`: a protest word after it, or a pattern that goes on from `aksi`
    return not any(u.type == "PROTEST" and u.last >= 1 for u in find(ws[t.last : t.last + 4]))


def _conditional_threat(ws: list[Word], t: Trigger) -> bool:
    """`Kalau pemerintah mengambil secara paksa, maka kami akan ambil paksa juga`: a force one
    says one will use (or may, `bisa`) if another does something is a threat (PLOVER THREATEN),
    not a plan; the condition comes before it in the sentence."""
    if t.type not in ("COERCE", "ASSAULT", "SANCTION", "FIGHT"):
        return False
    before = [w.low for w in ws[: t.first]]
    cond = any(w in lexicon().words["complementisers"] for w in before)
    return cond and any(w in ("akan", "bakal", "bisa", "dapat") for w in before[-3:])


def _crowd(sp: Speaker | None) -> bool:
    """Is a party a crowd of protesters (`massa`, `demonstran`, `pengunjuk rasa`), by its head?"""
    if sp is None or not sp.name.split():
        return False
    name = sp.name.lower().split()
    name = name[1:] if name[0] in ("para", "ratusan", "ribuan", "puluhan", "sejumlah") and len(name) > 1 else name
    return name[0] in ("massa", "demonstran", "pendemo", "pengunjuk")  # (`pengunjuk rasa`)


def _a_body(sp: Speaker | None, article: Article) -> bool:
    """Is a party an organisation (an ORG entity, or headed by `ormas`, `partai`), not a crowd?"""
    if sp is None or not sp.name.split() or _crowd(sp):
        return False
    if sp.entity is not None and article.entities[sp.entity].label == "ORG":
        return True
    return sp.name.split()[0].lower() in lexicon().words["body_nouns"]


def _visit(ev: Event, ws: list[Word], t: Trigger, article: Article) -> bool:
    """`ZA mendatangi kantor cabang Grab`: someone who is no crowd coming to an organisation the
    article names calls on it (a visit, CONSULT); the police coming to a house search it, a place
    visited is no party, and pounding on a door (`menggedor`) is no call."""
    coming = any(
        w.low.removeprefix("di").removeprefix("men").startswith(("datang", "yambang")) for w in ws[t.first : t.last + 1]
    )
    return coming and ev.actor is not None and not _enforcer(ev.actor) and _a_body(ev.recipient, article)


def _crowd_word(ws: list[Word], t: Trigger) -> Speaker | None:
    """The first crowd word (`massa`, `demonstran`) in the eight words before a march: the one who
    marched, though the subject reader took a later conjunct (`Massa dari pengemudi ojol dan warga`)."""
    for w in ws[max(0, t.first - 8) : t.first]:
        if _crowd(Speaker(w.text, None, None, None)):
            return Speaker(w.text, None, w.start, w.end)
    return None


def _many(sp: Speaker | None) -> bool:
    """`ratusan guru honorer`: a party counted in hundreds or thousands is a crowd when it marches."""
    return sp is not None and bool(sp.name.split()) and sp.name.split()[0].lower() in lexicon().words["crowd_counts"]


# `Bantuan ini merupakan wujud kepedulian …`, `Kunjungan tersebut menjadi wujud dukungan …`: the act
# told again and called something, as a re-mention reported done is
_COPULAS = frozenset(("menjadi", "merupakan", "sebagai", "adalah", "ialah"))


def _mentioned_again(ev: Event, ws: list[Word], t: Trigger, out: list[Event]) -> bool:
    """`Penangkapan itu diungkap serikat jurnalis`: a one-word act noun with `itu`/`tersebut`
    names the act of its type told in the last sentences, and takes its parties (GUIDELINES.md
    codes a re-mention as the act). `ini` points back as often as `itu` in news (`Bantuan ini
    diberikan …`, `Penetapan ini dikuatkan …`), and a pattern whose gap is only the demonstrative
    (`bantuan * diberikan`) is the same re-mention."""
    if ev.voice != "noun" or t.first != 0 or len(ws) < 3 or ws[1].low not in DEMONSTRATIVES:
        return False  # the act noun opens the sentence (not `mengutuk serangan itu`, `Dipicu hinaan itu`)
    if t.last not in (0, 1) and t.gap != (1, 2):
        return False  # one act noun (with its demonstrative: `bantuan ini`), or it and its own passive
    pred = next(
        (w.low for w in ws[2:] if w.low not in ("sudah", "telah", "juga", "pun", "kemudian", "lalu", "sempat")), ""
    )
    if not (pred.startswith("di") and len(pred) > 5 or pred in ("terjadi", "berlangsung") or pred in _COPULAS):
        return False  # reported done or told (`diungkap`, `dilakukan`, `terjadi`), not talked about (`terkait`)
    if any(x is not None and x.start is not None for x in (ev.actor, ev.recipient)):
        return False  # its parties are written in its own sentence
    told = [e for e in out if e.type == ev.type and 0 < ev.sentence - e.sentence <= 3]
    if not told or told[-1].recipient is None:
        return False
    last = told[-1]
    ev.actor = Speaker(last.actor.name, last.actor.entity, None, None) if last.actor is not None else None
    ev.recipient = Speaker(last.recipient.name, last.recipient.entity, None, None)
    return True


def _permit_word(sp: Speaker | None) -> bool:
    """Is a party only a permit (`IUP-nya`, `izinnya`)?"""
    if sp is None or not sp.name.split():
        return False
    return sp.name.split()[0].lower().removesuffix("nya").rstrip("-") in lexicon().words["permit_words"]


def _imperative(ev: Event, ws: list[Word], t: Trigger, out: list[Event]) -> bool:
    """`"Jangan hanya mengukur tambang dari kontribusi PAD.`: a `jangan` in a speaker's words,
    before a verb, demands it of the one named before it, else of the one the speaker asked last."""
    if ev.quote is None or ev.actor is None or t.last + 1 >= len(ws):
        return False
    nxt = ws[t.last + 1]
    if not (is_verbish(nxt.text) or nxt.low in lexicon().words["imperative_after"]):
        return False
    if ev.recipient is not None:
        return True
    asked = [e for e in out if e.type == "DEMAND" and e.recipient is not None and _name(e.actor) == _name(ev.actor)]
    if not asked:
        return False
    last = asked[-1].recipient
    ev.recipient = Speaker(last.name, last.entity, None, None)
    return True


def _obligation_shape(ws: list[Word], t: Trigger) -> bool:
    """Is `harus`/`mesti` followed by an active verb (`mesti menghentikan`), not a passive
    (`harus diakui`: an aside) or an adjective?"""
    if t.pattern.words != (ws[t.first].low,) or t.last + 1 >= len(ws):
        return False
    nxt = ws[t.last + 1]
    return (is_verbish(nxt.text) or nxt.low in ("segera", "berani")) and not nxt.low.startswith("di")


def _obligation(ev: Event, article: Article) -> bool:
    """`ICW: Polda Jabar mesti menghentikan proses hukum`: a speaker saying what a named body or
    person must do demands it of them; what `kita` or the public must do is no demand, nor what
    one's own side still has to do (`pihaknya masih harus mengklarifikasi`)."""
    rec, actor = ev.recipient, ev.actor
    if rec is None or actor is None or rec.start is None:
        return False
    W = lexicon().words
    written = article.norm[rec.start : rec.end].lower()
    before = article.norm[max(0, ev.trigger_start - 6) : ev.trigger_start].lower().split()
    if written in lexicon().union("third_pronouns", "speaker_pronouns") or before[-1:] == ["masih"]:
        return False  # `pihaknya harus melihat kepentingan pemegang saham`, `masih harus menanggung kerugian`
    body = rec.name.lower().split()[0] in W["asked_bodies"] | W["law_enforcers"] | {"penegak", "aparat"}
    if rec.entity is None and not body:
        return False  # the one it is asked of is a name or a body (`penegak hukum harus …`)
    if rec.entity is None:
        return actor.name.lower() != rec.name.lower()
    if (
        article.entities[rec.entity].label == "LOC"
        and (article.entities[rec.entity].geo or {}).get("feature") != "country"
    ):
        return False
    return actor.entity != rec.entity and actor.name.lower() != rec.name.lower()


def _own_staff(ws: list[Word], t: Trigger) -> Speaker | None:
    """`Sekjen MPR meminta jajarannya untuk …`, `Erwin menginstruksikan jajarannya agar …`: the one
    asked is the asker's own staff, written as a staff noun with -nya right after the verb (the
    -nya points back to the asker, so the party readers take it for the asker and drop it)."""
    k = t.first + 1
    if k >= len(ws):
        return None
    staff = lexicon().words["own_staff"]
    low = ws[k].low
    if low.endswith("nya") and low[:-3] in staff:
        return Speaker(ws[k].text, None, ws[k].start, ws[k].end)
    if low == "anak" and k + 1 < len(ws) and ws[k + 1].low == "buahnya":  # `meminta anak buahnya`
        return Speaker(f"{ws[k].text} {ws[k + 1].text}", None, ws[k].start, ws[k + 1].end)
    return None


def _interview(ev: Event) -> bool:
    """Is a talk told at a statement (`kata X saat berbincang dengan detikcom`, `… dengan wartawan`)
    one with the press, not a meeting?"""
    rec = ev.recipient
    if rec is None:
        return False
    first = rec.name.split()[0].lower() if rec.name else ""
    return _medium(rec) or first.startswith("detik") or first in lexicon().words["press_nouns"]


def _one_act_per_target(out: list[Event], ss: int, norm: str) -> list[Event]:
    """`memerintahkan semua negara wajib untuk tidak mengakui …`: two words of one kind on the same
    one in a clause are one act; the record whose actor is a named party stays (but `jadi
    tersangka dan ditahan` are two steps)."""
    keep: dict[tuple[str, str], Event] = {}
    drop: set[int] = set()
    for e in out:
        if e.start != ss or e.recipient is None:
            continue
        key = (e.type, e.recipient.name.lower())
        first = keep.get(key)
        between = norm[first.trigger_end : e.trigger_start] if first is not None else ""
        if first is None or "," in between or set(between.lower().split()) & {"dan", "serta", "lalu", "kemudian"}:
            keep[key] = e
            continue
        worse = e if (first.actor is not None and first.actor.entity is not None) or e.actor is None else first
        drop.add(id(worse))
        keep[key] = first if worse is e else e
    return [e for e in out if id(e) not in drop] if drop else out


def _done_by(ws: list[Word], t: Trigger) -> bool:
    """Is an offence named as a case followed by who committed it (`kasus penipuan yang dilakukan
    PT X`, `korupsi yang dilakukan oleh Y`)?"""
    if t.type != "CRIME" or t.pattern.voice != "noun":
        return False
    nxt = [w.low for w in ws[t.last + 1 : t.last + 4]]
    return nxt[:2] == ["yang", "dilakukan"] and len(nxt) == 3 and nxt[2] not in ("di", "pada", "sejak", "selama")


def _relative_background(triggers: list[Trigger], why: list[str | None], k: int, ws: list[Word]) -> bool:
    """`Israel melepaskan 1000 tahanan … Gilad Shalit, seorang tentara yang diculik lima tahun
    sebelumnya`: a passive in a `yang` clause after the sentence's own act describes someone
    in it; it is background, not a second act reported."""
    t = triggers[k]
    if t.pattern.voice != "pass" or not ws[t.first].low.startswith("di") or t.first == 0:
        return False
    j = t.first - 1
    while j > 0 and ws[j].low in lexicon().words["trailing_adverbs"]:
        j -= 1
    if ws[j].low != "yang":
        return False
    return any(why[i] is None and triggers[i].pattern.voice in ("act", "mut") for i in range(k))


_SANCTIONING = frozenset(("SANCTION", "COERCE"))  # an arrest, a sentence or a sanction


def _sanctioned_for(triggers: list[Trigger], why: list[str | None], k: int, ws: list[Word]) -> bool:
    """`ada anak SD ditangkap karena mencuri ayam`, `dikeluarkan dari sekolah karena menganiaya teman
    sekelasnya`, `dikenakan sanksi … karena melakukan protes berlebihan`: an act told as the reason for
    an arrest, a sentence or a sanction in the same sentence (`karena`, `akibat`, `lantaran`, `atas`, a
    few words before it: words.json `sanction_reasons`, `reason_fillers`) is the charge, as `tersangka
    kasus korupsi` is (GUIDELINES `events`: an offence named only as a charge is not coded again; the
    COERCE or SANCTION is)."""
    t = triggers[k]
    if t.type in _SANCTIONING or not any(
        why[i] is None and triggers[i].type in _SANCTIONING and triggers[i].last < t.first for i in range(k)
    ):
        return False
    W = lexicon().words
    j = t.first - 1
    while j >= 0 and ws[j].low in W["reason_fillers"]:
        j -= 1
    return j >= 0 and ws[j].low in W["sanction_reasons"]


def _stance_object(triggers: list[Trigger], why: list[str | None], k: int, ws: list[Word]) -> bool:
    """`mengutuk keras kekerasan terhadap tenaga kesehatan`, `mengecam penangkapan itu`: an act named
    as the object of a criticism, support or rejection is what the stance is about, not a second
    act reported (GUIDELINES `events`: an act named only as the background of another), unless
    its doer is written with it (`melaporkan penganiayaan yang dilakukan … oleh X`, `mengecam
    serangan Israel terhadap rumah sakit`)."""
    t = triggers[k]
    if t.pattern.voice != "noun" or k == 0:
        return False
    stance = objects.words()["stance_types"]
    prev = next((i for i in range(k - 1, -1, -1) if why[i] is None and triggers[i].type in stance), None)
    if prev is None:
        return False
    between = ws[triggers[prev].last + 1 : t.first]
    if len(between) > 2 or any(w.low not in lexicon().words["manner_adverbs"] for w in between):
        return False
    after = [w.low for w in ws[t.last + 1 : t.last + 6]]
    if "oleh" in after or "dilakukan" in after:
        return False  # `penganiayaan yang dilakukan … oleh X`: told with its doer
    markers = objects.words()["party_markers"]
    stops = markers | DEMONSTRATIVES | {"yang"}
    genitive = bool(after) and after[0] not in stops and any(w in markers for w in after[1:])
    return not genitive  # `mengecam serangan Israel terhadap rumah sakit`: the doer named with it


def _described_thing(ws: list[Word], t: Trigger) -> bool:
    """`barang bukti yang kami amankan`: an object-focus passive in a `yang` clause describes a
    thing; the act is reported elsewhere, if at all."""
    first = ws[t.first].low
    if t.pattern.voice != "pass" or t.first < 2:
        return False
    if first.startswith(("di", "ter")):  # `Mobil yang disita terdiri dari …`: goods described
        goods = (lexicon().words["seized_goods"] | lexicon().words["possession_heads"]) - {"bukti"}
        j = t.first - 1
        while j > 1 and ws[j].low in lexicon().words["trailing_adverbs"]:
            j -= 1  # `Kasus yang tengah diusut pun belum dijelaskan`: the case described
        head = ws[j - 1].low if j > 0 else ""
        return ws[j].low == "yang" and (head in goods or head in ("kasus", "perkara"))  # (`barang bukti
        # yang diamankan …` is how a seizure is reported)
    return ws[t.first - 2].low == "yang"


def _enforcer(sp: Speaker | None) -> bool:
    """The police, prosecutors or an anti-corruption body (`Polres Bogor`, `penyidik`, `KPK`)."""
    if sp is None:
        return False
    words = lexicon().words["law_enforcers"]
    if any(n in sp.name.lower() for n in lexicon().words["enforcer_names"]):
        return True  # `Badan Narkotika Nasional`: the body by its full name
    return any(w.lower().strip(",.()") in words for w in sp.name.replace("-", " ").split())


def _named_with(sp: Speaker | None, words: frozenset[str]) -> bool:
    """Does a party's name hold one of ``words`` (a word, or words in a row: `jaksa agung`)?"""
    if sp is None:
        return False
    name = f" {' '.join(w.strip(',.()') for w in sp.name.lower().replace('-', ' ').split())} "
    return any(f" {w} " in name for w in words)


def _no_summons(ev: Event, ws: list[Word], t: Trigger, norm: str) -> bool:
    """A call by `memanggil`/`dipanggil` that is no inquiry's summons (INVESTIGATE): the police or
    their chief called in to act (`Polisi pun dipanggil untuk melakukan pemeriksaan`, `Presiden
    memanggil Kapolri untuk segera mengusut kasus itu`), a name one is called by (`memanggil saya
    'Rap Monster'`, `dengan sebutan …`), or a call with no one called, closing its clause (`saudara
    Palestinaku memanggil,`). A summons by the police or their chief, a prosecutor, a court or a
    watchdog stays (`KPK memanggil 5 orang direktur`, `Pengadilan hanya memanggil`), as does one of
    someone to be questioned (`dipanggil sebagai saksi`, `untuk dimintai keterangan`)."""
    W = lexicon().words
    if (
        t.type != "INVESTIGATE"
        or t.pattern.voice not in ("act", "pass")
        or t.pattern.words[0] not in W["summons_forms"]
    ):
        return False
    if _enforcer(ev.actor) or _named_with(ev.actor, W["summoning_bodies"] | W["enforcer_chiefs"]):
        return False
    after = ws[t.last + 1 : t.last + 9]
    said = {w.low for w in after}
    if said & W["questioned_words"] or _named_with(ev.recipient, W["questioned_words"]):
        return False
    next_two = " ".join(w.low for w in after[:2])
    chief = t.pattern.voice == "act" and any(
        next_two == c or next_two.startswith(c + " ") for c in W["enforcer_chiefs"]
    )
    if _enforcer(ev.recipient) or _named_with(ev.recipient, W["enforcer_chiefs"]) or chief:
        return True  # the police called to come, or their chief called in to see to a case
    if said & W["case_words"]:
        return False
    end = ws[t.last].end
    near = norm[end : after[min(3, len(after) - 1)].end] if after else norm[end : end + 2]
    naming = any(q in near for q in ("'", '"', "‘", "’", "“", "”")) or any(
        w.low in W["called_names"] for w in after[:4]
    )
    closing = t.pattern.voice == "act" and near.lstrip()[:1] in (",", ".", ";", ":", "")
    return naming or closing


@cache
def _users() -> frozenset[str]:
    """Users and visitors a routine instruction is given to (`pengunjung diminta …`)."""
    return frozenset(lexicon().words["visit_public"] | {"pengguna", "responden", "peserta", "pembaca"})


def _backer(sp: Speaker) -> bool:
    """Can ``sp`` back someone (`mendukung`, `didukung oleh`)? A person, body or state the article
    names, or a noun for people or a body (`warga`, `pemerintah`, `partai`); not a thing that
    "supports" another (`fitur yang mendukung konektivitas`, `didukung oleh indikator MACD`)."""
    if sp.entity is not None:
        return True
    first = sp.name.replace("-", " ").split()[0].lower().strip(",.()") if sp.name.strip() else ""
    heads = lexicon().union("asked_bodies", "law_enforcers", "body_nouns", "speaker_pronouns", "third_pronouns")
    return first in heads or _noun_in(first, _people())


def _thing_backs(ws: list[Word], t: Trigger) -> bool:
    """`didukung dengan display 5 inci`, `Ini sangat mendukung perkembangan KITB`: a thing or a
    fact said to support, written as the instrument or as a demonstrative subject."""
    if t.pattern.voice == "pass":
        return nxt_is(ws, t, "dengan")
    if t.pattern.voice != "act":
        return False
    k = t.first - 1
    adverbs = lexicon().words["trailing_adverbs"]  # (`sangat`, `turut` among them)
    while k >= 0 and (ws[k].low in adverbs or ws[k].low == "ikut"):
        k -= 1
    return k >= 0 and ws[k].low in DEMONSTRATIVES


def _thing_acts(sp: Speaker | None, norm: str, ss: int) -> bool:
    """`Keseimbangan antara keduanya … berinvestasi`, `Ketinggalan satu gol mendorong Man United
    untuk …`, `Bahaya rokok ini juga mengintai …`: the subject that opens the sentence is a thing or
    an idea, so the verb is used in another sense (an act needs a person, a body or a state).
    Only a subject at the very start is judged, where its capital says nothing: a name inside the
    phrase (`Detasemen Khusus 88`), initials, a noun of people (`Mantan atlet`, `Kedua negara`)
    or a peN- agent noun (`Penculik model`) is someone; the entities the article names always are."""
    if sp is None or sp.entity is not None or sp.start is None or not sp.name.split():
        return False
    if norm[ss : sp.start].strip(" \"'“”‘’(-"):
        return False  # not the sentence's first words
    ws = sp.name.replace("-", " ").split()
    first = ws[0].lower().strip(",.")
    if any(is_cap(w) for w in ws[1:]) or (ws[0].isupper() and len(ws[0]) > 1):
        return False  # a name or initials
    if _backer(Speaker(ws[0], None, None, None)):
        return False  # a pronoun, a body, the police, a noun of people
    if any(_noun_in(w.strip(",."), _people()) for w in ws[:3]) or first in lexicon().words["side_nouns"]:
        return False
    agent = first.startswith(("pem", "pen", "peng", "peny")) and not first.endswith("an")  # `Penculik`, `Pemerintah`
    if agent or first.isdigit() or first in NUMERALS:
        return False
    # a word the article also capitalises inside a sentence is a name (`Kemdiktisaintek`, `Orde Baru`)
    inside = re.compile(r"[a-z0-9,] " + re.escape(ws[0].strip(",.")) + r"\b")
    return inside.search(norm) is None


def _idea_acts(ev: Event, norm: str) -> bool:
    """`Tapi sayang, krisis ekonomi menenggelamkannya`, `Tragedi itu mengundang empati dari X`, `rumor
    transfer yang mencatut namanya`: an act verb whose own subject is headed by a noun of an idea, a
    report or an event (words.json `idea_subjects`) is a figure of speech, no one's act, even when the
    parties reader named no actor for it (`_thing_acts` judges an actor it read). The subject is the
    noun phrase just before the verb in its clause, past adverbs and a `yang` clause on it, after a
    comma, a preposition or a clause word (words.json `np_stop`) or another verb; its head is its first
    word past a determiner (`berbagai`, `sejumlah`) or an adverb (`di tengah berbagai rumor`). An
    attack's toll (`Insiden itu menewaskan …`) is read by the toll rules, not here."""
    if ev.voice != "act" or ev.type in ("ASSAULT", "FIGHT") or ev.trigger_start is None:
        return False
    W = lexicon().words
    clause = re.split(r"[,;:\"“”()]", norm[ev.start : ev.trigger_start])[-1]
    toks = re.findall(r"[\w-]+", clause)
    k = len(toks)
    while k > 0 and toks[k - 1].lower() in W["trailing_adverbs"]:
        k -= 1  # `turut menyumbang`, `juga mengundang`
    np: list[str] = []
    for w in reversed(toks[:k]):
        low = w.lower()
        if (low in W["np_stop"] and low not in DEMONSTRATIVES and low != "yang") or (
            is_verbish(w) and low.startswith(("me", "di", "ber", "ter"))
        ):
            break
        if low in DEMONSTRATIVES and np and np[-1] != "yang":
            break  # `Atas kejadian itu korban melapor`: a demonstrative closes an earlier phrase
        np.append(low)
    np.reverse()
    if "yang" in np:
        np = np[: np.index("yang")]  # `tata kelola lingkungan yang buruk`: the clause on it is not its head
    lead = lexicon().union("agent_determiners", "trailing_adverbs")  # joined once, not per call
    head = next((w for w in np if w not in lead), None)
    return head is not None and head in W["idea_subjects"]


def _struck_by_a_thing(ev: Event, norm: str) -> bool:
    """`Hepatitis membunuh 1,34 juta orang`, `mobil yang menabrak sebuah tiang listrik`, `Produk ini
    bekerja membunuh bakteri`, `pesawat itu tertabrak sekelompok burung`: an illness, a vehicle, an
    animal or a product that strikes is a mishap or a figure of speech, no one's attack (PLOVER codes
    no natural event). The striker is the word just before an active verb (past `yang`, a
    demonstrative, an adverb) or the agent in the two words after a passive one."""
    if ev.type != "ASSAULT" or ev.trigger_start is None:
        return False
    W = lexicon().words
    if ev.voice == "pass":
        agent = re.findall(r"\w+", norm[ev.trigger_end : ev.trigger_end + 40])[:4]
        cut = next((i for i, w in enumerate(agent) if w.lower() in W["np_stop"]), len(agent))
        # `tertabrak kendaraan taktis Brimob`: a vehicle someone named drove (not `kereta api di Kampung …`)
        driven = any(is_cap(w) for w in agent[1:cut])
        return not driven and any(w.lower() in W["striking_things"] for w in agent[:2])
    if ev.voice != "act":
        return False
    skip = W["trailing_adverbs"] | {"yang", "ini", "itu", "tersebut", "bekerja"}
    words_before = re.findall(r"\w+", norm[max(ev.start, ev.trigger_start - 40) : ev.trigger_start].lower())
    before = [w for w in reversed(words_before) if w not in skip][:3]
    if not before or before[0] not in W["striking_things"] or set(before) & W["attack_words"]:
        return False  # (`bom mobil yang menewaskan`: the bomb struck; `dari atas pesawat, Trump melemparkan`)
    # `Pria yang mengendarai mobil itu menyerang …`: the thing is another verb's object, not the striker
    return len(before) < 2 or not is_verbish(before[1])


def _light(ws: list[Word], t: Trigger) -> bool:
    """Is a nominalisation reported as done (`melakukan penyitaan`, `penahanan dilakukan`,
    `pemeriksaan terhadap X`), not just named?"""
    W = lexicon().words
    before = {w.low for w in ws[max(0, t.first - 2) : t.first]}
    after = {w.low for w in ws[t.last + 1 : t.last + 3]}
    k = t.last + 1
    skip = W["trailing_adverbs"] | {"itu", "ini", "tersebut", "saat", "pun"}
    while k < len(ws) and k <= t.last + 5 and ws[k].low in skip:
        k += 1  # `Proses penyidikan saat ini sedang berjalan`: done, past the adverbs
    if k < len(ws):
        after.add(ws[k].low)
    if t.first > 2 and ws[t.first - 1].low in ("dan", "serta"):
        # `melakukan pengejaran dan pengembangan`: the second noun is done as the first is
        before |= {w.low for w in ws[max(0, t.first - 4) : t.first - 2]}
    return bool(before & W["light_verbs"] or after & W["light_after"])


def _standalone(
    triggers: list[Trigger], k: int, ws: list[Word], why: list[str | None] | None = None, norm: str = ""
) -> bool:
    """Is trigger ``k`` an act of its own? Not when it is the content of an invitation, a demand or
    a commitment just before it (`mengundang Putin mengunjungi …`); a finding (`menemukan`,
    `mengungkap`) is an act only when an offence is what is found."""
    t = triggers[k]
    W = lexicon().words
    if k > 0:
        prev = triggers[k - 1]
        joined = any(w.low in ("dan", "serta") for w in ws[prev.last + 1 : t.first])  # `…, dan memperingatkan`
        if prev.type in ("AGREE", "DEMAND") and t.first - prev.last <= 4 and prev.type != t.type and not joined:
            return False
        if prev.type == t.type and "cara" in {w.low for w in ws[prev.last + 1 : t.first]} and t.first - prev.last <= 5:
            return False  # `menghabisi Endang dengan cara menggorok leher`: how the one act was done
        if prev.type == t.type and t.first == prev.last + 1 and (why is None or why[k - 1] is None):
            return False  # `protes mogok makan`: one act written in two words of its kind
        if prev.type == "PROTEST" and t.type in ("DISAPPROVE", "REJECT") and t.first - prev.last <= 2:
            return False  # `Unjuk rasa memprotes …`, `aksi demonstrasi penolakan …`: what the protest is against
        if prev.type == "PROTEST" and t.type in ("DISAPPROVE", "REJECT") and t.first - prev.last <= 10:
            between = ws[prev.last + 1 : t.first]
            if (
                not any(w.low in ("dan", "serta", "yang") for w in between)
                and "," not in norm[ws[prev.last].end : ws[t.first].start]
            ):
                return False  # `unjuk rasa di depan kantor DPRD … menolak revisi UU TNI`: the protest's cause
    if t.type == "INVESTIGATE" and ws[t.first].low in W["finding_verbs"]:
        nxt = triggers[k + 1] if k + 1 < len(triggers) else None
        return nxt is not None and nxt.type == "CRIME" and nxt.first - t.last <= 3
    return True


def _complete(ev: Event | None, first: str, light: bool = True, norm: str = "") -> bool:
    """An event needs someone in it: a demand someone in particular (not `masyarakat`), a verb
    that takes a party (`menahan`, `melaporkan`) one that is a person or a body."""
    if ev is None:
        return False
    W = lexicon().words
    if ev.actor is None and ev.recipient is None and ev.type not in ("PROTEST", "CRIME"):
        return False
    rec = ev.recipient
    spanned = any(x is not None and x.start is not None for x in (ev.actor, rec))
    if ev.voice == "noun" and ev.type in W["weak_noun_types"] and not spanned and not (light and ev.actor):
        return False  # `diperlukan dukungan data`: a support with no one named in it (but `Pelaporan itu dilakukan`)
    protest_demand = ev.mode in ("protest", "petition") and ev.actor is not None  # `Tuntutan massa adalah …`
    # a petition (`mengajukan permohonan`, `mengajukan banding`) goes to the court or office that
    # receives it, unnamed as often as not: who files it is enough
    if ev.voice == "noun" and not spanned and ev.type not in ("PROTEST", "CRIME") and not light and not protest_demand:
        return False  # `Penyitaan hanya salah satu upaya`: the process talked about, not an act reported
    if ev.type == "SUPPORT" and ev.recipient is None and ev.actor is not None and _thanks(ev):
        return True  # `mengapresiasi kerja para pendamping`, `terima kasih atas perhatiannya`: thanks said
    if ev.type in ("SUPPORT", "COOPERATE") and ev.recipient is None and not _named_backer(ev):
        return False  # support is for someone, cooperation with someone (`mereka berinvestasi`: no one)
    public = (
        rec is not None
        and rec.entity is None
        and _public(rec.name)
        and not (rec.end is not None and norm[rec.end : rec.end + 10].lower().startswith((" tersebut", " itu")))
    )  # `warga tersebut` is someone in particular
    if ev.type == "DEMAND" and first == "diminta" and (rec is None or _noun_in(rec.name.split()[0], _users())):
        return False  # `pengunjung diminta berganti pakaian`: a routine instruction to users or visitors
    if ev.type == "DEMAND" and rec is None and _claim(ev, first):
        return True
    if (
        ev.type == "DEMAND"
        and (rec is None or public)
        and (ev.mode == "step" or _asks_a_step(ev))
        and _written_asker(ev)
    ):
        # `warga meminta penertiban tambang ilegal`: a step asked for, no one named to take it;
        # `meminta sisa uang dikembalikan`, `korban minta dipulangkan`: the step asked is the act's own
        return True
    if ev.type == "DEMAND" and (rec is None or public) and not _demand_of_a_step(ev, norm) and not protest_demand:
        return False
    tourist = ev.actor is None or (ev.actor.entity is None and ev.actor.name.split()[0].lower() in W["visit_public"])
    if ev.type == "CONSULT" and ev.voice == "act" and tourist:
        return False  # tourists visiting a village: not a political visit
    if ev.voice == "pass" and ev.actor is None and ev.recipient is None:
        return False  # `Barang-barang yang dicuri itu lalu dijual`: a thing described, no act reported
    if first in W["enforcer_only"] and not _enforcer(ev.actor):
        return False  # `proyek yang ditangani Renita`, `menindaklanjuti rapat`: not a case handled
    needs = first in W["needs_party"] and ev.voice in ("act", "recv", "mut") and ev.type != "CRIME"  # `menerima suap`
    if needs and (rec is None or not _party_like(rec.name, rec.entity)) and _on_a_thing(ev, norm):
        return True
    if needs and rec is None and (_reports_an_offence(ev, norm) or _threat_of_an_act(ev, norm)):
        return True
    if needs and rec is None and ev.type == "SUPPORT" and _named_backer(ev) and _backs_a_step(ev, norm):
        return True
    if needs and rec is None and ev.type == "REJECT" and _named_backer(ev) and _refuses_a_step(ev, norm):
        return True
    if needs and rec is None and ev.type == "REJECT" and _refuses_an_offer(ev, norm):
        return True
    return not (needs and (rec is None or not _party_like(rec.name, rec.entity)))


def _thing_let_go(ev: Event, article: Article, ws: list[Word], t: Trigger) -> bool:
    """`melepaskan cairan`, `melepas anak panah ke papan sasaran`, `jangan sampai … melepaskan
    tanggung jawab`: `lepas` is a release (RETREAT: a prisoner, a hostage) only when the one let go
    is someone — a name, a noun of people or captives, a pronoun — or is let go from custody
    (`dilepaskan dari tahanan`). A thing, or no one at all, is let go in another sense."""
    if ev.type != "RETREAT" or ev.mode != "release" or "lepas" not in ev.trigger.lower():
        return False
    after = [w.low for w in ws[t.last + 1 : t.last + 4]]
    if "dari" in after and set(after) & lexicon().words["custody_words"]:
        return False
    sp = ev.recipient
    if sp is None:
        return True
    if sp.entity is not None and 0 <= sp.entity < len(article.entities):
        return article.entities[sp.entity].label != "PER"
    names = sp.name.split()
    people = _people_words()
    return not any(w.lower() in people or is_cap(w) for w in names)


@cache
def _people_words() -> frozenset[str]:
    """The nouns and pronouns that name someone a release frees (word lists of words.json)."""
    W = lexicon().words
    people = W["person_nouns"] | W["described_person_heads"] | W["released_people"]
    # (a count, `ratusan balon`, says how many, not who)
    return frozenset(people | W["speaker_pronouns"] | W["third_pronouns"]) - W["crowd_counts"] - NUMERALS


def _a_thing(sp: Speaker | None) -> bool:
    """A party phrase no entity names, headed by a noun of a step or an act (`program Makan Bergizi
    Gratis`, `kebijakan tunjangan`): a thing, not someone asked to act."""
    return sp is not None and sp.entity is None and _topic_head(sp.name)


def _thanks(ev: Event) -> bool:
    """Thanks or appreciation (`berterima kasih atas`, `mengapresiasi dedikasi almarhum`): said by
    someone, they are an act though what is thanked is a deed rather than its doer."""
    low = ev.trigger.lower()
    return "apresiasi" in low or "terima kasih" in low or "terimakasih" in low


def _named_backer(ev: Event) -> bool:
    """`Kejaksaan juga aktif mendukung program ketahanan pangan`: a body or person the article names
    backing a thing (a programme, a plan) supports, though no one is the recipient; an unnamed
    `mereka berinvestasi` still needs someone to work with."""
    a = ev.actor
    if ev.voice != "act" or a is None or a.start is None or not a.name:
        return False
    return (
        a.entity is not None
        or _enforcer(a)
        or (is_cap(a.name) and a.name.split()[0].lower() not in lexicon().words["step_nouns"])
    )


def _backs_a_step(ev: Event, norm: str) -> bool:
    """`mendukung program swasembada beras`, `mendukung pembentukan kementerian`, `dukungan penuh
    terhadap program tersebut`: what is backed is a step (a programme, a policy, a campaign) or an act
    named by its noun (peN-an, per-an)."""
    after = [w.strip(",.()").lower() for w in norm[ev.trigger_end : ev.trigger_end + 40].split()[:3]]
    after = after[1:] if after and after[0] in lexicon().words["manner_adverbs"] | {"penuh"} else after
    after = after[1:] if after and after[0] in lexicon().words["backed_preps"] else after
    if not after:
        return False
    head = after[0]
    nominal = head.startswith(("pe", "per")) and head.endswith("an") and len(head) > 7
    return head in lexicon().words["step_nouns"] or nominal


def _refuses_a_step(ev: Event, norm: str) -> bool:
    """`Israel menolak pemungutan suara itu`, `Islamabad menolak bertanggung jawab atas …`,
    `Andi menolak menandatangani kesepakatan`: what is refused is a step (a plan, a vote, an act
    named by its noun) or an act the refuser will not do (an active verb right after)."""
    if _backs_a_step(ev, norm):
        return True
    after = norm[ev.trigger_end : ev.trigger_end + 40].split()[:2]
    after = after[1:] if after and after[0].lower() == "untuk" else after
    head = after[0].strip(",.()") if after else ""
    return head.lower().startswith(("me", "ber")) and is_verbish(head)


def _refuses_an_offer(ev: Event, norm: str) -> bool:
    """`Liam Gallagher menolak mentah-mentah kesempatan tampil`, `kami menolak skripnya`, `Hans
    menolak surat dakwaan`: a named person or body (the speaker too, as `kami`) refusing something
    offered or brought against them (a chance, a script, a contract, a charge) is a refusal though
    no one is named as its recipient."""
    actor = ev.actor
    if ev.voice != "act" or actor is None or not (actor.entity is not None or _named_backer(ev)):
        return False
    W = lexicon().words
    after = [w.strip(',.()"”').lower() for w in norm[ev.trigger_end : ev.trigger_end + 60].split()[:3]]
    after = after[1:] if after and (after[0] in W["manner_adverbs"] or after[0] in W["again_adverbs"]) else after
    after = after[1:] if after and after[0] in W["document_words"] else after  # `surat dakwaan`
    return bool(after) and after[0].removesuffix("nya") in W["refused_offers"]


def _public(name: str) -> bool:
    """Is a party the public at large (`masyarakat`, `seluruh warga`, `semua`), not a group in
    particular (`semua negara`, `para kepala daerah`)?"""
    W = lexicon().words
    ws = name.split()
    if _generic(ws):
        return True
    if not ws or not _noun_in(ws[0], W["public_nouns"]):
        return False
    quantifier = ws[0].lower() in W["agent_determiners"] or ws[0].lower() in ("semua", "seluruh", "kalangan")
    return not quantifier or len(ws) == 1 or _noun_in(ws[1], W["public_nouns"])


def _generic(ws: list[str]) -> bool:
    """Does a party open with everyone of a kind (`setiap dapur MBG`, `seluruh pihak`, `netizen`)? A rule
    or an appeal to all of them is no demand of anyone in particular (GUIDELINES.md: a routine advisory)."""
    generic = lexicon().words["generic_addressees"]
    return bool(ws) and (ws[0].lower() in generic or (len(ws) == 2 and " ".join(ws).lower() in generic))


def _on_a_thing(ev: Event, norm: str) -> bool:
    """`Pelaku bom bunuh diri menyerang sebuah pembangkit listrik`, `polisi mengamankan ratusan
    dokumen palsu`: an attack on a place or a seizure of goods by someone written in the sentence
    is an act, though what it is done to is no person or body."""
    actor = ev.actor
    if actor is None or ev.voice != "act":
        return False
    after = [w.strip(",.()").lower() for w in norm[ev.trigger_end : ev.trigger_end + 60].split()[:4]]
    target = ev.recipient is not None and ev.recipient.name.split()[0].lower() in lexicon().words["attack_targets"]
    if actor.start is None and not (ev.type == "ASSAULT" and target):
        return False  # (an attack on a named kind of place by the attackers told before is one)
    if not after or after[0] in lexicon().words["negation"]:
        return False
    if ev.type == "ASSAULT":
        return _party_like(actor.name, actor.entity)
    goods = lexicon().words["seized_goods"]
    return ev.type == "COERCE" and _enforcer(actor) and any(w in goods for w in after)


def _reports_an_offence(ev: Event, norm: str) -> bool:
    """`Budi rajin melaporkan dugaan korupsi di dinasnya`: a report of an offence by someone
    written in the sentence is a complaint, though the offender is not named as the object."""
    actor = ev.actor
    if ev.type != "DISAPPROVE" or ev.voice != "act" or actor is None or actor.start is None:
        return False
    after = [w.strip(",.").lower() for w in norm[ev.trigger_end : ev.trigger_end + 60].split()]
    if not after:
        return False
    if after[0] in lexicon().words["reported_offences"]:
        return True
    # `melaporkan kejadian itu ke Polres Jakarta Barat`: an incident reported to the police
    to_police = any(w in lexicon().words["law_enforcers"] for w in after[1:8])
    return after[0] in lexicon().words["reported_incidents"] and to_police


def _threat_of_an_act(ev: Event, norm: str) -> bool:
    """`Ia mengancam akan mengerahkan massa`: a threat of a step is a threat, though no one is
    named as threatened in the sentence."""
    if ev.type != "THREATEN" or ev.voice != "act" or ev.actor is None:
        return False
    after = norm[ev.trigger_end : ev.trigger_end + 20].split()
    return bool(after) and after[0].lower() in ("akan", "bakal", "hendak")


def _welcomed_thing(ws: list[Word], t: Trigger, norm: str) -> bool:
    """`Usulan itu disambut Dewan`: a welcome (`disambut` a named host) is a visit only when the one
    welcomed is someone (`Dia disambut Lee`) or the visit itself (`Kunjungan tersebut disambut …`);
    the clause's subject headed by a noun of an act or a state is an idea or a step welcomed."""
    if t.pattern.mode != "visit" or ws[t.first].low != "disambut":
        return False
    k = t.first
    while k > 0 and "," not in norm[ws[k - 1].end : ws[k].start] and ws[k - 1].low != "yang":
        k -= 1  # back to the clause's first word
    head = ws[k].low
    return k < t.first and not head.startswith(("kunjungan", "kedatangan")) and _topic_head(head)


def _done_again(ws: list[Word], t: Trigger) -> bool:
    """`Penyaluran dilakukan melalui kantor pos`, `Kunjungan dilakukan selama dua hari`: an aid or a
    visit named by its noun (or an agentless passive) and reported done, with no one named, is the
    one of its kind the story told last (as police steps are carried in ``parties``; kept out of
    ``carry_types`` there, which would also stop reading `kunjungan Jokowi` as Jokowi's)."""
    return t.type in ("AID", "CONSULT") and t.pattern.voice in ("noun", "pass") and _light(ws, t)


def _warner(ev: Event, article: Article) -> Speaker | None:
    """A warning of punishment told in the passive (`seluruh aktivitas ilegal akan ditindak tegas`)
    names no one who will punish: the one who says it in the sentence warns."""
    if ev.quote is None or not 0 <= ev.quote < len(article.quotes):
        return None
    return _copy(article.quotes[ev.quote].speaker)


def _copy(sp: Speaker | None) -> Speaker | None:
    """A party carried from another sentence: its name and entity, no span here."""
    return Speaker(sp.name, sp.entity, None, None) if sp is not None else None


def _asks_the_public(ws: list[Word], t: Trigger) -> bool:
    """`mengajak (seluruh) masyarakat untuk …`, `meminta warga agar …`: a demand whose gap, the one
    asked, is only the public is a routine advisory (GUIDELINES.md codes none; in detik_2025 and
    IndoSum such phrases are appeals to the public, none a demand of anyone in particular)."""
    if t.type != "DEMAND" or t.gap is None or t.gap[0] >= t.gap[1]:
        return False
    asked = [w.low for w in ws[t.gap[0] : t.gap[1]]]
    public = lexicon().words["public_nouns"]
    # (but `Presiden minta kita untuk …` asks the cabinet he speaks to: `kita` is someone)
    if _generic(asked):
        return True  # `mengajak seluruh pihak untuk …`, `mengajak netizen untuk …`
    audience = lexicon().words["audience_nouns"]
    asked = [w for w in asked if w != "kepada"]  # `mengimbau kepada penerima agar …`
    return all(w in public or w in audience for w in asked) and any(
        w in ("masyarakat", "publik", "warga") or w in audience for w in asked
    )


def _warns_the_public(ws: list[Word], t: Trigger) -> bool:
    """`Badan Cuaca memperingatkan 50 juta orang soal badai`, `warga diperingatkan untuk
    berhati-hati`: a warning whose hearers are the public (GUIDELINES: a routine advisory is not
    coded) warns of a danger; a threat warns someone in particular (`memperingatkan Hamas`)."""
    if t.type != "THREATEN" or ws[t.first].low not in ("memperingatkan", "diperingatkan"):
        return False
    W = lexicon().words
    public = W["public_nouns"] | W["visit_public"] | {"penduduk"}
    if t.pattern.voice != "act":  # the one warned is the subject (`Warga di sekitar Gunung Semeru diperingatkan`)
        return any(w.low in public for w in ws[max(0, t.first - 8) : t.first])
    for w in ws[t.last + 1 : t.last + 5]:
        if is_cap(w.text) and w.low not in public:
            return False  # `memperingatkan Hamas`, `Israel diperingatkan`
        if w.low in public:
            return True
    return False


def _toll_fate(
    triggers: list[Trigger], k: int, ws: list[Word], ss: int, article: Article, out: list[Event]
) -> str | None:
    """Why a verb of an attack's toll (`menewaskan`, `melukai`) reports no act of its own, or None.
    Deaths a natural event or an accident caused are no one's act (`mishap`: a mishap word in the
    clause before it, or in the story's title or lede when no attack was told before); with the
    attack told in the sentence the toll is that act (`toll`: `menyerang …, menewaskan tujuh
    orang`); a toll in a clause opening the sentence is the background of what follows
    (`Setelah insiden berdarah yang menewaskan 22 orang itu, polisi …`); and with no attack word
    or no attacker before a killing, nothing says anyone acted (`insiden tambang yang menewaskan`).
    ``ss`` is the sentence's start as the events hold it (not its first word's: a quote mark or a
    bullet may open the sentence)."""
    t, W = triggers[k], lexicon().words
    before = ws[max(0, t.first - 12) : t.first]
    if any(w.low in W["mishaps"] for w in before):
        return "mishap"
    if any(e.start == ss and e.type in ("ASSAULT", "FIGHT") for e in out):
        return "toll"
    attacks = any(e.type in ("ASSAULT", "FIGHT") for e in out)
    lede = article.norm[article.sentences[0].start : article.sentences[0].end] if article.sentences else ""
    if not attacks and any(w.lower() in W["mishaps"] for w in re.findall(r"\w+", f"{article.title or ''} {lede}")):
        return "mishap"
    opening = any(circumstance(ws, i) for i in range(min(2, t.first)))
    if opening and "," not in article.norm[ws[0].start : ws[t.first].start]:
        return "background"
    if t.pattern.mode != "kill":
        return None  # `Ia melukai korban`: wounding is an assault by its subject, whoever that is
    named = any(u.type in ("ASSAULT", "FIGHT") and u.first < t.first for u in triggers)
    named = named or any(w.low in W["attack_words"] for w in before)
    return None if named or _attacker_before(ws, t) else "no attacker"


def _attacker_before(ws: list[Word], t: Trigger) -> bool:
    """Is there a noun of people or of an armed force just before a verb (past `yang`):
    `petugas keamanan Israel yang menewaskan`, not `sebuah ledakan … menewaskan`?"""
    near = [w for w in ws[max(0, t.first - 5) : t.first] if w.low != "yang"]
    return any(_noun_in(w.low, _people()) or _armed(Speaker(w.text, None, None, None)) for w in near)


def _claim(ev: Event, first: str) -> bool:
    """`Mereka menuntut keadilan`, `Pengacara Khadr menuntut biaya ganti rugi`: a claim is a demand
    by whoever makes it, the one it is made of usually unwritten (a request, `meminta`, still needs
    someone asked, unless what is asked is a thing claimed: `meminta kejelasan`); only the claimant
    acting, not `masalah yang dituntut oleh warga`."""
    W = lexicon().words
    claimed = ev.trigger.lower().split()[-1] in W["claimed_things"]  # `meminta kejelasan`
    return ev.voice == "act" and ev.actor is not None and (first in W["claim_verbs"] or claimed)


def _written_asker(ev: Event) -> bool:
    """Is the one who asks for a step written in the sentence and someone (a named body or person,
    a noun of people: `warga`, `mahasiswa`), not a pronoun carried in or a thing?"""
    a = ev.actor
    return a is not None and a.start is not None and _party_like(a.name, a.entity)


_STEP_CLAUSE = 16  # words after `agar` read for the step asked
_STEP_SUBJECT = 3  # words of what is asked before its passive (`meminta sisa uang dikembalikan`)


def _demand_of_a_step(ev: Event, norm: str) -> bool:
    """`KPK mendorong agar diterbitkannya SK …`, `Mu'ti mengusulkan agar ada perubahan`, `Ia meminta
    agar proses seleksi … dilakukan`, `Indonesia menyerukan agar pendanaan iklim (climate finance)
    dapat diakses`: a named body or person (written, or the one `ia`/`dia`/`kami` who asks stands
    for) demanding that a step be taken, with no one named to take it, is still a demand (a routine
    advisory names the public instead; the gold leaves `Ia mendorong agar diperbanyak industri padat
    karya`, a wish, uncoded)."""
    if ev.recipient is not None or ev.actor is None or ev.actor.entity is None:
        return False
    after = norm[ev.trigger_end : ev.trigger_end + 160].split()
    said = ev.trigger.lower().split()
    if said[-1] not in ("agar", "supaya"):
        if not after or after[0].lower() not in ("agar", "supaya"):
            return False
        after = after[1:]  # `menyerukan agar …`: the verb of asking read alone
    if not after:
        return False
    asks = said[0] in lexicon().words["asking_verbs"]
    if ev.actor.start is None and not (asks and _pronoun_subject(norm, ev)):
        return False  # the asker is written, or `ia`/`dia` asks (`mendorong agar …` by `dia` is a wish)
    if after[0].lower() in ("ada", "adanya"):
        return True  # `agar ada perubahan`: that a step exist
    return _passive_in_clause(after)


def _passive_in_clause(after: list[str]) -> bool:
    """A di- passive in the clause that opens ``after`` (up to its first comma or stop; a bracketed
    gloss, `(climate finance)`, `(NCQG)`, is passed over): the step asked for, past its subject
    (`agar aktivitas pembangunan pabrik semen … tidak dilanjutkan`)."""
    inside = False
    for raw in after[:_STEP_CLAUSE]:
        if raw.startswith("("):
            inside = True
        if inside:
            inside = not raw.rstrip(",.;:").endswith(")")
            continue
        w = raw.strip(",.;:\"'“”")
        if w.lower().startswith("di") and len(w) > 4 and w.isalpha():
            return True
        if w != raw:
            return False
    return False


def _asks_a_step(ev: Event) -> bool:
    """A verb of asking whose trigger ends in the step asked for as a di- passive, after at most a
    short noun phrase (`meminta sisa uang dikembalikan`): a demand that it be done, whoever is to do
    it (not `meminta pindah dan kemudian diizinkan hengkang`: the passive is another clause's)."""
    said = [w.lower() for w in ev.trigger.split()]
    between = said[1:-1]
    W = lexicon().words
    return (
        said[0] in W["asking_verbs"]
        and len(between) <= _STEP_SUBJECT
        and not any(w in W["np_stop"] or is_verbish(w) for w in between)
        and _passive_in_clause(said[-1:])
    )


def _pronoun_subject(norm: str, ev: Event) -> bool:
    """Is the asker written as `ia`/`dia`/`beliau`/`kami` right before the verb of asking (`dia
    mendorong agar …`, `Kami menyerukan agar …`), so the entity it was resolved to is the sentence's
    own subject?"""
    before = norm[max(ev.start, ev.trigger_start - 30) : ev.trigger_start].lower().split()
    return bool(before) and before[-1].strip(',"“') in ("ia", "dia", "beliau", "kami")


def _party_like(name: str, entity: int | None) -> bool:
    if entity is not None:
        return True
    ws = name.replace("-", " ").split()  # `kelompok-kelompok radikal`
    return any(is_cap(w) for w in ws) or any(_noun_in(w, _people()) for w in ws[:3])


@cache
def _people() -> frozenset[str]:
    """The nouns that name people, as the party readers count them (`Parties._party_like`): the
    person nouns, the heads of a described person (`tiga pemuda`, `seorang bocah`, `dosen`) and
    the words of a band (`sekelompok`), so that `menangkap tiga pemuda` is an arrest of someone."""
    W = lexicon().words
    return (
        W["person_nouns"] | W["described_person_heads"] | objects.words()["described_person_heads"] | W["group_words"]
    )


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    """Is ``word`` one of ``nouns``, also with its last three letters off (`warganya`, `pelakunya`)?"""
    low = word.lower()
    return low in nouns or low[:-3] in nouns


def _name(sp) -> str | None:
    return sp.name.lower() if sp is not None else None


def annotate(article: Article) -> None:
    """Fill ``article.events``."""
    article.events = extract(article)
