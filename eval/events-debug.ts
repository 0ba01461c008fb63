// Tuning aid for the events eval: for each gold shared claim of one event (or all), every outlet's claim spans that match
// its keywords, with the group each span sits in (id, status, outlets). Shows why a shared fact came out split.
// Usage: npx tsx eval/events-debug.ts [event-id-prefix] [--all] [--groups]   (--all also prints the facts found whole;
// --groups prints every member of the groups a unique detail shares with another outlet)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInputs } from '../src/index.js';
import { eventsPath } from './shared.js';
import { matchesAny, type EventGold } from './events-score.js';

const prefix = process.argv[2]?.startsWith('--') ? '' : (process.argv[2] ?? '');
const all = process.argv.includes('--all');
const showGroups = process.argv.includes('--groups');

for (const id of readdirSync(eventsPath()).sort()) {
  if (!id.startsWith(prefix) || !existsSync(eventsPath(id, 'gold.json'))) continue;
  const gold = JSON.parse(readFileSync(eventsPath(id, 'gold.json'), 'utf8')) as EventGold;
  const files = Object.values(gold.articles).map((a) => join(eventsPath(id), a.file));
  const dossier = await analyzeInputs(files, { now: '2026-01-01T00:00:00Z' });
  const letter = new Map(dossier.articles.map((a) => [a.id, Object.entries(gold.articles).find(([, g]) => a.source.endsWith(g.file))?.[0] ?? '?']));
  const text = new Map(dossier.articles.map((a) => [a.id, a.text]));
  console.log(`\n=== ${id}`);
  for (const c of [...gold.shared_claims, ...gold.unique_claims.map((u) => ({ ...u, in: [u.in] }))]) {
    const hits = dossier.claims.flatMap((g) =>
      g.sources
        .filter((r) => matchesAny(text.get(r.article)!.slice(r.start, r.end), c.keywords_any))
        .map((r) => ({ g, l: letter.get(r.article)!, s: text.get(r.article)!.slice(r.start, r.end) })),
    );
    const groups = new Set(hits.filter((h) => c.in.includes(h.l)).map((h) => h.g.id));
    if (!all && groups.size === 1 && new Set(hits.map((h) => h.l)).size === c.in.length) continue;
    console.log(`\n- [${c.in.join('')}] ${c.claim}`);
    for (const h of hits) console.log(`   ${h.l} ${h.g.id} ${h.g.status}/${new Set((h.g.articles ?? []).map((a) => letter.get(a))).size}: ${h.s.replace(/\s+/g, ' ').slice(0, 220)}`);
    if (!showGroups || c.in.length !== 1) continue;
    for (const g of new Set(hits.filter((h) => (h.g.articles ?? []).some((a) => letter.get(a) !== c.in[0])).map((h) => h.g))) {
      console.log(`   group ${g.id}:`);
      for (const r of g.sources) console.log(`     ${letter.get(r.article)} ${text.get(r.article)!.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
}
