"""Bad bodies sent to the endpoints that take articles: a clear 4xx, never a 500, and in a batch
for ``POST /api/articles`` every good record is stored while each bad one is reported with its
index and reason (the ground rule: bad records are reported and skipped, never fatal to a batch).

Runs the app in-process (FastAPI's TestClient) over an empty store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.corpus import Corpus  # noqa: E402
from warta.web import Settings, create_app  # noqa: E402

AUTH = {"authorization": "Bearer t", "content-type": "application/json"}
GOOD = {"id": "g1", "text": "Jakarta - Gubernur meresmikan taman kota baru di Cempaka Putih, Senin (3/11/2025)."}
GOOD2 = {"id": "g2", "text": "Bandung - Wali Kota meninjau banjir di Dayeuhkolot, Selasa (4/11/2025)."}
HUGE_NUMBER = b'{"text": "Jakarta - Harga beras naik.", "n": ' + b"9" * 5000 + b"}"


@pytest.fixture()
def client(tmp_path: Path):
    db = str(tmp_path / "api.db")
    Corpus(db).close()
    with TestClient(create_app(Settings(db=db, workers=1, token="t")), base_url="http://localhost") as c:
        c.db = db  # type: ignore[attr-defined]
        yield c


def _stored(db: str) -> set[str]:
    with Corpus(db, create=False) as c:
        return {r[0] for r in c.store.query("SELECT source_id FROM articles")}


def test_a_number_python_refuses_is_a_400(client: TestClient) -> None:
    for path, headers in (("/api/read", {"content-type": "application/json"}), ("/api/articles", AUTH)):
        r = client.post(path, content=HUGE_NUMBER, headers=headers)
        assert r.status_code == 400 and r.json()["error"].startswith("invalid JSON"), (path, r.text)


def test_a_lone_surrogate_in_a_field_is_repaired_not_a_500(client: TestClient) -> None:
    body = (
        b'[{"id": "\\ud800x", "text": "Jakarta - Harga cabai turun di pasar induk."}, '
        + json.dumps(GOOD).encode()
        + b"]"
    )
    r = client.post("/api/articles", content=body, headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["stored"] == 2 and _stored(client.db) == {"\ufffdx", "g1"}  # type: ignore[attr-defined]
    # and a bad record whose id holds one is reported, its error row written
    r = client.post(
        "/api/articles", content=b'[{"id": "\\udc00", "text": ""}, ' + json.dumps(GOOD2).encode() + b"]", headers=AUTH
    )
    assert r.status_code == 200 and r.json()["stored"] == 1 and r.json()["failed"] == 1, r.text


@pytest.mark.parametrize(
    "bad",
    [
        {"text": ""},
        None,
        5,
        "teks",
        [GOOD],
        {"text": 5},
        {"html": None},
        {"title": "tanpa isi"},
        {"text": ["x"], "url": 7},  # a url of the wrong type alone costs the url only (test_wrongly_typed_fields)
    ],
    ids=["empty-text", "null", "number", "string", "list", "numeric-text", "null-html", "no-text", "list-text"],
)
def test_one_bad_record_in_a_batch_is_reported_the_others_stored(client: TestClient, bad: object) -> None:
    r = client.post("/api/articles", content=json.dumps([GOOD, bad, GOOD2]), headers=AUTH)
    assert r.status_code == 200, r.text
    res = r.json()
    assert res["stored"] == 2 and res["failed"] == 1
    assert _stored(client.db) == {"g1", "g2"}  # type: ignore[attr-defined]
    (err,) = res["errors"]
    assert err["index"] == 1 and err["error"]
    assert res["ids"][1] is None or isinstance(res["ids"][1], str)
    assert res["ids"][0] and res["ids"][2]


def test_a_batch_of_only_bad_records_is_422_naming_each(client: TestClient) -> None:
    r = client.post("/api/articles", content=json.dumps([{"text": ""}, 5]), headers=AUTH)
    assert r.status_code == 422
    msg = r.json()["error"]
    assert (
        msg.startswith("[0] ")
        and "; [1] a record must be a JSON object, not a number" in msg
        and "'text' is empty" in msg
    )


def test_error_rows_of_two_requests_do_not_overwrite_each_other(client: TestClient) -> None:
    for _ in range(2):
        r = client.post("/api/articles", content=json.dumps([GOOD, {"text": 5}]), headers=AUTH)
        assert r.status_code == 200 and r.json()["failed"] == 1
    with Corpus(client.db, create=False) as c:  # type: ignore[attr-defined]
        assert c.store.scalar("SELECT COUNT(*) FROM errors") == 2


def test_bodies_that_are_not_records(client: TestClient) -> None:
    for body, ctype, status in [
        (b"", "application/json", 400),
        (b"text=abc", "application/x-www-form-urlencoded", 400),
        (b'{"text": "Jakarta \xff\xfe"}', "application/json", 400),
        (b"[]", "application/json", 400),
        (b"[" * 40 + b"]" * 40, "application/json", 400),
        (json.dumps([GOOD] * 101).encode(), "application/json", 400),
    ]:
        r = client.post("/api/articles", content=body, headers={**AUTH, "content-type": ctype})
        assert r.status_code == status, (body[:30], r.text)
        assert r.json()["error"]


@pytest.mark.parametrize(
    ("body", "ctype", "status", "said"),
    [
        ("kafé".encode("latin-1"), "text/plain; charset=iso-8859-1", 200, "kafé"),
        ("kafé".encode("utf-16"), "text/plain", 200, "kafé"),
        ("kafé".encode("latin-1"), "text/plain", 400, "body is not UTF-8"),
        (b"kafe", "text/plain; charset=bogus", 400, "unknown charset"),
    ],
)
def test_a_text_body_is_read_in_its_charset(client, body: bytes, ctype: str, status: int, said: str) -> None:
    text = b"Jakarta - Gubernur meninjau " + body + b" di Kampung Melayu, Rabu (22/10/2025)."
    if body.startswith(b"\xff\xfe"):
        text = "Jakarta - Gubernur meninjau kafé di Kampung Melayu, Rabu (22/10/2025).".encode("utf-16")
    r = client.post("/api/read", content=text, headers={"content-type": ctype})
    assert r.status_code == status, r.text
    assert said in (r.json().get("error") or r.json()["body"])


def test_a_form_upload_is_refused_saying_how_to_send_the_file(client: TestClient) -> None:
    """``curl -F file=@berita.txt`` sends a multipart form: its envelope (boundary lines,
    Content-Disposition) was read as the article's first lines, so the dateline was lost and the
    body carried the form's headers, with a 200."""
    text = GOOD["text"]
    b = "----batas7MA4YWxk"
    form = (
        f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="berita.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n{text}\r\n--{b}--\r\n"
    ).encode()
    r = client.post("/api/read", content=form, headers={"content-type": f"multipart/form-data; boundary={b}"})
    assert r.status_code == 415, r.text
    assert "--data-binary" in r.json()["error"]
    assert client.post("/api/read", content=text.encode(), headers={"content-type": "text/plain"}).status_code == 200


def test_a_form_encoded_body_is_refused_saying_how_to_send_the_file(client: TestClient) -> None:
    """A browser form (``text=Jakarta+-+Gubernur%2C…``) or ``curl -d @berita.txt`` (which also drops
    the file's line breaks) is sent form-urlencoded: it was read as plain text with a 200, so the
    article was ``text=Jakarta+-+…`` with its plus signs and percent escapes. It is a 415 saying how
    to send the article, as a multipart upload is (ab77fa7)."""
    from urllib.parse import urlencode

    text = GOOD["text"]
    for body in (urlencode({"text": text}).encode(), text.replace("\n", "").encode()):
        for ctype in ("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"):
            r = client.post("/api/read", content=body, headers={"content-type": ctype})
            assert r.status_code == 415, r.text
            assert "--data-binary" in r.json()["error"] and "form" in r.json()["error"]


def test_records_naming_one_article_two_ways_are_said_in_the_answer(client: TestClient) -> None:
    """Same page URL with another text: refused, in `errors`; an own id already another article's:
    stored under its corpus id, in `reused_ids`, and /api/articles/{own id} stays the first one."""
    url = "https://news.example.co.id/berita/d-9/banjir"
    sent = [
        {"id": "b1", "url": url, "text": GOOD["text"]},
        {"id": "b2", "url": url, "text": GOOD2["text"]},
        {"id": "b1", "url": url + "-2", "text": GOOD2["text"]},
    ]
    r = client.post("/api/articles", content=json.dumps(sent), headers=AUTH)
    assert r.status_code == 200, r.text
    res = r.json()
    assert (res["stored"], res["failed"]) == (2, 1)
    assert [e["index"] for e in res["errors"]] == [1] and "another text" in res["errors"][0]["error"]
    (note,) = res["reused_ids"]
    assert note["index"] == 2 and "'b1'" in note["note"]
    assert client.get("/api/articles/b1").json()["url"] == url
    assert client.get("/api/articles/" + res["ids"][2]).json()["url"] == url + "-2"


def test_a_field_of_the_wrong_type_is_said_in_the_answer(client: TestClient) -> None:
    """An id given as a list cannot be kept: the record is stored under its corpus id, and the
    answer says so at the record's index (before, only the stored record's warnings did)."""
    sent = [GOOD, {**GOOD2, "id": ["g", 2]}]
    r = client.post("/api/articles", content=json.dumps(sent), headers=AUTH)
    assert r.status_code == 200, r.text
    res = r.json()
    assert res["stored"] == 2
    (note,) = res["ignored_fields"]
    assert note["index"] == 1 and "'id' is a list" in note["note"]
