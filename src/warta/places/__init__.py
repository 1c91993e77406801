"""Layer 'places': geocode each LOC entity — country, province, coordinates, GeoNames id.

For every entity labelled LOC, sets ``entity.country`` (ISO 3166-1 alpha-2) and ``entity.geo``::

    {"lat", "lon", "geonames_id", "province", "province_code", "feature", "name",
     "confidence", "method", "within"?}

``feature`` is what the place is (country, admin1 = province, admin2 = kota/kabupaten, city,
district, village, region, island, continent, site, area); ``name`` is the gazetteer's name;
``method`` says how it was found: ``gazetteer`` (the name itself), ``country-only`` (the name is
known but several places in one country share it), ``address`` (the place named after it:
``Hotel X, Jakarta Selatan``), ``contains`` (a known place inside the name: ``Timur Jauh Rusia``),
``admin-word`` (``Kabupaten X``, ``Desa Y``), ``name-list`` (a village, kecamatan or small town
known only from the DBpedia name list, taken when the story's places agree with its country),
``article-country`` (a named site, or a name no list knows, in a story
whose country is clear; not for a foreign-looking name at home, see :mod:`warta.places.looks`),
``listed-country`` (a country's form only the entities layer's list knows, `Republik Ceska`),
``name-look`` (a name no list knows that reads Indonesian, in a story Indonesia leads),
``home-default`` (an Indonesian-named site in a story with no place abroad),
``towns-abroad`` (a site no list knows in a story whose towns and sites all lie in one country
abroad), ``body-country`` (a
venue or unknown name in a story that names no place with a country: the one country closing its
bodies' names, `Liga Inggris`). A name two countries share alike (`Maryland`) takes the country
the entities layer gave it.
A country's point is its capital. A place that cannot be resolved with confidence keeps
``country`` None and ``geo`` None; a region that spans countries (``Timur Tengah``) has a geo but
no country. A district or regency closing a longer name (``Lapas Arga Makmur Kabupaten Bengkulu
Utara``) is added as a LOC entity of its own first (:mod:`warta.places.embedded`), and so are
a kecamatan or village named next in an address (``di Desa Beberan, Ciruas``), a street named by
its ordinal (``7th Avenue``; both :mod:`warta.places.address`) and a sure town named after a word
that says where (``warga Jenin``, ``jalur Nagreg``) and any name after a lower-case site head
(``jembatan layang Karang Sawah``, ``pedesaan Borgial``; both :mod:`warta.places.cued`), and a place closing
an item of a numbered list whose line breaks were lost (``Sumatera Utara3.``; :mod:`warta.places.listed`).
Two places joined by a hyphen (``Jatiwaringin-Pondok Gede``) are split, and the dateline's place
held by a person or a body is a place again (:mod:`warta.places.pairs`), and so is a named pondok
pesantren (:mod:`warta.places.dwellings`). (A country or town opening a tournament's name,
``Prancis Terbuka``, is no place: the entities layer drops it, ``products.drop_event_places``; and a
name no list knows that reads as an event's, ``Piala Sudirman``, ``Golden Globe Awards``, is no
place either: :mod:`warta.places.events_named`; nor is a LOC that no list knows and nothing in
the text places, a player in a line-up or a product: :mod:`warta.places.unplaced`.) The gazetteer
(about 1.8 MB gzip, see ``scripts/build_places.py``) loads on first use (about 0.35 s).
"""

from __future__ import annotations

from warta.document import Article
from warta.places import gazetteer
from warta.places.address import add_address_places, add_ordinal_streets
from warta.places.cued import add_cued_places, add_dashed_places, add_headed_places
from warta.places.dwellings import claim_dwellings
from warta.places.embedded import add_embedded_places, extend_directional
from warta.places.events_named import drop_event_names
from warta.places.listed import add_listed_places
from warta.places.pairs import claim_dateline_place, has_place_pair, split_place_pairs
from warta.places.people import claim_country_bodies, claim_people_places
from warta.places.resolve import ArticlePlaces
from warta.places.unplaced import settle_unplaced


def annotate(article: Article) -> None:
    """Geocode the article's LOC entities in place (needs the entities layer)."""
    if not any(e.label in ("LOC", "ORG") for e in article.entities) and not has_place_pair(article.norm):
        return
    gaz = gazetteer.get()
    drop_event_names(article, gaz)
    add_listed_places(article, gaz)
    extend_directional(article, gaz)
    add_embedded_places(article, gaz)
    add_address_places(article, gaz)
    add_ordinal_streets(article)
    add_cued_places(article, gaz)
    add_headed_places(article, gaz)
    add_dashed_places(article, gaz)
    claim_dateline_place(article, gaz)
    claim_people_places(article, gaz)
    claim_country_bodies(article)
    claim_dwellings(article)
    split_place_pairs(article, gaz)
    resolver = ArticlePlaces(article, gaz)
    readings = resolver.run()
    dropped = settle_unplaced(article, gaz, readings, resolver)
    for i, e in enumerate(article.entities):
        if e.label != "LOC":
            continue
        r = readings.get(i)
        if r is None or (r.country is None and r.place is None):
            e.country, e.geo = None, None
            continue
        e.country = r.country
        e.geo = r.geo(gaz)
    if dropped:
        article.entities = [e for i, e in enumerate(article.entities) if i not in dropped]


__all__ = ["annotate"]
