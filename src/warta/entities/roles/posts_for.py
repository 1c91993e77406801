"""Posts that name what they are for with a lower-case `untuk`, right before the name with no
comma: `Duta Besar Indonesia untuk Arab Saudi Agus Maftuh`, `Dubes RI untuk Jepang Heri Akhmadi`.
The title run stops at the lower-case word, so the name is read alone and its post here."""

from __future__ import annotations

import re

# capitalised words (a short form in brackets, an inner `dan` allowed), `untuk`, capitalised words,
# then the name: the match ends right where the name starts
_POST_FOR = re.compile(
    r"(?P<post>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|\([A-Z][\w.&-]*\)|dan)){0,8}"
    r" untuk [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|dan)){0,4}) $"
)
_REACH = 160  # a post of a dozen words before the name


def post_for(norm: str, start: int, line_start: int, heads: frozenset[str]) -> tuple[str, int] | None:
    """The post with its `untuk …` ending right before the name at ``start``, from its first head
    word (a title or a role noun: ``heads``) on (`Duta Besar … untuk …`, `Utusan Khusus PBB untuk
    Suriah`), and where it starts; None when no head opens it."""
    lo = max(line_start, start - _REACH)
    m = _POST_FOR.search(norm, lo, start)
    if m is None or m.end() != start:
        return None
    post, at = m.group("post"), m.start("post")
    words = post.split(" ")
    opens = post.index(" untuk ")
    offset = 0
    for w in words:
        if offset >= opens:
            return None  # no title before `untuk`: a body's or a place's name, not a post
        if w.lower().strip(".") in heads:
            return post[offset:], at + offset
        offset += len(w) + 1
    return None
