"""Queries over a corpus: full-text search, who said what, entity profiles, counts.

The same methods run on SQLite (FTS5, bm25) and PostgreSQL (tsvector, ts_rank_cd); only the
full-text parts are spelled per backend. Near-duplicates are collapsed by default: a search
returns the best-ranked article of each duplicate group and says how many copies it has.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from warta.corpus.store import Store, normalize_name, stored_record
from warta.errors import QueryError

MARK = ("[", "]")  # how matched words are marked in snippets unless told otherwise
PG_CANDIDATES = 50_000  # PostgreSQL: filtered articles up to this many are passed as an array
ARTICLE_SETS = 8  # entity/theme filters' article sets kept per connection (SQLite)
STORY_SCAN = 2000  # readings a filtered story search looks at before it ranks every copy instead
FIRST_COPIES = 50_000  # (story reading, filter) → first copy passing it, kept per connection (SQLite)
NARROW = 5000  # a day/outlet filter matching at most this many articles is applied as a set of numbers


@dataclass(slots=True)
class Hit:
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str
    group: str
    copies: int = 1  # articles in its near-duplicate group (1 = no duplicates)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class QuoteHit:
    text: str
    speaker: str | None
    kind: str | None
    cue: str | None
    article: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    start: int | None
    end: int | None
    copies: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EntityProfile:
    name: str
    label: str
    articles: int
    mentions: int
    first_seen: str | None
    last_seen: str | None
    timeline: list[tuple[str, int]] = field(default_factory=list)  # (day, articles)
    roles: list[tuple[str, int]] = field(default_factory=list)
    co_occurring: list[tuple[str, str, int]] = field(default_factory=list)  # (name, label, articles)
    quotes: list[QuoteHit] = field(default_factory=list)
    other_matches: list[tuple[str, str, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other names of the same identity
    merges: list[dict[str, Any]] = field(default_factory=list)  # why those names were merged
    role_history: list[dict[str, Any]] = field(default_factory=list)  # role, from, to, articles
    tone: float | None = None  # mean tone of the articles that mention it
    stories: list[dict[str, Any]] = field(default_factory=list)  # id, label, size, span

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["quotes"] = [q.to_dict() for q in self.quotes]
        return d


# -- query syntax -----------------------------------------------------------------
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


# A query is a few words, not a document: beyond these bounds its cost would grow with it.
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 16


def like_escape(s: str) -> str:
    """``s`` with LIKE's wildcards (``%``, ``_``) and the escape character taken literally
    (use with ``ESCAPE '\\'``)."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_query(q: str) -> list[tuple[str, str]]:
    """Web-search syntax: words (all must match), "a phrase", OR, -excluded → [(op, terms)].

    Raises :class:`QueryError` for a query longer than :data:`MAX_QUERY_CHARS` characters or
    with more than :data:`MAX_QUERY_TERMS` words."""
    if len(q) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(q):,} characters; at most {MAX_QUERY_CHARS})")
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(q):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            words = " ".join(re.findall(r"\w+", phrase))
            if words:
                out.append(("and", words))
        elif word == "OR":
            out.append(("or", ""))
        elif word.startswith("-") and len(word) > 1:
            words = " ".join(re.findall(r"\w+", word[1:]))
            if words:
                out.append(("not", words))
        else:
            words = " ".join(re.findall(r"\w+", word))
            if words:
                out.append(("and", words))
    n_terms = sum(len(t.split()) for op, t in out if op != "or")
    if n_terms > MAX_QUERY_TERMS:
        raise QueryError(f"query has {n_terms} words; at most {MAX_QUERY_TERMS}")
    return out


def fts5_query(q: str) -> str | None:
    """The FTS5 MATCH expression for a web-search-style query (None if nothing to match)."""
    parts = parse_query(q)
    pos: list[str] = []
    neg: list[str] = []
    join_or = False
    for op, terms in parts:
        if op == "or":
            join_or = bool(pos)
            continue
        quoted = '"' + terms.replace('"', "") + '"'
        if op == "not":
            neg.append(quoted)
        elif join_or and pos:
            pos[-1] = f"({pos[-1]} OR {quoted})"
            join_or = False
        else:
            pos.append(quoted)
    if not pos:
        return None
    expr = " AND ".join(pos)
    for n in neg:
        expr = f"({expr}) NOT {n}"
    return expr


def pg_query(q: str) -> str | None:
    """The text for ``websearch_to_tsquery`` (same syntax, cleaned of stray punctuation)."""
    parts = parse_query(q)
    if not any(op == "and" for op, _ in parts):
        return None
    out = []
    for op, terms in parts:
        if op == "or":
            out.append("or")
        elif op == "not":
            out.append(f'-"{terms}"' if " " in terms else f"-{terms}")
        else:
            out.append(f'"{terms}"' if " " in terms else terms)
    return " ".join(out)


# -- the queries --------------------------------------------------------------------
class SearchFilters(NamedTuple):
    """A search's filters, handed on together to the steps that apply them."""

    since: str | None
    until: str | None
    outlet: str | None
    entity: str | None
    theme: str | None


class Queries:
    """Mixin over a :class:`Store` (``self.store``) with the read-side methods."""

    store: Store

    def _filters(
        self,
        since: str | None,
        until: str | None,
        outlet: str | None,
        entity: str | None,
        theme: str | None,
        alias: str = "a",
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if since:
            where.append(f"{alias}.published >= ?")
            params.append(since[:10])
        if until:
            where.append(f"{alias}.published <= ?")
            params.append(until[:10] if len(until) >= 10 else until + ("-12-31" if len(until) == 4 else "-31"))
        if outlet:  # the same folding on both backends (SQLite: ASCII), each able to use its index
            if self.store.dialect == "sqlite":
                where.append(f"{alias}.outlet = ? COLLATE NOCASE")
            else:
                where.append(f"lower({alias}.outlet) = lower(?)")
            params.append(outlet)
        if entity:
            nums = self.entity_nums(entity)
            if not nums:
                where.append("1 = 0")
            else:
                marks = ",".join("?" * len(nums))
                where.append(f"{alias}.num IN (SELECT article FROM mentions WHERE entity IN ({marks}))")
                params.extend(nums)
        if theme:
            where.append(f"{alias}.num IN (SELECT article FROM themes WHERE lower(theme) = lower(?))")
            params.append(theme)
        return where, params

    def entity_nums(self, name: str, label: str | None = None) -> list[int]:
        """Entities named ``name`` (folded) or by an alias of its identity (``BI`` → Bank Indonesia
        and every name merged with it); if none, those whose name contains it as whole words."""
        norm = normalize_name(name)
        if not norm:
            return []
        if self.store.stories:  # schema 4: identities across articles
            from warta.identity import find

            found = find(self.store, name, label)
            if found:
                return found[:500]
        lab = " AND label = ?" if label else ""
        extra = [label.upper()] if label else []
        rows = self.store.query(f"SELECT num FROM entities WHERE norm = ?{lab}", [norm, *extra])
        if not rows:
            rows = self.store.query(
                f"SELECT num FROM entities WHERE (' ' || norm || ' ') LIKE ? ESCAPE '\\'{lab}",
                [f"% {like_escape(norm)} %", *extra],
            )
        return [int(r[0]) for r in rows][:500]

    def entity_by_alias(self, alias: str, *, label: str | None = None, sample: int = 50) -> list[int]:
        """Entities one of whose mentions reads ``alias`` (e.g. "Jokowi" → Joko Widodo).

        Names first (:meth:`entity_nums`); otherwise the articles whose text has the alias are
        read (at most ``sample``) and the entity most often mentioned under that alias wins.
        """
        nums = self.entity_nums(alias, label)
        if nums:
            return nums
        norm = normalize_name(alias)
        expr = fts5_query(f'"{norm}"') if self.store.dialect == "sqlite" else pg_query(f'"{norm}"')
        if not norm or expr is None:
            return []
        if self.store.dialect == "sqlite":
            rows = self.store.query(
                "SELECT a.record FROM articles_fts f JOIN articles a ON a.num = f.rowid WHERE articles_fts MATCH ? LIMIT ?",
                (expr, sample),
            )
        else:
            rows = self.store.query(
                "SELECT record FROM articles WHERE tsv @@ websearch_to_tsquery('simple', ?) LIMIT ?", (expr, sample)
            )
        votes: dict[tuple[str, str], int] = {}
        for (blob,) in rows:
            for e in (stored_record(blob) or {}).get("entities") or []:
                if label and e.get("label") != label.upper():
                    continue
                if any(normalize_name(m.get("text") or "") == norm for m in e.get("mentions") or []):
                    key = (e.get("canonical") or "", e.get("label") or "")
                    votes[key] = votes.get(key, 0) + 1
        if not votes:
            return []
        (name, lab), _ = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        return self.entity_nums(name, lab)

    def entity_tone(self, name: str, *, label: str | None = None) -> list[tuple[str, float, int]]:
        """Mean tone of the articles mentioning an entity (any alias), per day: (day, tone, articles)."""
        nums = self.entity_by_alias(name, label=label)
        if not nums:
            return []
        marks = ",".join("?" * len(nums))
        return [
            (d, round(float(t), 3), int(n))
            for d, t, n in self.store.query(
                "SELECT a.published, AVG(a.tone), COUNT(DISTINCT a.num) FROM mentions m JOIN articles a ON a.num = m.article "
                f"WHERE m.entity IN ({marks}) AND a.published IS NOT NULL AND a.tone IS NOT NULL "
                "GROUP BY a.published ORDER BY a.published",
                nums,
            )
        ]

    def days(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        theme: str | None = None,
    ) -> list[tuple[str, int]]:
        """Articles matching ``query`` (and the filters) per publication day: a timeline of a search."""
        s = self.store
        where, params = self._filters(since, until, outlet, entity, theme)
        cond = "".join(f" AND {w}" for w in where)
        if s.dialect == "sqlite":
            expr = fts5_query(query)
            sql = (
                "SELECT a.published, COUNT(*) FROM articles_fts f JOIN articles a ON a.num = f.rowid "
                f"WHERE articles_fts MATCH ? AND a.published IS NOT NULL{cond} GROUP BY a.published ORDER BY a.published"
            )
        else:
            expr = pg_query(query)
            sql = (
                "SELECT a.published, COUNT(*) FROM articles a WHERE a.tsv @@ websearch_to_tsquery('simple', ?) "
                f"AND a.published IS NOT NULL{cond} GROUP BY a.published ORDER BY a.published"
            )
        if expr is None:
            return []
        return [(d, int(n)) for d, n in s.query(sql, [expr, *params])]

    def places_of(self, article_ids: list[str], *, top: int = 200) -> list[dict[str, Any]]:
        """Geocoded places mentioned in these articles (named by key or by their records' own ids),
        most articles first (for a map of results)."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        rows = self.store.query(
            "SELECT p.name, p.country, p.adm1, AVG(p.lat), AVG(p.lon), COUNT(DISTINCT p.article) AS n "
            f"FROM places p JOIN articles a ON a.num = p.article WHERE (a.id IN ({marks}) OR a.source_id IN ({marks})) "
            "AND p.lat IS NOT NULL AND p.lon IS NOT NULL GROUP BY p.name, p.country, p.adm1 ORDER BY n DESC, p.name LIMIT ?",
            [*article_ids, *article_ids, int(top)],
        )
        return [
            {
                "name": r[0],
                "country": r[1],
                "province": r[2],
                "lat": round(float(r[3]), 4),
                "lon": round(float(r[4]), 4),
                "articles": int(r[5]),
            }
            for r in rows
        ]

    def search(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        theme: str | None = None,
        limit: int = 10,
        offset: int = 0,
        collapse: bool = True,
        mark: tuple[str, str] = MARK,
    ) -> list[Hit]:
        """Articles matching ``query`` (web-search syntax), best first, with highlighted snippets."""
        s = self.store
        filters = SearchFilters(since, until, outlet, entity, theme)
        where, params = self._filters(*filters)
        cond = (" AND " + " AND ".join(where)) if where else ""
        expr = fts5_query(query) if s.dialect == "sqlite" else pg_query(query)
        if expr is None:
            return []
        want = int(limit) + int(offset)
        cols = "a.num, a.id, a.title, a.url, a.outlet, a.published, a.dup_group"
        rows: list[tuple[Any, ...]] | None = None
        if collapse and s.dialect == "sqlite":
            # rank stories: the index of their distinct readings (schema versions 2 and 5)
            rows = self._stories_sqlite(expr, filters, want)
        elif collapse and not where:
            rows = s.query(
                f"SELECT {cols}, ts_rank_cd(a.tsv, q) AS score FROM articles a, websearch_to_tsquery('simple', ?) q "
                "WHERE a.tsv @@ q AND a.dup_of IS NULL ORDER BY score DESC, a.num LIMIT ?",
                (expr, want),
            )
            if len(rows) < want:  # copies that match where their first does not
                rows = None
        if rows is None:  # filters (PostgreSQL), no collapsing, or a story found through a copy
            if s.dialect == "sqlite":
                rows = self._ranked_sqlite(expr, filters, want, collapse)
            else:
                allowed, day_where, day_params = self._candidates(*filters)
                if allowed is not None and len(allowed) <= PG_CANDIDATES:
                    # rank only the filtered articles (primary key lookups), not every match
                    cond = "".join(f" AND {w}" for w in [*day_where, "a.num = ANY(?)"])
                    params = [*day_params, sorted(allowed)]
                rows = self._ranked_join(expr, cond, params, want, collapse) if allowed != set() else []
        rows = rows[int(offset) : want]
        hits = [
            Hit(
                id=r[1],
                title=r[2],
                url=r[3],
                outlet=r[4],
                published=r[5],
                score=round(float(r[7]), 4),
                snippet="",
                group=r[6],
            )
            for r in rows
        ]
        if not hits:
            return hits
        nums = [r[0] for r in rows]
        public = self.store.public_ids(nums)  # a record's own id, not the internal key
        for h, num in zip(hits, nums, strict=True):
            h.snippet = self._snippet(num, expr, mark)
            h.id = public.get(num, h.id)
        if collapse:
            groups = list({h.group for h in hits})
            marks = ",".join("?" * len(groups))
            sizes = dict(
                s.query(
                    f"SELECT dup_group, COUNT(*) FROM articles WHERE dup_group IN ({marks}) GROUP BY dup_group", groups
                )
            )
            for h in hits:
                h.copies = int(sizes.get(h.group, 1))
        return hits

    def _candidates(
        self, since: str | None, until: str | None, outlet: str | None, entity: str | None, theme: str | None
    ) -> tuple[AbstractSet[int] | None, list[str], list[Any]]:
        """Filters as (articles allowed, or None for any; day/outlet conditions; their params).

        Entity and theme filters always become the set of their articles (read from the
        mentions/themes indexes); a day/outlet filter joins that set when it is narrow (at most
        :data:`NARROW` articles), else it stays a condition checked on the ranked rows.
        """
        s = self.store
        allowed: AbstractSet[int] | None = None
        if entity:
            nums = self.entity_nums(entity)
            marks = ",".join("?" * len(nums))
            allowed = (
                self._article_set(f"SELECT article FROM mentions WHERE entity IN ({marks})", nums) if nums else set()
            )
        if theme and allowed != set():
            tnums = self._article_set("SELECT article FROM themes WHERE lower(theme) = lower(?)", [theme])
            allowed = tnums if allowed is None else allowed & tnums
        where, params = self._filters(since, until, outlet, None, None)
        if where and allowed != set():
            found = s.query(f"SELECT a.num FROM articles a WHERE {' AND '.join(where)} LIMIT ?", [*params, NARROW + 1])
            if len(found) <= NARROW:
                narrow = {r[0] for r in found}
                allowed = narrow if allowed is None else allowed & narrow
        return allowed, where, params

    def _kept(self) -> dict[str, dict[Any, Any]]:
        """What this connection keeps between searches while the store is unchanged (SQLite).

        SQLite's ``data_version`` (others' commits) and the connection's own change count tell
        when the store changed; then everything kept is dropped.
        """
        s = self.store
        version = (s.scalar("PRAGMA data_version"), s.conn.total_changes)
        kept: dict[str, dict[Any, Any]] | None = getattr(self, "_kept_store", None)
        if kept is None or getattr(self, "_kept_version", None) != version:
            kept = self._kept_store = {"sets": {}, "copies": {}}
            self._kept_version = version
        return kept

    def _article_set(self, sql: str, params: list[Any]) -> AbstractSet[int]:
        """The article numbers ``sql`` selects, kept while the store is unchanged (SQLite).

        An entity or theme filter of a common name is tens of thousands of articles: read once,
        not on every search; a few sets are kept, the least recently used dropped.
        """
        s = self.store
        if s.dialect != "sqlite":
            return frozenset(r[0] for r in s.query(sql, params))
        cache = self._kept()["sets"]
        key = (sql, tuple(params))
        found = cache.pop(key, None)
        if found is None:
            found = frozenset(r[0] for r in s.query(sql, params))
        cache[key] = found  # the most recently used last
        while len(cache) > ARTICLE_SETS:
            del cache[next(iter(cache))]
        return found

    def _stories_sqlite(self, expr: str, filters: SearchFilters, want: int) -> list[tuple[Any, ...]] | None:
        """Best ``want`` stories passing the filters, in (score desc, num) order (schema version 5).

        ``groups_fts`` ranks each distinct reading of a story once: its first article, and each
        text of a copy that reads differently (``readings``); an exact copy has the words, so the
        score, of the reading it repeats. Readings are taken best first, each standing for its
        exact copies, of which the lowest-numbered one passing the filters is the hit; a story
        counts once. Only the readings down to the last hit shown are looked at, however many
        copies a story has. None when a filter lets few stories through and over
        :data:`STORY_SCAN` readings were looked at: ranking every copy (checked against the
        filter's article set) is then cheaper.
        """
        s = self.store
        since, until, outlet, entity, theme = filters
        allowed: AbstractSet[int] | None = None
        if entity or theme:
            allowed, _, _ = self._candidates(None, None, None, entity, theme)
            if not allowed:
                return []
        where, params = self._filters(since, until, outlet, None, None)
        cond = "".join(f" AND {w}" for w in where)
        filtered = bool(where) or allowed is not None
        copies: dict[Any, int | None] = self._kept()["copies"] if filtered else {}
        cur = s.execute(
            "SELECT rowid, -rank FROM groups_fts WHERE groups_fts MATCH ? AND rank MATCH 'bm25(5.0, 1.0)' "
            "ORDER BY rank, rowid",
            (expr,),
        )
        out: list[tuple[Any, ...]] = []
        stories: set[int] = set()  # first articles of the stories already shown
        seen = 0  # readings looked at
        chunk = max(16, want * 2)
        cols = "a.num, a.id, a.title, a.url, a.outlet, a.published"
        while len(out) < want:
            ranked = cur.fetchmany(chunk)
            if not ranked:
                break
            chunk = min(chunk * 2, 1024)
            marks = ",".join("?" * len(ranked))
            first_of = dict(s.query(f"SELECT num, first FROM readings WHERE num IN ({marks})", [r[0] for r in ranked]))
            if filtered and seen >= STORY_SCAN:
                cur.close()
                return None
            seen += len(ranked)
            for num, score in ranked:
                first = first_of.get(num, num)
                if first in stories:
                    continue
                hit = num
                if filtered:  # which copy passes a filter does not depend on the words searched: kept
                    key = (num, cond, *params, entity, theme)
                    hit = copies.get(key, -1)
                    if hit == -1:
                        hit = copies[key] = self._first_copy(num, num != first, cond, params, allowed)
                        if len(copies) > FIRST_COPIES:
                            copies.clear()
                if hit is None:
                    continue
                stories.add(first)
                group = s.scalar("SELECT id FROM articles WHERE num = ?", (first,))
                r = s.execute(f"SELECT {cols} FROM articles a WHERE a.num = ?", (hit,)).fetchone()
                out.append((*r, group, score))
                if len(out) >= want:
                    break
        cur.close()
        return out

    def _first_copy(
        self, reading: int, variant: bool, cond: str, params: list[Any], allowed: AbstractSet[int] | None
    ) -> int | None:
        """The lowest-numbered article reading exactly as ``reading`` that passes the filters."""
        s = self.store
        if variant:
            sql = f"SELECT a.num FROM readings v JOIN articles a ON a.num = v.num WHERE v.reading = ?{cond} ORDER BY v.num"
            args = [reading, *params]
        else:  # a first article: itself and the copies of its group that are no other reading
            sql = (
                "SELECT a.num FROM articles a INDEXED BY articles_members WHERE a.dup_group = "
                f"(SELECT id FROM articles WHERE num = ?){cond} "
                "AND a.num NOT IN (SELECT num FROM readings WHERE first = ?) ORDER BY a.dup_group, a.num"
            )
            args = [reading, *params, reading]
        members = s.execute(sql, args)
        try:
            for (num,) in members:
                if allowed is None or num in allowed:
                    return int(num)
            return None
        finally:
            members.close()

    def _ranked_sqlite(self, expr: str, filters: SearchFilters, want: int, collapse: bool) -> list[tuple[Any, ...]]:
        """Best ``want`` matches (one per group if ``collapse``) in (score desc, num) order.

        FTS5 ranks its rowids alone (no join: joining 100k wide article rows is what costs),
        and the ranking is read in chunks; only rows of a chunk are looked up in ``articles``
        and checked against the filters, so a search stops as soon as it has enough hits.
        Entity and theme filters become a set of article numbers read from their indexes.
        """
        s = self.store
        allowed, where, params = self._candidates(*filters)
        if allowed is not None and not allowed:
            return []
        cond = "".join(f" AND {w}" for w in where)
        if allowed is None and where:  # only a broad day/outlet filter: one joined pass is cheaper
            return self._ranked_join(expr, cond, params, want, collapse)
        cols = "a.num, a.id, a.title, a.url, a.outlet, a.published, a.dup_group"
        cur = s.execute(
            "SELECT rowid, -rank FROM articles_fts WHERE articles_fts MATCH ? AND rank MATCH 'bm25(5.0, 1.0)' "
            "ORDER BY rank, rowid",
            (expr,),
        )
        out: list[tuple[Any, ...]] = []
        seen: set[str] = set()
        chunk = max(64, want * 4)
        while len(out) < want:
            ranked = cur.fetchmany(chunk)
            if not ranked:
                break
            chunk = min(chunk * 2, 4096)
            if allowed is not None:
                ranked = [r for r in ranked if r[0] in allowed]
                if not ranked:
                    continue
            score = dict(ranked)
            marks = ",".join("?" * len(score))
            found = {
                r[0]: r
                for r in s.query(f"SELECT {cols} FROM articles a WHERE a.num IN ({marks}){cond}", [*score, *params])
            }
            for num, sc in ranked:
                r = found.get(num)
                if r is None or (collapse and (r[6] in seen or seen.add(r[6]))):
                    continue
                out.append((*r, sc))
                if len(out) >= want:
                    break
        cur.close()
        return out

    def _ranked_join(self, expr: str, cond: str, params: list[Any], want: int, collapse: bool) -> list[tuple[Any, ...]]:
        """Best ``want`` matches (one per group if ``collapse``): rank every filtered match in one joined query."""
        s = self.store
        cols = "a.num, a.id, a.title, a.url, a.outlet, a.published, a.dup_group"
        if s.dialect == "sqlite":  # (the broad-filter case of _ranked_sqlite)
            match = (
                f"SELECT {cols}, -f.rank AS score FROM articles_fts f JOIN articles a ON a.num = f.rowid "
                f"WHERE articles_fts MATCH ? AND f.rank MATCH 'bm25(5.0, 1.0)'{cond}"
            )
        else:
            match = (
                f"SELECT {cols}, ts_rank_cd(a.tsv, q) AS score FROM articles a, websearch_to_tsquery('simple', ?) q "
                f"WHERE a.tsv @@ q{cond}"
            )
        k = max(200, want * 20)
        ranked = s.query(f"SELECT * FROM ({match}) m ORDER BY score DESC, num LIMIT ?", (expr, *params, k))
        rows = ranked
        if collapse:
            seen: set[str] = set()
            rows = [r for r in ranked if not (r[6] in seen or seen.add(r[6]))]
            if len(rows) < want and len(ranked) == k:  # many copies on top: collapse all matches in one pass
                rows = s.query(
                    f"SELECT num, id, title, url, outlet, published, dup_group, score FROM (SELECT m.*, ROW_NUMBER() "
                    f"OVER (PARTITION BY m.dup_group ORDER BY m.score DESC, m.num) AS rn FROM ({match}) m) c "
                    "WHERE rn = 1 ORDER BY score DESC, num LIMIT ?",
                    (expr, *params, want),
                )
        return rows

    def _snippet(self, num: int, expr: str, mark: tuple[str, str]) -> str:
        s = self.store
        if s.dialect == "sqlite":
            row = s.execute(
                "SELECT snippet(articles_fts, 1, ?, ?, '…', 24) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
                (mark[0], mark[1], expr, num),
            ).fetchone()
        else:
            opts = f'StartSel={_pg_opt(mark[0])}, StopSel={_pg_opt(mark[1])}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
            row = s.execute(
                "SELECT ts_headline('simple', body, websearch_to_tsquery('simple', ?), ?) FROM articles WHERE num = ?",
                (expr, opts, num),
            ).fetchone()
        return " ".join((row[0] or "").split()) if row else ""

    def quotes(
        self,
        speaker: str | None = None,
        *,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        limit: int = 50,
        collapse: bool = True,
    ) -> list[QuoteHit]:
        """Who said what: quotes by ``speaker`` (a name, folded; whole words match), newest first."""
        s = self.store
        where, params = self._filters(since, until, outlet, None, None)
        if speaker:
            norm = normalize_name(speaker)
            nums = self.entity_nums(speaker)
            conds = ["q.speaker_norm = ?", "(' ' || q.speaker_norm || ' ') LIKE ? ESCAPE '\\'"]
            params_sp: list[Any] = [norm, f"% {like_escape(norm)} %"]
            if nums:
                conds.append(f"q.speaker_entity IN ({','.join('?' * len(nums))})")
                params_sp.extend(nums)
            where.append("(" + " OR ".join(conds) + ")")
            params.extend(params_sp)
        if about:
            if s.dialect == "sqlite":
                expr = fts5_query(about)
                if expr is None:
                    return []
                where.append("q.num IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            else:
                expr = pg_query(about)
                if expr is None:
                    return []
                where.append("q.tsv @@ websearch_to_tsquery('simple', ?)")
            params.append(expr)
        cond = ("WHERE " + " AND ".join(where)) if where else ""
        cols = (
            "q.text, q.speaker, q.kind, q.cue, COALESCE(a.source_id, a.id) AS id, a.title, a.url, a.outlet, "
            "a.published, q.start_offset, q.end_offset"
        )
        if collapse:
            sql = (
                f"SELECT {_unqualify(cols)}, n FROM (SELECT {cols}, a.num AS anum, q.idx AS qidx, "
                "COUNT(*) OVER (PARTITION BY a.dup_group, q.text) AS n, "
                "ROW_NUMBER() OVER (PARTITION BY a.dup_group, q.text ORDER BY a.num) AS rn "
                f"FROM quotes q JOIN articles a ON a.num = q.article {cond}) x "
                "WHERE rn = 1 ORDER BY published DESC, anum, qidx LIMIT ?"
            )
        else:
            sql = f"SELECT {cols}, 1 FROM quotes q JOIN articles a ON a.num = q.article {cond} ORDER BY a.published DESC, a.num, q.idx LIMIT ?"
        rows = s.query(sql, [*params, int(limit)])
        return [_quote_hit(r) for r in rows]

    def entity(self, name: str, *, label: str | None = None, top: int = 10) -> EntityProfile | None:
        """Mentions over time, roles seen, co-occurring entities and top quotes of one entity.

        With identities (schema 4) the entity is found by any of its names and the profile
        covers them all, with the reasons they were merged, the tone of the articles that
        mention it and its stories."""
        s = self.store
        nums = self.entity_by_alias(name, label=label)
        if not nums:
            return None
        identity = False
        if s.stories:
            from warta.identity import members, root

            first = root(s, nums[0])
            group = members(s, first)
            identity = set(group) <= set(nums) and len(group) > 1
            if identity:
                nums = group
        marks = ",".join("?" * len(nums))
        ranked = s.query(
            f"SELECT e.num, e.name, e.label, COUNT(m.article), COALESCE(SUM(m.count), 0) FROM entities e "
            f"LEFT JOIN mentions m ON m.entity = e.num WHERE e.num IN ({marks}) "
            "GROUP BY e.num, e.name, e.label ORDER BY COUNT(m.article) DESC, e.num",
            nums,
        )
        if identity:  # the full name heads the profile; every name counts
            head = next((r for r in ranked if r[0] == first), ranked[0])
            ids = list(nums)
            n_art = int(s.scalar(f"SELECT COUNT(DISTINCT article) FROM mentions WHERE entity IN ({marks})", ids) or 0)
            n_ment = sum(int(r[4]) for r in ranked)
            num, ename, elabel = head[0], head[1], head[2]
            aliases = [r[1] for r in ranked if r[0] != num]
        else:
            num, ename, elabel, n_art, n_ment = ranked[0]
            ids = [num]
            aliases = []
        idm = ",".join("?" * len(ids))
        timeline = [
            (d, int(n))
            for d, n in s.query(
                "SELECT a.published, COUNT(DISTINCT a.num) FROM mentions m JOIN articles a ON a.num = m.article "
                f"WHERE m.entity IN ({idm}) AND a.published IS NOT NULL GROUP BY a.published ORDER BY a.published",
                ids,
            )
        ]
        roles = [
            (r, int(n))
            for r, n in s.query(
                f"SELECT role, COUNT(*) FROM mentions WHERE entity IN ({idm}) AND role IS NOT NULL AND role <> '' "
                "GROUP BY role ORDER BY COUNT(*) DESC, role LIMIT ?",
                (*ids, top),
            )
        ]
        co = [
            (n, lab, int(c))
            for n, lab, c in s.query(
                "SELECT e.name, e.label, COUNT(DISTINCT m1.article) AS c FROM mentions m1 "
                "JOIN mentions m2 ON m2.article = m1.article "
                f"JOIN entities e ON e.num = m2.entity WHERE m1.entity IN ({idm}) AND m2.entity NOT IN ({idm}) "
                "GROUP BY e.num, e.name, e.label ORDER BY c DESC, e.name LIMIT ?",
                (*ids, *ids, top),
            )
        ]
        qrows = s.query(
            "SELECT q.text, MIN(q.speaker), MIN(q.kind), MIN(q.cue), MIN(COALESCE(a.source_id, a.id)), MIN(a.title), "
            "MIN(a.url), MIN(a.outlet), MAX(a.published), MIN(q.start_offset), MIN(q.end_offset), COUNT(*) AS n "
            f"FROM quotes q JOIN articles a ON a.num = q.article WHERE q.speaker_entity IN ({idm}) "
            "GROUP BY q.text ORDER BY n DESC, MAX(a.published) DESC, LENGTH(q.text) DESC LIMIT ?",
            (*ids, top),
        )
        prof = EntityProfile(
            name=ename,
            label=elabel,
            articles=int(n_art),
            mentions=int(n_ment),
            first_seen=timeline[0][0] if timeline else None,
            last_seen=timeline[-1][0] if timeline else None,
            timeline=timeline,
            roles=roles,
            co_occurring=co,
            quotes=[_quote_hit(r) for r in qrows],
            other_matches=[] if identity else [(r[1], r[2], int(r[3])) for r in ranked[1:top]],
        )
        prof.aliases = aliases
        if s.stories:
            from warta.identity import links, roles_over_time, tone_toward
            from warta.stories.store import stories_of_entity

            prof.merges = links(s, num) if identity else []
            prof.role_history = roles_over_time(s, ids, top)
            prof.tone = tone_toward(s, ids)
            prof.stories = stories_of_entity(s, ids, limit=top)
        return prof

    def stats(self, *, top: int = 20) -> dict[str, Any]:
        """Counts: articles, duplicate groups, entities, quotes, errors; by outlet, day, theme."""
        s = self.store
        articles = int(s.scalar("SELECT COUNT(*) FROM articles") or 0)
        groups = int(s.scalar("SELECT COUNT(DISTINCT dup_group) FROM articles") or 0)
        return {
            "db": s.db,
            "backend": s.dialect,
            "articles": articles,
            "duplicate_groups": int(
                s.scalar(
                    "SELECT COUNT(*) FROM (SELECT dup_group FROM articles GROUP BY dup_group HAVING COUNT(*) > 1) g"
                )
                or 0
            ),
            "duplicates": articles - groups,
            "entities": int(s.scalar("SELECT COUNT(*) FROM entities") or 0),
            "quotes": int(s.scalar("SELECT COUNT(*) FROM quotes") or 0),
            "errors": int(s.scalar("SELECT COUNT(*) FROM errors") or 0),
            "first_day": s.scalar("SELECT MIN(published) FROM articles"),
            "last_day": s.scalar("SELECT MAX(published) FROM articles"),
            "by_outlet": [
                (o or "(unknown)", int(n))
                for o, n in s.query(
                    "SELECT outlet, COUNT(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?", (top,)
                )
            ],
            "by_day": [
                (d, int(n))
                for d, n in s.query(
                    "SELECT published, COUNT(*) FROM articles WHERE published IS NOT NULL GROUP BY published ORDER BY published"
                )
            ],
            "by_theme": [
                (t, int(n))
                for t, n in s.query(
                    "SELECT theme, COUNT(*) AS n FROM themes GROUP BY theme ORDER BY n DESC, theme LIMIT ?", (top,)
                )
            ],
            "schema_version": s.version(),
        }

    def errors(self, limit: int = 100) -> list[dict[str, Any]]:
        """Records that could not be stored: where from, why, when."""
        return [
            {"origin": o, "id": i, "reason": r, "at": t}
            for o, i, r, t in self.store.query(
                "SELECT origin, id, reason, at FROM errors ORDER BY at, origin LIMIT ?", (limit,)
            )
        ]

    def duplicates_of(self, article_id: str) -> list[str]:
        """Ids (each record's own id) of the articles in the same near-duplicate group (itself included)."""
        key = self.store.resolve_id(article_id)
        return [
            r[0]
            for r in self.store.query(
                "SELECT COALESCE(source_id, id) FROM articles WHERE dup_group = "
                "(SELECT dup_group FROM articles WHERE id = ?) ORDER BY num",
                (key,),
            )
        ]


def _unqualify(cols: str) -> str:
    """The column names of a select list as seen from outside a subquery (``x AS y`` → ``y``)."""
    out = []
    for c in re.split(r",\s*(?![^()]*\))", cols):  # commas outside brackets
        c = c.strip()
        out.append(c.rsplit(" AS ", 1)[1] if " AS " in c else c.split(".")[-1])
    return ", ".join(out)


def _quote_hit(r: tuple[Any, ...]) -> QuoteHit:
    return QuoteHit(
        text=r[0],
        speaker=r[1],
        kind=r[2],
        cue=r[3],
        article=r[4],
        title=r[5],
        url=r[6],
        outlet=r[7],
        published=r[8],
        start=r[9],
        end=r[10],
        copies=int(r[11]),
    )


def _pg_opt(s: str) -> str:
    return '"' + s.replace('"', "") + '"' if s else '""'
