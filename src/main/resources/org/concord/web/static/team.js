// The team server's part of the page: sign-in, editing and proposing terms, the proposals queue, each concept's
// history, and confirming or correcting memory units. Uses el() and $() from app.js; all data goes in as text nodes.
'use strict';

const STATUSES = ['preferred', 'admitted', 'deprecated', 'superseded'];
const RANK = { reader: 0, translator: 1, terminologist: 2, admin: 3 };

const team = {
  user: null,
  role: null,
  csrf: null,

  can(role) {
    return this.role !== null && RANK[this.role] >= RANK[role];
  },

  /** Writes carry the CSRF token; concept writes carry the version they were based on. */
  async send(method, path, body, etag) {
    const headers = { Accept: 'application/json', 'X-CSRF-Token': this.csrf || '' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (etag) headers['If-Match'] = etag;
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 401) this.signedOut();
    const json = await response.json().catch(() => ({}));
    return { status: response.status, ok: response.ok, body: json, etag: response.headers.get('ETag') };
  },

  async get(path) {
    return this.send('GET', path);
  },

  signedOut() {
    this.user = this.role = this.csrf = null;
    $('account').hidden = true;
    $('nav-proposals').hidden = true;
    document.querySelector('main').hidden = true;
    $('sign-in-view').hidden = false;
    $('sign-in-user').focus();
  },

  signedIn(me) {
    this.user = me.user;
    this.role = me.role;
    this.csrf = me.csrf;
    $('who').textContent = `${me.user} (${me.role})`;
    $('account').hidden = false;
    $('sign-in-view').hidden = true;
    document.querySelector('main').hidden = false;
    $('nav-proposals').hidden = !this.can('terminologist');
    if (this.can('terminologist')) this.countProposals();
    showView();
    if ($('q').value.trim()) search();
  },

  async countProposals() {
    const r = await this.get('/api/proposals');
    if (r.ok) $('proposals-count').textContent = r.body.proposals.length ? `(${r.body.proposals.length})` : '';
  },

  // ------------------------------------------------------------ concepts

  decorateConcept(card, hit) {
    if (!this.role) return;
    const reopen = this.reopen && this.reopen.conceptId === hit.conceptId ? this.reopen : null;
    const tools = el('div', { class: 'concept-tools' });
    const panel = el('div', { class: 'concept-panel' });
    if (this.can('translator')) {
      tools.append(el('button', { type: 'button', class: 'edit-concept',
        onclick: () => this.openEditor(hit.conceptId, panel) }, this.can('terminologist') ? 'Edit' : 'Propose a change'));
    }
    tools.append(el('button', { type: 'button', class: 'show-history', onclick: () => this.openHistory(hit.conceptId, panel) }, 'History'));
    card.append(tools, panel);
    if (reopen) {
      this.reopen = null;
      this.openEditor(hit.conceptId, panel, reopen.message);
    }
  },

  verb() {
    return this.can('terminologist') ? 'Save' : 'Propose';
  },

  /** Tells what a write gave: applied (then the editor reloads), proposed, or why not. */
  outcome(r, panel, conceptId) {
    if (r.status === 202) {
      this.say(panel, `Proposed (no. ${r.body.proposal}): a terminologist will review it.`);
      return;
    }
    if (r.ok) {
      // The search runs again so the card shows the change; its editor opens again, saying so.
      this.say(panel, 'Saved.');
      this.reopen = { conceptId, message: 'Saved.' };
      search();
      return;
    }
    if (r.status === 412) {
      this.openEditor(conceptId, panel, 'Someone changed this concept meanwhile: here it is as it is now; make your change again.');
      return;
    }
    this.say(panel, r.body.error || `Refused (HTTP ${r.status})`, true);
  },

  say(panel, message, error) {
    let line = panel.querySelector('.panel-status');
    if (!line) {
      line = el('p', { class: 'panel-status', role: 'status' });
      panel.prepend(line);
    }
    line.textContent = message;
    line.classList.toggle('error', Boolean(error));
  },

  async openEditor(conceptId, panel, message) {
    const r = await this.get(`/api/concepts/${encodeURIComponent(conceptId)}`);
    if (!r.ok) {
      this.say(panel, r.body.error || `HTTP ${r.status}`, true);
      return;
    }
    const c = r.body;
    const etag = r.etag;
    const base = `/api/concepts/${encodeURIComponent(conceptId)}`;
    const rows = c.terms.map((t) => {
      const text = el('input', { class: 'term-text', value: t.text, 'aria-label': `${t.lang} term`, ...langAttrs(t.lang) });
      const status = el('select', { class: 'term-status', 'aria-label': `status of ${t.text}` },
        STATUSES.map((s) => el('option', { value: s, selected: s === t.status }, s)));
      // Deprecating names the rendering to use instead; it becomes the preferred one.
      const others = c.terms.filter((o) => o.lang === t.lang && o.id !== t.id);
      const instead = el('select', { class: 'term-instead', 'aria-label': 'use instead', hidden: true },
        others.map((o) => el('option', { value: o.id }, o.text)));
      status.addEventListener('change', () => { instead.hidden = !(status.value === 'deprecated' && others.length); });
      const save = el('button', { type: 'button', class: 'term-save', onclick: async () => {
        const change = {};
        if (text.value.trim() !== t.text) change.text = text.value;
        if (status.value !== t.status) change.status = status.value;
        if (status.value === 'deprecated' && !instead.hidden && instead.value) {
          change.note = `use instead: ${others.find((o) => o.id === instead.value).text}`;
        }
        if (!Object.keys(change).length) return this.say(panel, 'Nothing changed.');
        const done = await this.send('PATCH', `${base}/terms/${encodeURIComponent(t.id)}`, change, etag);
        if (done.ok && done.status === 200 && change.note) {
          const preferred = others.find((o) => o.id === instead.value);
          if (preferred.status !== 'preferred') {
            await this.send('PATCH', `${base}/terms/${encodeURIComponent(preferred.id)}`, { status: 'preferred' }, done.etag);
          }
        }
        this.outcome(done, panel, conceptId);
      } }, this.verb());
      const remove = el('button', { type: 'button', class: 'term-delete', onclick: async () => {
        this.outcome(await this.send('DELETE', `${base}/terms/${encodeURIComponent(t.id)}`, undefined, etag), panel, conceptId);
      } }, this.can('terminologist') ? 'Delete' : 'Propose deleting');
      return el('tr', { 'data-term': t.id },
        el('th', { scope: 'row' }, t.lang.toUpperCase()), el('td', {}, text), el('td', {}, status, instead),
        el('td', { class: 'term-note' }, t.note || ''), el('td', {}, save, remove));
    });
    const addLang = el('select', { class: 'add-lang', 'aria-label': 'language of the new rendering' },
      Object.entries(LANG_NAMES).map(([code, name]) => el('option', { value: code }, name)));
    const addText = el('input', { class: 'add-text', 'aria-label': 'new rendering', placeholder: 'new rendering' });
    const addStatus = el('select', { class: 'add-status', 'aria-label': 'status of the new rendering' },
      STATUSES.map((s) => el('option', { value: s, selected: s === 'admitted' }, s)));
    const add = el('button', { type: 'button', class: 'add-term', onclick: async () => {
      const body = { lang: addLang.value, text: addText.value, status: addStatus.value };
      this.outcome(await this.send('POST', `${base}/terms`, body, etag), panel, conceptId);
    } }, `${this.verb()} new rendering`);
    const definition = el('textarea', { class: 'definition-text', 'aria-label': 'definition', rows: 2 }, c.definition || '');
    const saveDefinition = el('button', { type: 'button', class: 'definition-save', onclick: async () => {
      this.outcome(await this.send('PATCH', base, { definition: definition.value }, etag), panel, conceptId);
    } }, `${this.verb()} definition`);
    panel.replaceChildren(
      el('p', { class: 'panel-status', role: 'status' }, message || ''),
      el('p', { class: 'meta' }, `Version ${etag} · created ${c.created || '?'}${c.createdBy ? ` by ${c.createdBy}` : ''}`
        + ` · changed ${c.modified || '?'}${c.modifiedBy ? ` by ${c.modifiedBy}` : ''}`),
      el('table', { class: 'editor' }, el('tbody', {}, rows)),
      el('div', { class: 'add-row' }, addLang, addText, addStatus, add),
      el('div', { class: 'definition-row' }, definition, saveDefinition));
  },

  async openHistory(conceptId, panel) {
    const r = await this.get(`/api/concepts/${encodeURIComponent(conceptId)}/history`);
    if (!r.ok) return this.say(panel, r.body.error || `HTTP ${r.status}`, true);
    const items = r.body.changes.map((h) => el('li', { class: 'change' },
      el('p', { class: 'change-head' }, el('strong', {}, h.action), ` by ${h.user} at ${h.at}`,
        h.proposal ? ` (proposal ${h.proposal} by ${h.proposedBy})` : ''),
      el('ul', { class: 'diff' }, diff(h.before, h.after).map((d) => el('li', {}, d)))));
    panel.replaceChildren(el('h4', {}, 'History'), items.length ? el('ol', { class: 'history' }, items) : el('p', { class: 'empty' }, 'No change yet.'));
  },

  // ------------------------------------------------------------ proposals

  async showProposals() {
    const list = $('proposals');
    const r = await this.get('/api/proposals');
    if (!r.ok) return list.replaceChildren(el('li', { class: 'empty' }, r.body.error || `HTTP ${r.status}`));
    $('proposals-count').textContent = r.body.proposals.length ? `(${r.body.proposals.length})` : '';
    if (!r.body.proposals.length) return list.replaceChildren(el('li', { class: 'empty' }, 'No proposal is waiting.'));
    list.replaceChildren(...r.body.proposals.map((p) => {
      const comment = el('input', { class: 'comment', 'aria-label': 'comment', placeholder: 'comment' });
      const decide = (what) => async () => {
        const done = await this.send('POST', `/api/proposals/${p.id}/${what}`, { comment: comment.value });
        if (!done.ok) announce(done.body.error || `HTTP ${done.status}`);
        else announce(`Proposal ${p.id} ${what === 'approve' ? 'approved' : 'rejected'}`);
        this.showProposals();
      };
      return el('li', { class: 'proposal', 'data-proposal': p.id },
        el('p', {}, el('strong', {}, describe(p.edit)), ` · concept ${p.conceptId || '(new)'} · by ${p.proposedBy} at ${p.proposedAt}`),
        el('div', { class: 'decide' }, comment,
          el('button', { type: 'button', class: 'approve', onclick: decide('approve') }, 'Approve'),
          el('button', { type: 'button', class: 'reject', onclick: decide('reject') }, 'Reject')));
    }));
  },

  // ------------------------------------------------------------ memory units

  decorateUnit(item, unitId, target) {
    if (!this.can('translator')) return;
    const box = el('div', { class: 'unit-tools' });
    const confirm = el('button', { type: 'button', class: 'confirm-unit', onclick: async () => {
      const r = await this.send('POST', `/api/units/${unitId}/confirm`);
      announce(r.ok ? `Unit ${unitId} confirmed` : (r.body.error || `HTTP ${r.status}`));
      if (r.ok) confirm.textContent = 'Confirmed';
    } }, 'Confirm');
    const correct = el('button', { type: 'button', class: 'correct-unit', onclick: () => {
      const area = el('textarea', { class: 'correction', rows: 2, 'aria-label': `corrected ${target.lang} text`, ...langAttrs(target.lang) }, target.text);
      const save = el('button', { type: 'button', class: 'save-correction', onclick: async () => {
        const r = await this.send('PATCH', `/api/units/${unitId}`, { lang: target.lang, text: area.value });
        announce(r.ok ? `Unit ${unitId} corrected` : (r.body.error || `HTTP ${r.status}`));
        if (r.ok) search();
      } }, 'Save correction');
      box.replaceChildren(area, save);
      area.focus();
    } }, 'Correct');
    box.append(confirm, correct);
    item.append(box);
  },
};

/** What an edit does, in words. */
function describe(e) {
  switch (e.op) {
    case 'ADD_TERM': return `add ${e.lang} "${e.text}" (${e.status})`;
    case 'UPDATE_TERM': return `change ${e.termId}:${e.text ? ` text "${e.text}"` : ''}${e.status ? ` status ${e.status}` : ''}${e.note ? ` note "${e.note}"` : ''}`;
    case 'DELETE_TERM': return `delete ${e.termId}`;
    case 'UPDATE_CONCEPT': return `change${e.definition ? ` definition "${e.definition}"` : ''}${e.source ? ` source "${e.source}"` : ''}${e.subjectField ? ` subject field "${e.subjectField}"` : ''}`;
    case 'CREATE_CONCEPT': return `new concept ${e.conceptId || ''}`;
    default: return String(e.op);
  }
}

/** The differences between two versions of a concept, one line each. */
function diff(before, after) {
  if (!before) return ['created'];
  if (!after) return ['removed'];
  const lines = [];
  for (const field of ['subjectField', 'definition', 'source']) {
    if ((before[field] || '') !== (after[field] || '')) lines.push(`${field}: "${before[field] || ''}" → "${after[field] || ''}"`);
  }
  const old = new Map(before.terms.map((t) => [t.id, t]));
  const now = new Map(after.terms.map((t) => [t.id, t]));
  for (const [id, t] of now) {
    const o = old.get(id);
    if (!o) lines.push(`added ${t.lang} "${t.text}" (${t.status})`);
    else if (o.text !== t.text || o.status !== t.status || (o.note || '') !== (t.note || '')) {
      lines.push(`${t.lang} "${o.text}" (${o.status}) → "${t.text}" (${t.status})${t.note ? `, ${t.note}` : ''}`);
    }
  }
  for (const [id, o] of old) if (!now.has(id)) lines.push(`deleted ${o.lang} "${o.text}"`);
  return lines.length ? lines : ['no visible change'];
}

window.concordTeam = team;

document.addEventListener('DOMContentLoaded', async () => {
  $('sign-in').addEventListener('submit', async (e) => {
    e.preventDefault();
    const response = await fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: $('sign-in-user').value, password: $('sign-in-password').value }) });
    const body = await response.json().catch(() => ({}));
    $('sign-in-password').value = '';
    if (!response.ok) {
      $('sign-in-status').textContent = body.error || `HTTP ${response.status}`;
      return;
    }
    $('sign-in-status').textContent = '';
    team.signedIn(body);
  });
  $('sign-out').addEventListener('click', async () => {
    await fetch('/api/session', { method: 'DELETE' });
    team.signedOut();
  });
  const me = await fetch('/api/me', { headers: { Accept: 'application/json' } });
  if (me.status === 200) team.signedIn(await me.json());
  else if (me.status === 401) team.signedOut();
  else delete window.concordTeam; // the single-user page: no accounts, nothing to edit
});
