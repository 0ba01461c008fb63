// Test helpers: run the CLI in-process with captured streams, serve on loopback, and check evidence spans against their
// articles.
import type { Server } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { main } from '../src/cli/main.js';
import type { Dossier, SourceRef } from '../src/core/types.js';
import { repoRoot } from '../eval/shared.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `triangulate <argv>` in this process; stdin is `input` (empty by default). */
export async function runCli(argv: string[], input = '', cwd = repoRoot): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(argv, { stdin: Readable.from([input]), stdout, stderr, stderrIsTTY: false, cwd });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const schema = JSON.parse(readFileSync(resolve(repoRoot, 'schema/dossier.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validator = ajv.compile(schema);

/** Schema errors of a dossier, as readable lines (empty when valid). */
export function schemaErrors(dossier: unknown): string[] {
  return validator(dossier) ? [] : (validator.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Every evidence reference in the dossier, with where it was found. */
export function allRefs(d: Dossier): Array<{ where: string; ref: SourceRef }> {
  const refs: Array<{ where: string; ref: SourceRef }> = [];
  const add = (where: string, list: readonly SourceRef[]): void => list.forEach((ref) => refs.push({ where, ref }));
  d.quotes.forEach((q) => add(`quote ${q.id}`, [q]));
  d.citations.filter((c) => c.end > c.start).forEach((c) => add(`citation ${c.cites}`, [c]));
  d.claims.forEach((c) => add(`claim ${c.id}`, c.sources));
  d.conflicts.forEach((c) => c.values.forEach((v) => add(`conflict ${c.topic}`, v.sources)));
  d.timeline.forEach((t) => add(`timeline ${t.date}`, t.sources));
  d.brief.forEach((b, i) => add(`brief ${i}`, b.sources));
  d.slant.forEach((s) => add(`slant ${s.article}`, s.sentences.map((x) => ({ article: s.article, start: x.start, end: x.end }))));
  d.reuse.forEach((r) => r.spans.forEach((s) => add(`reuse ${r.a}-${r.b}`, [{ article: r.a, ...s.a }, { article: r.b, ...s.b }])));
  return refs;
}

/** Refs that point outside their article (or at an unknown one). */
export function badRefs(d: Dossier): string[] {
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  return allRefs(d)
    .filter(({ ref }) => {
      const a = byId.get(ref.article);
      return !a || ref.start < 0 || ref.end > a.text.length || ref.start > ref.end;
    })
    .map(({ where, ref }) => `${where}: ${ref.article} ${ref.start}-${ref.end}`);
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'is', 'was', 'that', 'this', 'it', 'be', 'has', 'had', 'have', 'from', 'are', 'were', 'but']);

/** Brief sentences whose content words are not all found in the spans they cite (framing words of conflict lines aside). */
export function uncitedBriefWords(d: Dossier): string[] {
  const byId = new Map(d.articles.map((a) => [a.id, a]));
  const problems: string[] = [];
  for (const s of d.brief) {
    const cited = s.sources.map((r) => byId.get(r.article)?.text.slice(r.start, r.end) ?? '').join(' ').toLowerCase();
    const outlets = new Set(s.sources.flatMap((r) => (byId.get(r.article)?.outlet ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    const framing = s.section === 'conflict' ? new Set(['reports', 'differ', 'vs', ...(s.text.toLowerCase().split(':')[0]?.match(/[\p{L}\p{N}]+/gu) ?? [])]) : new Set<string>();
    // A speaker named in brackets stands for the source's pronoun ("“…,” [Ana Ruiz] said"): it must be a quote's speaker.
    const speakers = new Set(d.quotes.map((q) => q.speakerName));
    for (const m of s.text.matchAll(/\[([^\]]+)\]/g)) if (!speakers.has(m[1]!)) problems.push(`"${s.text.slice(0, 80)}…" names [${m[1]}], no quote's speaker`);
    const own = s.text.replace(/\[[^\]]+\]/g, '');
    const text = s.section === 'conflict' ? own.replace(/\b\d+ other reports?\b/g, '') : own;
    const missing = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
      (w) => !STOP.has(w) && !framing.has(w) && !outlets.has(w) && !cited.includes(w),
    );
    if (missing.length) problems.push(`"${s.text.slice(0, 80)}…" cites spans lacking: ${missing.join(', ')}`);
  }
  return problems;
}

/** Start `server` on 127.0.0.1 at a free port; its base URL (`http://127.0.0.1:<port>`). */
export async function listenLocal(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const addr = server.address();
  return `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
}

/** Stop a server started by `listenLocal`, dropping connections a test left open. */
export function closeLocal(server: Server): void {
  server.closeAllConnections();
  server.close();
}
