// The dossier as Markdown: the brief with numbered source references, then conflicts, quotes, framing, citations and timeline.
import type { Article, Dossier, SourceRef } from '../core/types.js';
import { citedNote } from './independence.js';
import { alsoReported } from './also.js';
import { articleLabel } from './label.js';
import { sourcesOf } from '../reuse/index.js';
import { framingMarkdown } from './framing.js';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** How the report names an article: its outlet, else the opening words of its title, else its file name (never a path). */
const label = (a: Article | undefined): string | undefined => articleLabel(a) ?? a?.source.split(/[\\/]/).pop();

/**
 * Text from the articles as inert Markdown on one line: every character that could open markup (an HTML tag such as
 * `<script>` or `<img onerror>`, a link or autolink to `javascript:`, emphasis, code) is backslash-escaped, so a viewer
 * shows the words rather than running or linking them.
 * @example text('<script>alert(1)</script> [x](javascript:y)') // '\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y)'
 */
const text = (s: string): string => oneLine(s).replace(/[\\`*_[\]<>!&#|~]/g, '\\$&');

/**
 * Render a dossier as Markdown; citations are footnote-style references `[n]` listed at the end with their exact text.
 * @example writeFileSync('dossier.md', renderMarkdown(dossier))
 */
export function renderMarkdown(d: Dossier): string {
  const byId = new Map<string, Article>(d.articles.map((a) => [a.id, a]));
  const refs: string[] = [];
  const refIndex = new Map<string, number>();
  const cite = (list: readonly SourceRef[]): string =>
    list
      .map((r) => {
        const key = `${r.article}:${r.start}:${r.end}`;
        let n = refIndex.get(key);
        if (n === undefined) {
          const a = byId.get(r.article);
          refs.push(`${text(label(a) ?? r.article)} (${r.article} ${r.start}–${r.end}): "${text(a?.text.slice(r.start, r.end) ?? '')}"`);
          n = refs.length;
          refIndex.set(key, n);
        }
        return `[${n}]`;
      })
      .join('');

  const out: string[] = [`# ${d.articles[0]?.title ? text(d.articles[0].title) : 'triangulate dossier'}`, ''];
  out.push(`${d.articles.length} articles: ${d.articles.map((a) => text(label(a) ?? a.id)).join('; ')}`, '');
  out.push('## Brief', '');
  // Copies and rewrites of one source are one confirmation: say so where the articles a brief sentence cites repeat one another.
  const count = sourcesOf(d.articles, d.reuse ?? []);
  const independent = (s: (typeof d.brief)[number]): string => {
    const note = citedNote(s, count);
    return note ? ` (${note})` : '';
  };
  const claimsById = new Map(d.claims.map((c) => [c.id, c]));
  const outletOf = (id: string): string => label(byId.get(id)) ?? id;
  // The claim's other outlets, which word the fact their own way: named with a span each, not cited as stating it.
  const also = (s: (typeof d.brief)[number]): string => {
    const others = alsoReported(s, claimsById, outletOf);
    return others.length ? `; also reported, in other words, by ${others.map((o) => `${text(o.outlet)} ${cite([o.ref])}`).join(', ')}` : '';
  };
  for (const s of d.brief) out.push(`- ${s.section && s.section !== 'consensus' ? `*(${s.section})* ` : ''}${text(s.text)} ${cite(s.sources)}${independent(s)}${also(s)}`);
  if (d.conflicts.length) {
    out.push('', '## Where outlets disagree', '');
    for (const c of d.conflicts) out.push(`- **${text(c.topic)}**: ${c.values.map((v) => `${text(v.value)} ${cite(v.sources)}`).join(' vs ')}`);
  }
  const groups = d.quoteGroups.filter((g) => g.quotes.length > 1);
  if (groups.length) {
    const quotes = new Map(d.quotes.map((q) => [q.id, q]));
    out.push('', '## Quotes across outlets', '');
    for (const g of groups) {
      const name = text(d.entities.find((e) => e.id === g.speaker)?.name ?? 'unknown speaker');
      out.push(`- **${name}**${g.divergent ? ' (wording differs)' : ''}${g.speakerConflict ? ' (speaker disputed)' : ''}`);
      for (const id of g.quotes) {
        const q = quotes.get(id);
        const v = g.variants?.find((x) => x.quote === id);
        if (q) out.push(`  - "${text(q.text)}" ${cite([{ article: q.article, start: q.start, end: q.end }])}${v ? ` — ${v.verdict}` : ''}`);
      }
    }
  }
  const framing = framingMarkdown(d, text);
  if (framing.length) out.push('', '## Framing', '', ...framing);
  if (d.citations.length) {
    out.push('', '## Who cites whom', '');
    for (const c of d.citations) out.push(`- ${text(label(byId.get(c.article)) ?? c.article)} — ${c.kind} — ${text(c.cites)}`);
  }
  if (d.timeline.length) {
    out.push('', '## Timeline', '');
    for (const t of d.timeline) out.push(`- ${t.date}${t.inferred ? ' (year inferred)' : ''}: ${text(t.text)} ${cite(t.sources)}`);
  }
  if (d.diagnostics.length) {
    out.push('', '## Diagnostics', '');
    for (const x of d.diagnostics) out.push(`- \`${x.rule}\` ${text(x.source)}: ${text(x.message)}`);
  }
  out.push('', '## Sources', '');
  refs.forEach((r, i) => out.push(`${i + 1}. ${r}`));
  return `${out.join('\n')}\n`;
}
