// Prints one golden case's current output beside what expected.json asks, and the first difference. As Readability's
// debug script. Run: npx tsx scripts/debug-case.ts <stage>/<case> [--full]   (exit 1 when the case fails)
import { listCases, loadCase, STAGES, type Stage } from '../test/cases/load.js';
import { matchPattern } from '../test/cases/match.js';
import { RUNNERS } from '../test/cases/stages.js';

/** Long strings (whole texts) shortened unless --full: the difference line says where to look. */
const shorten = (v: unknown, full: boolean): unknown =>
  JSON.parse(JSON.stringify(v), (_k, x: unknown) => (!full && typeof x === 'string' && x.length > 240 ? `${x.slice(0, 240)}… (${x.length} chars)` : x));

function main(argv: string[]): number {
  const full = argv.includes('--full');
  const [target] = argv.filter((a) => !a.startsWith('--'));
  const [stage, name] = (target ?? '').replace(/^test\/cases\//, '').replace(/\/$/, '').split('/');
  if (!stage || !(STAGES as readonly string[]).includes(stage) || !name) {
    console.error(`usage: npx tsx scripts/debug-case.ts <stage>/<case> [--full]   (stages: ${STAGES.join(', ')})`);
    return 2;
  }
  if (!listCases(stage as Stage).includes(name)) {
    console.error(`no case ${stage}/${name}; cases: ${listCases(stage as Stage).join(', ')}`);
    return 2;
  }
  const c = loadCase(stage as Stage, name);
  const { view, invariants } = RUNNERS[c.stage](c);
  console.log(`# ${stage}/${name}${c.note ? ` — ${c.note}` : ''}`);
  console.log(`inputs: ${c.files.map((f) => `${f.name} (id ${f.id})`).join(', ')}`);
  console.log('\n## current output (the view expected.json is matched against)');
  console.log(JSON.stringify(shorten(view, full), null, 2));
  console.log('\n## expected.json');
  console.log(JSON.stringify(c.expected, null, 2));
  for (const v of invariants) console.log(`\nEVIDENCE RULE BROKEN: ${v}`);
  const diff = matchPattern(view, c.expected);
  console.log(diff ? `\nFIRST DIFFERENCE at ${diff.path}: ${diff.message}` : '\nmatches expected.json');
  return diff || invariants.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
