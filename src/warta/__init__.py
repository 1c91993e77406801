"""Warta reads Indonesian online news into structured, checkable knowledge.

>>> import warta
>>> art = warta.read("Jakarta - Presiden Prabowo Subianto mengatakan ...")
>>> art.to_dict()["dateline"]["place"]
'Jakarta'
"""

__version__ = "0.1.0"

from warta.document import Article  # noqa: E402
from warta.errors import InputError, WartaError  # noqa: E402
from warta.pipeline import read  # noqa: E402

__all__ = ["Article", "Corpus", "InputError", "WartaError", "__version__", "read"]


def __getattr__(name: str):
    """``warta.Corpus`` is loaded on first use: reading one article needs no store."""
    if name == "Corpus":
        from warta.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'warta' has no attribute {name!r}")
