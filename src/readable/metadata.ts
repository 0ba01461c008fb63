// Read a page's metadata (title, byline, outlet, dates, canonical URL, language) from JSON-LD, meta tags, <time> and the URL.
import metadataData from './data/metadata.json' with { type: 'json' };
import hostsData from './data/hosts.json' with { type: 'json' };
import { alternation } from '../core/util/regex.js';
import { checkedList, checkedSet } from '../core/util/lists.js';
import { MONTH_NAMES } from '../nlp/index.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  updated: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const lower = (names: string[]): Set<string> => new Set(names.map((n) => n.toLowerCase()));
const tagNames = (key: 'published' | 'updated' | 'author' | 'title' | 'siteName'): string[] =>
  checkedList(`readable/data/metadata.json#${key}`, metadataData[key]).map((n) => n.toLowerCase());
const PUBLISHED = tagNames('published');
const UPDATED = tagNames('updated');
const AUTHOR = tagNames('author');
const TITLE = tagNames('title');
const SITE = tagNames('siteName');
const KNOWN = lower([...PUBLISHED, ...UPDATED, ...AUTHOR, ...TITLE, ...SITE]);

/** Collapsed text, or null when empty or not a string (JSON-LD gives numbers, arrays and objects where text is expected). */
const clean = (s: unknown): string | null => {
  const t = typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
  return t ? t : null;
};

/** A JSON-LD date value as text: a string, epoch seconds or milliseconds as a number, or the first of a list. */
function ldDate(v: Json | undefined): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(Math.trunc(v));
  if (Array.isArray(v)) return ldDate(v[0]);
  return clean(v);
}

/** Normalise a date string to ISO 8601 (date-time when a time is given, else YYYY-MM-DD); null when unreadable. */
export function isoDate(value: string | null | undefined): string | null {
  const v = clean(value);
  if (!v) return null;
  // Epoch seconds or milliseconds.
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 10 ? Number(v) * 1000 : Number(v);
    return new Date(ms).toISOString();
  }
  const dateOnly = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  if (dateOnly) return `${dateOnly[1]}-${dateOnly[2]}-${dateOnly[3]}`;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(t).toISOString();
}

/** Second-level labels of public suffixes ("co" in co.uk): a site is one label longer under them. */
const SECOND_LEVEL = checkedSet('readable/data/hosts.json#secondLevel', hostsData.secondLevel);
/** Naming an outlet also drops these second-level labels; comparing sites does not (news.cn is a site). */
const NAME_SECOND_LEVEL = new Set([...SECOND_LEVEL, ...checkedList('readable/data/hosts.json#nameOnlySecondLevel', hostsData.nameOnlySecondLevel)]);
const HOST_PREFIX = new RegExp(`^(?:www\\d|${alternation(checkedList('readable/data/hosts.json#prefixes', hostsData.prefixes))})\\.`);

/** "www.the-guardian.co.uk" -> "The Guardian". */
export function prettyHost(host: string): string {
  const parts = host.toLowerCase().replace(HOST_PREFIX, '').split('.');
  // Drop the public suffix: one label, or two for "co.uk"-style second-level domains.
  const sld = parts.length > 2 && NAME_SECOND_LEVEL.has(parts[parts.length - 2]!) ? 2 : 1;
  const name = parts.slice(0, Math.max(1, parts.length - sld)).pop() ?? host;
  return name
    .split(/[-_]/)
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** The registrable part of a host ("edition.cnn.com" -> "cnn.com"), to compare sites. */
export function siteOf(host: string): string {
  const parts = host.toLowerCase().split('.');
  const n = parts.length > 2 && SECOND_LEVEL.has(parts[parts.length - 2]!) ? 3 : 2;
  return parts.slice(-n).join('.');
}

function jsonLdObjects(doc: Document): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
      if (v['mainEntity'] && typeof v['mainEntity'] === 'object') visit(v['mainEntity']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((s.textContent ?? '').trim()) as Json);
    } catch {
      // Broken JSON-LD is common; other sources still apply.
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog|newsarticle|webpage|liveblog/i;

function ldString(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => ldString(x)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return ldString(v['name'] as Json);
  return null;
}

/** Meta tags by lower-cased name / property / itemprop. First value wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const value = m.getAttribute('content');
    if (key && value && KNOWN.has(key) && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

const first = (tags: Map<string, string>, names: string[]): string | null => {
  for (const n of names) {
    const v = clean(tags.get(n));
    if (v) return v;
  }
  return null;
};

/** A date in the URL path (/2019/11/20/ or /2019-11-20-). */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

const MONTHS = alternation(MONTH_NAMES);
const VISIBLE_DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.? \\d{1,2},? (?:19|20)\\d{2}|\\d{1,2} (?:${MONTHS})\\.?,? (?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b`,
  'i',
);

const pad = (n: number | string): string => String(n).padStart(2, '0');
/** The months' first three letters in calendar order ("jan" … "dec"): nlp's list is in calendar order. */
const MONTH_INDEX = [...new Set(MONTH_NAMES.map((m) => m.slice(0, 3)))];
if (MONTH_INDEX.length !== 12) throw new Error(`nlp's MONTH_NAMES must give 12 months, got ${MONTH_INDEX.join(' ')}`);
const ZONES: Record<string, string> = metadataData.timeZones.offsets;

/** YYYY-MM-DD of a written date ("March 3, 2026", "3 Mar 2026", "2026-03-03"), read as written (no time-zone shift). */
function writtenDay(s: string): string | null {
  const iso = /((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(s);
  let y: number, mo: number, d: number;
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const month = MONTH_INDEX.findIndex((m) => new RegExp(`\\b${m}`, 'i').test(s));
    const nums = s.match(/\d+/g)?.map(Number) ?? [];
    const year = nums.find((n) => n >= 1900);
    const day = nums.find((n) => n >= 1 && n <= 31);
    if (month < 0 || year === undefined || day === undefined) return null;
    [y, mo, d] = [year, month + 1, day];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** A time of day: "07:15", "9:40 GMT", "6:45 PM", "11:40 p.m.", "5.30pm", "18h05", with an optional zone or offset. */
const TIME_OF_DAY =
  /(?<![\d:.])(\d{1,2})(?:[:h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?|(?:\.(\d{2}))?\s*([ap])\.?\s?m\b\.?)(?![\d:])(?:\s*\(?\s*(?:([a-z]{1,5})\b)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\)?)?/i;

/** The time of day written in a short text as "THH:MM:SS" plus the zone offset when one is named; null when none. */
function writtenTime(s: string): string | null {
  const m = TIME_OF_DAY.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? m[5] ?? 0);
  const sec = Number(m[3] ?? 0);
  const ampm = (m[4] ?? m[6])?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'p' && h < 12) h += 12;
    if (ampm === 'a' && h === 12) h = 0;
  }
  if (h > 23 || min > 59 || sec > 59) return null;
  let zone = '';
  const abbr = m[7]?.toLowerCase();
  const named = abbr ? ZONES[abbr] : undefined;
  if (m[8] && m[9] && (!abbr || named === 'Z')) {
    // "GMT+1", "UTC-05:30", "+01:00": an explicit offset.
    zone = `${m[8]}${pad(m[9])}:${pad(m[10] ?? '00')}`;
    if (zone === '+00:00' || zone === '-00:00') zone = 'Z';
  } else if (named) zone = named;
  return `T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
}

/**
 * The first date in a short text with its time of day when one is written next to it: "March 3, 2026 at 07:15" ->
 * "2026-03-03T07:15:00", "March 3, 2026 09:40 GMT" -> "2026-03-03T09:40:00Z", "Tuesday 3 March 2026" -> "2026-03-03".
 * The time is kept so two same-day articles can still be ordered; without a zone it is the outlet's local time.
 */
export function dateTimeInText(text: string): string | null {
  const t = text.replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  const m = VISIBLE_DATE.exec(t);
  if (!m) return null;
  const day = writtenDay(m[0]);
  if (!day) return null;
  // The time is looked for in the rest of the line, so the date's own numbers are not read as one.
  const rest = `${t.slice(0, m.index)} ${t.slice(m.index + m[0].length)}`;
  return day + (writtenTime(rest) ?? '');
}

/** A date value as written in front matter or a date line: ISO forms keep their time and offset, others go through dateTimeInText. */
export function writtenDate(value: string | null | undefined): string | null {
  const v = clean(value);
  if (!v) return null;
  const iso = /^((?:19|20)\d{2}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (iso) {
    if (!iso[2]) return iso[1]!;
    const zone = iso[5] ? (iso[5].toUpperCase() === 'Z' ? 'Z' : iso[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? '00'}${zone}`;
  }
  return dateTimeInText(v) ?? isoDate(v);
}

/** A date line near the top of the page ("Published November 20, 2019"), the least trusted source. */
function visibleDate(doc: Document): string | null {
  const candidates = Array.from(doc.querySelectorAll('[class*="date" i], [class*="time" i], [class*="publish" i], [class*="byline" i], [class*="meta" i]'));
  for (const el of candidates.slice(0, 40)) {
    const text = clean(el.textContent);
    if (!text || text.length > 120) continue;
    const m = VISIBLE_DATE.exec(text);
    if (m) {
      const d = isoDate(m[0].replace(/(\d)(st|nd|rd|th)\b/, '$1'));
      if (d) return d.slice(0, 10);
    }
  }
  return null;
}

/** `href` resolved against `base`, or null when it is not a URL. */
function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The host name of a URL, or null. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * Collect metadata from a parsed page, most trusted source first: JSON-LD, OpenGraph / meta tags, `<time datetime>`,
 * the URL's date, a visible date line.
 * @param doc the parsed page (before Readability changes it)
 * @param url the page's URL when known (for the outlet fallback and URL dates)
 */
const siteKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The headline without the site's name after a separator, as <title> and og:title often carry it ("Ceres has an
 * atmosphere - Universe Today" -> "Ceres has an atmosphere"); the name must be the outlet's, so a headline's own dash
 * stays.
 * @example withoutSiteName('Ferry fares rise | Orwell Gazette', 'Orwell Gazette') // 'Ferry fares rise'
 */
export function withoutSiteName(title: string, outlet: string | null): string {
  const m = /^(.{12,}?)\s+[-|–—:•·]+\s+([^-|–—•·]{2,60})$/u.exec(title);
  if (!m || !outlet) return title;
  const [suffix, site] = [siteKey(m[2]!), siteKey(outlet)];
  const same = suffix === site || (suffix.length >= 4 && (site.startsWith(suffix) || suffix.startsWith(site)));
  return same && site ? m[1]!.trim() : title;
}

export function pageMeta(doc: Document, url: string | null): PageMeta {
  const ld = jsonLdObjects(doc);
  const articleLd = ld.find((o) => typeof o['@type'] === 'string' && ARTICLE_TYPES.test(o['@type']) && (o['headline'] || o['datePublished']))
    ?? ld.find((o) => o['datePublished'] || o['headline']);
  const tags = metaTags(doc);

  const ldPublisher = articleLd ? ldString(articleLd['publisher'] as Json) : null;
  const ldAuthor = articleLd ? ldString(articleLd['author'] as Json) : null;
  const metaAuthor = first(tags, AUTHOR);
  const timeEl = doc.querySelector('time[datetime]');

  const published =
    isoDate(articleLd ? ldDate(articleLd['datePublished']) : null) ??
    PUBLISHED.map((n) => isoDate(tags.get(n))).find((d) => d) ??
    isoDate(timeEl?.getAttribute('datetime')) ??
    urlDate(url) ??
    visibleDate(doc);
  const updated =
    isoDate(articleLd ? ldDate(articleLd['dateModified']) : null) ??
    UPDATED.map((n) => isoDate(tags.get(n))).find((d) => d) ??
    null;

  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? first(tags, ['og:url']);
  const canonicalUrl = canonicalHref ? absoluteUrl(canonicalHref, url) : null;
  const host = hostOf(url ?? canonicalUrl ?? '');

  const docTitle = clean(doc.querySelector('title')?.textContent);
  const title =
    (articleLd ? ldString(articleLd['headline'] as Json) : null) ?? first(tags, TITLE) ?? clean(doc.querySelector('h1')?.textContent) ?? docTitle;
  const siteTag = first(tags, SITE);
  const outlet = clean(tags.get('og:site_name')) ?? ldPublisher ?? (siteTag && !siteTag.startsWith('@') ? siteTag : null) ?? (host ? prettyHost(host) : null);

  // Author meta tags sometimes hold a profile URL; a name is wanted.
  const byline = ldAuthor ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null);
  const lang = clean(doc.documentElement?.getAttribute('lang'))?.toLowerCase().split(/[-_]/)[0] ?? null;

  return { title: title && withoutSiteName(title, outlet), byline, outlet, published, updated, canonicalUrl, language: lang && /^[a-z]{2}$/.test(lang) ? lang : null };
}
