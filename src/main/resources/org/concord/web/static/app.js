// Concord's page: plain DOM, no framework, no build step. Every piece of data reaches the page as text nodes
// (el() below), never as markup.
'use strict';

const LANG_NAMES = { en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', zh: 'Chinese', ar: 'Arabic' };
const DEBOUNCE_MS = 120;

const $ = (id) => document.getElementById(id);

/** Builds an element; strings among the children become text nodes, null children are skipped. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function langAttrs(lang, dir) {
  return { lang, dir: dir || (lang === 'ar' ? 'rtl' : 'ltr') };
}

// ---------------------------------------------------------------- copying

function announce(message) {
  const toast = $('toast');
  toast.textContent = message;
  toast.classList.add('shown');
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => toast.classList.remove('shown'), 1800);
}

async function copy(text, button) {
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch (e) {
    // Clipboard API refused (no permission, not focused): the older route still works in a user gesture.
    const area = el('textarea', { class: 'offscreen', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    done = document.execCommand('copy');
    area.remove();
    button.focus();
  }
  announce(done ? `Copied: ${text}` : 'Could not copy: select the text instead');
  if (done) {
    button.textContent = 'Copied';
    button.classList.add('done');
    setTimeout(() => { button.textContent = 'Copy'; button.classList.remove('done'); }, 1500);
  }
}

function copyButton(text, what) {
  return el('button', { type: 'button', class: 'copy', 'aria-label': `Copy ${what}: ${text}`, 'data-copy': text,
    onclick: (e) => copy(text, e.currentTarget) }, 'Copy');
}

// ---------------------------------------------------------------- search

let generation = 0;
let inflight = null;

/** The query's language when the script tells it; Latin script is left to the term hits (or English). */
function scriptLang(text) {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return null;
}

async function getJson(path, params, signal) {
  const url = path + '?' + new URLSearchParams(params).toString();
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (response.status === 401 && window.concordTeam) window.concordTeam.signedOut();
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function scheduleSearch() {
  clearTimeout(scheduleSearch.timer);
  scheduleSearch.timer = setTimeout(search, DEBOUNCE_MS);
}

async function search() {
  const text = $('q').value.trim();
  const mine = ++generation;
  if (inflight) inflight.abort();
  const long = scriptLang(text) === 'zh' ? 1 : 2;
  if (text.length < long) {
    clearResults();
    $('status').textContent = text ? 'Keep typing…' : '';
    if (!text) history.replaceState(null, '', location.pathname + location.hash);
    return;
  }
  history.replaceState(null, '', `?${new URLSearchParams({ q: text })}${location.hash}`);
  inflight = new AbortController();
  const signal = inflight.signal;
  const chosen = $('lang').value;
  const started = performance.now();
  try {
    const termParams = { q: text, limit: 10 };
    if (chosen !== 'auto') termParams.lang = chosen;
    const terms = await getJson('/api/terms', termParams, signal);
    if (mine !== generation) return;
    $('results').hidden = false;
    renderTerms(terms.hits);

    let lang = chosen;
    if (lang === 'auto') {
      lang = scriptLang(text) || (terms.hits.length ? terms.hits[0].matched.lang : 'en');
      if (!LANG_NAMES[lang]) lang = 'en';
    }
    let tgt = $('tgt').value;
    if (tgt === lang) tgt = lang === 'en' ? 'fr' : 'en';
    const [conc, fuzzy] = await Promise.all([
      getJson('/api/concordance', { q: text, lang, max: 20 }, signal),
      getJson('/api/fuzzy', { q: text, src: lang, tgt, min: 50, max: 5 }, signal),
    ]);
    if (mine !== generation) return;
    renderConcordance(conc.hits, tgt, approvedRenderings(terms.hits, tgt));
    renderFuzzy(fuzzy.matches, lang, tgt);
    const ms = Math.round(performance.now() - started);
    $('status').textContent = `${LANG_NAMES[lang]} → ${LANG_NAMES[tgt]}: ${plural(terms.hits.length, 'concept')}, `
      + `${plural(conc.hits.length, 'concordance hit')}, ${plural(fuzzy.matches.length, 'fuzzy match', 'fuzzy matches')} (${ms} ms)`;
  } catch (e) {
    if (e.name === 'AbortError' || mine !== generation) return;
    $('status').textContent = `Search failed: ${e.message}`;
  }
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many || one + 's'}`;
}

function clearResults() {
  $('results').hidden = true;
  for (const id of ['terms', 'concordance', 'fuzzy']) $(id).replaceChildren();
  for (const id of ['terms-count', 'conc-count', 'fuzzy-count']) $(id).textContent = '';
}

function count(id, n) {
  $(id).textContent = n ? `(${n})` : '';
}

function empty(message) {
  return el('p', { class: 'empty' }, message);
}

function renderTerms(hits) {
  count('terms-count', hits.length);
  const box = $('terms');
  if (!hits.length) {
    box.replaceChildren(empty('No term in the termbase matches.'));
    return;
  }
  box.replaceChildren(...hits.map(conceptCard));
}

function conceptCard(hit) {
  const rows = hit.languages.map((l) => el('tr', { 'data-lang': l.lang },
    el('th', { scope: 'row' }, el('abbr', { title: LANG_NAMES[l.lang] || l.lang }, l.lang.toUpperCase())),
    el('td', langAttrs(l.lang, l.dir),
      l.terms.length
        ? el('ul', { class: 'renderings' }, l.terms.map((t) => el('li', { class: t.approved ? 'approved' : 'not-approved' },
            el('span', { class: 'term' }, t.text),
            el('span', { class: `status ${t.status}`, lang: 'en', dir: 'ltr' }, t.status),
            t.termType && t.termType !== 'fullForm' ? el('span', { class: 'type', lang: 'en' }, t.termType) : null,
            copyButton(t.text, `${LANG_NAMES[l.lang] || l.lang} rendering`))))
        : el('span', { class: 'missing', lang: 'en', dir: 'ltr' }, 'no rendering'))));
  const card = el('article', { class: 'concept', 'data-concept': hit.conceptId },
    el('header', {},
      el('h3', langAttrs(hit.matched.lang), hit.matched.text),
      // A match on a deprecated or superseded term must not pass for the standard rendering.
      hit.matched.approved ? null : el('span', { class: `status ${hit.matched.status}` }, `matched a ${hit.matched.status} term`),
      el('span', { class: `kind ${hit.kind}`, title: `score ${hit.score.toFixed(2)}` },
        hit.kind === 'exact' ? 'exact' : `${hit.kind} ${Math.round(hit.score * 100)}%`),
      hit.subjectField ? el('span', { class: 'subject' }, hit.subjectField) : null,
      el('span', { class: 'id' }, hit.conceptId)),
    hit.definition ? el('p', { class: 'definition' }, hit.definition) : null,
    hit.note ? el('p', { class: 'note' }, hit.note) : null,
    el('table', { class: 'languages' }, el('tbody', {}, rows)),
    hit.source ? el('p', { class: 'origin' }, 'Source: ', hit.source) : null);
  // The team server adds edit, propose and history controls (team.js); the single-user page has none.
  if (window.concordTeam) window.concordTeam.decorateConcept(card, hit);
  return card;
}

/** The text with the given [start, end) spans wrapped in <mark>, built from text nodes only. */
function highlighted(text, spans, markClass) {
  const parts = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    parts.push(text.slice(at, s.start), el('mark', { class: markClass || null }, text.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}

function variantsBlock(variants) {
  if (!variants.length) return null;
  return el('details', { class: 'variants' },
    el('summary', {}, `Other languages (${variants.length})`),
    el('dl', {}, variants.map((v) => [
      el('dt', {}, v.lang.toUpperCase()),
      el('dd', langAttrs(v.lang, v.dir), el('span', { class: 'segment' }, v.text),
        copyButton(v.text, `${LANG_NAMES[v.lang] || v.lang} segment`))])));
}

/** The approved renderings in {@code lang} of the concepts found, longest first. */
function approvedRenderings(hits, lang) {
  const texts = hits.flatMap((h) => (h.languages.find((l) => l.lang === lang) || { terms: [] }).terms)
    .filter((t) => t.approved).map((t) => t.text);
  return [...new Set(texts)].sort((a, b) => b.length - a.length);
}

/** Where the renderings occur in the text (any case), as non-overlapping spans. */
function spansOf(text, renderings) {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const spans = [];
  for (const r of renderings) {
    const needle = r.toLowerCase();
    for (let at = lower.indexOf(needle); needle && at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      if (!spans.some((s) => at < s.end && s.start < at + needle.length)) spans.push({ start: at, end: at + needle.length });
    }
  }
  return spans;
}

/**
 * Each hit with its translation in the target language right under it (the found concepts' approved renderings
 * marked in it); the other languages on demand.
 */
function renderConcordance(hits, tgt, renderings) {
  count('conc-count', hits.length);
  const box = $('concordance');
  if (!hits.length) {
    box.replaceChildren(empty('No memory segment contains these words.'));
    return;
  }
  box.replaceChildren(...hits.map((h) => {
    const target = h.variants.find((v) => v.lang === tgt);
    const item = el('li', { class: 'hit', 'data-unit': h.unitId },
      el('p', Object.assign({ class: 'segment source' }, langAttrs(h.lang, h.dir)), highlighted(h.text, h.spans)),
      target ? el('p', Object.assign({ class: 'segment target' }, langAttrs(target.lang, target.dir)), el('span', { class: 'text' }, highlighted(target.text, spansOf(target.text, renderings), 'rendering')),
        copyButton(target.text, `${LANG_NAMES[target.lang] || target.lang} segment`)) : null,
      h.docSymbol ? el('p', { class: 'doc' }, h.docSymbol) : null,
      variantsBlock(h.variants.filter((v) => v !== target)));
    if (window.concordTeam && target) window.concordTeam.decorateUnit(item, h.unitId, target);
    return item;
  }));
}

function renderFuzzy(matches, src, tgt) {
  count('fuzzy-count', matches.length);
  const box = $('fuzzy');
  if (!matches.length) {
    box.replaceChildren(empty('No memory segment is similar enough (50% or more).'));
    return;
  }
  box.replaceChildren(...matches.map((m) => el('li', { class: 'hit fuzzy', 'data-unit': m.unitId },
    el('span', { class: `percent p${Math.floor(m.percent / 10) * 10}`, 'aria-label': `${m.percent} percent match` },
      `${m.percent}%`),
    el('p', Object.assign({ class: 'segment source' }, langAttrs(src, m.srcDir)), m.source),
    el('p', Object.assign({ class: 'segment target' }, langAttrs(tgt, m.tgtDir)), el('span', { class: 'text' }, m.target),
      copyButton(m.target, `${LANG_NAMES[tgt] || tgt} translation`)),
    m.docSymbol ? el('p', { class: 'doc' }, m.docSymbol) : null)));
}

// ---------------------------------------------------------------- check report

async function showReport() {
  const box = $('report');
  box.replaceChildren(el('p', { class: 'empty' }, 'Loading…'));
  try {
    const response = await fetch('/api/reports/latest', { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) {
      box.replaceChildren(empty(body.error || `HTTP ${response.status}`));
      return;
    }
    box.replaceChildren(
      el('p', { class: 'report-meta' }, el('strong', {}, body.name), ` · written ${new Date(body.modified).toLocaleString()}`,
        body.html ? [' · ', el('a', { href: body.html, target: '_blank', rel: 'noopener' }, 'open the HTML report')] : null),
      ...reportView(body.report));
  } catch (e) {
    box.replaceChildren(empty(`Could not load the report: ${e.message}`));
  }
}

/** A report as `concord check --format json` writes it: pairs, findings with spans, and the checks that ran. */
function isCheckReport(r) {
  return r && Array.isArray(r.findings) && Array.isArray(r.pairs);
}

const SEVERITIES = ['error', 'warning', 'info'];

function reportView(report) {
  if (!isCheckReport(report)) {
    return [empty('This report is not in the format of concord check; shown as it is.'),
      el('pre', { class: 'raw', tabindex: '0' }, JSON.stringify(report, null, 2))];
  }
  const pairs = new Map(report.pairs.map((p) => [p.id, p]));
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of report.findings) bySeverity[String(f.severity).toLowerCase()] += 1;
  const checkIds = [...new Set(report.findings.map((f) => f.checkId))].sort();

  const list = el('ol', { class: 'findings' });
  const severity = el('select', { id: 'filter-severity' },
    el('option', { value: '' }, 'all severities'), SEVERITIES.map((s) => el('option', { value: s }, `${s} (${bySeverity[s]})`)));
  const check = el('select', { id: 'filter-check' },
    el('option', { value: '' }, 'all checks'), checkIds.map((c) => el('option', { value: c }, c)));
  const shown = el('span', { class: 'count', role: 'status' });
  const refresh = () => {
    const items = report.findings
      .filter((f) => !severity.value || String(f.severity).toLowerCase() === severity.value)
      .filter((f) => !check.value || f.checkId === check.value)
      .map((f) => findingItem(f, pairs.get(f.pairId)));
    list.replaceChildren(...(items.length ? items : [empty('No finding.')]));
    shown.textContent = `${plural(items.length, 'finding')} shown`;
  };
  severity.addEventListener('change', refresh);
  check.addEventListener('change', refresh);
  refresh();

  return [
    el('p', { class: 'summary-line' },
      el('strong', {}, plural(report.findings.length, 'finding')), ` in ${plural(report.pairs.length, 'segment pair')}`,
      SEVERITIES.map((s) => [' · ', el('span', { class: `sev ${s}` }, `${bySeverity[s]} ${s}`)]),
      typeof report.termOccurrences === 'number' ? ` · ${plural(report.termOccurrences, 'term occurrence')} checked` : null),
    el('div', { class: 'filters' },
      el('label', {}, 'Show ', severity), el('label', {}, 'from ', check), shown),
    list,
    Array.isArray(report.checks) && report.checks.length
      ? el('details', { class: 'checks' }, el('summary', {}, `Checks that ran (${report.checks.length})`),
          el('dl', {}, report.checks.map((c) => [el('dt', {}, el('code', {}, c.id), ' ',
            el('span', { class: `sev ${String(c.severity).toLowerCase()}` }, String(c.severity).toLowerCase())),
            el('dd', {}, c.description)])))
      : null,
  ];
}

function findingItem(f, pair) {
  const sev = String(f.severity).toLowerCase();
  return el('li', { class: `finding ${sev}` },
    el('div', { class: 'finding-head' },
      el('span', { class: `sev ${sev}` }, sev), el('code', {}, f.checkId),
      el('span', { class: 'where' }, pair && pair.document ? `${pair.document} · ${f.pairId}` : f.pairId)),
    el('p', { class: 'message', dir: 'auto' }, f.message),
    pair ? el('div', { class: 'pair' },
      el('p', Object.assign({ class: 'segment' }, langAttrs(pair.srcLang)),
        el('span', { class: 'side', lang: 'en', dir: 'ltr' }, pair.srcLang.toUpperCase()), highlighted(pair.source, f.sourceSpans || [])),
      el('p', Object.assign({ class: 'segment' }, langAttrs(pair.tgtLang)),
        el('span', { class: 'side', lang: 'en', dir: 'ltr' }, pair.tgtLang.toUpperCase()),
        pair.target ? highlighted(pair.target, f.targetSpans || []) : el('em', { lang: 'en' }, '(empty)'))) : null,
    f.suggestions && f.suggestions.length
      ? el('p', { class: 'suggestions' }, 'Suggested: ', f.suggestions.map((s) => el('span', { class: 'suggestion' },
          el('span', pair ? langAttrs(pair.tgtLang) : {}, s), copyButton(s, 'suggestion'))))
      : null);
}

// ---------------------------------------------------------------- views and keys

function showView() {
  const report = location.hash === '#report';
  const proposals = location.hash === '#proposals' && Boolean(window.concordTeam);
  $('search-view').hidden = report || proposals;
  $('report-view').hidden = !report;
  $('proposals-view').hidden = !proposals;
  if (proposals) {
    $('nav-search').removeAttribute('aria-current');
    $('nav-report').removeAttribute('aria-current');
    window.concordTeam.showProposals();
    return;
  }
  $('nav-search').toggleAttribute('aria-current', !report);
  $('nav-report').toggleAttribute('aria-current', report);
  if (report) {
    $('nav-report').setAttribute('aria-current', 'page');
    showReport();
    $('report-title').focus();
  } else {
    $('nav-search').setAttribute('aria-current', 'page');
    $('q').focus();
  }
}

function onKey(e) {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
  if (e.altKey && (e.key === 'r' || e.key === 'R')) {
    e.preventDefault();
    location.hash = '#report';
  } else if (e.altKey && (e.key === 's' || e.key === 'S')) {
    e.preventDefault();
    location.hash = '#search';
  } else if (e.key === '/' && !typing) {
    e.preventDefault();
    if (location.hash === '#report') location.hash = '#search';
    $('q').focus();
    $('q').select();
  }
}

function fillLanguages() {
  const src = $('lang');
  const tgt = $('tgt');
  for (const [code, name] of Object.entries(LANG_NAMES)) {
    src.append(el('option', { value: code }, name));
    tgt.append(el('option', { value: code }, name));
  }
  tgt.value = localStorage.getItem('concord.tgt') || 'fr';
  src.value = localStorage.getItem('concord.lang') || 'auto';
}

document.addEventListener('DOMContentLoaded', () => {
  fillLanguages();
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search(); });
  $('q').addEventListener('input', scheduleSearch);
  $('q').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { $('q').value = ''; search(); }
  });
  for (const id of ['lang', 'tgt']) {
    $(id).addEventListener('change', () => { localStorage.setItem(`concord.${id}`, $(id).value); search(); });
  }
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', showView);
  showView();
  // A link can carry a search: /?q=Security%20Council&tgt=ar
  const linked = new URLSearchParams(location.search);
  if (linked.get('tgt') && LANG_NAMES[linked.get('tgt')]) $('tgt').value = linked.get('tgt');
  if (linked.get('lang') && LANG_NAMES[linked.get('lang')]) $('lang').value = linked.get('lang');
  if (linked.get('q')) {
    $('q').value = linked.get('q');
    search();
  }
});
