// Plain text and Markdown -> blocks: paragraphs by line, the first line as the headline when it reads like one.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Block } from './blocks.js';
import { writtenDate } from './metadata.js';
import metadataData from './data/metadata.json' with { type: 'json' };
import { checkedList } from '../core/util/lists.js';

/** What a Markdown file's YAML front matter says about the article; `raw` is the block as written (recorded as removed). */
export interface FrontMatter {
  title: string | null;
  published: string | null;
  updated: string | null;
  byline: string | null;
  outlet: string | null;
  /** The article's address, when the file says where it was saved from. */
  url: string | null;
  raw: string;
}

/** Front-matter keys per field, most specific first. */
const frontKeys = (field: 'title' | 'published' | 'updated' | 'author' | 'outlet' | 'url'): readonly string[] =>
  checkedList(`readable/data/metadata.json#frontMatter.${field}`, metadataData.frontMatter[field]);
const FRONT_KEYS = {
  title: frontKeys('title'),
  published: frontKeys('published'),
  updated: frontKeys('updated'),
  author: frontKeys('author'),
  outlet: frontKeys('outlet'),
  url: frontKeys('url'),
};

/** A front-matter value as one string: lists are joined ("Jane Doe and John Roe"), objects give their name. */
function yamlString(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v)) {
    const parts = v.map(yamlString).filter((x): x is string => !!x);
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  }
  if (v && typeof v === 'object') return yamlString((v as Record<string, unknown>)['name'] ?? (v as Record<string, unknown>)['title']);
  return null;
}

/**
 * Read a YAML front-matter block (the text between the `---` lines). Broken YAML yields what simple `key: value`
 * lines give, so one bad line does not lose the date.
 */
export function readFrontMatter(yamlText: string, raw: string): FrontMatter {
  let data: Record<string, unknown> = {};
  try {
    // Required here: the YAML parser loads only for a file with front matter.
    const parsed: unknown = (createRequire(import.meta.url)('yaml') as typeof Yaml).parse(yamlText);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    for (const m of yamlText.matchAll(/^([A-Za-z_][\w-]*)\s*:\s*["']?(.*?)["']?\s*$/gm)) data[m[1]!] = m[2];
  }
  const byKey = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const pick = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = yamlString(byKey.get(k));
      if (v) return v;
    }
    return null;
  };
  return {
    title: pick(FRONT_KEYS.title),
    published: writtenDate(pick(FRONT_KEYS.published)),
    updated: writtenDate(pick(FRONT_KEYS.updated)),
    byline: pick(FRONT_KEYS.author)?.replace(/^by\s+/i, '') ?? null,
    outlet: pick(FRONT_KEYS.outlet),
    url: webAddress(pick(FRONT_KEYS.url)),
    raw,
  };
}

/** An http(s) address, or null: a front-matter `url` may also be a site-relative permalink, which names no page. */
function webAddress(v: string | null): string | null {
  if (!v || !/^https?:\/\/[^\s/]+/i.test(v)) return null;
  try {
    return new URL(v).href;
  } catch {
    return null;
  }
}

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
export function readMarkdown(md: string): { title: string | null; blocks: Block[]; front: FrontMatter | null } {
  let src = md.replace(/\r\n?/g, '\n');
  let title: string | null = null;
  let front: FrontMatter | null = null;
  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(src);
  if (fm) {
    front = readFrontMatter(fm[1] ?? '', fm[0].trim());
    title = front.title;
    src = src.slice(fm[0].length);
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
  return { title, blocks, front };
}
