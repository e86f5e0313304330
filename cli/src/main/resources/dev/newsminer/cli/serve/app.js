// The newsminer search page. Everything it shows from the index is put into the page as text
// (textContent, text nodes, attribute values): article text is never parsed as markup.
'use strict';
(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const PAGE = 10;
  const FIELDS = ['q', 'org', 'kind', 'min', 'max', 'currency', 'from', 'to', 'sort'];
  const FACET_NAMES = { organization: 'Organization', organization_type: 'Type', kind: 'Kind', year: 'Year' };
  const $ = (id) => document.getElementById(id);

  /** An element with attributes (class, on* handlers, others as attributes) and text or node children. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- state: the address's #fragment holds the view and its parameters ----

  function state() {
    return new URLSearchParams(location.hash.slice(1));
  }

  function go(params) {
    const next = '#' + params.toString();
    if (location.hash === next) render(); else location.hash = next;
  }

  function formToParams() {
    const p = new URLSearchParams();
    for (const f of FIELDS) {
      const v = $(f).value.trim();
      if (v && !(f === 'sort' && v === 'relevance') && !(f === 'currency' && !$('min').value && !$('max').value)) {
        p.set(f, v);
      }
    }
    if ($('mode-commitments').checked) p.set('commitments', 'true');
    return p;
  }

  function paramsToForm(p) {
    for (const f of FIELDS) $(f).value = p.get(f) || (f === 'sort' ? 'relevance' : f === 'currency' ? 'USD' : '');
    const commitments = p.get('commitments') === 'true';
    $('mode-commitments').checked = commitments;
    $('mode-articles').checked = !commitments;
  }

  // ---- talking to the API ----

  async function api(path) {
    let response;
    try {
      response = await fetch(path, { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError(0, 'The server does not answer. Is newsminer serve still running?');
    }
    let body = null;
    try { body = await response.json(); } catch (e) { /* an empty or broken body: the status says enough */ }
    if (!response.ok) throw new ApiError(response.status, body && body.error ? body.error : 'HTTP ' + response.status);
    return body;
  }

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  // ---- messages ----

  function message(kind, title, detail) {
    const box = $('message');
    box.replaceChildren(el('strong', {}, title), detail ? el('span', {}, ' ', detail) : null);
    box.className = 'message ' + kind;
    box.hidden = false;
  }

  function clearMessage() {
    $('message').hidden = true;
    $('message').replaceChildren();
  }

  function showError(e, what) {
    if (e.status === 400 && e.message.startsWith('invalid query')) {
      message('error', 'This query is not valid Lucene syntax.',
        e.message.replace(/^invalid query:\s*/, '') + ' Close every bracket and quote, or put a phrase in "…".');
    } else if (e.status === 400) {
      message('error', 'These filters cannot be used:', e.message);
    } else if (e.status === 404) {
      message('warn', 'Not found.', e.message);
    } else {
      message('error', 'Could not ' + what + '.', e.message);
    }
  }

  // ---- rendering pieces ----

  /** A snippet's text with its highlights as <mark> elements, all as text nodes. */
  function snippet(s, cls) {
    const p = el('p', { class: cls || 'snippet' });
    let at = 0;
    for (const h of s.highlights) {
      p.append(s.text.slice(at, h.start), el('mark', {}, s.text.slice(h.start, h.end)));
      at = h.end;
    }
    p.append(s.text.slice(at));
    return p;
  }

  function orgLink(name) {
    return el('a', { class: 'org', href: '#' + new URLSearchParams({ view: 'org', name }).toString() }, name);
  }

  function amount(a) {
    if (!a) return '';
    let shown;
    try {
      shown = new Intl.NumberFormat('en', { style: 'currency', currency: a.currency, notation: 'compact',
        maximumFractionDigits: 1 }).format(a.value);
    } catch (e) {
      shown = a.value.toLocaleString('en') + ' ' + a.currency;
    }
    return el('span', { class: 'amount', title: a.text }, (a.approximate ? '≈ ' : '') + shown);
  }

  function kindBadge(kind) {
    return el('span', { class: 'kind kind-' + kind.toLowerCase() }, kind.toLowerCase());
  }

  function articleHit(hit) {
    return el('article', { class: 'hit' },
      el('h3', {}, hit.title || '(no headline)'),
      el('div', { class: 'meta' }, hit.published || 'undated', el('span', { class: 'id' }, hit.id)),
      hit.snippets.map((s) => snippet(s)),
      hit.organizations.length ? el('div', { class: 'orgs' }, hit.organizations.map(orgLink)) : null);
  }

  function commitmentTable(hits) {
    return el('table', { class: 'commitments' },
      el('thead', {}, el('tr', {}, ['Date', 'Organization', 'Kind', 'Amount', 'Purpose', 'Evidence']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, hits.map((hit) => el('tr', {},
        el('td', { class: 'date' }, hit.published || 'undated'),
        el('td', {}, orgLink(hit.organizations[0]), hit.organizations.length > 1
          ? el('div', { class: 'partners' }, 'with ', hit.organizations.slice(1).join(', ')) : null),
        el('td', {}, hit.kind ? kindBadge(hit.kind) : ''),
        el('td', { class: 'num' }, amount(hit.amount)),
        el('td', {}, hit.purpose || ''),
        el('td', { class: 'evidence' }, hit.snippets.map((s) => snippet(s, 'quote')),
          el('div', { class: 'source' }, hit.title, ' · ', hit.id))))));
  }

  function facets(result, params) {
    const box = $('facets');
    box.replaceChildren(el('h2', {}, 'Counts'));
    let any = false;
    for (const [dim, counts] of Object.entries(result.facets)) {
      const entries = Object.entries(counts);
      if (!entries.length) continue;
      any = true;
      const list = el('ul', {});
      for (const [label, n] of entries) {
        const filter = facetFilter(dim, label);
        const active = filter && Object.entries(filter).every(([k, v]) => params.get(k) === v);
        const item = filter
          ? el('button', { type: 'button', class: 'facet' + (active ? ' active' : ''), 'data-dim': dim,
            title: active ? 'Remove this filter' : 'Only these', onclick: () => applyFacet(filter, active) },
            el('span', { class: 'label' }, label), el('span', { class: 'count' }, n))
          : el('span', { class: 'facet static' }, el('span', { class: 'label' }, label), el('span', { class: 'count' }, n));
        list.append(el('li', {}, item));
      }
      box.append(el('section', { class: 'facet-group' }, el('h3', {}, FACET_NAMES[dim] || dim), list));
    }
    if (!any) box.append(el('p', { class: 'none' }, 'Nothing to count.'));
  }

  /** The filter a facet label sets; null for dimensions the API cannot filter on. */
  function facetFilter(dim, label) {
    if (dim === 'organization') return { org: label };
    if (dim === 'kind') return { kind: label };
    if (dim === 'year') return { from: label + '-01-01', to: label + '-12-31' };
    return null;
  }

  function applyFacet(filter, active) {
    const p = state();
    p.delete('view'); p.delete('name'); p.delete('offset');
    for (const [k, v] of Object.entries(filter)) {
      if (active) p.delete(k); else p.set(k, v);
    }
    go(p);
  }

  function pages(result, offset) {
    const nav = $('pages');
    nav.replaceChildren();
    if (result.total <= PAGE) return;
    const move = (to) => { const p = state(); p.set('offset', String(to)); go(p); };
    nav.append(
      el('button', { type: 'button', class: 'quiet', id: 'prev', onclick: () => move(Math.max(0, offset - PAGE)) }, '← Previous'),
      el('span', {}, `${offset + 1}–${Math.min(offset + PAGE, result.total)} of ${result.total}`),
      el('button', { type: 'button', class: 'quiet', id: 'next', onclick: () => move(offset + PAGE) }, 'Next →'));
    $('prev').disabled = offset === 0;
    $('next').disabled = offset + PAGE >= result.total || offset + PAGE > 10000;
  }

  // ---- views ----

  async function search(params) {
    $('organization').hidden = true;
    $('organization').replaceChildren();
    const commitments = params.get('commitments') === 'true';
    const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
    const query = new URLSearchParams();
    query.set('q', params.get('q') || '*:*');
    for (const f of FIELDS.slice(1)) if (params.get(f)) query.set(f, params.get(f));
    if (!query.has('min') && !query.has('max')) query.delete('currency');
    if (commitments) query.set('commitments', 'true');
    query.set('limit', String(PAGE));
    query.set('offset', String(offset));
    document.body.setAttribute('aria-busy', 'true');
    try {
      const result = await api('/api/search?' + query.toString());
      clearMessage();
      const noun = commitments ? (result.total === 1 ? 'commitment' : 'commitments')
        : (result.total === 1 ? 'article' : 'articles');
      $('summary').replaceChildren(el('span', { class: 'total' }, result.total.toLocaleString('en')), ' ', noun,
        result.total === 1 ? ' matches ' : ' match ', el('code', {}, params.get('q') || '*:*'), filterSummary(params));
      facets(result, params);
      if (result.total === 0) {
        message('warn', 'No ' + noun + ' match.', 'Try fewer words, fewer filters, or *:* to see everything'
          + (commitments ? ', or search articles instead of commitments.' : '.'));
        $('results').replaceChildren();
      } else if (commitments) {
        $('results').replaceChildren(commitmentTable(result.hits));
      } else {
        $('results').replaceChildren(el('div', { class: 'hits' }, result.hits.map(articleHit)));
      }
      pages(result, offset);
    } catch (e) {
      $('summary').replaceChildren();
      $('results').replaceChildren();
      $('pages').replaceChildren();
      $('facets').replaceChildren();
      showError(e, 'search');
    } finally {
      document.body.removeAttribute('aria-busy');
    }
  }

  function filterSummary(params) {
    const parts = [];
    if (params.get('org')) parts.push('by ' + params.get('org'));
    if (params.get('kind')) parts.push(params.get('kind').toLowerCase());
    if (params.get('min') || params.get('max')) {
      parts.push('amount ' + (params.get('min') || '0') + '–' + (params.get('max') || '∞') + ' ' + (params.get('currency') || 'USD'));
    }
    if (params.get('from') || params.get('to')) {
      parts.push('published ' + (params.get('from') || '…') + ' to ' + (params.get('to') || '…'));
    }
    return parts.length ? el('span', { class: 'filters-on' }, ' · ' + parts.join(' · ')) : '';
  }

  async function organization(name) {
    const box = $('organization');
    $('summary').replaceChildren();
    $('results').replaceChildren();
    $('pages').replaceChildren();
    $('facets').replaceChildren();
    box.replaceChildren();
    box.hidden = true;
    document.body.setAttribute('aria-busy', 'true');
    try {
      const org = await api('/api/orgs/' + encodeURIComponent(name));
      clearMessage();
      const searchIts = (commitments) => () => {
        const p = new URLSearchParams({ q: '*:*', org: org.name, sort: 'date' });
        if (commitments) p.set('commitments', 'true');
        go(p);
      };
      box.append(
        el('header', {},
          el('h2', {}, org.name, ' ', el('span', { class: 'type' }, org.type.toLowerCase())),
          el('p', { class: 'aliases' }, org.aliases.length ? 'Also called ' + org.aliases.join(', ') + '.'
            : 'No other names in these articles.')),
        el('div', { class: 'stats' },
          el('button', { type: 'button', class: 'stat', onclick: searchIts(false) },
            el('span', { class: 'n' }, org.articles.toLocaleString('en')), org.articles === 1 ? 'article' : 'articles'),
          el('button', { type: 'button', class: 'stat', onclick: searchIts(true) },
            el('span', { class: 'n' }, org.commitments.toLocaleString('en')),
            org.commitments === 1 ? 'commitment' : 'commitments')),
        el('h3', {}, 'Commitments per year'));
      if (org.commitments === 0) {
        box.append(el('p', { class: 'message warn inline', id: 'no-commitments' },
          el('strong', {}, org.name + ' made no commitments'), ' in the indexed articles: they only mention it.'));
      } else {
        box.append(chart(org.commitments_by_year, org.commitments));
      }
      box.hidden = false;
      const [articles, commitments] = await Promise.all([
        api('/api/search?' + new URLSearchParams({ q: '*:*', org: org.name, sort: 'date', limit: '10' })),
        org.commitments ? api('/api/search?' + new URLSearchParams({ q: '*:*', org: org.name, sort: 'date',
          limit: '50', commitments: 'true' })) : Promise.resolve(null)]);
      if (commitments && commitments.hits.length) {
        box.append(el('h3', {}, 'Its commitments'), commitmentTable(commitments.hits));
      }
      box.append(el('h3', {}, 'Latest articles naming it'), el('ul', { class: 'article-list' },
        articles.hits.map((h) => el('li', {}, el('span', { class: 'date' }, h.published || 'undated'), ' ', h.title))));
    } catch (e) {
      showError(e, 'load the organization');
    } finally {
      document.body.removeAttribute('aria-busy');
    }
  }

  /** Commitments per year as an SVG bar chart; years without any get an empty slot. */
  function chart(byYear, total) {
    const years = Object.keys(byYear).map(Number).sort((a, b) => a - b);
    const wrap = el('figure', { class: 'chart' });
    if (!years.length) {
      wrap.append(el('figcaption', {}, `${total} commitments, all in undated articles.`));
      return wrap;
    }
    const all = [];
    for (let y = years[0]; y <= years[years.length - 1] && all.length < 60; y++) all.push(y);
    const max = Math.max(...Object.values(byYear));
    const W = 640, H = 220, left = 36, right = 12, top = 18, bottom = 30;
    const slot = (W - left - right) / all.length;
    const barW = Math.min(56, slot * 0.7);
    const g = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'bars',
      'aria-label': 'Commitments per year' });
    const scale = (n) => (H - top - bottom) * n / max;
    for (const tick of [0, max]) {
      const y = H - bottom - scale(tick);
      g.append(svg('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'grid' }),
        svg('text', { x: left - 6, y: y + 4, class: 'axis', 'text-anchor': 'end' }, String(tick)));
    }
    all.forEach((year, i) => {
      const n = byYear[String(year)] || 0;
      const x = left + i * slot + (slot - barW) / 2;
      const h = scale(n);
      if (n > 0) {
        const bar = svg('rect', { x, y: H - bottom - h, width: barW, height: h, rx: 3, class: 'bar' });
        bar.append(svg('title', {}, `${year}: ${n} commitment${n === 1 ? '' : 's'}`));
        g.append(bar, svg('text', { x: x + barW / 2, y: H - bottom - h - 5, class: 'value', 'text-anchor': 'middle' },
          String(n)));
      }
      if (all.length <= 20 || i % Math.ceil(all.length / 20) === 0) {
        g.append(svg('text', { x: x + barW / 2, y: H - bottom + 18, class: 'axis', 'text-anchor': 'middle' }, String(year)));
      }
    });
    wrap.append(g);
    const undated = total - Object.values(byYear).reduce((a, b) => a + b, 0);
    if (undated > 0) wrap.append(el('figcaption', {}, `and ${undated} in undated articles`));
    return wrap;
  }

  function render() {
    const p = state();
    paramsToForm(p);
    if (p.get('view') === 'org' && p.get('name')) organization(p.get('name'));
    else search(p);
  }

  async function suggestions() {
    try {
      const orgs = await api('/api/orgs?top=1000');
      $('org-names').replaceChildren(...orgs.map((o) => {
        const option = document.createElement('option');
        option.value = o.name;
        option.label = `${o.type.toLowerCase()} · ${o.articles} articles`;
        return option;
      }));
    } catch (e) {
      // Suggestions are a help, not needed: the filter still takes any name.
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('search').addEventListener('submit', (e) => { e.preventDefault(); go(formToParams()); });
    for (const id of ['mode-articles', 'mode-commitments', 'kind', 'sort', 'currency']) {
      $(id).addEventListener('change', () => go(formToParams()));
    }
    $('clear').addEventListener('click', () => {
      const p = new URLSearchParams();
      if ($('q').value.trim()) p.set('q', $('q').value.trim());
      if ($('mode-commitments').checked) p.set('commitments', 'true');
      go(p);
    });
    window.addEventListener('hashchange', render);
    suggestions();
    render();
  });
})();
