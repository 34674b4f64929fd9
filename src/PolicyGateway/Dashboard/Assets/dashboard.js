// PolicyGateway dashboard. Plain script, no dependencies, nothing fetched but the admin API of this gateway.
// Everything shown is set with textContent or createElement: recorded text (excerpts, user agents, captured bodies)
// is data, never markup.
"use strict";

(() => {
  const API = "/admin/api";
  const KEY_STORAGE = "pgw-admin-key";
  const PAGE_SIZE = 50;
  const SVG = "http://www.w3.org/2000/svg";

  const $ = (id) => document.getElementById(id);
  const state = { key: null, rules: new Map(), next: null, shown: new Set(), stream: null, filters: {} };

  // ---- DOM helpers -------------------------------------------------------------------------------------------------

  function el(tag, options, ...children) {
    const node = document.createElement(tag);
    if (options) {
      if (options.className) node.className = options.className;
      if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
      if (options.attrs) for (const [name, value] of Object.entries(options.attrs)) node.setAttribute(name, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
  const fmtTime = (iso) => timeFormat.format(new Date(iso));
  const fmtNumber = (n) => new Intl.NumberFormat().format(n);
  const actionOf = (d) => (d.action === "allow" && d.shadowRules && d.shadowRules.length > 0 ? "shadow" : d.action);
  const actionLabel = { deny: "denied", shadow: "would deny", allow: "allowed" };

  // ---- admin API ---------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, message, errors) { super(message); this.status = status; this.errors = errors || []; }
  }

  async function api(path, init) {
    const headers = new Headers((init && init.headers) || {});
    headers.set("x-admin-key", state.key);
    const response = await fetch(API + path, { ...init, headers, cache: "no-store" });
    if (response.status === 401) { signOut("The admin key was refused; sign in again."); throw new ApiError(401, "unauthorized"); }
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      let errors = [];
      try {
        const body = await response.json();
        if (body && body.error) { message = body.error.message || message; errors = body.error.errors || []; }
      } catch { /* not JSON */ }
      throw new ApiError(response.status, message, errors);
    }
    return response;
  }

  const getJson = async (path) => (await api(path)).json();

  // ---- sign-in -----------------------------------------------------------------------------------------------------

  async function signIn(key) {
    state.key = key;
    const response = await fetch(API + "/rules", { headers: { "x-admin-key": key }, cache: "no-store" });
    if (!response.ok) {
      state.key = null;
      throw new Error(response.status === 403 ? "That is a caller's gateway key, not an admin key." : "The admin key was refused.");
    }
    sessionStorage.setItem(KEY_STORAGE, key);
    loadRules(await response.json());
    $("sign-in").hidden = true;
    $("app").hidden = false;
    $("sign-out").hidden = false;
    $("live-status").hidden = false;
    state.filters = readFilters();
    await Promise.all([refreshSummary(), refreshChart(), loadDecisions(true)]);
    startStream();
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY_STORAGE);
    state.key = null;
    if (state.stream) state.stream.abort();
    state.stream = null;
    $("app").hidden = true;
    $("detail").hidden = true;
    $("sign-out").hidden = true;
    $("live-status").hidden = true;
    $("sign-in").hidden = false;
    $("sign-in-error").textContent = message || "";
    $("admin-key").value = "";
  }

  function loadRules(catalog) {
    state.rules = new Map(catalog.rules.map((r) => [r.id, r]));
    const select = $("filter-rule");
    const current = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const rule of catalog.rules) {
      if (rule.effect !== "deny") continue;
      select.append(el("option", { text: rule.id + (rule.mode === "shadow" ? " (shadow)" : ""), attrs: { value: rule.id } }));
    }
    select.value = current;
  }

  // ---- summary cards -----------------------------------------------------------------------------------------------

  async function refreshSummary() {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const data = await getJson("/aggregates?bucket=day&from=" + encodeURIComponent(midnight.toISOString()));
    const totals = { action: new Map(), rule: new Map(), caller: new Map() };
    for (const row of data.rows) {
      const map = totals[row.dimension];
      if (map) map.set(row.key, (map.get(row.key) || 0) + row.count);
    }
    $("card-denied").textContent = fmtNumber(totals.action.get("deny") || 0);
    $("card-shadow").textContent = fmtNumber(totals.action.get("shadow") || 0);
    fillTop($("card-rules"), totals.rule);
    fillTop($("card-callers"), totals.caller);
  }

  function fillTop(list, counts) {
    clear(list);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    if (top.length === 0) { list.append(el("li", { className: "muted", text: "none" })); return; }
    for (const [key, count] of top) list.append(el("li", null, el("span", { text: key }), el("span", { className: "count", text: fmtNumber(count) })));
  }

  // ---- chart (SVG drawn here: no chart library) --------------------------------------------------------------------

  async function refreshChart() {
    const range = $("chart-range").value;
    const hourly = range === "24h";
    const width = hourly ? 3600e3 : 86400e3;
    const buckets = hourly ? 24 : 30;
    const end = Math.floor(Date.now() / width) * width + width;
    const start = end - buckets * width;
    const data = await getJson(`/aggregates?bucket=${hourly ? "hour" : "day"}&from=${encodeURIComponent(new Date(start).toISOString())}`);
    const series = new Map();
    for (const row of data.rows) {
      if (row.dimension !== "denied_rule") continue;
      const index = Math.floor((Date.parse(row.bucket) - start) / width);
      if (index < 0 || index >= buckets) continue;
      if (!series.has(row.key)) series.set(row.key, new Array(buckets).fill(0));
      series.get(row.key)[index] += row.count;
    }
    drawChart([...series.entries()].sort((a, b) => a[0].localeCompare(b[0])).slice(0, 6), buckets, start, width, hourly);
  }

  function drawChart(series, buckets, start, width, hourly) {
    const host = $("chart");
    const legend = $("chart-legend");
    clear(host);
    clear(legend);
    const W = 900, H = 240, left = 44, right = 12, top = 12, bottom = 28;
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", "aria-hidden": "true" });
    const max = Math.max(1, ...series.flatMap(([, values]) => values));
    const x = (i) => left + (i + 0.5) * ((W - left - right) / buckets);
    const y = (v) => H - bottom - (v / max) * (H - top - bottom);
    root.append(svg("line", { class: "axis", x1: left, y1: H - bottom, x2: W - right, y2: H - bottom }));
    root.append(svg("line", { class: "axis", x1: left, y1: top, x2: left, y2: H - bottom }));
    for (const v of [0, Math.round(max / 2), max]) {
      root.append(svg("text", { class: "tick", x: left - 6, y: y(v) + 4, "text-anchor": "end" }, fmtNumber(v)));
    }
    const labelEvery = hourly ? 4 : 5;
    for (let i = 0; i < buckets; i += labelEvery) {
      const date = new Date(start + i * width);
      const label = hourly ? date.getHours().toString().padStart(2, "0") + ":00" : (date.getMonth() + 1) + "/" + date.getDate();
      root.append(svg("text", { class: "tick", x: x(i), y: H - 8, "text-anchor": "middle" }, label));
    }
    if (series.length === 0) {
      root.append(svg("text", { class: "empty", x: W / 2, y: H / 2, "text-anchor": "middle" }, "No rule matched in this range"));
    }
    series.forEach(([rule, values], n) => {
      const cls = "s" + (n + 1);
      const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
      root.append(svg("polyline", { class: cls, points, fill: "none", "stroke-width": 2, "fill-opacity": 0 }));
      values.forEach((v, i) => {
        if (v === 0) return;
        const dot = svg("circle", { class: cls, cx: x(i), cy: y(v), r: 3 });
        dot.append(svg("title", {}, `${rule}: ${v} at ${new Date(start + i * width).toLocaleString()}`));
        root.append(dot);
      });
      legend.append(el("li", null, el("span", { className: "swatch " + cls }), el("span", { text: `${rule} (${fmtNumber(values.reduce((a, b) => a + b, 0))})` })));
    });
    host.append(root);
    host.setAttribute("aria-label", series.length === 0 ? "No rule matched in this range"
      : "Rule matches per " + (hourly ? "hour" : "day") + ": " + series.map(([r, v]) => `${r} ${v.reduce((a, b) => a + b, 0)}`).join(", "));
  }

  // ---- filters, table, paging --------------------------------------------------------------------------------------

  function readFilters() {
    const form = $("filters");
    const filters = {};
    for (const name of ["action", "caller", "rule", "sector", "country", "api", "q"]) {
      const value = form.elements[name].value.trim();
      if (value) filters[name] = name === "country" ? value.toUpperCase() : value;
    }
    for (const name of ["from", "to"]) {
      const value = form.elements[name].value;
      if (value) filters[name] = new Date(value).toISOString();
    }
    return filters;
  }

  const queryString = (filters, extra) => new URLSearchParams({ ...filters, ...(extra || {}) }).toString();

  async function loadDecisions(reset) {
    $("table-error").textContent = "";
    const body = $("decision-rows");
    const extra = { limit: String(PAGE_SIZE) };
    if (!reset && state.next) extra.cursor = state.next;
    let page;
    try {
      page = await getJson("/decisions?" + queryString(state.filters, extra));
    } catch (error) {
      $("table-error").textContent = error.message;
      return;
    }
    if (reset) { clear(body); state.shown.clear(); }
    for (const decision of page.decisions) {
      if (state.shown.has(decision.id)) continue;
      body.append(row(decision, false));
    }
    state.next = page.next;
    $("load-more").hidden = !page.next;
    $("table-empty").hidden = body.rows.length > 0;
  }

  function row(decision, isNew) {
    state.shown.add(decision.id);
    const action = actionOf(decision);
    const rules = [...(decision.enforcedRules || []), ...(decision.shadowRules || [])];
    const evidence = (decision.evidence || []).map((e) => `${e.intent}: ${e.excerpt}`).join(" · ");
    const tr = el("tr", { className: isNew ? "new" : "", attrs: { tabindex: "0", "data-id": decision.id, "aria-label": `${actionLabel[action] || action} call by ${decision.callerId}, open details` } },
      el("td", { className: "time", text: fmtTime(decision.time) }),
      el("td", null, el("span", { className: "badge " + action, text: actionLabel[action] || action })),
      el("td", { className: "caller", text: decision.callerId }),
      el("td", { className: "rule mono", text: rules.join(", ") || (decision.failure ? "fail-safe" : "–") }),
      el("td", { text: decision.api }),
      el("td", { className: "evidence", text: evidence || "–", attrs: { title: evidence } }));
    tr.addEventListener("click", () => openDetail(decision.id));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openDetail(decision.id); } });
    return tr;
  }

  /** The same filters as the admin API's list, applied to a decision arriving on the stream. */
  function matches(decision, filters) {
    if (filters.action && (filters.action === "shadow" ? !(decision.shadowRules || []).length : decision.action !== filters.action)) return false;
    if (filters.caller && decision.callerId !== filters.caller) return false;
    if (filters.rule && ![...(decision.enforcedRules || []), ...(decision.shadowRules || [])].includes(filters.rule)) return false;
    if (filters.sector && decision.sector !== filters.sector) return false;
    if (filters.country && decision.country !== filters.country) return false;
    if (filters.api && decision.api !== filters.api) return false;
    const time = Date.parse(decision.time);
    if (filters.from && time < Date.parse(filters.from)) return false;
    if (filters.to && time >= Date.parse(filters.to)) return false;
    if (filters.q) {
      const text = (decision.evidence || []).map((e) => `${e.intent} ${e.signal} ${e.location} ${e.excerpt}`).join("\n").toLowerCase();
      if (!text.includes(filters.q.toLowerCase())) return false;
    }
    return true;
  }

  // ---- live stream (fetch, not EventSource: EventSource cannot send the admin key header) --------------------------

  function startStream() {
    if (state.stream) state.stream.abort();
    const controller = new AbortController();
    state.stream = controller;
    const status = $("live-status");
    const run = async () => {
      let delay = 1000;
      while (!controller.signal.aborted) {
        try {
          const response = await api("/stream", { signal: controller.signal });
          status.textContent = "live"; status.className = "live on";
          delay = 1000;
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let end;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              handleEvent(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
          }
        } catch (error) {
          if (controller.signal.aborted || (error instanceof ApiError && error.status === 401)) return;
        }
        status.textContent = "reconnecting…"; status.className = "live off";
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 15000);
      }
    };
    run();
  }

  let summaryTimer = null;

  function handleEvent(block) {
    let event = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    if (event !== "decision" || data.length === 0) return;
    const decision = JSON.parse(data.join("\n"));
    if (!state.shown.has(decision.id) && matches(decision, state.filters)) {
      $("decision-rows").prepend(row(decision, true));
      $("table-empty").hidden = true;
    }
    // Cards and chart follow too, at most once a second however fast decisions arrive.
    if (!summaryTimer) {
      summaryTimer = setTimeout(() => { summaryTimer = null; refreshSummary().catch(() => {}); refreshChart().catch(() => {}); }, 1000);
    }
  }

  // ---- detail ------------------------------------------------------------------------------------------------------

  function facts(pairs) {
    const dl = el("dl", { className: "facts" });
    for (const [label, value, className] of pairs) {
      if (value === null || value === undefined || value === "") continue;
      dl.append(el("dt", { text: label }), el("dd", { text: value, className: className || "" }));
    }
    return dl;
  }

  async function openDetail(id) {
    const panel = $("detail");
    const body = $("detail-body");
    clear(body);
    panel.hidden = false;
    body.append(el("p", { className: "muted", text: "Loading…" }));
    let d;
    try {
      d = await getJson("/decisions/" + encodeURIComponent(id));
    } catch (error) {
      clear(body);
      body.append(el("p", { className: "error", text: error.message }));
      return;
    }
    clear(body);
    const action = actionOf(d);
    body.append(el("p", null, el("span", { className: "badge " + action, text: actionLabel[action] || action })));
    body.append(facts([
      ["Decision id", d.id, "mono decision-id"],
      ["Time", fmtTime(d.time)],
      ["Caller", `${d.callerId} — ${d.organization}`],
      ["Sector / country", `${d.sector} / ${d.country}${d.subdivision ? " (" + d.subdivision + ")" : ""}`],
      ["Acts for", (d.actsFor || []).join(", ")],
      ["Request", `${d.method} ${d.route}`, "mono"],
      ["API / deployment", `${d.api}${d.deployment ? " / " + d.deployment : ""}`],
      ["Policy version", d.policyVersion, "mono policy-version"],
      ["Model version", d.modelVersion, "mono model-version"],
      ["Fail-safe", d.failure],
      ["Realtime session", d.sessionId, "mono"],
      ["Upstream", d.upstreamStatus ? `${d.upstreamStatus} in ${d.upstreamLatencyMs} ms` : null],
      ["Decided in", `${d.decisionMs} ms`],
    ]));

    const ruleIds = [...(d.enforcedRules || []).map((r) => [r, "enforced"]), ...(d.shadowRules || []).map((r) => [r, "would deny (shadow)"])];
    body.append(el("h3", { text: ruleIds.length === 1 ? "Rule" : "Rules" }));
    if (ruleIds.length === 0) body.append(el("p", { className: "muted", text: "No rule matched." }));
    for (const [ruleId, how] of ruleIds) {
      const rule = state.rules.get(ruleId);
      const box = el("div", { className: "rule", attrs: { "data-rule": ruleId } },
        el("p", null, el("strong", { className: "mono rule-id", text: ruleId }), el("span", { className: "muted", text: " · " + how })));
      if (rule) {
        box.append(el("p", { text: rule.title }));
        if (rule.message) box.append(el("p", { className: "muted small", text: rule.message }));
        box.append(el("blockquote", { className: "rule-quote", text: rule.source.quote }));
        const cite = el("p", { className: "small" }, el("span", { className: "muted", text: "Source: " }), el("cite", { text: rule.source.document }));
        // Only web links become anchors: a candidate pack could name any scheme.
        if (rule.source.link && /^https?:\/\//i.test(rule.source.link)) {
          cite.append(" ", el("a", { text: rule.source.link, attrs: { href: rule.source.link, rel: "noopener noreferrer", target: "_blank" } }));
        }
        box.append(cite);
      } else {
        box.append(el("p", { className: "muted small", text: "This rule is not in the policy pack now in force; its citation is in the pack of version " + d.policyVersion + "." }));
      }
      body.append(box);
    }

    body.append(el("h3", { text: "Evidence" }));
    const evidence = d.evidence || [];
    if (evidence.length === 0) {
      body.append(el("p", { className: "muted", text: "No evidence recorded." }));
    } else {
      const table = el("table", { className: "evidence-table" },
        el("thead", null, el("tr", null, ...["Intent", "Signal", "Location", "Excerpt (redacted)"].map((h) => el("th", { text: h, attrs: { scope: "col" } })))));
      const tbody = el("tbody");
      for (const e of evidence) {
        tbody.append(el("tr", null, el("td", { text: e.intent }), el("td", { text: e.signal }), el("td", { className: "mono", text: e.location }), el("td", { text: e.excerpt })));
      }
      table.append(tbody);
      body.append(table);
    }

    const intents = Object.entries(d.intents || {}).sort((a, b) => b[1] - a[1]);
    if (intents.length > 0) {
      body.append(el("h3", { text: "Intent confidences" }));
      body.append(facts(intents.map(([label, value]) => [label, value.toFixed(3)])));
    }

    if (d.capturedBody !== null && d.capturedBody !== undefined) {
      body.append(el("h3", { text: "Captured request body (full capture is on)" }));
      body.append(el("pre", { className: "captured", text: d.capturedBody }));
    }

    body.append(el("h3", { text: "Integrity" }));
    body.append(facts([
      ["Instance / seq", `${d.instance} / ${d.seq}`],
      ["Body SHA-256", d.bodySha256, "mono"],
      ["Record hash", d.hash, "mono"],
      ["Previous hash", d.prevHash, "mono"],
      ["Client", d.clientAddress],
      ["User agent", d.userAgent],
    ]));
    $("detail-close").focus();
  }

  // ---- export ------------------------------------------------------------------------------------------------------

  async function exportAs(format) {
    $("table-error").textContent = "";
    try {
      // Fetched with the key header, then handed to the browser as a download: a plain link could not carry the key.
      const response = await api("/export?" + queryString(state.filters, { format }));
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = el("a", { attrs: { href: url, download: "decisions." + format } });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (error) {
      $("table-error").textContent = error.message;
    }
  }

  // ---- what-if -----------------------------------------------------------------------------------------------------

  async function previewWhatIf(form) {
    const result = $("whatif-result");
    const errorList = $("whatif-errors");
    clear(result);
    clear(errorList);
    $("whatif-error").textContent = "";
    const files = $("whatif-files").files;
    if (!files || files.length === 0) { $("whatif-error").textContent = "Choose a policy directory first."; return; }
    const data = new FormData();
    for (const file of files) {
      if (!/\.ya?ml$/i.test(file.name)) continue;
      data.append("files", file, file.webkitRelativePath || file.name);
    }
    result.append(el("p", { className: "muted", text: "Replaying…" }));
    let report;
    try {
      report = await (await api("/what-if?since=" + encodeURIComponent(form.elements.since.value), { method: "POST", body: data })).json();
    } catch (error) {
      clear(result);
      $("whatif-error").textContent = error.message;
      for (const line of error.errors || []) errorList.append(el("li", { className: "mono", text: line }));
      return;
    }
    clear(result);
    result.append(facts([
      ["Candidate", `version ${report.candidate.version} (${report.candidate.files.join(", ")})`],
      ["Live", `version ${report.live.version}`],
      ["Replayed", `${fmtNumber(report.evaluated)} decisions since ${fmtTime(report.since)} (${fmtNumber(report.skipped)} fail-safe skipped)`],
      ["Allow → deny", fmtNumber(report.allowToDeny)],
      ["Deny → allow", fmtNumber(report.denyToAllow)],
    ]));
    if (report.rules.length === 0) {
      result.append(el("p", { className: "whatif-summary", text: "No rule changes its verdict on any recorded decision." }));
      return;
    }
    const table = el("table", { className: "whatif-table" },
      el("thead", null, el("tr", null, ...["Rule", "Newly denied", "No longer denied", "Newly would-deny", "No longer would-deny", "Examples"].map((h) => el("th", { text: h, attrs: { scope: "col" } })))));
    const tbody = el("tbody");
    for (const r of report.rules) {
      const examples = el("td");
      for (const id of [...r.newlyDeniedSample, ...r.noLongerDeniedSample].slice(0, 5)) {
        const button = el("button", { className: "link mono", text: id, attrs: { type: "button" } });
        button.addEventListener("click", () => openDetail(id));
        examples.append(button, " ");
      }
      tbody.append(el("tr", null, el("td", { className: "mono", text: r.ruleId }), el("td", { text: fmtNumber(r.newlyDenied) }),
        el("td", { text: fmtNumber(r.noLongerDenied) }), el("td", { text: fmtNumber(r.newlyShadowed) }), el("td", { text: fmtNumber(r.noLongerShadowed) }), examples));
    }
    table.append(tbody);
    result.append(table);
  }

  // ---- wiring ------------------------------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", () => {
    $("sign-in-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      $("sign-in-error").textContent = "";
      try { await signIn($("admin-key").value.trim()); } catch (error) { $("sign-in-error").textContent = error.message; }
    });
    $("sign-out").addEventListener("click", () => signOut(""));
    $("filters").addEventListener("submit", (e) => { e.preventDefault(); state.filters = readFilters(); loadDecisions(true); });
    $("filters").addEventListener("reset", () => setTimeout(() => { state.filters = readFilters(); loadDecisions(true); }, 0));
    $("load-more").addEventListener("click", () => loadDecisions(false));
    $("chart-range").addEventListener("change", () => refreshChart().catch(() => {}));
    $("export-csv").addEventListener("click", () => exportAs("csv"));
    $("export-jsonl").addEventListener("click", () => exportAs("jsonl"));
    $("detail-close").addEventListener("click", () => { $("detail").hidden = true; });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") $("detail").hidden = true; });
    $("whatif-form").addEventListener("submit", (e) => { e.preventDefault(); previewWhatIf(e.target); });

    const saved = sessionStorage.getItem(KEY_STORAGE);
    if (saved) signIn(saved).catch(() => signOut("Sign in again."));
  });
})();
