// A small offline reference rendered from /openapi.json (no CDN, no HTML from the document:
// every string is set as text). Each GET operation has a form to try it.
"use strict";

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function schemaText(s) {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop();
  if (s.anyOf) return s.anyOf.map(schemaText).join(" | ");
  if (s.type === "array") return `array of ${schemaText(s.items)}`;
  return s.type || "";
}

async function main() {
  const doc = await (await fetch("/openapi.json")).json();
  document.getElementById("intro").textContent = `${doc.info.title} ${doc.info.version} — ${doc.info.description || ""}`;
  const ops = document.getElementById("ops");
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const box = el("section", null, "meta");
      box.style.display = "block";
      box.id = op.operationId || `${method}-${path}`;
      box.appendChild(el("h2", `${method.toUpperCase()} ${path}`));
      box.appendChild(el("p", op.summary || ""));
      if (op.description) box.appendChild(el("p", op.description, "muted"));
      const form = el("form", null, "filters");
      (op.parameters || []).forEach((p) => {
        const label = el("label", `${p.name} (${p.in}, ${schemaText(p.schema)}${p.required ? ", required" : ""})`);
        const input = el("input");
        input.name = p.name;
        input.dataset.in = p.in;
        if (p.description) input.title = p.description;
        if (p.schema && p.schema.default !== undefined) input.placeholder = String(p.schema.default);
        label.appendChild(input);
        form.appendChild(label);
      });
      if (op.requestBody) {
        const types = Object.keys(op.requestBody.content || {}).join(", ");
        box.appendChild(el("p", `Body: ${types}. ${op.requestBody.description || ""}`, "muted"));
      }
      box.appendChild(el("p", "Responses: " + Object.entries(op.responses || {}).map(([c, r]) => `${c} ${r.description || ""}`).join("; "), "muted"));
      if (method === "get") {
        const out = el("pre");
        out.style.whiteSpace = "pre-wrap";
        out.style.maxHeight = "20em";
        out.style.overflow = "auto";
        form.appendChild(el("button", "Coba"));
        form.addEventListener("submit", async (ev) => {
          ev.preventDefault();
          let url = path;
          const qs = new URLSearchParams();
          for (const input of form.querySelectorAll("input")) {
            if (!input.value) continue;
            if (input.dataset.in === "path") url = url.replace(`{${input.name}}`, encodeURIComponent(input.value));
            else qs.append(input.name, input.value);
          }
          const res = await fetch(url + (qs.toString() ? "?" + qs : ""));
          out.textContent = `${res.status}\n` + JSON.stringify(await res.json(), null, 2);
        });
        box.appendChild(form);
        box.appendChild(out);
      } else {
        box.appendChild(form);
      }
      ops.appendChild(box);
    }
  }
}
main();
