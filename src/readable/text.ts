// Plain text and Markdown -> blocks: paragraphs by line, the first line as the headline when it reads like one.
import type { Block } from './blocks.js';

/** True when a first line reads like a headline: short, no final period, and more text follows it. */
export function looksLikeHeadline(line: string, rest: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 160 && !/[.:;,]$/.test(t) && rest.trim().length > 0 && (t.match(/\S+/g)?.length ?? 0) <= 25;
}

/** Split plain text into one block per non-blank line, and take the headline off the top when there is one. */
export function readPlain(text: string): { title: string | null; blocks: Block[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
  const firstIdx = lines.findIndex((l) => l.length > 0);
  let title: string | null = null;
  let start = Math.max(0, firstIdx);
  if (firstIdx >= 0 && looksLikeHeadline(lines[firstIdx]!, lines.slice(firstIdx + 1).join('\n'))) {
    title = lines[firstIdx]!;
    start = firstIdx + 1;
  }
  const blocks: Block[] = lines
    .slice(start)
    .filter((l) => l.length > 0)
    .map((l) => ({ text: l, kind: 'p' as const, linkChars: 0 }));
  return { title, blocks };
}

/** Strip Markdown markup from one line, keeping the words; links keep their text, images go. */
function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .trim();
}

/** Markdown -> blocks: front matter, fences' markers, rules and reference definitions go; headings become the title. */
export function readMarkdown(md: string): { title: string | null; blocks: Block[] } {
  let src = md.replace(/\r\n?/g, '\n');
  let title: string | null = null;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (front) {
    title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1] ?? '')?.[1] ?? null;
    src = src.slice(front[0].length);
  }
  const blocks: Block[] = [];
  let para: string[] = [];
  let kind: Block['kind'] = 'p';
  let inFence = false;
  const flush = (): void => {
    const text = para.join(' ').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, kind, linkChars: 0 });
    para = [];
    kind = 'p';
  };
  for (const raw of src.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      para.push(raw);
      kind = 'pre';
      continue;
    }
    const line = raw.trim();
    if (!line || /^([-*_]\s*){3,}$/.test(line) || /^\[[^\]]+\]:\s*\S+/.test(line)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      const text = stripInline(heading[2] ?? '');
      if (!title && heading[1] === '#' && blocks.length === 0) title = text;
      else if (text) blocks.push({ text, kind: 'h', linkChars: 0 });
      continue;
    }
    const item = /^([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      para.push(stripInline(item[2] ?? ''));
      kind = 'li';
      flush();
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      if (kind !== 'quote') flush();
      kind = 'quote';
      para.push(stripInline(quote[1] ?? ''));
      continue;
    }
    if (kind === 'quote' || kind === 'li') flush();
    para.push(stripInline(line));
  }
  flush();
  if (!title && blocks[0] && looksLikeHeadline(blocks[0].text, blocks.slice(1).map((b) => b.text).join(' '))) {
    title = blocks.shift()!.text;
  }
  return { title, blocks };
}
