// Tuning aid for the extraction eval: pages ranked by F1 lost, and for one page what was kept that the gold lacks (kept
// boilerplate) and what the gold has that was missed. Utomo's held-out keywords are skipped unless --held is given.
// Usage: npx tsx eval/extraction-debug.ts [zyte|utomo] [--top N] [--page <id>] [--held] [--save file.json] [--diff file.json] [--reasons] [--dump]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './shared.js';
import { readDocument } from '../src/readable/index.js';
import { scorePage, shingles } from '../src/readable/score.js';
import { extractOurs, extractReadability, loadPages } from './tasks/extraction.js';
import { heldOutKeywords, isHeldOut, loadUtomoPages, pageBytes, predictionText } from './tasks/extraction-utomo.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const set = args[0] === 'utomo' ? 'utomo' : 'zyte';
const top = Number(opt('--top') ?? 25);
const only = opt('--page');

interface Case {
  id: string;
  group: string;
  bytes: () => Uint8Array;
  url: string | null;
  gold: string;
}

function cases(): Case[] {
  if (set === 'zyte') {
    return loadPages().map((p) => ({
      id: p.id,
      group: 'zyte',
      bytes: () => gunzipSync(readFileSync(dataPath('extraction-zyte', p.html_file))),
      url: p.url,
      gold: p.articleBody,
    }));
  }
  const pages = loadUtomoPages();
  const held = heldOutKeywords(pages);
  return pages
    .filter((p) => args.includes('--held') || !isHeldOut(held, p))
    .map((p) => ({ id: p.id, group: p.subset, bytes: () => pageBytes(p), url: null, gold: p.gold_text }));
}

const f1 = (s: { tp: number; fp: number; fn: number }): number => (s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0);
const predict = (c: Case): string => {
  const e = extractOurs(c.bytes(), c.url, c.id);
  return set === 'utomo' ? predictionText(e) : e.text;
};

/** Share of a paragraph's shingles found in the other text. */
function covered(par: string, other: Map<string, number>): number {
  const sh = shingles(par);
  let n = 0;
  let hit = 0;
  for (const [k, c] of sh) {
    n += c;
    hit += Math.min(c, other.get(k) ?? 0);
  }
  return n ? hit / n : 1;
}

function showPage(c: Case): void {
  const pred = predict(c);
  const s = scorePage(pred, c.gold);
  console.log(`${c.id} ${c.group} F1 ${f1(s).toFixed(3)} fp ${s.fp.toFixed(3)} fn ${s.fn.toFixed(3)} url ${c.url ?? ''}`);
  const g = shingles(c.gold);
  const p = shingles(pred);
  console.log('--- kept, not in gold (coverage < 0.5):');
  for (const par of pred.split(/\n+/)) if (covered(par, g) < 0.5) console.log(`  + ${par.slice(0, 300)}  @${c.id.slice(0, 30)}`);
  console.log('--- in gold, missed (coverage < 0.5):');
  for (const par of c.gold.split(/\n+/)) if (par.trim() && covered(par, p) < 0.5) console.log(`  - ${par.slice(0, 300)}  @${c.id.slice(0, 30)}`);
}

/** Per removal reason: how many shingles of the removed lines the gold has (wrongly removed) and lacks (rightly). */
function reasons(list: Case[]): void {
  const by = new Map<string, { n: number; right: number; wrong: number; examples: string[] }>();
  for (const c of list) {
    const g = shingles(c.gold);
    const { article } = readDocument({ source: c.id, bytes: c.bytes(), contentType: 'text/html', hints: c.url ? { url: c.url } : {} }, { id: c.id });
    for (const r of article?.removed ?? []) {
      const e = by.get(r.reason) ?? { n: 0, right: 0, wrong: 0, examples: [] };
      const size = shingles(r.text).size;
      const cov = covered(r.text, g);
      e.n++;
      e.wrong += size * cov;
      e.right += size * (1 - cov);
      if (cov >= 0.5 && e.examples.length < 8) e.examples.push(`${c.id.slice(0, 24)}: ${r.text.slice(0, 140)}`);
      by.set(r.reason, e);
    }
  }
  for (const [reason, e] of [...by].sort((a, b) => b[1].wrong - a[1].wrong)) {
    console.log(`${reason}: ${e.n} lines, shingles rightly removed ${e.right.toFixed(0)}, wrongly ${e.wrong.toFixed(0)}`);
    for (const x of e.examples) console.log(`    ${x}`);
  }
}

const all = cases();
if (args.includes('--dump')) {
  for (const c of all) showPage(c);
} else if (args.includes('--reasons')) {
  reasons(all);
} else if (only) {
  for (const c of all.filter((x) => x.id === only)) showPage(c);
} else {
  const rows = all.map((c) => {
    const s = scorePage(predict(c), c.gold);
    const peer = scorePage(set === 'utomo' ? predictionText(extractReadability(c.bytes())) : extractReadability(c.bytes()).text, c.gold);
    return { id: c.id, group: c.group, f1: f1(s), fp: s.fp, fn: s.fn, peer: f1(peer) };
  });
  const save = opt('--save');
  if (save) writeFileSync(save, JSON.stringify(rows));
  const before = opt('--diff');
  if (before) {
    const old = new Map((JSON.parse(readFileSync(before, 'utf8')) as typeof rows).map((r) => [r.id, r.f1]));
    for (const r of rows) {
      const d = r.f1 - (old.get(r.id) ?? r.f1);
      if (Math.abs(d) > 0.001) console.log(`${d > 0 ? '+' : ''}${d.toFixed(3)} ${r.id} ${r.group} now ${r.f1.toFixed(3)}`);
    }
  }
  rows.sort((a, b) => a.f1 - b.f1);
  const loss = rows.reduce((n, r) => n + (1 - r.f1), 0);
  console.log(`pages ${rows.length}, mean per-page F1 loss ${(loss / rows.length).toFixed(4)}; fp ${rows.reduce((n, r) => n + r.fp, 0).toFixed(2)} fn ${rows.reduce((n, r) => n + r.fn, 0).toFixed(2)}`);
  for (const r of rows.slice(0, top)) console.log(`${r.f1.toFixed(3)} fp ${r.fp.toFixed(3)} fn ${r.fn.toFixed(3)} peer ${r.peer.toFixed(3)} ${r.id} ${r.group}`);
}
