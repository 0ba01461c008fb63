// Tuning aid for the attribution eval: scores a PolNeAR split (default train, first N articles) and prints sample misses.
// Usage: npx tsx eval/attribution-debug.ts [train|dev] [limit] [fp|fn|spk]
import { evalPolnear, predict, articleOf, score, overlap, isDirect } from './tasks/attribution.js';
import { dataPath, readJsonl } from './shared.js';

const split = (process.argv[2] ?? 'train') as 'train' | 'dev';
const [from, limit] = (process.argv[3] ?? '0:150').includes(':') ? (process.argv[3] ?? '0:150').split(':').map(Number) as [number, number] : [0, Number(process.argv[3])];
const show = process.argv[4] ?? '';
const r = evalPolnear(split, limit, from);
const f = (s: typeof r.direct): string => {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const rc = s.tp / Math.max(1, s.tp + s.fn);
  return `P ${p.toFixed(3)} R ${rc.toFixed(3)} F1 ${((2 * p * rc) / (p + rc)).toFixed(3)} exact ${(s.exact / Math.max(1, s.tp)).toFixed(3)} spk ${(s.speakerOk / Math.max(1, s.matched)).toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
};
console.log(split, r.n, 'direct', f(r.direct));
console.log(split, r.n, 'all   ', f(r.all));
if (show) {
  type Row = { doc_id: string; text: string; annotations: Array<{ attributions: Array<{ source: Array<{ start: number; end: number; text: string }>; content: Array<{ start: number; end: number }> }> }> };
  let shown = 0;
  for (const row of readJsonl<Row>(dataPath('attribution-polnear', `${split}.jsonl`)).slice(from, limit)) {
    const t = row.text;
    const pp = predict(articleOf(row.doc_id, t));
    const pred = show === 'fnall' ? pp.all : pp.direct;
    const gold = row.annotations[0]!.attributions.filter((a) => a.content.length).map((a) => ({ content: a.content, src: a.source.map((s) => s.text).join(' '), srcSpans: a.source }))
      .filter((g) => show === 'fnall' || isDirect(t, g.content));
    const ctx = (s: number, e: number): string => t.slice(Math.max(0, s - 120), e + 120).replace(/\n/g, ' | ');
    if (show === 'fp') for (const p of pred) {
      if (gold.some((g) => overlap(g.content, p.content) >= 0.2)) continue;
      console.log('FP:', JSON.stringify(ctx(p.content[0]!.start, p.content.at(-1)!.end)), '\n');
      if (++shown > 25) process.exit(0);
    }
    if (show === 'fn' || show === 'fnall') for (const g of gold) {
      if (pred.some((p) => overlap(g.content, p.content) >= 0.2)) continue;
      console.log('FN:', JSON.stringify(ctx(g.content[0]!.start, g.content.at(-1)!.end)), '\n');
      if (++shown > 25) process.exit(0);
    }
    if (show === 'spk') for (const g of gold) {
      const p = pred.find((p) => overlap(g.content, p.content) >= 0.3);
      if (!p) continue;
      const sc = score(t, [{ content: g.content, direct: true, speakerSpans: g.srcSpans, speakerName: g.src }], [p]);
      if (sc.speakerOk) continue;
      console.log('SPK gold:', g.src, '| ours:', p.speakerName, p.speakerSpans.map((s) => t.slice(s.start, s.end)), JSON.stringify(ctx(g.content[0]!.start, g.content.at(-1)!.end)), '\n');
      if (++shown > 25) process.exit(0);
    }
  }
}
