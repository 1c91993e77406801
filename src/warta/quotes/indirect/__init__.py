"""Indirect quotes: reported content introduced by a verb or marker of saying.

Shapes, tried in this order on each sentence (outside direct quotes and their attributions):
``Dikutip dari X, …`` (X is source and medium), ``Menurut X, …`` / ``…menurutnya …``,
``X mengatakan (bahwa) …``, ``…, terang X, …`` / ``…, disebutkan X, …``, ``…, kata X.``,
``…, demikian kata/disampaikan/pernyataan X.`` and ``…, demikian BMKG.``.
The text is the reported content only. A verb followed by a topic (``menjelaskan soal modus``)
or by something that is not a clause is not a quote.

Where each job lives: :mod:`.scan` reads the article segment by segment (:func:`find`);
:mod:`.according` holds the source before the statement (`Menurut X, …`, `Dikutip dari X`, a
di- verb opening the sentence), :mod:`.active` the subject's verb of saying then the statement,
:mod:`.closing` the attribution inside or after it (`…, kata X.`, `…, demikian BMKG.`);
:mod:`.start` finds where the statement starts after its cue, :mod:`.clause` whether what follows
is a clause and not a topic (:func:`reported_clause`), :mod:`.stance` the stance nouns that hand
on `bahwa`, :mod:`.not_statements` the guards that say a cue introduces no statement, and
:mod:`.statement_end` where a statement ends (its run-on); :mod:`.words` holds the lists.
"""

from warta.quotes.indirect.clause import reported_clause
from warta.quotes.indirect.scan import find

__all__ = ["find", "reported_clause"]
