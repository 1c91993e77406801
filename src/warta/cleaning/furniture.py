"""Recognise page-furniture lines (ads, read-more prompts, credits, sign-offs, share bars)
by their shape, so that no outlet's exact strings need to be listed."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# a wire's desk code (ANTARA): a letter and a dot, the reporter's code, a slash, the editor's code;
# codes carry digits, which no word of a sentence in brackets does
_DESK_CODE = r"[\(\[]\s*[A-Za-z]{1,2}\.\s*[A-Za-z]{1,4}(?:-[A-Za-z]{1,4})?\d{0,4}\s*/\s*[A-Za-z]{1,4}\d{2,4}\s*[\)\]]"
_ONE_DESK_CODE = r"[\(\[]\s*[A-Za-z]\.\s*[A-Za-z]{1,4}(?:-[A-Za-z]{2,4}|\d{2,4})\s*[\)\]]"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str] | list[str]]:
    raw = json.loads(resources.files("warta.cleaning").joinpath("data/furniture.json").read_text("utf-8"))
    sets = {"standalone", "taglines", "related_heads"}
    return {k: frozenset(v) if k in sets else v for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lists = _lists()

    def alt(words: list[str] | frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        # "Baca juga: …", "Simak Video '…':", "Tonton juga video "…" di …", "Saksikan Live DetikPagi :"
        "prompt": re.compile(
            rf"^['\"‘“]?[\[\(]?\s*(?:{alt(lists['prompt_verbs'])})\b[\s:,-]*(?:\w+\s+){{0,3}}?(?:{alt(lists['prompt_objects'])})",
            re.I,
        ),
        # "Editor: …", "(Foto: dok. X)", "Foto: Ilustrasi (iStock)"
        "credit": re.compile(rf"^[\[\(]?\s*(?:{alt(lists['credit_labels'])})\s*(?::|/|\|)", re.I),
        # "(ant)", "(mdk/rnd)", "(rdp/imk)", "(ant/kid)", "[kid/kid]"
        "signoff": re.compile(r"^[\(\[]\s*[a-z]{2,12}(?:\s*[/|,]\s*[a-z]{2,10}){0,3}\s*[\)\]]$", re.I),
        # "(T.K010/R010)", "(T.KR-ADW/H013)", "(U.M038/B002)": a wire's desk code, reporter then editor
        # a line of its own may carry one code only: "(T.B016)", "(T.KR-DBP)"
        "desk_code": re.compile(rf"^(?:{_DESK_CODE}|{_ONE_DESK_CODE})$", re.I),
        # "Halaman 2", "Halaman 2 dari 3", "Page 1 of 2"
        "pagination": re.compile(
            r"^(?:halaman|hal\.?|page)\s*(?:\d+(?:\s*(?:dari|of|/)\s*\d+)?|:\s*\d+(?:\s+\d+)*)$", re.I
        ),
        # "Kompas.com - 12/03/2024, 10:00 WIB", "Senin, 20 Okt 2025 10:30 WIB",
        # "Antara, Jurnalis · Minggu 17 September 2017 14:05 WIB" (a byline before the stamp)
        # "Rabu, 22 Oktober 2025 | 14:30 WIB", "Senin, 20 Oktober 2025 - 14:30 WIB", "22 Okt 2025 14:30 WIB ·
        # waktu baca 3 menit": a stamp with other separators or a reading time after it
        "timestamp": re.compile(
            r"^(?:[\w.]+\.(?:com|co|id)\s*[-–—]\s*|[^·|\n]{1,60}[·|]\s*)?(?:\w+,?\s+)?\d{1,2}[/ ]\w{1,9}[/ ]\d{2,4}"
            r"(?:\s*[,|·–—-]\s*|\s+)\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?(?:\s*[·|]\s*[^·|]{1,30})?$",
            re.I,
        ),
        # "Diperbarui: 22 Oktober 2025", "Published: Rabu, 22/10/2025 14:30 WIB": a labelled stamp
        "labelled_stamp": re.compile(
            r"^(?:diterbitkan|dipublikasikan|diperbarui|diunggah|tayang|terbit|published|updated)\s*:?\s*"
            r"(?:\w+,?\s+)?\d{1,2}[/ ]\w{1,9}[/ ]\d{2,4}(?:[, |-]+\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?$",
            re.I,
        ),
        # "Selasa, 22 Agustus 2017", "Jum'at, 25 Agustus 2017 10:15 WIB - Dibaca 1.234 kali", "Oleh Budi pada
        # 22 Agustus 2017 10:15", "2017-08-22 10:15:00", "Senin, 21 Agustus 2017 / 10:15 WIB | Editor: Ani":
        # a line that is the page's own date stamp and nothing else (no word of a sentence)
        "stamp": re.compile(
            rf"^(?:(?:{alt(lists['stamp_labels'])})\s*:?\s*[^|·\n]{{1,50}}?\s*(?:pada|[|·/–—-])\s*)?"
            rf"(?:(?:{alt(lists['stamp_prefixes'])})\s*:?\s*)?(?:(?:{alt(lists['stamp_weekdays'])})\.?,?\s+)?"
            rf"(?:\d{{1,2}}\s+(?:{alt(lists['stamp_months'])})\.?,?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}"
            rf"|\d{{4}}-\d{{2}}-\d{{2}})"
            rf"(?:\s*[,|·/–—-]?\s*(?:(?:pukul|pkl\.?|jam)\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*(?:wib|wita|wit|gmt))?)?"
            rf"(?:\s*[|·/–—-]?\s*(?:\(?(?:{alt(lists['stamp_tails'])})\)?|dibaca\s+[\d.,]+\s*kali"
            rf"|(?:waktu\s+baca\s+)?\d{{1,2}}\s+menit(?:\s+(?:baca|membaca))?"
            rf"|(?:{alt(lists['stamp_labels'])})\s*:\s*[^|·\n]{{1,40}}))*$",
            re.I,
        ),
        # "Laporan Wartawan Tribunnews.com, X", "Laporan reporter Kompas TV X"
        "byline": re.compile(r"^laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\b", re.I),
        # "COPYRIGHT © ANTARA 2017", "© 2024 Kompas.com", "Hak cipta © …"
        "copyright": re.compile(r"^(?:(?:copyright|hak cipta)\s*(?:©|\(c\))|©)", re.I),
        # "Baca: <judul lain>", "Lihat: …" (a read-more prompt with the other story's title)
        "prompt_title": re.compile(r"^[\[\(]?\s*(?:baca|lihat|simak|tonton)\s*:\s*\S", re.I),
        # "Barang bukti senjata api rakitan. (Foto: Dok. Polda Lampung)": a caption ending in its credit
        "caption_credit": re.compile(r"\((?:foto|dok|ilustrasi|sumber foto)\s*[:.]\s*[^()]{2,80}\)$", re.I),
        # "Juru Bicara KPK Budi. (CNN Indonesia/Dok)", "… Donal. [Suara.com/Dok]": a caption ending in
        # an outlet's file-photo credit in brackets
        "caption_file": re.compile(
            r"[.!]\s*[\(\[]\s*[A-Z][^()\[\]/]{1,39}/\s*(?i:dok|dok\.|dokumentasi|arsip|file|ist|istimewa)\s*[\)\]]$"
        ),
        # "Artikel ini telah tayang di …", "Dapatkan update berita pilihan … setiap hari dari …"
        # "Presiden Bank Dunia Jim Yong Kim. (REUTERS/Yuri Gripas)", "Banjir di Kemang. (ANTARA FOTO/Aditya
        # Pradana Putra)": a caption ending in an agency's or outlet's credit and the photographer's name
        "caption_photographer": re.compile(
            r"[.!]\s*[\(\[]\s*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s*/\s*"
            r"[A-Z][\w'.-]+(?:\s(?:[A-Z][\w'.-]*|bin|binti|de|van)){1,4}\s*[\)\]]$"
        ),
        # "Kapolri Tito Karnavian. (merdeka.com/imam buhori)", "Suasana sidang (Tribunnews.com/Irwan Rismawan)",
        # "KOMPAS.com/DENDI RAMDHANI": an outlet's domain and a photographer, closing a caption or alone
        "caption_domain": re.compile(
            r"(?:^|[\(\[])\s*[A-Za-z][\w-]*\.(?i:com|co\.id|id|net)\s*/\s*[A-Za-z][\w'.-]+(?:\s[A-Za-z][\w'.-]*){0,4}"
            r"\s*(?:[\)\]]|$)$"
        ),
        # "Tersangka digiring polisi. (Istimewa)": a caption closed by a photo source that is no wire
        "caption_source": re.compile(
            r"[.!]\s*[\(\[]\s*(?i:istimewa|ist|dok|dok\.|dokumentasi|ilustrasi|net|internet|shutterstock|freepik|"
            r"istock|getty images|pixabay|unsplash|tangkapan layar|screenshot)\s*[\)\]]$"
        ),
        # "… polisi. Foto: Antara/Aditya", "Anies Baswedan. ©2017 Merdeka.com/Arie Basuki": a caption whose
        # credit follows it on the same line
        "caption_label": re.compile(
            r"[.!]\s*(?:(?i:foto|dok|sumber foto)\s*:\s*[^.:]{2,60}|©\s*\d{4}\s+[\w.-]+(?:\s*/\s*[\w .'-]{2,40})?)$"
        ),
        # "Saksikan pembahasan lengkapnya hanya di program detikPagi edisi Kamis …": a promotion of the
        # outlet's own programme, however long
        "programme": re.compile(
            r"^(?:saksikan|tonton|simak|nikmati|ikuti)\b[^.]{0,80}?\b(?:program|tayangan|siaran|acara)\s+(?:detik|kompas|cnn|"
            r"tribun|liputan6|metro|sindo|inews)\w*",
            re.I,
        ),
        # "Laporan khusus Sidang Tahunan MPR RI … didukung oleh Telkom Indonesia.": a sponsor's credit
        # (the feature's own name follows, capitalised; a story sentence says `Laporan khusus itu …`)
        "sponsor": re.compile(
            r"^(?i:laporan|liputan|rubrik|konten) (?i:khusus|spesial) [A-Z0-9].{0,160}?\b"
            r"(?i:didukung|dipersembahkan|disponsori)\s+oleh\s+[^.]{2,60}\.?$"
        ),
        "syndication": re.compile(
            r"^(?:artikel ini (?:telah )?(?:tayang|terbit|dipublikasikan)|dapatkan (?:update|berita|informasi)|"
            r"(?:gabung|bergabung|mari bergabung) (?:di|ke|dengan)|ikuti (?:terus )?(?:ulasan|berita|kami|update)|"
            r"cek berita dan artikel|klik (?:di )?(?:sini|link)|sumber\s*:\s*\w+\.(?:com|co\.id|id)$)",
            re.I,
        ),
        # "Saksikan pembahasan lengkapnya hanya di program detikPagi edisi Kamis (12/06/2025). Nikmati
        # terus …": an outlet's own show promoted in a paragraph of any length
        "show_promo": re.compile(
            rf"^[\[\(]?\s*(?:{alt(lists['prompt_verbs'])})\b[^.!?\n]{{0,120}}?\b(?:program|tayangan|siaran)\s+"
            rf"(?:{alt(lists['taglines'])})",
            re.I,
        ),
        "photo_caption": re.compile(
            r"^(?:foto|ilustrasi|dok\.?|gambar)\b.{0,160}\((?:foto|dok|istock|getty|shutterstock|freepik|ist|istimewa|"
            r"ap|afp|reuters|antara|detik|kompas|tangkapan layar|screenshot)[^)]*\)$",
            re.I,
        ),
    }


def _fold(line: str) -> str:
    return " ".join(line.strip().strip('"').lower().split())


def furniture_reason(line: str) -> str | None:
    """Why ``line`` (normalised, stripped) is page furniture, or None if it is story text."""
    if not line:
        return None
    lists = _lists()
    folded = _fold(line)
    bare = folded.rstrip(" :.!|»>")
    if bare in lists["standalone"] or folded in lists["standalone"]:
        return "ad" if "advert" in bare or "scroll" in bare or bare in {"iklan", "ads", "ad"} else "standalone"
    if bare in lists["taglines"] or folded in lists["taglines"]:
        return "tagline"
    if "scroll to" in folded and len(folded) < 60:
        return "ad"
    words = _WORD.findall(folded)
    n = len(words)
    if not n and len(folded) >= 3:  # "-------", "***", "* * *": a rule drawn across the page
        return "separator"
    pats = _patterns()
    if pats["signoff"].match(folded) or pats["desk_code"].match(folded):
        return "signoff"
    if pats["pagination"].match(folded) or pats["timestamp"].match(folded) or pats["labelled_stamp"].match(folded):
        return "pagination"
    if n <= 16 and pats["stamp"].match(folded):
        return "pagination"
    if n <= 40 and pats["prompt"].match(line.strip()):
        return "prompt"
    if pats["show_promo"].match(line.strip()):
        return "prompt"
    if n <= 25 and pats["syndication"].match(folded):
        return "prompt"
    if n <= 120 and pats["programme"].match(folded):
        return "prompt"
    if n <= 30 and pats["sponsor"].match(line.strip()):
        return "credit"
    if n <= 14 and pats["credit"].match(folded):
        return "credit"
    if n <= 14 and (pats["byline"].match(folded) or pats["copyright"].match(folded)):
        return "credit"
    if n <= 25 and pats["prompt_title"].match(folded):
        return "prompt"
    if n <= 30:
        caption = _caption_reason(line.strip().strip('"'), folded, n, pats)
        if caption:
            return caption
    if n and n <= 8 and all(w in lists["share_words"] for w in words) and n >= 2:
        return "share"
    if n <= 10 and line.strip().startswith('"') and words and words[0].startswith("detik") and '," ' not in line:
        return "tagline"
    return None


def _caption_reason(bare: str, folded: str, n: int, pats: dict[str, re.Pattern[str]]) -> str | None:
    """``credit`` for a photo caption ending in its credit (a line of at most 30 words). Each
    shape needs a bracket, a slash or a credit word at its end, so a line of story text is let go
    after a few character tests."""
    closed = bare[-1:] in ")]"
    if closed and (
        pats["caption_credit"].search(folded)  # (Foto: …)
        # the outlet's capital tells a credit from an editor's sign-off in lower case (`… (ant/dok)`)
        or pats["caption_file"].search(bare)
        # a photographer's name in the credit: a caption, however short (a wire's sign-off has no name)
        or pats["caption_photographer"].search(bare)
        or (n <= 20 and pats["caption_source"].search(bare))
    ):
        return "credit"
    if "/" in bare and pats["caption_domain"].search(bare):
        return "credit"
    if (":" in bare or "©" in bare) and pats["caption_label"].search(bare):
        return "credit"
    if closed and pats["photo_caption"].match(folded):
        return "credit"
    return None


def related_head(line: str) -> bool:
    """``Baca juga:`` standing alone: the lines under it are titles of other stories."""
    return _fold(line).rstrip(" :.!|»>") in _lists()["related_heads"]


# `(ant)`, `[rnd]`, `(taryani/sir)`, `(Antara)`, `(Antara/Reuters)`, `(Yendhi)`: initials, a reporter's
# name or a wire after the last sentence of a paragraph
_TRAILING_SIGNOFF = re.compile(
    r"\s*[\(\[]\s*[A-Za-z][a-z]{1,9}(?:\s*[/|,]\s*[A-Za-z][a-z]{1,9}){0,3}\s*[\)\]]\s*$"
    r"|\s*[\(\[]\s*[A-Z]{2,8}(?:\s*[/|,]\s*[A-Za-z]{2,10}){0,3}\s*[\)\]]\s*$"
    rf"|\s*{_DESK_CODE}\s*$"
)


def trailing_signoff(line: str) -> int | None:
    """Length of a sign-off such as ``(ant)`` or ``(mdk/rnd)`` that closes a paragraph, if any."""
    tail = line.rstrip()
    if tail[-1:] not in ")]":
        return None
    cut = max(tail.rfind("("), tail.rfind("["))
    if cut <= 0 or len(tail) - cut > 48:
        return None
    m = _TRAILING_SIGNOFF.search(line, max(0, cut - 4))
    if m and m.start() > 0 and line[: m.start()].rstrip()[-1:] in ".!?\"'":
        return len(line) - m.start()
    return None
