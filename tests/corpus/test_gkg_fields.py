"""GKG export fields: a place without coordinates leaves them empty (never ``None``), and
V1.5TONE carries the tone layer's activity, self/group densities and word count."""

from warta.corpus.export import GKG_COLUMNS, gkg_row


def test_place_without_coordinates_and_full_tone() -> None:
    rec = {
        "url": "https://news.detik.com/x",
        "token_count": 120,
        "entities": [
            {
                "canonical": "Kampung Baru",
                "label": "LOC",
                "country": "ID",
                "geo": {"lat": None, "lon": None},
                "mentions": [{"text": "Kampung Baru", "start": 5, "end": 17}],
            },
            {
                "canonical": "Bekasi",
                "label": "LOC",
                "country": "ID",
                "geo": {"lat": -6.24, "lon": 106.99, "geonames_id": 1649378},
                "mentions": [{"text": "Bekasi", "start": 30, "end": 36}],
            },
        ],
        "tone": {
            "tone": 2.5,
            "positive": 4.0,
            "negative": 1.5,
            "polarity": 5.5,
            "activity": 12.25,
            "self_group": 1.75,
            "word_count": 100,
        },
    }
    row = dict(
        zip(
            GKG_COLUMNS,
            gkg_row({"record": rec, "published": "2025-10-21", "id": "a1", "outlet": "detik.com"}),
            strict=True,
        )
    )
    assert "None" not in row["V1LOCATIONS"] and "None" not in row["V2ENHANCEDLOCATIONS"]
    first, second = row["V1LOCATIONS"].split(";")
    assert first.split("#")[4:6] == ["", ""] and second.split("#")[4:6] == ["-6.24", "106.99"]
    assert row["V1.5TONE"] == "2.5,4,1.5,5.5,12.25,1.75,100"
