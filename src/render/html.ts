// The dossier as one self-contained HTML page: the brief with clickable citations beside the articles they point into.
// Its Content-Security-Policy allows only its own inline script and style, by hash: nothing from an article can run
// script or load anything.
import { createHash } from 'node:crypto';
import type { Article, BriefSentence, Claim, Dossier, QuoteGroup, SourceRef, Span } from '../core/types.js';

import { esc } from './escape.js';
import { framingRows } from './framing.js';
import { reuseGraphSvg } from './reuse-graph.js';
import { alsoReported } from './also.js';
import { articleLabel } from './label.js';
import { citedNote, independenceNote } from './independence.js';
import { MIN_REPORTED_SCORE, sourcesOf } from '../reuse/index.js';

export { esc };

interface Mark extends Span {
  id: string;
  cls: string;
}

/** Collects the spans to mark in each article, and gives each cited reference an anchor id. */
class Marks {
  private readonly byArticle = new Map<string, Mark[]>();
  private readonly ids = new Map<string, string>();

  ref(ref: SourceRef, cls: string): string {
    const key = `${ref.article}:${ref.start}:${ref.end}:${cls}`;
    let id = this.ids.get(key);
    if (!id) {
      id = `m${this.ids.size + 1}`;
      this.ids.set(key, id);
      const list = this.byArticle.get(ref.article) ?? [];
      list.push({ start: ref.start, end: ref.end, id, cls });
      this.byArticle.set(ref.article, list);
    }
    return id;
  }

  /** The article's text as HTML, each character range wrapped with the ids of every mark covering it. */
  render(article: Article): string {
    const marks = (this.byArticle.get(article.id) ?? []).filter((m) => m.end > m.start);
    const text = article.text;
    const cuts = new Set<number>([0, text.length]);
    for (const m of marks) {
      cuts.add(Math.max(0, Math.min(text.length, m.start)));
      cuts.add(Math.max(0, Math.min(text.length, m.end)));
    }
    for (const p of article.paragraphs) cuts.add(p.start);
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const covering = marks.filter((m) => m.start <= from && m.end >= to);
      const piece = esc(text.slice(from, to)).replace(/\n\n/g, '</p><p>').replace(/\n/g, '<br>');
      if (!covering.length) html += piece;
      else {
        const classes = [...new Set(covering.map((m) => m.cls))].join(' ');
        html += `<span class="${classes}" data-m="${covering.map((m) => m.id).join(' ')}">${piece}</span>`;
      }
    }
    return `<p>${html}</p>`;
  }
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** `note` between `open` and `close`, or '' for no note. */
const small = (note: string, open: string, close: string): string => (note ? `${open}${esc(note)}${close}` : '');

/** A short label for an article: its outlet, else the opening words of its title, else its id. */
const outletName = (byId: ReadonlyMap<string, Article>, id: string): string => articleLabel(byId.get(id)) ?? id;

function cite(marks: Marks, byId: ReadonlyMap<string, Article>, refs: readonly SourceRef[], cls = 'cited'): string {
  return refs
    .map((r) => `<a href="#${marks.ref(r, cls)}" class="cite" data-go="${marks.ref(r, cls)}" title="${esc(byId.get(r.article)?.text.slice(r.start, r.end).slice(0, 300) ?? '')}">${esc(outletName(byId, r.article))}</a>`)
    .join(' ');
}

/**
 * The claim's other outlets after a brief sentence, which word the fact their own way: each a link to its span, not a
 * citation of the sentence; '' when the sentence cites every outlet of its claim.
 */
function alsoHtml(s: BriefSentence, claims: ReadonlyMap<string, Claim>, marks: Marks, byId: ReadonlyMap<string, Article>): string {
  const links = alsoReported(s, claims, (id) => outletName(byId, id)).map((o) => cite(marks, byId, [o.ref], 'ref'));
  return links.length ? ` <small class="also">also reported, in other words, by ${links.join(', ')}</small>` : '';
}

function quoteGroupHtml(group: QuoteGroup, d: Dossier, marks: Marks, byId: ReadonlyMap<string, Article>): string {
  const quotes = new Map(d.quotes.map((q) => [q.id, q]));
  const speaker = d.entities.find((e) => e.id === group.speaker)?.name ?? quotes.get(group.quotes[0] ?? '')?.speakerName ?? 'unknown speaker';
  const variants = new Map((group.variants ?? []).map((v) => [v.quote, v]));
  const rows = group.quotes
    .map((id) => {
      const q = quotes.get(id);
      if (!q) return '';
      const v = variants.get(id);
      const diff = v
        ? [
            v.omitted.length ? `<span class="omitted">omits: ${esc(v.omitted.join(' '))}</span>` : '',
            v.added.length ? `<span class="added">adds: ${esc(v.added.join(' '))}</span>` : '',
            ...v.changed.map((c) => `<span class="changed">${esc(c.from)} → ${esc(c.to)}</span>`),
          ].join(' ')
        : '';
      return `<tr><td>${cite(marks, byId, [{ article: q.article, start: q.start, end: q.end }], 'quote')}</td><td>“${esc(q.text)}”<div class="who">${esc(q.speakerName ?? '—')}</div></td><td>${v ? `<b>${v.verdict}</b> ${diff}` : ''}</td></tr>`;
    })
    .join('');
  const flags = [group.divergent ? '<span class="flag">wording differs</span>' : '', group.speakerConflict ? '<span class="flag">speaker disputed</span>' : ''].join(' ');
  return `<div class="qgroup"><h4>${esc(speaker)} ${flags}</h4><table>${rows}</table></div>`;
}

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:1rem 2rem;background:#1d2a3a;color:#fff}header h1{margin:0;font-size:1.4rem}
main{display:grid;grid-template-columns:minmax(360px,38%) 1fr;gap:1rem;padding:1rem}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin-bottom:1rem}
h2{font-size:1.1rem;border-bottom:1px solid #eee}h4{margin:.5rem 0}
.brief li{margin:.4rem 0}.sec{font-size:.75rem;text-transform:uppercase;color:#666;margin-right:.3rem}
a.cite{display:inline-block;max-width:16em;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom;font-size:.75rem;background:#e8eef7;border-radius:3px;padding:0 .25rem;margin:0 0 .1rem .15rem;text-decoration:none;color:#1d4f91;white-space:nowrap}
.articles{display:flex;gap:1rem;overflow-x:auto;align-items:flex-start;position:sticky;top:0;max-height:100vh}
.article{flex:0 0 360px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem .9rem;max-height:85vh;overflow-y:auto}
.article h3{font-size:1rem;margin:.3rem 0}.meta{font-size:.8rem;color:#555}
.cited{background:#fff6c9}.conflict{background:#fde2e1}.reused{text-decoration:underline dotted #888}.quote{border-bottom:2px solid #9bc1f2}.hl{background:#ffc94d!important;outline:2px solid #e08a00}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-top:1px solid #eee;padding:.25rem;vertical-align:top;text-align:left}
.flag{font-size:.7rem;background:#fde2e1;color:#9b1c1c;border-radius:3px;padding:0 .3rem}
.omitted{color:#9b1c1c}.added{color:#1a7f37}.changed{color:#8a5a00}.who{font-size:.8rem;color:#555}
.status-consensus{color:#1a7f37}.status-partial{color:#8a5a00}.status-unique{color:#555}
details{font-size:.85rem}.removed{color:#777}
`;

const JS = `
document.addEventListener('click',function(e){var a=e.target.closest('a.cite');if(!a)return;e.preventDefault();
document.querySelectorAll('.hl').forEach(function(n){n.classList.remove('hl')});
var id=a.getAttribute('data-go');var nodes=[].slice.call(document.querySelectorAll('[data-m]')).filter(function(n){return n.getAttribute('data-m').split(' ').indexOf(id)>=0});
nodes.forEach(function(n){n.classList.add('hl')});if(nodes[0]){nodes[0].scrollIntoView({behavior:'smooth',block:'center',inline:'center'})}
history.replaceState(null,'','#'+id);});
`;

const cspHash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * The report's Content-Security-Policy: its one inline script and one inline style by sha256, images only as data:
 * URLs, nothing else loaded, no form posts, no base URL. The same policy goes in the page's `<meta>` and, when a server
 * sends the report, in its header (which alone can also forbid framing).
 */
export function reportCsp(): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(JS)}`,
    `style-src ${cspHash(CSS)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Render a dossier as a self-contained HTML page (no external assets), carrying its strict CSP as a `<meta>`.
 * @example writeFileSync('dossier.html', renderHtml(dossier))
 */
export function renderHtml(d: Dossier): string {
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  const marks = new Marks();
  const title = d.articles[0]?.title ?? 'triangulate dossier';

  const count = sourcesOf(d.articles, d.reuse ?? []);
  const claimsById = new Map(d.claims.map((c) => [c.id, c]));
  const brief = d.brief
    .map((s) => `<li data-section="${esc(s.section ?? '')}"><span class="sec">${esc(s.section ?? '')}</span>${esc(s.text)} ${cite(marks, byId, s.sources)}${small(citedNote(s, count), ' <small class="who">(', ')</small>')}${alsoHtml(s, claimsById, marks, byId)}</li>`)
    .join('');
  const claims = d.claims
    .filter((c) => c.status !== 'unique')
    .map((c) => `<tr><td class="status-${c.status}">${c.status}${small(independenceNote(c), '<br><small>', '</small>')}</td><td>${esc(c.text)}</td><td>${cite(marks, byId, c.sources, 'ref')}</td></tr>`)
    .join('');
  const conflicts = d.conflicts
    .map((c) => `<tr><td>${esc(c.topic)}</td><td>${c.values.map((v) => `<b>${esc(v.value)}</b> ${cite(marks, byId, v.sources, 'conflict')}`).join('<br>')}</td></tr>`)
    .join('');
  const groups = d.quoteGroups.filter((g) => g.quotes.length > 1).map((g) => quoteGroupHtml(g, d, marks, byId)).join('');
  for (const q of d.quotes) marks.ref({ article: q.article, start: q.start, end: q.end }, 'quote');
  const citations = d.citations
    .map((c) => `<tr><td>${esc(outletName(byId, c.article))}</td><td>${c.kind}</td><td>${esc(c.cites)}</td><td>${c.end > c.start ? cite(marks, byId, [c], 'ref') : ''}</td></tr>`)
    .join('');
  const reuse = d.reuse
    .filter((r) => r.relation || r.score >= MIN_REPORTED_SCORE)
    .sort((x, y) => y.score - x.score)
    .map((r) => {
      const copied = r.spans.slice(0, 5).map((s) => cite(marks, byId, [{ article: r.a, ...s.a }, { article: r.b, ...s.b }], 'reused'));
      const retold = (r.rewritten ?? []).slice(0, 5).map((s) => cite(marks, byId, [{ article: r.a, ...s.a }, { article: r.b, ...s.b }], 'reused'));
      const arrow = r.direction === 'a->b' ? '→' : r.direction === 'b->a' ? '←' : '↔';
      const basis = r.directionBasis ? ` <small>(${r.directionBasis})</small>` : '';
      return `<tr><td>${esc(outletName(byId, r.a))} ${arrow} ${esc(outletName(byId, r.b))}${basis}</td><td>${r.relation ?? ''}</td><td>${pct(r.score)}</td><td>${[...copied, ...retold].join(' · ')}</td></tr>`;
    })
    .join('');
  const slant = d.slant
    .map((s) => `<tr><td>${esc(outletName(byId, s.article))}</td><td>${s.genre ?? ''}</td><td>${pct(s.subjectivity)}</td><td>${s.loaded.slice(0, 8).map((w) => esc(w.text)).join(', ')}</td><td>${s.hedges.slice(0, 8).map((w) => esc(w.text)).join(', ')}</td></tr>`)
    .join('');
  const timeline = d.timeline.map((t) => `<tr><td>${esc(t.date)}${t.inferred ? ' <small title="no source gives the year: read against the story\'s other dates">(year inferred)</small>' : ''}</td><td>${esc(t.text)} ${cite(marks, byId, t.sources, 'ref')}</td></tr>`).join('');
  const entities = d.entities
    .filter((e) => e.articles.length > 1 || e.roles.length)
    .map((e) => `<tr><td>${esc(e.name)}</td><td>${e.kind}</td><td>${esc(e.roles.join('; '))}</td><td>${e.articles.length}</td></tr>`)
    .join('');
  const diagnostics = d.diagnostics.map((x) => `<li><code>${esc(x.rule)}</code> ${esc(x.source)}: ${esc(x.message)}</li>`).join('');

  const articles = d.articles
    .map(
      (a) => `<article class="article" id="${a.id}"><h3>${esc(a.title ?? a.source.split(/[\\/]/).pop() ?? a.id)}</h3>
<div class="meta">${esc([a.outlet, a.byline, a.published, a.syndication ? `syndicated from ${a.syndication}` : null].filter(Boolean).join(' · '))}</div>
${marks.render(a)}
${a.removed.length ? `<details><summary>${a.removed.length} boilerplate lines removed</summary><ul>${a.removed.map((r) => `<li class="removed"><code>${esc(r.reason)}</code> ${esc(r.text)}</li>`).join('')}</ul></details>` : ''}
</article>`,
    )
    .join('');

  const table = (head: string[], body: string): string =>
    body ? `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${body}</table>` : '<p><i>none found</i></p>';

  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${reportCsp()}"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} — triangulate</title><style>${CSS}</style></head><body>
<header><h1>${esc(title)}</h1><div>${d.articles.length} articles · ${d.claims.length} claims · ${d.quotes.length} quotes · generated ${esc(d.generatedAt)}</div></header>
<main><div>
<section class="brief"><h2>Neutral brief</h2><ol>${brief}</ol></section>
<section><h2>Where outlets disagree</h2>${table(['topic', 'values'], conflicts)}</section>
<section><h2>Shared claims</h2>${table(['status', 'claim', 'sources'], claims)}</section>
<section><h2>Quotes across outlets</h2>${groups || '<p><i>no quote is reported by more than one outlet</i></p>'}</section>
<section><h2>Who cites whom</h2>${table(['article', 'kind', 'cites', 'where'], citations)}</section>
<section><h2>Text reuse</h2>${reuseGraphSvg(d)}${table(['pair', 'relation', 'score', 'copied or retold'], reuse)}</section>
<section><h2>Framing</h2>${table(['outlet', 'leads with', 'omits (shared by most others)', 'single-source details', 'names used'], framingRows(d))}</section>
<section><h2>Voice and slant</h2>${table(['outlet', 'genre', 'subjectivity', 'loaded words', 'hedges'], slant)}</section>
<section><h2>Timeline</h2>${table(['date', 'event'], timeline)}</section>
<section><h2>People and organisations</h2>${table(['name', 'kind', 'roles', 'articles'], entities)}</section>
${diagnostics ? `<section><h2>Diagnostics</h2><ul>${diagnostics}</ul></section>` : ''}
</div><div class="articles">${articles}</div></main>
<script>${JS}</script></body></html>
`;
}
