/* The briefing's details, filled on demand from the data embedded once in the page (export/pagedata.py):
   more rows of the positions table, the statements behind a position, the timeline list and the
   articles, paged; an article opened at the statement a link points to, highlighted. */
(() => {
  "use strict";
  const $ = (sel, root = document) => root.querySelector(sel);
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
  const PAGE = 50;
  const SEASONS = {SP: "spring", SU: "summer", FA: "autumn", WI: "winter"};
  const when = (d) => { let m = /^XXXX-(\d\d-\d\d)$/.exec(d || ""); if (m) return `${m[1]} (year not stated)`;
    m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(d || ""); return m ? `${SEASONS[m[2]]} ${m[1]}` : (d || ""); };
  const chip = (st) => st ? `<span class="chip ${esc(st)}">${esc(st)}</span>` : "";
  let D = null;
  let loading = null;

  function load() {
    if (D) return Promise.resolve(D);
    if (!loading) {
      const el = $("#briefing-data");
      const bytes = Uint8Array.from(atob(el.textContent.trim()), (c) => c.charCodeAt(0));
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      loading = new Response(stream).text().then((t) => { D = JSON.parse(t); D.docIndex = {};
        D.docs.forEach((d, i) => { D.docIndex[d[0]] = i; }); return D; });
    }
    return loading;
  }

  function textOf(docId, start, end) {
    for (const [at, text] of D.texts[docId] || []) {
      if (at <= start && end <= at + text.length) return text.slice(start - at, end - at);
    }
    return null;
  }

  function statementView(sid) {
    const s = D.st[sid];
    if (!s) return null;
    const doc = D.docs[s[0]];
    const who = s[3] >= 0 ? D.actors[s[3]][0] : (s[4] || "unnamed source");
    return {id: sid, doc, who, cue: s[5], stance: s[6], date: s[7] || doc[3], conditions: s[8], kind: s[9], basis: s[10],
            content: textOf(doc[0], s[1], s[2]) || "", outlet: D.outlets[doc[2]]};
  }

  function statementItem(sid, basis) {
    const v = statementView(sid);
    if (!v) return "";
    const quote = v.kind === "direct" || v.kind === "mixed";
    const b = basis && basis !== "stated" ? ` <span class="basis">${esc(basis)}</span>` : "";
    const c = v.conditions.length ? ` · <span class="conds"><b>condition</b> ${esc(v.conditions.join("; "))}</span>` : "";
    return `<li>${quote ? "“" : ""}${esc(v.content)}${quote ? "”" : ""} <span class="meta">${esc(v.who)} (${esc(v.cue)}) · ` +
      `<a href="#${esc(sid)}">${esc(v.outlet)}${v.date ? ", " + esc(when(v.date)) : ""}</a> · ${chip(v.stance)}${b}${c}</span></li>`;
  }

  /* Positions: the rows past the first screen, on demand. */
  function rowHtml(r) {
    const [, name, side, stance, since, conds, nConds, basis, was, sid, outlet, count, total, rowId] = r;
    const weak = basis !== "stated" && basis !== "continued" ? ` <small class="weak">(${esc(basis)})</small>` : "";
    const moved = was ? ` <small class="moved">was ${esc(was)}</small>` : "";
    const more = nConds > 2 ? `<small>+${nConds - 2} more</small>` : "";
    return `<tr id="${esc(rowId)}"><th scope="row"><a href="#d-${esc(rowId)}">${esc(name)}</a>` +
      `${side && side !== name ? `<small class="side">${esc(side)}</small>` : ""}</th>` +
      `<td class="now" data-label="Now">${chip(stance)}${weak}${moved}</td>` +
      `<td class="cond" data-label="On condition">${conds.map((c) => `<span class="if">${esc(c)}</span>`).join("")}${more}</td>` +
      `<td class="since" data-label="Since">${esc(when(since))}</td>` +
      `<td class="ev" data-label="Evidence"><a href="#${esc(sid)}">${esc(outlet)} ↓</a> <small>${count} of ${total}</small></td></tr>`;
  }

  function moreRows(button) {
    load().then(() => {
      const body = $("#positions table.positions tbody");
      const shown = body.rows.length;
      body.insertAdjacentHTML("beforeend", D.rows.slice(shown, shown + PAGE).map(rowHtml).join(""));
      const left = D.rows.length - body.rows.length;
      if (left > 0) button.textContent = `Show ${Math.min(PAGE, left)} more of ${left} actors`; else button.remove();
    });
  }

  /* The statements behind one position. */
  function showPosition(rowId) {
    const d = D.details[rowId];
    const row = D.rows.find((r) => r[13] === rowId);
    const panel = $("#evidence-panel");
    if (!d || !row || !panel) return null;
    const changes = d.ch.map(([from, to, date, sid]) => { const v = statementView(sid);
      return `<li>${date ? esc(when(date)) + ": " : ""}from ${chip(from)} to ${chip(to)}${v ? ` — “${esc(v.content)}” <a href="#${esc(sid)}">${esc(v.outlet)} ↓</a>` : ""}</li>`; }).join("");
    panel.innerHTML = `<h3 id="d-${esc(rowId)}" tabindex="-1">${esc(row[1])} ${chip(row[3])}${row[4] ? ` <small>since ${esc(when(row[4]))}</small>` : ""}</h3>` +
      (changes ? `<h4>Changes</h4><ul class="history">${changes}</ul>` : "") +
      `<h4>Statements that set it</h4><ol class="statements">${d.set.map(([sid, basis]) => statementItem(sid, basis)).join("")}</ol>` +
      (d.more ? `<p class="meta">${d.more} more statement${d.more === 1 ? "" : "s"} set it; all are in the JSON output (positions[].current.statements).</p>` : "") +
      (d.dis.length ? `<h4>Outweighed since</h4><ol class="statements">${d.dis.map((sid) => statementItem(sid)).join("")}</ol>` : "") +
      (d.dmore ? `<p class="meta">and ${d.dmore} more outweighed.</p>` : "");
    return $(`#d-${CSS.escape(rowId)}`);
  }

  /* One article, with its statements marked by stance (said in words too) and the target highlighted. */
  function showArticle(docId, target) {
    const doc = D.docs[D.docIndex[docId]];
    const reader = $("#reader");
    if (!doc || !reader) return null;
    const marks = Object.entries(D.st).filter(([, s]) => D.docs[s[0]][0] === docId)
      .map(([sid, s]) => ({sid, start: s[1], end: s[2], stance: s[6] || "none"})).sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = [];
    for (const m of marks) if (m.end > m.start && (!kept.length || m.start >= kept[kept.length - 1].end)) kept.push(m);
    const anchor = target && target.anchor;
    const segs = [];
    for (const [at, text] of D.texts[docId] || []) {
      let off = 0;
      for (const part of text.split("\n\n")) { if (part.trim()) segs.push([at + off, part]); off += part.length + 2; }
    }
    let prevEnd = null;
    const paras = segs.map(([at, text]) => {
      let html = "";
      const end = at + text.length;
      const cuts = new Set([at, end]);
      for (const m of kept) if (m.end > at && m.start < end) { cuts.add(Math.max(m.start, at)); cuts.add(Math.min(m.end, end)); }
      if (anchor && anchor.end > at && anchor.start < end) { cuts.add(Math.max(anchor.start, at)); cuts.add(Math.min(anchor.end, end)); }
      const edges = [...cuts].sort((a, b) => a - b);
      for (let k = 0; k + 1 < edges.length; k++) {
        const [a, b] = [edges[k], edges[k + 1]];
        let piece = esc(text.slice(a - at, b - at));
        const m = kept.find((x) => x.start <= a && a < x.end);
        if (m) {
          const first = a === Math.max(m.start, at);
          piece = `<mark class="${esc(m.stance)}"${first ? ` id="${esc(m.sid)}"` : ""} data-s="${esc(m.sid)}">${piece}</mark>` +
            (b >= m.end ? `<span class="tag ${esc(m.stance)}" data-for="${esc(m.sid)}">${m.stance === "none" ? "no stance" : esc(m.stance)}</span>` : "");
        }
        if (anchor && anchor.start <= a && a < anchor.end) piece = `<span class="lead" data-a="${esc(anchor.id)}"${a === anchor.start ? ` id="${esc(anchor.id)}"` : ""}>${piece}</span>`;
        html += piece;
      }
      const gap = prevEnd !== null && at > prevEnd + 2 ? '<p class="gap">[…]</p>' : "";
      prevEnd = end;
      return `${gap}<p>${html}</p>`;
    });
    const full = doc[7] === 2;
    const removed = (D.removed[docId] || []);
    reader.innerHTML = `<article class="doc" id="${esc(docId)}" tabindex="-1"><h3>${esc(doc[1])}</h3>` +
      `<p class="meta">${esc(D.outlets[doc[2]])}${doc[3] ? " · " + esc(doc[3]) : ""} · ${doc[6]} statement${doc[6] === 1 ? "" : "s"} · ` +
      `${doc[5] ? `<a href="${esc(doc[5])}" rel="noopener noreferrer">${esc(doc[4])}</a>` : esc(doc[4])}</p>` +
      `<div class="body">${paras.join("") || '<p class="note">The text of this article is not in this briefing (the page keeps under 3 MB); it is in the JSON output.</p>'}</div>` +
      (full ? "" : '<p class="meta">Only the paragraphs holding its statements are in this briefing; the whole text is in the JSON output.</p>') +
      (removed.length ? `<aside class="removed"><details><summary>Removed as boilerplate: ${removed.length} line${removed.length === 1 ? "" : "s"}</summary><ul>` +
        removed.map(([why, text]) => `<li><span class="why">${esc(why)}:</span> ${esc(text)}</li>`).join("") + "</ul></details></aside>" : "") +
      "</article>";
    return reader;
  }

  function highlight(el) {
    document.querySelectorAll(".hit").forEach((e) => e.classList.remove("hit"));
    if (!el) return;
    const sid = el.dataset.s || el.dataset.a;
    const all = sid ? document.querySelectorAll(`[data-s="${CSS.escape(sid)}"], [data-a="${CSS.escape(sid)}"]`) : [el];
    all.forEach((e) => e.classList.add("hit"));
    el.scrollIntoView({block: "center"});
  }

  /* Where a link inside the page points: a statement, an article, a passage, a position. */
  function route() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || (document.getElementById(id) && !/^(s\d+|d\d+(-c\d+)?)$/.test(id))) return;
    load().then(() => {
      if (id.startsWith("d-pos-")) { const el = showPosition(id.slice(2)); if (el) { el.scrollIntoView(); el.focus(); } return; }
      if (D.st[id]) { showArticle(D.docs[D.st[id][0]][0]); highlight(document.getElementById(id)); return; }
      if (D.anchors[id]) { const [di, start, end] = D.anchors[id];
        showArticle(D.docs[di][0], {anchor: {id, start, end}}); highlight(document.getElementById(id)); return; }
      if (D.docIndex[id] !== undefined) { const r = showArticle(id); if (r) { r.scrollIntoView(); } return; }
    });
  }

  /* Paged lists: the timeline and the articles. */
  function pager(box, items, render, state) {
    const pages = Math.max(1, Math.ceil(items.length / PAGE));
    state.page = Math.min(state.page || 0, pages - 1);
    const slice = items.slice(state.page * PAGE, (state.page + 1) * PAGE);
    box.querySelector(".items").innerHTML = slice.map(render).join("") || '<p class="note">Nothing to list.</p>';
    box.querySelector(".where").textContent = items.length ? `${state.page * PAGE + 1}–${state.page * PAGE + slice.length} of ${items.length}` : "";
    box.querySelector(".prev").disabled = state.page === 0;
    box.querySelector(".next").disabled = state.page >= pages - 1;
  }

  function timelineRow(t) {
    const [, date, kind, number, text, who, stance, , href] = t;
    const doc = D.docs[t[7]];
    const what = kind === "statement" ? `<strong>${esc(who)}</strong> ${chip(stance)} ${esc(text)}` : `${esc(text)}${who ? ` <small>(${esc(who)})</small>` : ""}`;
    return `<tr><td class="date">${esc(when(date))}</td><td class="num">${esc(number)}</td><td class="what">${what}</td>` +
      `<td class="source"><a href="${esc(href)}">${esc(D.outlets[doc[2]])}</a></td></tr>`;
  }

  function articleRow(d) {
    return `<li><a href="#${esc(d[0])}">${esc(d[1])}</a> <span class="meta">${esc(D.outlets[d[2]])}${d[3] ? ", " + esc(d[3]) : ""} · ` +
      `${d[6]} statement${d[6] === 1 ? "" : "s"}${d[7] === 0 ? " · text not in this page" : ""}</span></li>`;
  }

  function setupLists() {
    const tl = $("#timeline-list");
    if (tl) {
      const state = {page: 0};
      const draw = () => pager(tl, D.timeline, timelineRow, state);
      tl.querySelector(".prev").onclick = () => { state.page--; draw(); };
      tl.querySelector(".next").onclick = () => { state.page++; draw(); };
      draw();
    }
    const al = $("#article-list");
    if (al) {
      const state = {page: 0};
      const select = al.querySelector("select");
      select.innerHTML = '<option value="">all outlets</option>' + D.outlets.map((o, i) => `<option value="${i}">${esc(o)}</option>`).join("");
      const search = al.querySelector("input");
      const items = () => D.docs.filter((d) => (select.value === "" || d[2] === +select.value) &&
        (!search.value || d[1].toLowerCase().includes(search.value.toLowerCase())));
      const draw = () => pager(al, items(), articleRow, state);
      select.onchange = search.oninput = () => { state.page = 0; draw(); };
      al.querySelector(".prev").onclick = () => { state.page--; draw(); };
      al.querySelector(".next").onclick = () => { state.page++; draw(); };
      document.querySelectorAll("a[data-outlet]").forEach((a) => a.addEventListener("click", () => {
        select.value = String(D.outlets.indexOf(a.dataset.outlet)); state.page = 0; draw(); }));
      draw();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (!("DecompressionStream" in window)) {
      document.querySelectorAll(".needs-script").forEach((e) => { e.textContent = "This browser cannot open the briefing's details (it lacks DecompressionStream); the JSON output has them all."; });
      return;
    }
    const more = $("#more-rows");
    if (more) more.addEventListener("click", () => moreRows(more));
    window.addEventListener("hashchange", route);
    load().then(() => {
      document.querySelectorAll(".needs-script").forEach((e) => e.remove());
      setupLists();
      if (D.rows.length) showPosition(D.rows[0][13]);  // the most heard actor's, until another is chosen
      route();
    });
  });
})();
