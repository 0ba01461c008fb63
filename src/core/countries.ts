// Countries named by other words: the capital, the seat of government, "the Russian government" stand for the country
// ("Moscow", "the Kremlin", "Russia" name one actor). The words are data (data/countries.json), never per event.
import type { Article } from './types.js';
import { checkedList } from './util/lists.js';
import { alternation, execAll } from './util/regex.js';
import data from './data/countries.json' with { type: 'json' };

/** One country, every form that stands for it in the text, and the demonyms an entity may be named by. */
export interface Country {
  name: string;
  forms: readonly string[];
  demonyms: readonly string[];
}

/** A country form found in an article's text. */
export interface CountryMention {
  country: number;
  article: string;
  start: number;
  end: number;
  text: string;
}

const GOVERNMENT_NOUNS = checkedList('core/data/countries.json#governmentNouns', data.governmentNouns);

/** Each country's own forms, and its demonyms before each government noun ("Iranian officials"). */
export const COUNTRIES: readonly Country[] = data.countries.map((c) => ({
  name: c.name,
  forms: checkedList(
    `core/data/countries.json#${c.name}`,
    [...c.forms, ...c.demonyms.flatMap((d) => GOVERNMENT_NOUNS.map((n) => `${d} ${n}`))],
    false,
  ),
  demonyms: checkedList(`core/data/countries.json#${c.name} demonyms`, c.demonyms, false),
}));

/** The form a name is compared in: lower case, no leading article, no full stops, single spaces. */
export const countryKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();

const BY_KEY = new Map<string, number>();
COUNTRIES.forEach((c, i) => [...c.demonyms, ...c.forms].forEach((f) => BY_KEY.set(countryKey(f), i)));

/**
 * The country a name stands for, by its list forms or demonyms (case and a leading "the" aside), or -1.
 * @example COUNTRIES[countryOf('the Kremlin')]?.name === 'Russia'
 */
export const countryOf = (name: string): number => BY_KEY.get(countryKey(name)) ?? -1;

/** The text forms only: a bare demonym ("Russian meddling") is found through the people layer's entities, not here. */
const BY_FORM = new Map<string, number>();
COUNTRIES.forEach((c, i) => c.forms.forEach((f) => BY_FORM.set(countryKey(f), i)));

/** Case-sensitive: "US" is the country, "us" is not; a leading "the" may open a sentence. */
const FORM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(COUNTRIES.flatMap((c) => c.forms).map((f) => f.replace(/^the /, '')))})(?![\\p{L}\\p{N}])`,
  'gu',
);
const ARTICLE_BEFORE = /\b[Tt]he\s+$/;

/**
 * Every country form in an article's text, a preceding "the" included when the list has the form with it.
 * @example countryMentions(article)[0] // { country: 1, article: 'a1', start: 4, end: 11, text: 'Kremlin' }
 */
export function countryMentions(article: Article): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of execAll(FORM_PATTERN, article.text)) {
    const country = BY_FORM.get(countryKey(m[0])) ?? -1;
    if (country < 0) continue;
    let start = m.index;
    const the = ARTICLE_BEFORE.exec(article.text.slice(Math.max(0, start - 6), start));
    if (the && COUNTRIES[country]!.forms.some((f) => f.startsWith('the ') && countryKey(f) === countryKey(m[0]))) start -= the[0].length;
    const end = m.index + m[0].length;
    out.push({ country, article: article.id, start, end, text: article.text.slice(start, end) });
  }
  return out;
}
