// The analyst's page. Article text and everything from the corpus is untrusted: it is only ever
// set with textContent / setAttribute on elements made here, never parsed as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, text, cls, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

function svg(tag, attrs) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

async function api(path, opts) {
  const res = await fetch(path, opts);
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (!res.ok) throw new Error((data && data.error) || res.statusText);
  return data;
}

// a failed request said in a view's status line
function showError(status, err) {
  status.textContent = String(err.message || err);
  status.className = "err";
}

// a view that lists what `path` answers for its form's filled-in fields, counted in its status line;
// the answer's `notice` (what the list cannot show, e.g. articles stored before events) goes in
// the view's `-notice` line, as text
function listView(name, path, item, noun, busy = "mencari…") {
  async function run(params) {
    const st = $(name + "-status");
    const notice = $(name + "-notice");
    st.textContent = busy;
    st.className = "muted";
    if (notice) notice.textContent = "";
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
    try {
      const res = await api(path + "?" + qs);
      const found = res[name];
      $(name).replaceChildren(...found.map(item));
      st.textContent = found.length ? `${found.length} ${noun}` : `tidak ada ${noun}`;
      if (notice) notice.textContent = res.notice || "";
    } catch (err) {
      showError(st, err);
    }
  }
  $(name + "-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    run(Object.fromEntries(new FormData(ev.target)));
  });
}

// text with [start, end) ranges marked (used for search snippets)
function markedText(parent, text, ranges) {
  let pos = 0;
  for (const [s, e] of ranges || []) {
    if (s > pos) parent.appendChild(document.createTextNode(text.slice(pos, s)));
    parent.appendChild(el("mark", text.slice(s, e)));
    pos = e;
  }
  parent.appendChild(document.createTextNode(text.slice(pos)));
}

function fmtNum(x) {
  return Number(x).toLocaleString("id-ID", { maximumFractionDigits: 2 });
}

// ---------------------------------------------------------------- one article
const KINDS = {
  qd: "kutipan langsung", qi: "kutipan tidak langsung", speaker: "pembicara",
  PER: "orang", ORG: "organisasi", LOC: "tempat", date: "tanggal", amount: "jumlah", event: "peristiwa",
};
let current = null;

function spansOf(rec) {
  const spans = [];
  const add = (start, end, kind, item) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({ start, end, kind, item });
  };
  (rec.quotes || []).forEach((q, i) => {
    const item = `q${i}`;
    add(q.start, q.end, q.kind === "direct" ? "qd" : "qi", item);
    if (q.speaker_span) add(q.speaker_span[0], q.speaker_span[1], "speaker", item);
  });
  (rec.entities || []).forEach((e, i) => (e.mentions || []).forEach((m) => add(m.start, m.end, e.label in KINDS ? e.label : "ORG", `e${i}`)));
  (rec.dates || []).forEach((d, i) => add(d.start, d.end, "date", `d${i}`));
  (rec.amounts || []).forEach((a, i) => add(a.start, a.end, "amount", `a${i}`));
  (rec.events || []).forEach((ev, i) => { if (ev.trigger) add(ev.trigger.start, ev.trigger.end, "event", `v${i}`); });
  return spans;
}

// The record's body is its paragraphs joined by newlines; each paragraph has offsets into
// the original text, so a span is placed in the paragraph holding it.
function renderBody(rec) {
  const body = $("body");
  body.replaceChildren();
  const lines = (rec.body || "").split("\n");
  const paras = rec.paragraphs || [];
  const aligned = paras.length === lines.length;
  const spans = aligned ? spansOf(rec) : [];
  const firstOf = new Map();
  lines.forEach((line, i) => {
    const p = el("p");
    if (!aligned) { p.textContent = line; body.appendChild(p); return; }
    const base = paras[i].start;
    const inside = spans.filter((s) => s.start >= base && s.end <= base + line.length);
    const cuts = new Set([0, line.length]);
    inside.forEach((s) => { cuts.add(s.start - base); cuts.add(s.end - base); });
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k], b = points[k + 1];
      const piece = line.slice(a, b);
      const cover = inside.filter((s) => s.start - base <= a && s.end - base >= b);
      if (!cover.length) { p.appendChild(document.createTextNode(piece)); continue; }
      cover.sort((x, y) => (x.end - x.start) - (y.end - y.start));
      const m = el("mark", piece, cover.map((s) => "k-" + s.kind).join(" "));
      const target = cover[0];
      m.dataset.item = target.item;
      m.title = cover.map((s) => KINDS[s.kind]).join(", ");
      if (!firstOf.has(target.item)) { firstOf.set(target.item, m); m.id = "t-" + target.item; m.tabIndex = 0; }
      p.appendChild(m);
    }
    body.appendChild(p);
  });
  body.onclick = (ev) => { const m = ev.target.closest("mark"); if (m) jumpToItem(m.dataset.item); };
  body.onkeydown = (ev) => {
    const m = ev.target.closest("mark");
    if (m && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); jumpToItem(m.dataset.item); }
  };
}

function flash(node) {
  node.classList.add("flash");
  setTimeout(() => node.classList.remove("flash"), 1500);
}

function jumpToText(item) {
  const m = document.getElementById("t-" + item);
  if (!m) return;
  m.scrollIntoView({ block: "center", behavior: "smooth" });
  m.focus({ preventScroll: true });
  flash(m);
}

function jumpToItem(item) {
  const b = document.getElementById("s-" + item);
  if (!b) return;
  b.scrollIntoView({ block: "nearest", behavior: "smooth" });
  b.focus({ preventScroll: true });
}

function sideList(title, items) {
  const side = $("side");
  if (!items.length) return;
  side.appendChild(el("h2", `${title} (${items.length})`));
  const ul = el("ul");
  items.forEach(([item, parts, kind]) => {
    const li = el("li");
    const b = el("button", null, null, { type: "button", id: "s-" + item });
    if (kind) b.appendChild(el("span", KINDS[kind] + " · ", "muted"));
    parts.forEach(([text, cls]) => b.appendChild(el("span", text, cls)));
    b.addEventListener("click", () => jumpToText(item));
    li.appendChild(b);
    ul.appendChild(li);
  });
  side.appendChild(ul);
}

function renderRecord(rec) {
  current = rec;
  $("article").hidden = false;
  $("download").disabled = false;
  const meta = $("meta");
  meta.replaceChildren();
  const fact = (label, value) => {
    if (value === null || value === undefined || value === "") return;
    const s = el("span");
    s.appendChild(el("b", label + ": "));
    s.appendChild(document.createTextNode(String(value)));
    meta.appendChild(s);
  };
  const d = rec.dateline || {};
  fact("Judul", rec.title);
  fact("Media", rec.outlet || d.outlet);
  fact("Tempat berita", d.place);
  fact("Terbit", rec.published);
  fact("Bahasa", (rec.language || {}).code);
  if (rec.warnings && rec.warnings.length) fact("Peringatan", rec.warnings.join("; "));
  if (rec.tone && typeof rec.tone.tone === "number") {
    const t = rec.tone.tone;
    const word = t > 1 ? "positif" : t < -1 ? "negatif" : "netral";
    fact("Nada", `${t > 0 ? "+" : ""}${fmtNum(t)} (${word}; +${fmtNum(rec.tone.positive)}% kata positif, −${fmtNum(rec.tone.negative)}% negatif)`);
  }
  if (rec.themes && rec.themes.length) fact("Tema", rec.themes.slice(0, 3).map((t) => `${t.theme} ${fmtNum(t.score)}`).join("; "));
  if (rec.summary && rec.summary.length) fact("Ringkasan", rec.summary.map((s) => s.text).join(" "));

  const legend = $("legend");
  legend.replaceChildren();
  Object.entries(KINDS).forEach(([k, name]) => legend.appendChild(el("span", name, "k-" + k)));

  renderBody(rec);
  $("side").replaceChildren();
  const quotes = rec.quotes || [];
  sideList("Kutipan", quotes.map((q, i) => [
    `q${i}`,
    [[q.speaker || "?", "who"], [` — ${q.cue || "?"}${q.via ? " via " + q.via : ""} — `, "muted"], [q.text]],
    q.kind === "direct" ? "qd" : "qi",
  ]));
  sideList("Entitas", (rec.entities || []).map((e, i) => [
    `e${i}`,
    [[`${e.label} `, "muted"], [e.canonical], [[e.role, e.geo && e.geo.province, e.country].filter(Boolean).length ? ` (${[e.role, e.geo && e.geo.province, e.country].filter(Boolean).join(", ")})` : "", "muted"], [` ×${(e.mentions || []).length}`, "muted"]],
  ]));
  sideList("Tanggal", (rec.dates || []).map((x, i) => [`d${i}`, [[x.text], [` = ${x.value || "?"}`, "muted"]]]));
  sideList("Jumlah", (rec.amounts || []).map((a, i) => [`a${i}`, [[a.text], [` = ${fmtNum(a.value)} ${a.unit || a.currency || ""}`, "muted"]]]));
  sideList("Peristiwa", (rec.events || []).map((ev, i) => [
    `v${i}`,
    [[`${ev.type || "?"} `, "who"], [(ev.trigger && ev.trigger.text) || ""], [[ev.actor, ev.recipient, ev.date, ev.place].filter(Boolean).length ? ` (${[ev.actor, ev.recipient, ev.date, ev.place].filter(Boolean).join(" → ")})` : "", "muted"]],
  ]));
}

async function readArticle(body, contentType) {
  const status = $("status");
  status.textContent = "membaca…";
  status.className = "";
  try {
    const rec = await api("/api/read", { method: "POST", headers: { "Content-Type": contentType }, body });
    renderRecord(rec);
    status.textContent = "";
  } catch (err) {
    showError(status, err);
  }
}

$("go").addEventListener("click", () => readArticle($("text").value, "text/plain; charset=utf-8"));
// a file is sent as its bytes: the server decodes it as the file readers do (UTF-8, UTF-16 after
// its byte-order mark, an HTML page in the charset its <meta> declares) or says why it cannot
$("file").addEventListener("change", async (ev) => {
  const f = ev.target.files[0];
  if (!f) return;
  const bytes = new Uint8Array(await f.arrayBuffer());
  $("text").value = shownText(bytes);
  const type = /\.html?$/i.test(f.name) ? "text/html" : /\.json$/i.test(f.name) ? "application/json" : "text/plain";
  readArticle(bytes, type);
});

// the file's text for the text box, decoded as the server will (empty when it cannot be)
function shownText(b) {
  const enc = b[0] === 0xff && b[1] === 0xfe ? "utf-16le" : b[0] === 0xfe && b[1] === 0xff ? "utf-16be" : "utf-8";
  try { return new TextDecoder(enc, { fatal: true }).decode(b); } catch (e) { /* not that */ }
  const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder("latin1").decode(b.slice(0, 4096)));
  if (m) { try { return new TextDecoder(m[1], { fatal: true }).decode(b); } catch (e) { /* not that */ } }
  return "";
}
$("download").addEventListener("click", () => {
  if (!current) return;
  const blob = new Blob([JSON.stringify(current, null, 1)], { type: "application/json" });
  const a = el("a", null, null, { download: `${current.id || "warta"}.json` });
  a.href = URL.createObjectURL(blob);
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

async function openStored(id) {
  location.hash = "#/artikel";
  $("status").textContent = "memuat…";
  try { renderRecord(await api("/api/articles/" + encodeURIComponent(id))); $("status").textContent = ""; }
  catch (err) { showError($("status"), err); }
}

// ---------------------------------------------------------------- search + map
let lastSearch = null;
let world = null;

function linkButton(text, onclick) {
  const b = el("button", text, "linklike", { type: "button" });
  b.addEventListener("click", onclick);
  return b;
}

async function runSearch(params) {
  lastSearch = params;
  const st = $("search-status");
  st.textContent = "mencari…";
  st.className = "muted";
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  try {
    const res = await api("/api/search?" + qs);
    const ol = $("hits");
    ol.replaceChildren();
    res.hits.forEach((h) => {
      const li = el("li");
      li.appendChild(linkButton(h.title || h.id, () => openStored(h.id)));
      li.appendChild(el("div", `${h.outlet || "?"} · ${h.published || "?"}${h.copies > 1 ? ` · ${h.copies} salinan serupa` : ""}`, "muted"));
      const p = el("p");
      markedText(p, h.snippet, h.highlights);
      li.appendChild(p);
      ol.appendChild(li);
    });
    st.textContent = res.hits.length ? `hasil ${res.offset + 1}–${res.offset + res.hits.length}` : "tidak ada hasil";
    $("prev").hidden = res.offset === 0;
    $("next").hidden = res.next_offset === null;
    const base = new URLSearchParams([...qs].filter(([k]) => !["limit", "offset"].includes(k)));
    const [pl, tl] = await Promise.all([api("/api/places?" + base), api("/api/timeline?" + base)]);
    drawMap(pl.places);
    drawTimeline(tl.days);
  } catch (err) {
    showError(st, err);
  }
}

let timelinePlot = null;
// a day's bar needs room around it, even when there is one day only
const dayRange = (u, min, max) => [min - (min === max ? 3 : 0.6) * 86400, max + (min === max ? 3 : 0.6) * 86400];

function drawTimeline(days) {
  const box = $("timeline");
  box.replaceChildren();
  if (timelinePlot) { timelinePlot.destroy(); timelinePlot = null; }
  if (!window.uPlot || !days.length) return;
  const xs = days.map((d) => Date.parse(d.name + "T00:00:00Z") / 1000);
  timelinePlot = new uPlot({
    width: Math.max(260, box.clientWidth - 10), height: 140,
    scales: { x: { time: true, range: dayRange }, y: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [{}, { label: "artikel" }],
    series: [{ label: "hari" }, { label: "artikel cocok", stroke: "#1d3557", fill: "rgba(29,53,87,.35)", paths: uPlot.paths.bars({ size: [0.6, 24] }), points: { show: false } }],
  }, [xs, days.map((d) => d.count)], box);
}

async function drawMap(places) {
  const box = $("map");
  const list = $("places");
  list.replaceChildren();
  places.slice(0, 30).forEach((p) => list.appendChild(el("li", `${p.name}${p.province ? ", " + p.province : ""} (${p.articles})`)));
  if (!window.d3 || !window.topojson) { box.textContent = "peta tidak tersedia"; return; }
  if (!world) world = await api("/static/vendor/countries-50m.json");
  const land = topojson.feature(world, world.objects.countries);
  const width = 800, height = 500;
  const pts = { type: "MultiPoint", coordinates: places.map((p) => [p.lon, p.lat]) };
  // Indonesia by default; all the places when some are abroad
  const idBox = { type: "MultiPoint", coordinates: [[94, 7], [142, -11.5]] };
  const abroad = places.some((p) => p.lon < 94 || p.lon > 142 || p.lat > 7 || p.lat < -11.5);
  const proj = d3.geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], abroad ? { type: "GeometryCollection", geometries: [pts, idBox] } : idBox);
  const path = d3.geoPath(proj);
  const s = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `Peta ${places.length} tempat` });
  land.features.forEach((f) => { const d = path(f); if (d) s.appendChild(svg("path", { d, class: "land" })); });
  const max = Math.max(1, ...places.map((p) => p.articles));
  places.forEach((p) => {
    const xy = proj([p.lon, p.lat]);
    if (!xy) return;
    const c = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 9 * Math.sqrt(p.articles / max)).toFixed(1), class: "dot" });
    const t = svg("title");
    t.textContent = `${p.name}: ${p.articles} artikel`;
    c.appendChild(t);
    s.appendChild(c);
  });
  box.replaceChildren(s);
}

$("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const p = Object.fromEntries(new FormData(ev.target));
  p.offset = 0;
  runSearch(p);
});
$("prev").addEventListener("click", () => runSearch({ ...lastSearch, offset: Math.max(0, (lastSearch.offset || 0) - 10) }));
$("next").addEventListener("click", () => runSearch({ ...lastSearch, offset: (Number(lastSearch.offset) || 0) + 10 }));

// ---------------------------------------------------------------- entity page
let plot = null;

function quoteItem(q) {
  const li = el("li");
  li.appendChild(el("span", q.speaker || "?", "who"));
  li.appendChild(el("span", ` — ${q.cue || "?"} (${q.kind === "direct" ? "langsung" : "tidak langsung"}) — `, "muted"));
  li.appendChild(el("span", q.text));
  const src = el("div", null, "muted");
  src.appendChild(document.createTextNode(`${q.published || "?"} · ${q.outlet || "?"} · `));
  src.appendChild(linkButton(q.title || q.article, () => openStored(q.article)));
  li.appendChild(src);
  return li;
}

async function showEntity(name) {
  const st = $("entity-status");
  st.textContent = "memuat…";
  st.className = "muted";
  $("entity-form").elements.name.value = name;
  try {
    const e = await api("/api/entities/" + encodeURIComponent(name));
    $("entity").hidden = false;
    st.textContent = "";
    $("entity-name").textContent = `${e.name} (${e.label})`;
    $("entity-facts").textContent = `${e.articles} artikel, ${e.mentions} sebutan, ${e.first_seen || "?"} s.d. ${e.last_seen || "?"}`;
    const roles = $("roles");
    roles.replaceChildren(...e.roles.map((r) => el("li", `${r.name} (${r.count})`)));
    const co = $("cooc");
    co.replaceChildren(...e.co_occurring.map((c) => {
      const li = el("li");
      li.appendChild(linkButton(c.name, () => { location.hash = "#/entitas/" + encodeURIComponent(c.name); }));
      li.appendChild(el("span", ` ${c.label} · ${c.articles}`, "muted"));
      return li;
    }));
    $("equotes").replaceChildren(...e.quotes.map(quoteItem));
    drawChart(e);
  } catch (err) {
    $("entity").hidden = true;
    showError(st, err);
  }
}

function drawChart(e) {
  const box = $("chart");
  box.replaceChildren();
  if (plot) { plot.destroy(); plot = null; }
  if (!window.uPlot || !e.timeline.length) { box.textContent = "tidak ada tanggal"; return; }
  const days = [...new Set([...e.timeline.map((t) => t.name), ...e.tone.map((t) => t.day)])].sort();
  const count = new Map(e.timeline.map((t) => [t.name, t.count]));
  const tone = new Map(e.tone.map((t) => [t.day, t.tone]));
  const xs = days.map((d) => Date.parse(d + "T00:00:00Z") / 1000);
  const data = [xs, days.map((d) => count.get(d) || 0), days.map((d) => (tone.has(d) ? tone.get(d) : null))];
  const width = Math.max(280, box.clientWidth - 10);
  plot = new uPlot({
    width, height: 230,
    scales: { x: { time: true, range: dayRange }, n: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] }, t: { auto: true } },
    axes: [{}, { scale: "n", label: "artikel" }, { scale: "t", side: 1, label: "nada", grid: { show: false } }],
    series: [
      { label: "hari" },
      { label: "artikel", scale: "n", stroke: "#1d3557", fill: "rgba(29,53,87,.35)", width: 1, paths: uPlot.paths.bars({ size: [0.6, 24] }), points: { show: false } },
      { label: "nada rata-rata", scale: "t", stroke: "#e76f51", width: 2, dash: [4, 3], points: { show: true }, spanGaps: true },
    ],
  }, data, box);
}

$("entity-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  location.hash = "#/entitas/" + encodeURIComponent(ev.target.elements.name.value.trim());
});

// ---------------------------------------------------------------- who said what
listView("quotes", "/api/quotes", quoteItem, "kutipan");

// ---------------------------------------------------------------- events (who did what to whom)
const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
  "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME",
];

// an outside link only for http(s) addresses (a stored url is untrusted)
function sourceLink(url) {
  if (!/^https?:\/\//i.test(url || "")) return null;
  return el("a", "sumber", null, { href: url, target: "_blank", rel: "noopener noreferrer" });
}

function eventItem(ev) {
  const li = el("li");
  const head = el("div");
  head.appendChild(el("span", ev.actor || "?", "who"));
  head.appendChild(el("span", ` —${ev.type}→ `, "type"));
  head.appendChild(el("span", ev.recipient || "?", "who"));
  const extra = [ev.trigger ? `“${ev.trigger}”` : "", ev.mode ? `cara: ${ev.mode}` : ""].filter(Boolean);
  if (extra.length) head.appendChild(el("span", ` (${extra.join(", ")})`, "muted"));
  li.appendChild(head);
  li.appendChild(el("p", ev.sentence));
  const place = ev.place ? [ev.place.name, ev.place.country].filter(Boolean).join(", ") : "";
  const src = el("div", null, "muted");
  src.appendChild(document.createTextNode(`${ev.date || "tanggal ?"} · ${place || "tempat ?"} · ${ev.outlet || "?"} ${ev.published || ""} · `));
  src.appendChild(linkButton("buka artikel", () => openStored(ev.article)));
  const out = sourceLink(ev.url);
  if (out) { src.appendChild(document.createTextNode(" · ")); src.appendChild(out); }
  li.appendChild(src);
  return li;
}

$("events-form").elements.type.append(...EVENT_TYPES.map((t) => el("option", t, null, { value: t })));
listView("events", "/api/events", eventItem, "peristiwa");

// ---------------------------------------------------------------- stories
function storySpan(s) {
  return s.first_seen === s.last_seen ? s.first_seen || "?" : `${s.first_seen || "?"} – ${s.last_seen || "?"}`;
}

function outletsText(outlets) {
  return (outlets || []).map((o) => `${o.outlet} (${o.articles})`).join(", ") || "?";
}

function storyItem(s) {
  const li = el("li");
  li.dataset.story = s.id;
  li.appendChild(linkButton(s.label || s.id, () => showStory(s.id)));
  li.appendChild(el("div", `${s.size} artikel · ${storySpan(s)} · ${outletsText(s.outlets)}`, "muted"));
  return li;
}

async function showStory(id) {
  const st = $("stories-status");
  try {
    const s = await api("/api/stories/" + encodeURIComponent(id));
    document.querySelectorAll("#stories li").forEach((li) => li.classList.toggle("current", li.dataset.story === id));
    $("story").hidden = false;
    $("story-label").textContent = s.label || s.id;
    $("story-facts").textContent = `${s.size} artikel · ${storySpan(s)} · ${outletsText(s.outlets)}`;
    $("story-articles").replaceChildren(...(s.articles || []).map((a) => {
      const li = el("li");
      li.appendChild(linkButton(a.title || a.id, () => openStored(a.id)));
      li.appendChild(el("span", ` ${a.day || "?"} · ${a.outlet || "?"}`, "muted"));
      return li;
    }));
    $("story-entities").replaceChildren(...(s.entities || []).map((e) => {
      const li = el("li");
      li.appendChild(linkButton(e.name, () => { location.hash = "#/entitas/" + encodeURIComponent(e.name); }));
      li.appendChild(el("span", ` ${e.label} · ${e.articles} artikel`, "muted"));
      return li;
    }));
    $("story-quotes").replaceChildren(...(s.quotes || []).map((q) => {
      const li = el("li");
      li.appendChild(el("span", q.speaker || "?", "who"));
      li.appendChild(el("span", " — ", "muted"));
      li.appendChild(el("span", q.text));
      const src = el("div", null, "muted");
      src.appendChild(linkButton("buka artikel", () => openStored(q.article)));
      li.appendChild(src);
      return li;
    }));
  } catch (err) {
    showError(st, err);
  }
}

listView("stories", "/api/stories", storyItem, "cerita", "memuat…");

// ---------------------------------------------------------------- views
function route() {
  const h = location.hash || "#/artikel";
  const [, view, arg] = h.match(/^#\/([a-z]+)\/?(.*)$/) || [null, "artikel", ""];
  const name = ["artikel", "cari", "entitas", "kutipan", "peristiwa", "cerita"].includes(view) ? view : "artikel";
  document.querySelectorAll(".view").forEach((v) => { v.hidden = v.id !== "view-" + name; });
  document.querySelectorAll("nav a[data-view]").forEach((a) => {
    if (a.dataset.view === name) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  if (name === "entitas" && arg) {
    let entity = arg;
    try { entity = decodeURIComponent(arg); } catch (e) { /* a hand-typed, malformed %-escape: as written */ }
    showEntity(entity);
  }
}
window.addEventListener("hashchange", route);
window.addEventListener("resize", () => {  // charts follow the width of their box
  if (timelinePlot) timelinePlot.setSize({ width: Math.max(260, $("timeline").clientWidth - 10), height: 140 });
  if (plot) plot.setSize({ width: Math.max(280, $("chart").clientWidth - 10), height: 230 });
});

api("/api/health").then((h) => {
  document.querySelectorAll(".needs-db").forEach((a) => { a.hidden = !h.db; });
  $("dbinfo").textContent = h.db ? "korpus terhubung" : "tanpa korpus (jalankan dengan --db)";
}).catch(() => {});
route();
