// khabar web page: timeline, entity and article views over the /api/ endpoints.
// Safety rule: every piece of data goes into the page through createElement /
// textContent / setAttribute, never through innerHTML or HTML strings, so article
// text, titles and names are always shown as text and can never run as markup.
"use strict";

const RTL_LANGS = new Set(["ar", "arz", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"]);
const SVG_NS = "http://www.w3.org/2000/svg";
const view = () => document.getElementById("view");

// ---- DOM helpers ---------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function dirFor(lang) {
  return lang && RTL_LANGS.has(lang.split("-")[0]) ? "rtl" : "auto";
}

// Text in a known language: lang + dir so Indic shaping and right-to-left order are right.
function langText(tag, text, lang, attrs) {
  return el(tag, Object.assign({ lang: lang || null, dir: dirFor(lang) }, attrs || {}), text || "");
}

function hashLink(path, params) {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")) : null;
  return "#" + path + (q && q.toString() ? "?" + q.toString() : "");
}

function articleHref(docId, params) { return hashLink("/article/" + encodeURIComponent(docId), params); }
function entityHref(id) { return hashLink("/entity/" + encodeURIComponent(id)); }

function safeExternalUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) { return null; }
}

function badge(text, cls) { return el("span", { class: "badge " + (cls || "") }, text); }

// ---- API -----------------------------------------------------------------
async function api(path, params) {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")) : null;
  const headers = {};
  const token = sessionStorage.getItem("khabar-token");
  if (token) headers["Authorization"] = "Bearer " + token;
  const res = await fetch("/api" + path + (q && q.toString() ? "?" + q.toString() : ""), { headers });
  if (res.status === 401) throw new AuthNeeded();
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(res.status + ": " + detail);
  }
  return res.json();
}

class AuthNeeded extends Error {}

function showTokenForm() {
  const input = el("input", { type: "password", id: "token", placeholder: "access token", autocomplete: "off" });
  const form = el("form", { class: "token-form", onsubmit: (e) => {
    e.preventDefault();
    sessionStorage.setItem("khabar-token", input.value);
    route();
  } }, el("p", {}, "This khabar server needs an access token to read."), input, el("button", { type: "submit" }, "Open"));
  view().replaceChildren(form);
}

// ---- router --------------------------------------------------------------
function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/timeline";
  const [path, query] = raw.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

const ROUTES = {
  timeline: (p, params) => renderTimeline(params),
  article: (p, params) => renderArticle(p[1], params),
  entity: (p) => renderEntity(p[1]),
  entities: () => renderEntities(),
  articles: () => renderArticles(),
  quotes: () => renderQuotes(),
  search: (p, params) => renderSearch(params.get("q") || ""),
};

async function route() {
  const { parts, params } = parseHash();
  const handler = ROUTES[parts[0]] || ROUTES.timeline;
  const hash = location.hash;
  view().replaceChildren(el("p", { class: "muted" }, "Loading…"));
  view().dataset.rendered = "";
  try {
    await handler(parts, params);
    // which address the view shows now (a reader, or a test, can tell a finished page from the one before)
    if (location.hash === hash) view().dataset.rendered = hash;
  } catch (e) {
    if (e instanceof AuthNeeded) return showTokenForm();
    view().replaceChildren(el("p", { class: "error" }, "Could not load: " + e.message));
  }
}

// ---- timeline ------------------------------------------------------------
function eventCard(ev) {
  const ctx = ev.context;
  let snippet = null;
  if (ctx && ev.trigger) {
    const a = ev.trigger.start - ctx.start, b = ev.trigger.end - ctx.start;
    snippet = langText("p", "", ev.lang, { class: "snippet" });
    append(snippet, [ctx.start > 0 ? "…" : "", ctx.text.slice(0, a), el("mark", { class: "trig" }, ctx.text.slice(a, b)), ctx.text.slice(b), "…"]);
  }
  const art = ev.article || {};
  return el("li", { class: "event", "data-event-id": ev.id, "data-type": ev.type },
    el("a", { class: "event-link", href: articleHref(ev.doc_id, { event: ev.id }) },
      el("div", { class: "event-head" },
        badge(ev.type, "type"),
        ev.modality && ev.modality !== "asserted" ? badge(ev.modality, "modality") : null,
        ev.lang ? badge(ev.lang, "lang") : null,
        el("span", { class: "label", dir: "auto" }, ev.label)),
      snippet,
      art.title ? langText("p", art.title, art.lang, { class: "muted small" }) : null));
}

function filterForm(params, facets, entityNames) {
  const select = (name, values, label) => el("label", {}, label + " ",
    el("select", { name }, el("option", { value: "" }, "any"),
      values.map((v) => el("option", { value: v, selected: params.get(name) === v }, v))));
  const list = el("datalist", { id: "actor-names" }, entityNames.map((n) => el("option", { value: n })));
  const input = (name, type, label, attrs) => el("label", {}, label + " ",
    el("input", Object.assign({ name, type, value: params.get(name) || "" }, attrs || {})));
  const form = el("form", { class: "filters", id: "timeline-filters", onsubmit: (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    location.hash = hashLink("/timeline", data);
  } },
    input("actor", "text", "Actor", { list: "actor-names", dir: "auto", placeholder: "name in any script" }), list,
    select("type", facets.types || [], "Type"),
    select("lang", facets.langs || [], "Language"),
    input("since", "date", "From"), input("until", "date", "To"),
    el("button", { type: "submit" }, "Filter"),
    el("a", { href: "#/timeline", class: "small" }, "clear"));
  return form;
}

function timelineStrip(days) {
  // A small SVG axis: one dot per dated day, sized by its number of events.
  const dated = days.filter((d) => /^\d{4}/.test(d.date));
  if (dated.length < 1) return null;
  const t = (d) => Date.parse(d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d);
  const xs = dated.map((d) => t(d.date));
  const lo = Math.min(...xs), hi = Math.max(...xs), W = 800, pad = 30;
  const x = (v) => (hi === lo ? W / 2 : pad + ((v - lo) / (hi - lo)) * (W - 2 * pad));
  const s = svg("svg", { class: "strip", viewBox: `0 0 ${W} 46`, role: "img", "aria-label": "events over time" },
    svg("line", { x1: pad, y1: 22, x2: W - pad, y2: 22, class: "axis" }));
  dated.forEach((d, i) => {
    // A click scrolls to the day; it does not change the hash (that would drop the filters).
    const link = svg("g", { class: "dot-link", onclick: () => document.getElementById("day-" + d.date).scrollIntoView() });
    append(link, [svg("circle", { cx: x(xs[i]), cy: 22, r: Math.min(4 + d.events.length, 12), class: "dot" },
      svg("title", {}, d.date + ": " + d.events.length + " event(s)"))]);
    s.appendChild(link);
  });
  s.appendChild(svg("text", { x: pad, y: 44, class: "tick" }, dated[0].date));
  if (dated.length > 1) s.appendChild(svg("text", { x: W - pad, y: 44, class: "tick", "text-anchor": "end" }, dated[dated.length - 1].date));
  return s;
}

async function renderTimeline(params) {
  const query = Object.fromEntries(["type", "actor", "lang", "since", "until"].map((k) => [k, params.get(k)]));
  const [data, ents] = await Promise.all([api("/timeline", query), api("/entities", { limit: 300 })]);
  const names = [...new Set(ents.map((e) => e.name).filter(Boolean))];
  const out = [el("h1", {}, "Timeline"), filterForm(params, data.facets, names),
    el("p", { class: "muted", id: "timeline-count" }, data.count + " event(s)")];
  if (data.stories.length) {
    out.push(el("section", { class: "stories" }, el("h2", {}, "Stories"),
      el("ul", {}, data.stories.map((s) => el("li", { class: "story", "data-story-id": s.id },
        el("span", { dir: "auto" }, s.title || s.id), " ",
        s.languages.map((l) => badge(l, "lang")), " ",
        el("span", { class: "muted small" }, `${s.articles.length} article(s), ${s.events.length} event(s)`),
        el("span", { class: "links" }, s.articles.map((a, i) => el("a", { href: articleHref(a), class: "small" }, " [" + (i + 1) + "]"))))))));
  }
  out.push(timelineStrip(data.days));
  const list = el("div", { class: "timeline", id: "timeline" });
  for (const day of data.days) {
    list.appendChild(el("section", { class: "day", id: "day-" + day.date },
      el("h2", { class: "day-date" }, day.date),
      el("ol", { class: "events" }, day.events.map(eventCard))));
  }
  if (!data.days.length) list.appendChild(el("p", { class: "muted" }, "No events match. Ingest articles with `khabar run` or clear the filters."));
  out.push(list);
  view().replaceChildren(...out.filter(Boolean));
}

// ---- article -------------------------------------------------------------
// Split the text at every fact boundary; each piece is wrapped in one element
// carrying the classes of all facts covering it (facts may nest or overlap).
function factSpans(doc, focusEvent, highlight) {
  const spans = [];
  const add = (start, end, kind, info) => {
    if (start === null || start === undefined || end <= start) return;
    spans.push(Object.assign({ start, end, kind }, info || {}));
  };
  for (const m of doc.mentions) {
    const name = m.entity_id ? doc.entity_names[m.entity_id] : null;
    add(m.start, m.end, "ent", { entity: m.entity_id, title: (name || m.text) + " · " + m.label + (m.by ? " · " + m.by : "") });
  }
  for (const t of doc.times) add(t.start, t.end, "time", { title: "date: " + (t.value || "?") + " (" + t.precision + ")" + (t.inferred ? " · anchor inferred" : "") });
  for (const q of doc.quotes) add(q.start, q.end, "quote", { title: "quote" + (q.speaker_name ? " · " + q.speaker_name : "") + (q.direct ? " · direct" : " · reported") });
  for (const ev of doc.events) {
    if (ev.trigger) add(ev.trigger.start, ev.trigger.end, "trig", { event: ev.id, title: ev.label });
  }
  if (focusEvent) {
    if (focusEvent.trigger) add(focusEvent.trigger.start, focusEvent.trigger.end, "focus-trigger", {});
    for (const e of focusEvent.evidence) if (e) add(e.start, e.end, "focus-evidence", {});
    for (const r of focusEvent.roles) add(r.start, r.end, "focus-role", { title: r.name });
    if (focusEvent.time_span) add(focusEvent.time_span.start, focusEvent.time_span.end, "focus-role", { title: "time" });
  }
  for (const h of highlight) add(h.start, h.end, "hl", {});
  return spans;
}

function renderText(doc, spans) {
  const text = doc.text;
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  for (const s of doc.sentences) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const container = el("div", { class: "article-text", id: "article-text", lang: doc.lang || null, dir: dirFor(doc.lang) });
  let si = 0, sentenceEl = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    while (si < doc.sentences.length && doc.sentences[si].end <= a) { si++; sentenceEl = null; }
    const inSentence = si < doc.sentences.length && doc.sentences[si].start <= a && a < doc.sentences[si].end;
    let parent = container;
    if (inSentence) {
      if (!sentenceEl) {
        const s = doc.sentences[si];
        sentenceEl = el("span", { class: "sent", "data-sentence": si, lang: s.lang || doc.lang || null, dir: dirFor(s.lang || doc.lang) });
        container.appendChild(sentenceEl);
      }
      parent = sentenceEl;
    }
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { parent.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const ent = covering.find((s) => s.kind === "ent" && s.entity);
    const trig = covering.find((s) => s.kind === "trig");
    const attrs = { class: "fact " + kinds.join(" "), title: covering.map((s) => s.title).filter(Boolean).join("\n") || null,
      "data-start": a, "data-end": b };
    let node;
    if (ent) node = el("a", Object.assign(attrs, { href: entityHref(ent.entity), "data-entity": ent.entity }), piece);
    else if (trig) node = el("a", Object.assign(attrs, { href: articleHref(doc.id, { event: trig.event }), "data-event": trig.event }), piece);
    else node = el("span", attrs, piece);
    parent.appendChild(node);
  }
  return container;
}

function scrollToSpan(start) {
  const node = [...document.querySelectorAll("#article-text .fact")].find((n) => Number(n.dataset.start) >= start);
  if (node) {
    node.scrollIntoView({ block: "center" });
    node.classList.add("flash");
    setTimeout(() => node.classList.remove("flash"), 1200);
  }
}

function spanButton(label, start, lang) {
  return el("button", { type: "button", class: "span-link", lang: lang || null, dir: "auto", onclick: () => scrollToSpan(start) }, label);
}

function evidencePanel(doc, ev) {
  const evidenceText = ev.evidence.filter(Boolean).map((e) => e.text);
  return el("section", { class: "evidence-panel", id: "evidence-panel", "data-event-id": ev.id },
    el("h2", {}, badge(ev.type, "type"), " ", el("span", { dir: "auto" }, ev.label)),
    el("dl", {},
      el("dt", {}, "trigger"), el("dd", {}, ev.trigger ? spanButton(ev.trigger.text, ev.trigger.start, doc.lang) : "—"),
      ev.roles.map((r) => [el("dt", {}, r.name),
        el("dd", {}, r.start !== null && r.start !== undefined ? spanButton(r.text || "", r.start, doc.lang) : langText("span", r.text, doc.lang),
          r.entity_id ? [" → ", el("a", { href: entityHref(r.entity_id) }, r.entity || r.entity_id)] : null)]),
      el("dt", {}, "date"), el("dd", {}, ev.time || ("article: " + (ev.date || "unknown"))),
      el("dt", {}, "modality"), el("dd", {}, ev.modality || ""),
      ev.sources.length ? [el("dt", {}, "according to"), el("dd", {}, ev.sources.map((s) => s.name).join(" ← "))] : null,
      el("dt", {}, "evidence"), el("dd", {}, evidenceText.length ? evidenceText.map((t) => langText("q", t, doc.lang, { class: "evidence-text" })) : "—"),
      el("dt", {}, "by"), el("dd", { class: "small" }, (ev.by || "") + (ev.confidence !== null && ev.confidence !== undefined ? " · confidence " + ev.confidence : ""))));
}

// Mentions of one entity grouped by their words, in order of first appearance.
function surfaceForms(mentions) {
  const byText = new Map();
  for (const m of mentions) {
    if (!byText.has(m.text)) byText.set(m.text, []);
    byText.get(m.text).push(m);
  }
  return [...byText.entries()];
}

function factList(doc) {
  const ents = {};
  for (const m of doc.mentions) {
    const key = m.entity_id || "text:" + m.text;
    (ents[key] = ents[key] || { id: m.entity_id, name: m.entity_id ? doc.entity_names[m.entity_id] : m.text, label: m.label, spans: [] }).spans.push(m);
  }
  const list = (items) => items.length ? el("ul", {}, items) : el("p", { class: "muted small" }, "none found");
  return el("aside", { class: "facts" },
    el("h3", {}, "Events"), list(doc.events.map((ev) => el("li", {},
      el("a", { href: articleHref(doc.id, { event: ev.id }) }, badge(ev.type, "type"), " ", el("span", { dir: "auto" }, ev.label))))),
    el("h3", {}, "Entities"), list(Object.values(ents).map((e) => el("li", {},
      e.id ? el("a", { href: entityHref(e.id) }, e.name || e.id) : el("span", { dir: "auto" }, e.name), " ", badge(e.label, "label"), " ",
      surfaceForms(e.spans).map(([text, ms]) => [spanButton(text, ms[0].start, doc.lang), ms.length > 1 ? el("span", { class: "muted small" }, "×" + ms.length + " ") : " "])))),
    el("h3", {}, "Dates"), list(doc.times.map((t) => el("li", {}, spanButton(t.text, t.start, doc.lang), " = ", t.value || "?",
      t.inferred ? el("span", { class: "muted small" }, " (anchor inferred)") : null))),
    el("h3", {}, "Quotes"), list(doc.quotes.map((q) => el("li", {}, speakerLabel(q) ? el("b", {}, speakerLabel(q) + ": ") : null,
      spanButton(q.text || "", q.start, doc.lang)))));
}

async function renderArticle(docId, params) {
  const doc = await api("/articles/" + encodeURIComponent(docId));
  const focus = doc.events.find((e) => e.id === params.get("event")) || null;
  const hl = (params.get("hl") || "").split(",").map((s) => s.split("-").map(Number)).filter((p) => p.length === 2 && p.every(Number.isFinite)).map(([start, end]) => ({ start, end }));
  const url = doc.url ? safeExternalUrl(doc.url) : null;
  const meta = el("p", { class: "meta" },
    badge(doc.lang || "?", "lang"), " ", doc.script ? badge(doc.script, "script") : null, " ",
    "published: " + (doc.published || "unknown") + (doc.published_inferred ? " (inferred)" : ""), " · ",
    url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : el("span", { dir: "auto" }, doc.source || ""),
    " · id " + doc.id);
  const legend = el("p", { class: "legend small" }, el("span", { class: "fact ent" }, "entity"), " ", el("span", { class: "fact time" }, "date"), " ",
    el("span", { class: "fact trig" }, "event trigger"), " ", el("span", { class: "fact quote" }, "quote"), " ",
    el("span", { class: "fact focus-trigger" }, "selected event"), " ", el("span", { class: "fact focus-evidence" }, "its evidence"));
  const body = el("div", { class: "article-layout" },
    el("article", {}, langText("h1", doc.title || (doc.source || "").split("/").pop() || "(untitled)", doc.lang, { id: "article-title" }), meta,
      focus ? evidencePanel(doc, focus) : null, legend, renderText(doc, factSpans(doc, focus, hl))),
    factList(doc));
  view().replaceChildren(body);
  const target = document.querySelector("#article-text .focus-trigger") || document.querySelector("#article-text .hl");
  if (target) target.scrollIntoView({ block: "center" });
}

// ---- entity --------------------------------------------------------------
function cooccurrenceGraph(center, others) {
  const shown = others.slice(0, 12);
  const W = 520, H = 360, cx = W / 2, cy = H / 2, R = 130;
  const max = Math.max(1, ...shown.map((o) => o.events * 2 + o.articles));
  const g = svg("svg", { class: "graph", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "co-occurring actors" });
  shown.forEach((o, i) => {
    const a = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    o._x = cx + R * Math.cos(a); o._y = cy + R * Math.sin(a);
    g.appendChild(svg("line", { x1: cx, y1: cy, x2: o._x, y2: o._y, class: "edge", "stroke-width": 1 + (5 * (o.events * 2 + o.articles)) / max },
      svg("title", {}, `${o.articles} shared article(s), ${o.events} shared event(s)`)));
  });
  g.appendChild(svg("circle", { cx, cy, r: 22, class: "node center" }));
  g.appendChild(svg("text", { x: cx, y: cy + 38, "text-anchor": "middle", class: "node-label center" }, center.name || center.id));
  for (const o of shown) {
    const link = svg("a", { href: entityHref(o.id), class: "graph-node", "data-entity": o.id });
    append(link, [svg("circle", { cx: o._x, cy: o._y, r: 18, class: "node" }),
      svg("text", { x: o._x, y: o._y + 32, "text-anchor": "middle", class: "node-label" }, o.name || o.id),
      svg("title", {}, `${o.name || o.id}: ${o.articles} article(s), ${o.events} event(s)`)]);
    g.appendChild(link);
  }
  return g;
}

async function renderEntity(id) {
  const d = await api("/entities/" + encodeURIComponent(id));
  const ent = d.entity;
  const names = Object.entries(ent.names || {});
  const out = [el("h1", { dir: "auto" }, ent.name || ent.id, " ", badge(ent.type || "?", "label")),
    el("p", { class: "muted" }, "id " + ent.id + (ent.qid ? " · Wikidata " + ent.qid : "") + (ent.source ? " · from " + ent.source : "")),
    el("h2", {}, "Names"),
    el("table", { class: "names", id: "entity-names" }, el("tbody", {}, names.map(([lang, vals]) => el("tr", {},
      el("th", {}, lang), el("td", {}, vals.map((v, i) => [i ? ", " : "", langText("span", v, lang, { class: "name" })]))))))];
  out.push(el("h2", {}, "Co-occurring actors"));
  out.push(d.cooccurring.length ? cooccurrenceGraph(ent, d.cooccurring) : el("p", { class: "muted" }, "none yet"));
  if (d.events.length) out.push(el("h2", {}, "Events"), el("ol", { class: "events" }, d.events.map(eventCard)));
  out.push(el("h2", {}, `Mentions (${d.mentions.length})`));
  out.push(el("ul", { class: "mentions" }, d.mentions.map((m) => {
    const c = m.context, a = m.start - c.start, b = m.end - c.start;
    const lang = m.lang || (m.article || {}).lang;
    return el("li", {}, el("a", { href: articleHref(m.doc_id, { hl: m.start + "-" + m.end }) },
      badge(lang || "?", "lang"), " ",
      el("span", { lang: lang || null, dir: dirFor(lang) }, c.start > 0 ? "…" : "", c.text.slice(0, a), el("mark", {}, c.text.slice(a, b)), c.text.slice(b), "…")),
      m.article && m.article.title ? langText("div", m.article.title, m.article.lang, { class: "muted small" }) : null);
  })));
  view().replaceChildren(...out);
}

// ---- lists ---------------------------------------------------------------
async function renderEntities() {
  const rows = await api("/entities", { limit: 500 });
  view().replaceChildren(el("h1", {}, "Entities"), el("table", { class: "list" },
    el("thead", {}, el("tr", {}, ["name", "type", "mentions", "by language", "names"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", {},
      el("td", {}, el("a", { href: entityHref(r.id) }, r.name || r.id)), el("td", {}, r.type || ""), el("td", {}, String(r.mentions)),
      el("td", {}, Object.entries(r.by_lang || {}).map(([k, v]) => k + ":" + v).join(" ")),
      el("td", {}, Object.entries(r.names || {}).map(([lang, vals]) => vals.slice(0, 3).map((v) => [langText("span", v, lang), " "]))))))));
}

async function renderArticles() {
  const rows = await api("/articles", { limit: 500 });
  view().replaceChildren(el("h1", {}, "Articles"), el("table", { class: "list" },
    el("thead", {}, el("tr", {}, ["title", "language", "published", "source"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", {},
      el("td", {}, el("a", { href: articleHref(r.id) }, langText("span", r.title || r.id, r.lang))),
      el("td", {}, r.lang || "?"), el("td", {}, r.published || ""), el("td", { class: "small", dir: "auto" }, r.source || ""))))));
}

// A speaker named only by office ("the finance minister") has no entity: show the words.
function speakerLabel(q) {
  return q.speaker_name || (q.speaker_span && q.speaker_span.text) || "";
}

async function renderQuotes() {
  const rows = await api("/quotes", { limit: 500 });
  view().replaceChildren(el("h1", {}, "Quotes"), el("ul", { class: "quotes" }, rows.map((q) => el("li", {},
    el("b", {}, (speakerLabel(q) || "unknown speaker") + (q.chain.length ? " (via " + q.chain.map((c) => c.name).join(" ← ") + ")" : "") + ": "),
    el("a", { href: articleHref(q.doc_id, { hl: q.start + "-" + q.end }), dir: "auto" }, q.text || ""),
    " ", badge(q.direct ? "direct" : "reported")))));
}

async function renderSearch(q) {
  document.getElementById("search-q").value = q;
  const rows = q ? await api("/search", { q, limit: 50 }) : [];
  view().replaceChildren(el("h1", {}, "Search"), el("p", { class: "muted" }, rows.length + " article(s) for ", el("q", { dir: "auto" }, q)),
    el("ol", { class: "results", id: "search-results" }, rows.map((r) => {
      const snip = langText("p", "", r.lang, { class: "snippet" });
      let pos = r.snippet_start;
      const end = r.snippet_start + r.snippet.length;
      for (const m of r.matches.filter((m) => m.start >= r.snippet_start && m.end <= end)) {
        if (m.start < pos) continue;
        append(snip, [r.snippet.slice(pos - r.snippet_start, m.start - r.snippet_start), el("mark", {}, r.snippet.slice(m.start - r.snippet_start, m.end - r.snippet_start))]);
        pos = m.end;
      }
      append(snip, [r.snippet.slice(pos - r.snippet_start)]);
      const hl = r.matches.slice(0, 20).map((m) => m.start + "-" + m.end).join(",");
      return el("li", {}, el("a", { href: articleHref(r.id, { hl }) }, langText("span", r.title || r.id, r.lang)), " ", badge(r.lang || "?", "lang"), snip);
    })));
}

// ---- start -----------------------------------------------------------------
document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = hashLink("/search", { q: document.getElementById("search-q").value });
  });
  window.addEventListener("hashchange", route);
  route();
});
