// No input lost: file names with glob characters, links in folders, JSONL without rows, and the address policy's
// embedded-IPv4 forms. Every skipped input has a diagnostic.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason, collectInputs } from '../src/ingest/index.js';

const PARA = 'The river authority said on Monday that the northern dam would be inspected after the spring floods.';

describe('collectInputs: names and links', () => {
  let dir = '';
  const rel = (s: string): string => s.replace(dir, '');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-robust-'));
    mkdirSync(join(dir, 'corpus'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'article (1).txt'), `Dam one\n\n${PARA}\n`);
    writeFileSync(join(dir, 'notes[draft].md'), `# Draft\n\n${PARA}\n`);
    writeFileSync(join(dir, 'elsewhere', 'linked.txt'), `Dam linked\n\n${PARA}\n`);
    mkdirSync(join(dir, 'elsewhere', 'more'));
    writeFileSync(join(dir, 'elsewhere', 'more', 'deep.md'), `# Deep\n\n${PARA}\n`);
    writeFileSync(join(dir, 'corpus', 'own.txt'), `Dam own\n\n${PARA}\n`);
    symlinkSync(join(dir, 'elsewhere', 'linked.txt'), join(dir, 'corpus', 'link.txt'));
    symlinkSync(join(dir, 'elsewhere', 'more'), join(dir, 'corpus', 'more'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'corpus', 'dangling.txt'));
    symlinkSync(join(dir, 'corpus'), join(dir, 'corpus', 'loop'));
    writeFileSync(join(dir, 'blank.jsonl'), '\n  \n\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file whose name holds glob characters as that file', async () => {
    const { docs, diagnostics } = await collectInputs(['article (1).txt', join(dir, 'notes[draft].md')], { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(docs.map((d) => rel(d.source))).toEqual(['article (1).txt', '/notes[draft].md']);
  });

  it('still expands a pattern that names no file', async () => {
    const { docs } = await collectInputs(['article*.txt'], { cwd: dir });
    expect(docs.map((d) => rel(d.source))).toEqual(['/article (1).txt']);
  });

  it('follows links in a folder; a dangling link and a loop are diagnostics', async () => {
    const { docs, diagnostics } = await collectInputs([join(dir, 'corpus')]);
    expect(docs.map((d) => rel(d.source))).toEqual(['/corpus/link.txt', '/corpus/more/deep.md', '/corpus/own.txt']);
    expect(diagnostics.map((d) => `${rel(d.source)}:${d.rule}`).sort()).toEqual(['/corpus/dangling.txt:broken-link', '/corpus/loop:link-loop']);
  });

  it('reports a JSONL file with no rows', async () => {
    const { docs, diagnostics } = await collectInputs([join(dir, 'blank.jsonl')]);
    expect(docs).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['empty-input']);
  });
});

describe('blockedReason: IPv4 inside IPv6', () => {
  it('refuses every form that reaches a private IPv4 address', () => {
    const blocked = [
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0:0:0:0:0:ffff:a9fe:a9fe',
      '::ffff:0:7f00:1',
      '::10.0.0.1',
      '2002:7f00:1::',
      '2002:c0a8:101::1',
      '2002:a9fe:a9fe:1::5',
      '2001:0:4136:e378:8000:63bf:80ff:fffe',
    ];
    for (const ip of blocked) expect(blockedReason(ip), ip).not.toBeNull();
    expect(blockedReason('2002:c0a8:101::1')).toMatch(/6to4 of 192\.168\.1\.1/);
  });

  it('allows the same forms around a public IPv4 address', () => {
    for (const ip of ['::ffff:8.8.8.8', '::ffff:808:808', '2002:808:808::1', '2606:4700::1111']) expect(blockedReason(ip), ip).toBeNull();
  });
});
