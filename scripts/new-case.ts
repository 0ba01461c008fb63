// Writes a golden case from files: test/cases/<stage>/<name>/ with the inputs and an expected.json drafted from today's
// output, for review (keep the checks the case is about, drop the rest, write the note). As Readability's generate script.
// Run: npx tsx scripts/new-case.ts <stage> <name> <file…> [--force]
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { casesDir, loadCase, STAGES, type Stage } from '../test/cases/load.js';
import { RUNNERS } from '../test/cases/stages.js';

const USAGE = 'usage: npx tsx scripts/new-case.ts <stage> <name> <file…> [--force]\n' +
  `  stage: ${STAGES.join(', ')}; name: kebab-case, after the behaviour or the outlet (quote-spans-paragraphs)\n` +
  '  readable takes one .html/.txt/.md page; the other stages take .txt/.md articles (text as is, optional --- front matter\n' +
  '  with article fields: id, outlet, published, syndication, …), one file per article, in the order given';

/** Strings longer than this stay out of the draft (whole texts); review adds `field~` snippets instead. */
const LONG = 200;

/** A first draft of expected.json from a view: every short field as it is today, lists as `~` checks, scores as bounds. */
function draft(view: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(view)) {
    if (typeof v === 'string' && v.length > LONG) continue;
    if (typeof v === 'number' && !Number.isInteger(v)) {
      out[`${k}>=`] = Math.floor(v * 100) / 100;
      out[`${k}<=`] = Math.ceil(v * 100) / 100;
    } else if (Array.isArray(v)) {
      if (!v.length) out[`${k}#`] = 0;
      else out[`${k}~`] = v.map((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? draft(x as Record<string, unknown>) : x));
    } else out[k] = v;
  }
  return out;
}

function main(argv: string[]): number {
  const force = argv.includes('--force');
  const [stage, name, ...files] = argv.filter((a) => a !== '--force');
  if (!stage || !name || !files.length || !(STAGES as readonly string[]).includes(stage)) {
    console.error(USAGE);
    return 2;
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error(`name "${name}": use kebab-case (lowercase words joined by -)`);
    return 2;
  }
  const missing = files.find((f) => !existsSync(f));
  if (missing) {
    console.error(`${missing}: no such file`);
    return 2;
  }
  if (stage === 'readable' && files.length !== 1) {
    console.error('readable: give one page');
    return 2;
  }
  const dir = join(casesDir, stage, name);
  if (existsSync(dir) && !force) {
    console.error(`${dir} exists; pass --force to replace it`);
    return 2;
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  files.forEach((f, i) => {
    const ext = extname(f).toLowerCase();
    const base = files.length === 1 ? 'input' : String.fromCharCode(97 + i);
    copyFileSync(f, join(dir, `${base}${ext}`));
  });
  const expectedPath = join(dir, 'expected.json');
  writeFileSync(expectedPath, '{}\n');
  const c = loadCase(stage as Stage, name);
  const { view, invariants } = RUNNERS[c.stage](c);
  const sources = files.map((f) => basename(f)).join(', ');
  const expected = { note: `TODO: the behaviour this case pins (from ${sources})`, ...draft(view) };
  writeFileSync(expectedPath, `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${dir}/ (${files.length} input file(s), expected.json drafted from today's output)`);
  for (const v of invariants) console.log(`warning: evidence rule broken today: ${v}`);
  console.log('review expected.json: keep the checks this case is about, drop the rest, write the note; then npx vitest run test/cases.test.ts');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
