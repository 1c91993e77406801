"""A person's role as the article gives it (GUIDELINES: a title or a job, as written), one module
per concern. The tagger's title rules give `Title Name` its title while finding spans (``runs``);
``refine_roles`` (``article``), run by the entities layer once the entities are clustered, reads
what they miss: a post before a rank (`Humas Polres Labuhanbatu AKP Viktor Sibarani` → the post, not
`AKP`), a description set off by commas before or after the name (`Koordinator data ASDP cabang
Bakauheni, Ahsan Muhtar`, `Vika, petugas call center PT Jasa Marga,`, `Maman Sidikou, yang
merupakan pemimpin MONUSCO,`), and a relation that names another person (`staf ahli Anang, Aris`
is Aris's role, not Anang's).

- ``words``: the word lists and word tests every reader shares (roles.json, titles, ranks, verbs, relations)
- ``before``: the role written before a name (`Koordinator … ASDP, Ahsan`, a trade in lower case, a post before a rank)
- ``after``: the role written after a name (a description set off by commas, `selaku`/`sebagai`, `yang merupakan`)
- ``inside``: other people named inside a role (a list, the holder's body, a place)
- ``posts``: posts and bodies (``post_of``; numbered posts, posts with lists, a role noun before a body)
- ``relations``: roles that name another person (kinship, `pengacara X`, `-nya`, ties to no one)
- ``between``: a phrase set off between two names: whose it is
- ``anaphora``: a person named again without the name (`… ini`, epithets, pronouns, `menurut`, bare titles, `sang`)
- ``clauses``: roles a clause gives (`sebagai`, `menjabat`, `dijabat`, a column's writer line)
- ``counted``: roles shared by a counted or plural list of names, and a line-up's label
- ``article``: the article-wide pass ``refine_roles``, which runs all of the above
- ``runs``: role + organisation + name runs read while the tagger finds spans (``role_chunk``)
- ``posts_for``: posts that say what they are for with a lower-case `untuk`
- ``joins``: two or three trades joined into one role
- ``pairs``: a description shared by two or three names joined by `dan`
- ``variants``: a role shared with the same person's other spellings
- ``signatures``: the writer's line that closes a column (`Name.Post`)
"""

from __future__ import annotations

from warta.entities.roles.after import set_off, titled_after
from warta.entities.roles.article import refine_roles
from warta.entities.roles.posts import post_of

__all__ = ["post_of", "refine_roles", "set_off", "titled_after"]
