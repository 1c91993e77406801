// Renders a Warta record. Article text is untrusted: it is only ever set with textContent.
"use strict";

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function section(title) {
  const s = el("section");
  s.appendChild(el("h2", title));
  document.getElementById("out").appendChild(s);
  return s;
}

function render(rec) {
  const out = document.getElementById("out");
  out.replaceChildren();
  const head = section("Artikel");
  const d = rec.dateline || {};
  head.appendChild(el("div", `dateline: ${d.outlet || "–"} / ${d.place || "–"} · bahasa: ${(rec.language || {}).code || "?"}`));
  if (rec.summary && rec.summary.length) {
    const s = section("Ringkasan");
    rec.summary.forEach((x) => s.appendChild(el("p", x.text)));
  }
  if (rec.quotes && rec.quotes.length) {
    const s = section(`Kutipan (${rec.quotes.length})`);
    rec.quotes.forEach((q) => {
      const p = el("div", null, "q");
      p.appendChild(el("span", q.speaker || "?", "who"));
      p.appendChild(el("span", ` — ${q.cue || "·"}${q.via ? " via " + q.via : ""} — `, "cue"));
      p.appendChild(el("span", q.text));
      s.appendChild(p);
    });
  }
  if (rec.entities && rec.entities.length) {
    const s = section(`Entitas (${rec.entities.length})`);
    rec.entities.forEach((e) => {
      const extra = [e.role, e.country].filter(Boolean).join(", ");
      s.appendChild(el("span", `${e.label} ${e.canonical}${extra ? " (" + extra + ")" : ""}`, "tag"));
    });
  }
  if (rec.dates && rec.dates.length) {
    const s = section("Tanggal");
    rec.dates.forEach((x) => s.appendChild(el("span", `${x.text} = ${x.value}`, "tag")));
  }
  if (rec.themes && rec.themes.length) {
    const s = section("Tema");
    rec.themes.slice(0, 5).forEach((t) => s.appendChild(el("span", `${t.theme} ${t.score}`, "tag")));
  }
  const body = section("Isi bersih");
  (rec.body || "").split("\n").forEach((line) => body.appendChild(el("p", line)));
}

document.getElementById("go").addEventListener("click", async () => {
  const status = document.getElementById("status");
  status.textContent = "membaca…";
  status.className = "";
  try {
    const res = await fetch("/api/read", {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8" },
      body: document.getElementById("text").value,
    });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.statusText);
    render(data);
    status.textContent = "";
  } catch (err) {
    status.textContent = String(err.message || err);
    status.className = "err";
  }
});
