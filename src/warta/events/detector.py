"""A learned second opinion on the lexicon's triggers: which of the acts the rules read (kept or
dropped) the articles really report.

Every trigger the lexicon finds in a sentence is a candidate, whatever the rules then did with it
(kept it, or dropped it as negated, planned, background, without a party …). Each is described
by abstract features — the lexicon's type and voice, the word's affixes, the rules' verdict, the
parties the party rules read for it and their entity labels, markers (`oleh`, `terhadap`), the
quote, the sentence's position and its other candidates — never a word of the article, so the
shipped weights carry no text. A logistic model fitted by ``scripts/train_event_detector.py``
gives each candidate the probability that it is an event of its type; a dropped candidate above
``add`` is added with the parties the rules read for it, a kept one below ``drop`` is taken out.
Without ``data/detector.json`` (or with ``"enabled": false``) the rules' events stand.

Round 17: candidates beyond the lexicon's matches too (:func:`partial_triggers`, fate
``partial``): a verb or act noun of a multi-word pattern standing without the rest of it
(`meminta` without `agar`, `bantuan` without `memberikan`), typed by its patterns' prior, in a
sentence with a party-like word. The rules never keep them; only the model may add them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.document import Article, Event
from warta.events.lexicon import TYPES, VOICES
from warta.events.triggers import Trigger
from warta.quotes.text import Word
from warta.resources import word_lists

# the rules' verdicts, grouped (a dropped trigger's reason is one of triggers.blocked's or extract's)
FATE_GROUPS = {
    "kept": "kept",
    "negated": "negated",
    "modal": "plan",
    "hypothetical": "plan",
    "planned": "plan",
    "purpose": "purpose",
    "asked": "asked",
    "background": "background",
    "described": "background",
    "relative": "background",
    "circumstance": "background",
    "name": "name",
    "other sense": "sense",
    "reflexive": "sense",
    "share": "sense",
    "not a gift": "sense",
    "opinion": "sense",
    "acquitted": "sense",
    "penalty": "sense",
    "generic": "sense",
    "talked about": "sense",
    "hearsay": "sense",
    "attribution": "sense",
    "permit": "sense",
    "not standalone": "inner",
    "incomplete": "party",
    "no event": "party",
    "duplicate": "duplicate",
    "demand told": "inner",
    "gain": "sense",
    "display": "sense",
    "duty": "sense",
    "march": "sense",
    "medium": "sense",
    "finding": "sense",
    "imperative": "party",
    "partial": "partial",
}
FATES = tuple(dict.fromkeys([*FATE_GROUPS.values(), "other"]))
AFFIX_HEADS = ("me", "di", "ter", "ber", "pe", "ke", "se")
MARKERS = (("oleh",), ("terhadap", "kepada"), ("dengan", "bersama"), ("dari",), ("yang",))


def feature_names() -> tuple[str, ...]:
    """The model's features, in order (the trainer and the run-time reader share this list)."""
    names = ["bias"]
    names += [f"type_{t}" for t in TYPES]
    names += [f"kept_{t}" for t in TYPES]
    names += [f"voice_{v}" for v in sorted(VOICES)]
    names += [f"fate_{f}" for f in FATES]
    names += [f"head_{h}" for h in (*AFFIX_HEADS, "bare")]
    names += ["suffix_kan", "suffix_i", "suffix_an", "suffix_nya", "multiword", "gap", "has_mode", "root_entry"]
    names += ["no_event", "actor", "actor_spanned", "actor_per", "actor_org", "actor_loc", "actor_pronoun"]
    names += ["recipient", "recipient_spanned", "recipient_per", "recipient_org", "recipient_loc"]
    names += ["in_quote", "quote_in_sentence", "date_in_sentence"]
    names += [f"after_{m[0]}" for m in MARKERS] + ["before_yang", "before_cap", "after_cap"]
    names += ["first_sentence", "sentence_log", "first_word", "word_rel", "sentence_len_log"]
    names += ["cands_log", "kept_in_sentence", "same_type_kept", "same_type_cands", "other_type_kept"]
    names += ["story_type_kept", "story_kept", "near_type_kept"]
    # round 13: the words around the trigger (from our word lists), the quote's cue, the entities near
    names += ["neg_near", "modal_near", "circ_near", "purpose_near", "hedge_near", "question"]
    names += ["is_cue", "in_attribution", "in_direct", "in_indirect", "speaker_actor"]
    names += [f"{side}_{lab}" for side in ("before", "after") for lab in ("per", "org", "loc")]
    names += ["sent_per", "sent_org", "sent_loc"]
    return tuple(names)


FEATURES = feature_names()


@dataclass(slots=True)
class Candidate:
    """A trigger the lexicon found, with what the rules made of it."""

    trigger: Trigger
    ws: list[Word]
    ss: int  # the sentence span
    se: int
    sentence: int  # index into Article.sentences
    fate: str  # "kept", or why the rules dropped it
    event: Event | None  # the event with the parties the rules read (None when none could be read)


def _entry(p) -> str:
    """A lexicon entry's stable name: its root (`ASSAULT:tangkap`) or its pattern's words."""
    return p.source if not p.source.startswith("verbs.tsv") else f"{p.type}:" + "_".join(p.words)


@cache
def _partial_index() -> dict[str, tuple[str, str]]:
    """Each content word of a multi-word lexicon pattern (`meminta` of `meminta * agar`, `bantuan`
    of `memberikan bantuan`) → the type most of its patterns give and a voice by its affix: the
    context-typed general words whose pattern did not match whole (issue #12: `meminta`,
    `bantuan`), as candidates the rules never see. Only our own lists, no article's words."""
    from warta.events.lexicon import lexicon

    lex = lexicon()
    stop = _words()["function_words"] | _words()["negation_near"] | _words()["not_acts"]
    counts: dict[str, dict[str, int]] = {}
    for ps in lex.by_first.values():
        for p in ps:
            if len(p.words) < 2:
                continue
            for w in p.words:
                if (
                    w in ("*", "**", "@", "&", "%")
                    or w in stop
                    or len(w) < 5
                    or w in lex.by_first
                    and any(len(q.words) == 1 for q in lex.by_first[w])
                ):
                    continue
                by_type = counts.setdefault(w, {})
                by_type[p.type] = by_type.get(p.type, 0) + 1
    out = {}
    for w, by_type in counts.items():
        if not (
            w.startswith(AFFIX_HEADS)
            and len(w) > 5
            or w.endswith("an")
            and len(w) > 6
            or w in lex.words.get("acts", ())
        ):
            continue  # a verb or an act noun by its shape (`meminta`, `bantuan`), not `waktu`, `antara`
        typ = max(sorted(by_type), key=lambda t: by_type[t])
        voice = "pass" if w.startswith("di") else "act" if w.startswith("me") else "noun"
        out[w] = (typ, voice)
    return out


def partial_triggers(ws: list[Word], taken: list[Trigger]) -> list[Trigger]:
    """One-word candidates beyond the lexicon's matches: a content word of a multi-word pattern
    standing without the rest of it, outside every trigger found, in a sentence with a party-like
    word (a capitalised word or a pronoun) beside it. Typed by the type prior of its patterns."""
    from warta.events.lexicon import Pattern

    index = _partial_index()
    used = {i for t in taken for i in range(t.first, t.last + 1)}
    partyish = any(w.text[:1].isupper() for w in ws[1:]) or any(w.low in _PRONOUNS for w in ws)
    if not partyish:
        return []
    found = []
    for i, w in enumerate(ws):
        low = w.low[:-3] if w.low.endswith("nya") and len(w.low) > 5 else w.low
        hit = index.get(low)
        if hit is None or i in used:
            continue
        typ, voice = hit
        found.append(Trigger(Pattern(typ, None, voice, (low,), f"partial:{typ}:{low}"), i, i))
    return found


_PRONOUNS = frozenset(("ia", "dia", "mereka", "kami", "kita", "saya", "beliau", "pihaknya"))


def fate_group(fate: str) -> str:
    return FATE_GROUPS.get(fate, "other")


def features(article: Article, cands: list[Candidate]) -> list[dict[str, float]]:
    """One sparse feature row per candidate (names from :data:`FEATURES`); deterministic."""
    rows = []
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.ss, []).append(c)
    quote_spans = [(q.start, q.end) for q in article.quotes]
    date_starts = [d.start for d in article.dates]
    n_sent = max(1, len(article.sentences))
    mentions = sorted(
        (m.start, m.end, e.label.lower())
        for e in article.entities
        for m in e.mentions
        if e.label in ("PER", "ORG", "LOC")
    )
    for c in cands:
        t, ws, ev = c.trigger, c.ws, c.event
        p = t.pattern
        f: dict[str, float] = {"bias": 1.0, f"type_{p.type}": 1.0, f"voice_{p.voice}": 1.0}
        kept = c.fate == "kept"
        if kept:
            f[f"kept_{p.type}"] = 1.0
        group = fate_group(c.fate)
        f[f"fate_{group}"] = 1.0
        f[f"fate_{group}|{p.type}"] = 1.0  # a verdict means more for some types than others
        f[f"entry|{_entry(p)}"] = 1.0  # the lexicon entry (our own list): how often its finds are acts
        first = ws[t.first].low
        head = next((h for h in AFFIX_HEADS if first.startswith(h) and len(first) > len(h) + 3), "bare")
        f[f"head_{head}"] = 1.0
        last = ws[t.last].low
        for suf in ("kan", "i", "an", "nya"):
            if last.endswith(suf) and len(last) > len(suf) + 3:
                f[f"suffix_{suf}"] = 1.0
        if len(p.words) > 1:
            f["multiword"] = 1.0
        if t.gap:
            f["gap"] = 1.0
        if p.mode:
            f["has_mode"] = 1.0
        if not p.source.startswith("verbs.tsv"):
            f["root_entry"] = 1.0
        if ev is None:
            f["no_event"] = 1.0
        else:
            for role, sp in (("actor", ev.actor), ("recipient", ev.recipient)):
                if sp is None:
                    continue
                f[role] = 1.0
                if sp.start is not None:
                    f[f"{role}_spanned"] = 1.0
                if sp.entity is not None and 0 <= sp.entity < len(article.entities):
                    f[f"{role}_{article.entities[sp.entity].label.lower()}"] = 1.0
                elif role == "actor" and sp.name.lower() in ("ia", "dia", "mereka", "kami", "kita", "saya"):
                    f["actor_pronoun"] = 1.0
            if ev.quote is not None:
                f["in_quote"] = 1.0
        tstart = ws[t.first].start
        if any(a <= tstart < b for a, b in quote_spans):
            f["in_quote"] = 1.0
        if any(a < c.se and b > c.ss for a, b in quote_spans):
            f["quote_in_sentence"] = 1.0
        if any(c.ss <= d < c.se for d in date_starts):
            f["date_in_sentence"] = 1.0
        after = {w.low for w in ws[t.last + 1 : t.last + 7]}
        for m in MARKERS:
            if after & set(m):
                f[f"after_{m[0]}"] = 1.0
        if t.first > 0 and ws[t.first - 1].low == "yang":
            f["before_yang"] = 1.0
        if t.first > 0 and ws[t.first - 1].text[:1].isupper():
            f["before_cap"] = 1.0
        if t.last + 1 < len(ws) and ws[t.last + 1].text[:1].isupper():
            f["after_cap"] = 1.0
        if c.sentence == 0:
            f["first_sentence"] = 1.0
        f["sentence_log"] = math.log1p(max(0, c.sentence)) / math.log1p(n_sent)
        if t.first == 0:
            f["first_word"] = 1.0
        f["word_rel"] = t.first / max(1, len(ws))
        f["sentence_len_log"] = math.log1p(len(ws)) / 4.0
        mates = by_sentence[c.ss]
        others = [o for o in mates if o is not c]
        f["cands_log"] = math.log1p(len(others))
        f["kept_in_sentence"] = min(2, sum(o.fate == "kept" for o in others)) / 2
        f["same_type_kept"] = min(2, sum(o.fate == "kept" and o.trigger.type == p.type for o in others)) / 2
        f["same_type_cands"] = min(2, sum(o.trigger.type == p.type for o in others)) / 2
        f["other_type_kept"] = min(2, sum(o.fate == "kept" and o.trigger.type != p.type for o in others)) / 2
        story = [o for o in cands if o.fate == "kept" and o is not c]
        same = [o for o in story if o.trigger.type == p.type]
        f["story_type_kept"] = math.log1p(len(same)) / 2  # a story of arrests tells its arrests again
        f["story_kept"] = math.log1p(len(story)) / 3
        if any(0 < abs(o.sentence - c.sentence) <= 2 for o in same):
            f["near_type_kept"] = 1.0
        _context(article, c, f, mentions)
        rows.append(f)
    return rows


def _near(ws: list[Word], lo: int, hi: int, vocab) -> bool:
    return any(w.low in vocab for w in ws[max(0, lo) : max(0, hi)])


def _context(article: Article, c: Candidate, f: dict[str, float], mentions: list[tuple[int, int, str]]) -> None:
    """Round 13 features: what the rules read as a verdict, read again as soft evidence (a negation,
    a modal, a circumstance or purpose word, a hedge near the trigger), whether the trigger is the
    verb a quote is attributed by (`X mengecam, "…"`: the verbal acts the rules drop), and the entity
    labels on each side (an act needs parties)."""
    from warta.events.lexicon import lexicon

    W = lexicon().words
    t, ws = c.trigger, c.ws
    p = t.pattern
    f[f"why|{c.fate}"] = 1.0  # the rules' own reason, ungrouped
    ev = c.event
    has = "".join(("a" if ev is not None and ev.actor else "-", "r" if ev is not None and ev.recipient else "-"))
    f[f"parties|{fate_group(c.fate)}|{has}"] = 1.0  # a verdict means more with the parties found or not
    f[f"voice|{p.voice}|{fate_group(c.fate)}"] = 1.0
    if _near(ws, t.first - 4, t.first, W["negation"]) or _near(ws, t.first - 3, t.first, _words()["negation_near"]):
        f["neg_near"] = 1.0
        f[f"neg_near|{p.type}"] = 1.0
    if _near(ws, t.first - 4, t.first, W["modal"]) or _near(ws, t.first - 4, t.first, W["planned_after"]):
        f["modal_near"] = 1.0
        f[f"modal_near|{p.type}"] = 1.0
    if _near(ws, t.first - 6, t.first, W["circumstance"]):
        f["circ_near"] = 1.0
        f[f"circ_near|{p.type}"] = 1.0
    if _near(ws, t.first - 4, t.first, W["purpose"]):
        f["purpose_near"] = 1.0
    if _near(ws, t.first - 3, t.first, W["hedges"]):
        f["hedge_near"] = 1.0
    for side, i in (("prev", t.first - 1), ("next", t.last + 1)):
        if 0 <= i < len(ws) and ws[i].low in _words()["function_words"]:
            f[f"{side}|{ws[i].low}"] = 1.0  # a closed list of our own: `jangan sampai`, `meminta agar`
    if "?" in article.norm[c.ss : c.se]:
        f["question"] = 1.0
    ts, te = ws[t.first].start, ws[t.last].end
    for q in article.quotes:
        if q.cue_start is not None and q.cue_end is not None and q.cue_start < te and ts < q.cue_end:
            f["is_cue"] = 1.0
            f[f"is_cue|{p.type}"] = 1.0
        elif q.attribution is not None and q.attribution[0] <= ts < q.attribution[1] and not q.start <= ts < q.end:
            f["in_attribution"] = 1.0
        if q.start <= ts < q.end:
            f[f"in_{q.kind}"] = 1.0
            f[f"in_quote|{p.type}"] = 1.0
            sp = q.speaker
            if ev is not None and ev.actor is not None and sp is not None and sp.name == ev.actor.name:
                f["speaker_actor"] = 1.0
    before = [lab for s0, e0, lab in mentions if c.ss <= s0 and e0 <= ts and ts - e0 <= 60]
    after = [lab for s0, e0, lab in mentions if te <= s0 < c.se and s0 - te <= 60]
    if before:
        f[f"before_{before[-1]}"] = 1.0
    if after:
        f[f"after_{after[0]}"] = 1.0
    for lab in ("per", "org", "loc"):
        n = sum(1 for s0, _e0, lb in mentions if lb == lab and c.ss <= s0 < c.se)
        if n:
            f[f"sent_{lab}"] = min(3, n) / 3


@cache
def _words() -> dict[str, frozenset[str]]:
    """The detector's closed word lists (``data/detector_words.json``)."""
    return word_lists("warta.events", "detector_words.json")


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic weights by feature name (the fixed ones, crossed verdict × type, lexicon entries)
    and the two thresholds chosen by the trainer."""

    weights: dict[str, float]
    add: float  # a dropped candidate above this is added
    drop: float  # a kept one below this is taken out
    fill: frozenset[str] | None = None  # round 27: only candidates of these verdict groups may be added

    def may_add(self, c: Candidate) -> bool:
        """A fill overrules no verdict it is not given: a background, negated or planned act stays out."""
        return self.fill is None or fate_group(c.fate) in self.fill

    def prob(self, row: dict[str, float]) -> float:
        s = sum(self.weights.get(k, 0.0) * v for k, v in row.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))


@cache
def model() -> Model | None:
    """The shipped detector, or None (no file, switched off, or written for other features)."""
    path = resources.files("warta.events").joinpath("data", "detector.json")
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def from_json(raw: dict, force: bool = False) -> Model | None:
    """A model from the trainer's JSON; None when switched off (unless ``force``) or written for
    other features (the file is stale: the rules stand rather than a model misread)."""
    if not (raw.get("enabled", False) or force) or tuple(raw.get("features", ())) != FEATURES:
        return None
    fill = frozenset(raw["fill"]) if raw.get("fill") else None
    return Model({k: float(v) for k, v in raw["weights"].items()}, float(raw["add"]), float(raw["drop"]), fill)


def decide(article: Article, cands: list[Candidate], out: list[Event], m: Model) -> list[Event]:
    """The rules' events with the detector's changes: kept events it doubts are dropped, dropped
    candidates it trusts are added (one per sentence and type beyond what is kept), in text order."""
    probs = [m.prob(r) for r in features(article, cands)]
    drop_at = {
        (c.event.trigger_start, c.event.type)
        for c, pr in zip(cands, probs, strict=True)
        if c.fate == "kept" and c.event is not None and pr < m.drop
    }
    res = [e for e in out if (e.trigger_start, e.type) not in drop_at]
    have = {(e.sentence, e.type) for e in res}
    added: set[tuple[int, str]] = set()
    for c, pr in sorted(zip(cands, probs, strict=True), key=lambda x: -x[1]):
        ev = c.event
        if c.fate == "kept" or ev is None or pr < m.add or not m.may_add(c):
            continue
        key = (ev.sentence, ev.type)
        if key in have or key in added:
            continue
        added.add(key)
        res.append(ev)
    res.sort(key=lambda e: (e.start, e.trigger_start))
    return res
