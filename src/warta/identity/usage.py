"""Where the corpus's own text writes a short form, beside one identity's names or elsewhere.

An alias says whom one article meant by a form ('reda' written for 'Reda Manthovani'); it does not
say what the form names in the articles that write it without that person ('Albanese' is also a
UN rapporteur, 'teguh' also an adjective, 'APD' also protective equipment). Reading the text for
the form as a word tells the two apart: a form the corpus writes only where it also names the
identity (its entity or one of its names in the text) is that identity's short form; a form also
written elsewhere has another owner or meaning there."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.corpus.store import Store

MAX_READ = 400  # articles read for a form (most recent first), so the check stays bounded


@dataclass(frozen=True)
class Usage:
    """How the corpus's text uses a form relative to one identity."""

    written: int  # articles whose title or body writes the form as a word
    elsewhere: int  # … of them that neither mention the identity nor write any of its names
    lowercase: int  # … of those that write it in lower case, as a common word ('sirup', 'teguh')
    capitals: int = 0  # articles (any) that write it in capitals, as an acronym ('AS')
    texts: tuple[str, ...] = ()  # the texts written elsewhere (for a definition of the form there)
    capitalised: int = 0  # articles (any) that write it with a capital first letter ('Satgas', 'KPK')
    articles: frozenset[int] = frozenset()  # the articles that write it

    def __str__(self) -> str:
        return f"written in {self.written} article(s), {self.elsewhere} without the identity"


def _word(form: str) -> re.Pattern[str]:
    """The form as a whole word (case-insensitive, not inside a hyphenated or longer word)."""
    body = r"\s+".join(re.escape(w) for w in form.split())
    # not inside a word ('US$' is the dollar), but a list's glued number is no letter ('Pigai4.')
    return re.compile(rf"(?<![^\W\d_]|-){body}(?![^\W\d_]|[$-])", re.IGNORECASE)


def _candidate_articles(store: Store, form: str) -> list[tuple[int, str]]:
    """(article, title + body) of articles that may write the form, most recent first."""
    if store.dialect == "sqlite":
        words = [w for w in re.findall(r"\w+", form) if w]
        if not words:
            return []
        phrase = '"' + " ".join(words) + '"'  # an FTS phrase: no operator in the form is ever read
        rows = store.query(
            "SELECT a.num, coalesce(a.title, ''), a.body FROM articles_fts f JOIN articles a ON a.num = f.rowid "
            "WHERE articles_fts MATCH ? ORDER BY a.num DESC LIMIT ?",
            (phrase, MAX_READ),
        )
    else:
        rows = store.query(
            "SELECT num, coalesce(title, ''), body FROM articles WHERE lower(body) LIKE ? OR lower(title) LIKE ? "
            "ORDER BY num DESC LIMIT ?",
            (f"%{form.lower()}%", f"%{form.lower()}%", MAX_READ),
        )
    return [(int(n), f"{t}\n{b or ''}") for n, t, b in rows]


def count_articles(store: Store, phrases: list[str], without: list[str] = ()) -> int | None:
    """How many articles write any of the (folded) phrases and none of ``without``, by the full-text
    index (None without one): a cheap bound before reading the texts."""
    if store.dialect != "sqlite":
        return None

    def terms(ps: list[str]) -> list[str]:
        return [f'"{t}"' for t in (" ".join(re.findall(r"\w+", p)) for p in ps) if t]  # phrases: no operator read

    have, lack = terms(phrases), terms(without)
    if not have:
        return 0
    query = "(" + " OR ".join(have) + ")" + (" NOT (" + " OR ".join(lack) + ")" if lack else "")
    return int(store.scalar("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (query,)) or 0)


def written_alone(text: str, form: str, names: list[str]) -> bool:
    """Whether the text writes ``form`` as a word outside every one of ``names`` ('Lowes menegaskan' beside
    'Alex Lowes' and 'Sam Lowes'; not 'Fadhly Alimin Hasyim' alone, which writes only his full name)."""
    for n in sorted(names, key=len, reverse=True):
        text = _word(n).sub(" ", text)
    return bool(_word(form).search(text))


def _lower_words(text: str, form: str) -> bool:
    """Whether the text writes the form in lower case in running text (not in a web address or tag)."""
    pat = re.compile(rf"(?<![\w/#@.-]){re.escape(form)}(?![\w/-])")
    return bool(pat.search(text))


def body_of(text: str) -> str:
    """An article's text as :func:`written` gives it (its title, then its body) without the title,
    whose words are all capitalised."""
    return text.split("\n", 1)[-1]


def written(store: Store, form: str) -> list[tuple[int, str, list[str]]]:
    """The articles whose text writes ``form`` as a word: (article, text, the matched writings)."""
    pat = _word(form)
    out = []
    for num, text in _candidate_articles(store, form):
        found = pat.findall(text)
        if found:
            out.append((num, text, found))
    return out


def usage(
    store: Store,
    form: str,
    entities: list[int],
    names: list[str],
    words: list[str] = (),
    texts: list[tuple[int, str, list[str]]] | None = None,
) -> Usage:
    """How often the text writes ``form`` (folded) and how often without the identity whose
    ``entities`` and written ``names`` are given (an article that spells out a name of it, even
    where the entities layer did not read one, or one of its distinctive ``words`` — a person's
    surname —, is beside it). ``texts``: :func:`written` for the form, when already read."""
    if not entities:
        return Usage(0, 0, 0, 0)
    marks = ",".join("?" * len(entities))
    beside = {
        int(r[0]) for r in store.query(f"SELECT DISTINCT article FROM mentions WHERE entity IN ({marks})", entities)
    }
    full = [_word(n) for n in [*names, *words] if n and n.casefold() != form.casefold()]
    lower, caps, capitalised, elsewhere, seen = 0, 0, 0, [], set()
    for num, text, found in written(store, form) if texts is None else texts:
        seen.add(num)
        caps += any(f.isupper() and len(f) > 1 for f in found)
        capitalised += any(f[:1].isupper() for f in found)
        if num in beside or any(p.search(text) for p in full):
            continue
        elsewhere.append(text)
        lower += form.islower() and _lower_words(text, form)
    return Usage(
        len(seen), len(elsewhere), lower, caps, tuple(elsewhere), articles=frozenset(seen), capitalised=capitalised
    )
