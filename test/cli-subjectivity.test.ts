// `triangulate subjectivity`: JSON lines {text} in, {score, subjective} a line out, from the shipped (or a given) model.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const OPINION = 'Of course this disgraceful plan will fail, and everyone with any sense knows it.';
const REPORT = 'The bill passed the upper house 52 votes to 48 on Tuesday afternoon.';
const QUOTED = 'The senator said the plan was "a disgraceful failure that everyone with any sense can see".';

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('triangulate subjectivity', () => {
  it('scores each sentence, the writer\'s judgement above a report and above the same words quoted', async () => {
    const input = [OPINION, REPORT, QUOTED].map((text) => JSON.stringify({ text })).join('\n');
    const run = await runCli(['subjectivity'], `${input}\n`);
    expect(run.code).toBe(0);
    const [opinion, report, quoted] = lines(run.stdout);
    expect(opinion).toMatchObject({ subjective: true });
    expect(report).toMatchObject({ subjective: false });
    expect(opinion!.score as number).toBeGreaterThan(report!.score as number);
    expect(opinion!.score as number).toBeGreaterThan(quoted!.score as number);
    for (const row of [opinion, report, quoted]) expect(Object.keys(row!).sort()).toEqual(['score', 'subjective']);
  });

  it('answers a bad line with an error line in its place, names it on stderr and exits 1', async () => {
    const run = await runCli(['subjectivity'], `${JSON.stringify({ text: REPORT })}\nnot json\n{"sentence": "x"}\n\n${JSON.stringify({ text: OPINION })}\n`);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out).toHaveLength(4);
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[2]).toMatchObject({ line: 3 });
    expect(out[3]).toMatchObject({ subjective: true });
    expect(run.stderr).toContain('stdin:2: bad-sentence');
  });

  it('scores with --subjectivity-model: the same weights with threshold 0 call every sentence subjective', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-subj-'));
    const shipped = JSON.parse(readFileSync(new URL('../src/slant/model/subjectivity.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'zero.json'), JSON.stringify({ ...shipped, threshold: 0 }));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...shipped, threshold: 'high' }));
    const zero = await runCli(['subjectivity', '--subjectivity-model', 'zero.json'], `${JSON.stringify({ text: REPORT })}\n`, dir);
    expect(zero.code).toBe(0);
    expect(lines(zero.stdout)[0]).toMatchObject({ subjective: true });
    const broken = await runCli(['subjectivity', '--subjectivity-model', 'broken.json'], `${JSON.stringify({ text: REPORT })}\n`, dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('threshold');
  });
});
