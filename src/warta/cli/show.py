"""A readable terminal view of an Article (``warta read --format text``)."""

from __future__ import annotations

import textwrap

from warta.document import Article

_STYLE = {"title": "1", "head": "1;36", "dim": "2", "label": "33", "quote": "32", "warn": "31"}


def render(article: Article, color: bool = False, width: int = 100) -> str:
    def c(kind: str, s: str) -> str:
        return f"\033[{_STYLE[kind]}m{s}\033[0m" if color else s

    out: list[str] = []
    if article.title:
        out.append(c("title", article.title))
    if article.id or article.url:
        out.append(c("dim", " · ".join(x for x in (article.id, article.url, article.published) if x)))
    if article.dateline:
        d = article.dateline
        out.append(c("label", "dateline: ") + f"{d.outlet or '–'} / {d.place or '–'}")
    lang = article.language.get("code")
    if lang and lang != "id":
        out.append(c("warn", f"language: {lang} (not Indonesian)"))
    out.append("")
    blocks = sorted(
        [(p.start, p.end, "p") for p in article.paragraphs] + [(h.start, h.end, "h") for h in article.headings]
    )
    for start, end, kind in blocks:
        text = article.norm_text(start, end)
        if kind == "h":
            out.append(c("head", "## " + text))
        else:
            out.extend(textwrap.wrap(text, width) or [""])
        out.append("")
    if article.summary:
        out.append(c("head", "Summary"))
        for i in article.summary:
            out.extend(textwrap.wrap("• " + article.sentence_text(i), width, subsequent_indent="  "))
        out.append("")
    if article.entities:
        out.append(c("head", "Entities") + c("dim", "  (label, name (role, country)  ~ other forms in the text)"))
        for e in article.entities:
            extra = ", ".join(x for x in (e.role, e.country) if x)
            forms = sorted({m.text for m in e.mentions} - {e.canonical})
            line = f"  {c('label', e.label):>3}  {e.canonical}"
            if extra:
                line += f" ({extra})"
            if forms:
                line += c("dim", "  ~ " + ", ".join(forms))
            out.append(line)
        out.append("")
    if article.quotes:
        out.append(
            c("head", "Quotes") + c("dim", "  (speaker — verb of saying [via medium] — quote; · no verb; ~ indirect)")
        )
        for q in article.quotes:
            who = q.speaker.name if q.speaker else "?"
            via = f" via {q.via}" if q.via else ""
            head = f"  {c('label', who)} — {q.cue or '·'}{via} — {'~' if q.kind == 'indirect' else ''}"
            out.append(head + c("quote", textwrap.shorten(q.text, width, placeholder=" …")))
        out.append("")
    if article.events:
        from warta.cli.events import event_arrow

        out.append(c("head", "Events"))
        for ev in article.events:
            out.append("  " + event_arrow(ev))
        out.append("")
    if article.dates:
        out.append(c("head", "Dates"))
        out.append("  " + "; ".join(f"{d.text} = {d.value}" for d in article.dates))
        out.append("")
    if article.amounts:
        out.append(c("head", "Amounts"))
        out.append(
            "  "
            + "; ".join(
                f"{m.text} = {_number(m.value)}{' ' + (m.currency or m.unit or '') if (m.currency or m.unit) else ''}"
                for m in article.amounts
            )
        )
        out.append("")
    if article.tone and isinstance(article.tone.get("tone"), (int, float)):
        out.append(c("head", "Tone") + "  " + _tone(article.tone))
    if article.themes:
        out.append(
            c("head", "Themes") + "  " + ", ".join(f"{t.get('theme')} {t.get('score')}" for t in article.themes[:5])
        )
    furniture = [ln for ln in article.lines if ln.kind == "furniture"]
    if furniture:
        out.append(c("dim", f"({len(furniture)} furniture line(s) removed)"))
    for w in article.warnings:
        out.append(c("warn", "warning: " + w))
    return "\n".join(out).rstrip() + "\n"


def _number(v: float | None) -> str:
    """2500000000.0 → 2,500,000,000; 0.3 → 0.3 (never 2.5e+09)."""
    if v is None:
        return "?"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def _tone(t: dict) -> str:
    """+2.63 (positive 4.03% of words, negative 1.40%; polarity 5.43, activity 12.43, 571 words)."""
    parts = [f"positive {t.get('positive', 0):.2f}% of words", f"negative {t.get('negative', 0):.2f}%"]
    extra = [f"{k} {t[k]:.2f}" for k in ("polarity", "activity", "self_group") if isinstance(t.get(k), (int, float))]
    words = f", {t['word_count']} words" if t.get("word_count") else ""
    return f"{t['tone']:+.2f} ({', '.join(parts)}; {', '.join(extra)}{words})"
