// The dashboard of voice-agents-mock: plain DOM, no framework, no build step, same origin only.
// Text from the journal is only ever set as textContent (never parsed as HTML): a journalled
// body is whatever a client sent.
"use strict";

const BASE = "/__mock";
const KEEP = 500; // rows kept in the page: its memory stays flat however long it stays open
// Entries asked for per poll: what a poll costs the mock is bounded, however busy it is (the
// rest stays in the journal and the HAR).
const POLL_LIMIT = 100;
const POLL_MS = 1000;
const state = { tab: "requests", after: 0, rows: [], selected: null, timer: null,
  operations: new Set(), workspaces: new Set() };

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function status(text) { document.getElementById("status").textContent = text; }

async function getJSON(path) {
  const response = await fetch(BASE + path, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// Actions are JSON POSTs only: the one kind of write another origin cannot send unasked.
async function post(path, body) {
  const response = await fetch(BASE + path, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.message || `${path}: ${response.status}`);
  return answer;
}

function pretty(value) {
  if (value === undefined) return "(absent)";
  return typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value, null, 2);
}

// ------------------------------------------------------------------ Requests
// Off-spec: accepted although the exchange departs from the spec (a programmed answer, an
// answer Prism flags); a refusal is shown as refused.
function offSpec(entry) {
  return entry.off_spec.length > 0 || (entry.status < 400 && entry.violations.length > 0);
}

function shown(entry) {
  const op = document.getElementById("f-operation").value;
  const ws = document.getElementById("f-workspace").value;
  const cls = document.getElementById("f-status").value;
  const refused = document.getElementById("f-refused").checked;
  if (op && entry.operation !== op) return false;
  if (ws && entry.workspace !== ws) return false;
  if (cls && String(entry.status)[0] !== cls) return false;
  if (refused && !(entry.status >= 400 || offSpec(entry) || entry.violations.length)) return false;
  return true;
}

function addOption(id, set, value) {
  if (!value || set.has(value)) return;
  set.add(value);
  document.getElementById(id).append(el("option", { value }, value));
  if (id === "f-workspace") document.getElementById("workspaces").append(el("option", { value }));
}

function row(entry) {
  const classes = [entry.status >= 400 ? "refused" : "", offSpec(entry) ? "offspec" : ""];
  const tr = el("tr", { "data-id": entry.id, class: classes.join(" ").trim(),
    onclick: () => openDetail(entry) },
  el("td", {}, entry.time.slice(11, 23)), el("td", {}, entry.method),
  el("td", { class: "path" }, entry.path), el("td", {}, entry.operation || ""),
  el("td", {}, entry.workspace || ""), el("td", { class: "status" }, entry.status),
  el("td", {}, entry.duration_ms), el("td", {}, entry.warnings.join("; ")));
  tr.hidden = !shown(entry);
  return tr;
}

function render() {
  const body = document.querySelector("#requests tbody");
  body.replaceChildren(...state.rows.slice().reverse().map(row));
}

async function pollRequests() {
  if (document.getElementById("f-paused").checked) return;
  const { requests } = await getJSON(`/requests?after=${state.after}&limit=${POLL_LIMIT}&view=summary`);
  if (requests.length === 0) return;
  state.after = requests[requests.length - 1].id;
  for (const entry of requests) {
    addOption("f-operation", state.operations, entry.operation);
    addOption("f-workspace", state.workspaces, entry.workspace);
  }
  state.rows = state.rows.concat(requests).slice(-KEEP);
  const body = document.querySelector("#requests tbody");
  for (const entry of requests) body.prepend(row(entry));
  while (body.rows.length > KEEP) body.lastElementChild.remove();
}

// What came at a violation's location: the request's value there, or "(absent)".
function valueAt(entry, location) {
  const parts = location.split(".");
  if (parts[0] !== "request") return undefined;
  let value;
  if (parts[1] === "body") value = entry.body;
  else if (parts[1] === "query") value = entry.query;
  else if (parts[1] === "header") value = entry.headers;
  else if (parts[1] === "path") return entry.path;
  else return undefined;
  for (const part of parts.slice(2)) {
    if (value === null || typeof value !== "object" || !(part in value)) return undefined;
    value = value[part];
  }
  return value;
}

function jsonPath(location) {
  const parts = location.split(".");
  const rest = parts.slice(2).map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join("");
  return parts.length > 1 ? `${parts[0]}.${parts[1]} $${rest}` : location;
}

function violations(entry) {
  if (!entry.violations.length && !entry.off_spec.length) return null;
  return el("div", {},
    el("h3", {}, "Where it departs from the spec"),
    ...entry.violations.map((v) => el("div", { class: "violation", "data-location": v.location },
      el("div", {}, "Path: ", el("code", {}, jsonPath(v.location))),
      el("div", {}, "The spec wants: ", v.message, ` (${v.severity})`),
      el("div", {}, "What came: ", el("code", {}, pretty(valueAt(entry, v.location)))))),
    ...entry.off_spec.map((text) => el("div", { class: "violation" }, "Programmed answer: ", text)));
}

// A row holds the summary; its headers and bodies are fetched when it is opened.
async function openDetail(summary) {
  let entry;
  try { entry = await getJSON(`/requests/${summary.id}`); } catch (err) {
    status(`entry ${summary.id} is no longer in the journal`);
    return;
  }
  const detail = document.getElementById("detail");
  document.querySelectorAll("#requests tr.selected").forEach((tr) => tr.classList.remove("selected"));
  document.querySelector(`#requests tr[data-id="${entry.id}"]`)?.classList.add("selected");
  detail.hidden = false;
  detail.replaceChildren(...[
    el("h2", {}, `#${entry.id} ${entry.method} ${entry.path} → ${entry.status}`),
    violations(entry),
    entry.warnings.length ? el("p", {}, "Warnings: ", entry.warnings.join("; ")) : null,
    el("h3", {}, "Request headers (keys masked)"), el("pre", {}, pretty(entry.headers)),
    el("h3", {}, "Request body"), el("pre", {}, pretty(entry.body)),
    el("h3", {}, "Response headers"), el("pre", {}, pretty(entry.response.headers)),
    el("h3", {}, "Response body"), el("pre", {}, pretty(entry.response.body)),
  ].filter((node) => node !== null));
}

// ------------------------------------------------------------------ Webhooks
async function resend(id) {
  try {
    const record = await post(`/webhooks/${id}/resend`);
    status(`delivery ${id} sent again as ${record.id}: ${record.status ?? record.error}`);
  } catch (err) { status(String(err.message || err)); }
  await pollWebhooks();
}

async function pollWebhooks() {
  const { webhooks } = await getJSON("/webhooks");
  const groups = new Map();
  for (const record of webhooks) {
    if (!groups.has(record.callId)) groups.set(record.callId, []);
    groups.get(record.callId).push(record);
  }
  document.getElementById("webhooks").replaceChildren(...[...groups].reverse().map(([call, list]) =>
    el("div", { class: "group", "data-call": call }, el("h3", {}, `call ${call}`),
      el("table", {}, el("thead", {}, el("tr", {}, ...["Id", "Time", "Event", "Target", "Answer",
        "Fault", ""].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...list.map((r) => el("tr", { "data-delivery": r.id },
        el("td", {}, r.id), el("td", {}, r.time.slice(11, 23)), el("td", {}, r.type),
        el("td", { class: "path" }, r.url),
        el("td", { class: r.error ? "error" : "" }, r.status ?? r.error),
        el("td", { class: "fault" }, r.fault || (r.resendOf ? `resend of ${r.resendOf}` : "")),
        el("td", {}, el("button", { type: "button", class: "action resend",
          onclick: () => resend(r.id) }, "Resend")))))))));
  if (!webhooks.length) document.getElementById("webhooks").append(el("p", {}, "No deliveries yet."));
}

// ------------------------------------------------------------------ State
function section(title, value) {
  const count = Array.isArray(value) ? ` (${value.length})` : "";
  return el("div", { class: "group", "data-section": title }, el("h3", {}, title + count),
    el("pre", {}, pretty(value)));
}

async function showState() {
  const input = document.getElementById("state-workspace");
  const workspace = input.value || [...state.workspaces][0] || "";
  if (!workspace) { status("name a workspace"); return; }
  input.value = workspace;
  const dump = await getJSON(`/state?workspace=${encodeURIComponent(workspace)}`);
  const out = document.getElementById("state");
  if (!dump.stateful) { out.replaceChildren(el("p", {}, "This mock keeps no state (--stateless).")); return; }
  const calls = (dump.calls || []).map((c) => ({ callId: c.callId, status: c.status, ended: c.ended }));
  const files = (dump.knowledge_base_files || []).map((f) => ({ id: f._id ?? f.id, status: f.status }));
  out.replaceChildren(section("calls", calls), section("knowledge_base_files", files),
    ...Object.entries(dump).filter(([k]) => !["calls", "knowledge_base_files", "stateful"].includes(k))
      .map(([k, v]) => section(k, v)));
}

async function reset(workspace) {
  try {
    await post("/reset", workspace ? { workspace } : {});
    status(`reset ${workspace || "all"}`);
    state.after = 0; state.rows = []; render();
  } catch (err) { status(String(err.message || err)); }
}

// ------------------------------------------------------------------ Programmed answers
async function pollPrograms() {
  const { responses } = await getJSON("/responses");
  document.querySelector("#programs tbody").replaceChildren(...responses.map((p) =>
    el("tr", { "data-program": p.id }, ...[p.id, p.operation, p.status, p.times_left, p.delay_ms,
      p.fault || "", p.scenario || "", (p.webhook_faults || []).join(", "), p.workspace || "",
      p.off_spec.join("; ")].map((v) => el("td", {}, v)))));
}

// ------------------------------------------------------------------ Export
async function summariseHar() {
  const har = await getJSON("/requests.har");
  document.getElementById("har-summary").textContent =
    `${har.log.entries.length} entries, HAR ${har.log.version}`;
}

// ------------------------------------------------------------------ tabs and the live loop
const POLLERS = { requests: pollRequests, webhooks: pollWebhooks, programs: pollPrograms,
  state: async () => {}, export: summariseHar };

async function tick() {
  try {
    await POLLERS[state.tab]();
    status(`live · ${new Date().toLocaleTimeString()}`);
  } catch (err) { status(`mock unreachable: ${err.message || err}`); }
  // Hidden tabs and pages cost nothing: only the visible tab is polled.
  const wait = document.hidden ? POLL_MS * 5 : POLL_MS;
  state.timer = setTimeout(tick, state.tab === "export" || state.tab === "state" ? wait * 10 : wait);
}

function select(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll("nav button")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === tab));
  }
  for (const panel of document.querySelectorAll(".tab")) panel.hidden = panel.id !== `tab-${tab}`;
  clearTimeout(state.timer);
  if (tab === "state") showState().catch((err) => status(String(err.message || err)));
  tick();
}

document.addEventListener("DOMContentLoaded", () => {
  // The tab is the URL's fragment (#webhooks, ...): a tab can be bookmarked or linked.
  for (const button of document.querySelectorAll("nav button")) {
    button.addEventListener("click", () => { location.hash = button.dataset.tab; });
  }
  window.addEventListener("hashchange", () => {
    if (location.hash.slice(1) in POLLERS) select(location.hash.slice(1));
  });
  document.getElementById("filters").addEventListener("change", render);
  document.getElementById("state-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showState().catch((err) => status(String(err.message || err)));
  });
  document.getElementById("reset-workspace").addEventListener("click", () => {
    const workspace = document.getElementById("state-workspace").value;
    if (!workspace) { status("name a workspace"); return; }
    reset(workspace).then(showState);
  });
  document.getElementById("reset-all").addEventListener("click", () => reset(null));
  document.getElementById("clear-programs").addEventListener("click", async () => {
    try { await post("/responses/clear"); status("programmed answers cleared"); } catch (err) {
      status(String(err.message || err));
    }
    await pollPrograms();
  });
  select(location.hash.slice(1) in POLLERS ? location.hash.slice(1) : "requests");
});
