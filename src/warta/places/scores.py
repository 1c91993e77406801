"""How a gazetteer candidate is weighed: the home country, the score of each kind of place, the
population and context bonuses, the margins and name-look thresholds a reading must clear."""

from __future__ import annotations

from warta.places.gazetteer import Place

HOME = "ID"  # Warta reads Indonesian news: an unqualified place is more likely Indonesian


# Scores by kind of place; cities add up to 2 for population (10 million → +2).
BASE = {
    "country": 3.0,
    "admin1": 2.6,
    "admin2": 2.4,
    "region": 2.3,
    "island": 2.3,
    "continent": 2.3,
    "district": 1.9,
    "site": 2.0,
    "city": 1.0,
}
FOREIGN_ADMIN1 = 2.0  # first-level units abroad (states, provinces): above towns, below countries
# … and one of a populous country's few units (a US state, a Canadian province: a million people
# or more on average) above a same-named town of another country (Virginia, South Africa)
LARGE_ADMIN1 = 1_000_000
LARGE_ADMIN1_BONUS = 0.6
CONTEXT_COUNTRY = 2.5  # the candidate lies in a country the article is about
SMALL_TOWN = 15_000  # a smaller GeoNames place gets no context bonus against a prominent reading
PROMINENT_CITY = 100_000
WORLD_CITY = 1_000_000
# a foreign city named first before a site's words only (`Las Vegas Strip`): a city this large
LEAD_CITY = 250_000
CONTEXT_PROVINCE = 1.0  # the candidate lies in a province named elsewhere in the article
HOME_PRIOR = 0.6
HINT_MATCH = 0.8  # 'Kabupaten X' prefers admin2, 'Provinsi X' admin1 …
MIN_MARGIN = 0.15  # best minus best-in-another-country below this: unresolved
# what the name looks like (warta.places.looks) for a name no list knows: below this a town
# abroad, at or above the other an Indonesian place (held-out names: 93% / 85% right at 0.5)
FOREIGN_LOOKING = 0.1
INDONESIAN_LOOKING = 0.97
LOCAL_LOOKING = 0.8  # a small town abroad named in a story at home that reads this Indonesian is local
WEAK_CONFIDENCE = 0.7  # a place known only by a name list (a village, a kecamatan): no population, no coordinates


def is_small_town(p: Place) -> bool:
    return p.feature == "city" and p.population < SMALL_TOWN


def overshadowed(p: Place, found: list[tuple[Place, float]]) -> bool:
    """True when a reading of the name in another country is far better known than ``p``: a town
    beside a country, a village beside a state or city, a town beside a world city twenty times
    its size."""
    if p.feature != "city":
        return False
    for q, _c in found:
        if q is p or q.country == p.country:
            continue  # within one country the province context decides ('Depok')
        if q.feature in ("country", "continent"):
            return True  # towns named after countries: Venezuela (Cuba), Jordan (Hong Kong)
        if is_small_town(p) and (q.feature == "admin1" or q.population >= PROMINENT_CITY):
            return True
        if q.feature == "city" and q.population >= WORLD_CITY and p.population * 20 < q.population:
            return True
    return False


def kind_score(p: Place) -> float:
    """What the kind of place is worth before population and context: a first-level unit abroad
    ranks below one at home, a large one (by its country's mean) above a town of some size."""
    if p.feature == "admin1" and p.country != HOME:
        return FOREIGN_ADMIN1 + (LARGE_ADMIN1_BONUS if p.population >= LARGE_ADMIN1 else 0.0)
    return BASE.get(p.feature, 1.0)
