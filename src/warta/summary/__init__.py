"""Layer 'summary' (being built)."""

from warta.document import Article


def annotate(article: Article) -> None:
    """Add this layer to the article (placeholder until the layer lands)."""
