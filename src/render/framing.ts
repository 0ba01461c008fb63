// The framing comparison as the reports show it: one line per outlet — what it leads with and leaves out, how many
// details only it gives, and the names it uses for shared actors where the outlets' words differ.
import type { Article, Dossier, Framing, Naming } from '../core/types.js';
import { esc } from './escape.js';

/** How many claims and actors a line shows: the report stays a summary, the dossier holds them all. */
const SHOWN = { claims: 3, actors: 5, forms: 3 };
const CLAIM_CHARS = 90;

/** One outlet's framing as short texts, before any markup. */
export interface FramingLine {
  outlet: string;
  leads: string[];
  omits: string[];
  omitted: number;
  adds: number;
  names: Array<{ actor: string; forms: string[] }>;
}

const clip = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > CLAIM_CHARS ? `${one.slice(0, CLAIM_CHARS - 1)}…` : one;
};

const formKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** Per actor and form, the articles that use it: built once, so each outlet's line is checked without a pass over the others. */
function formUsers(all: readonly Framing[]): Map<string, Map<string, Set<string>>> {
  const users = new Map<string, Map<string, Set<string>>>();
  for (const f of all) {
    for (const n of f.names) {
      const forms = users.get(n.actor) ?? new Map<string, Set<string>>();
      for (const form of n.forms) forms.set(formKey(form.text), (forms.get(formKey(form.text)) ?? new Set()).add(f.article));
      users.set(n.actor, forms);
    }
  }
  return users;
}

/** The actors whose names differ between outlets: this outlet uses a form that not every other outlet naming them uses. */
function distinctiveNames(f: Framing, users: Map<string, Map<string, Set<string>>>): Naming[] {
  return f.names.filter((n) => {
    const forms = users.get(n.actor) ?? new Map<string, Set<string>>();
    const namers = new Set([...forms.values()].flatMap((s) => [...s]));
    return namers.size > 1 && n.forms.some((form) => (forms.get(formKey(form.text))?.size ?? 0) < namers.size);
  });
}

/**
 * The framing lines of a dossier, one per article that leads, omits, adds or names something.
 * @example framingLines(dossier)[0] // { outlet: 'Meridian Press', leads: ['The dam gave way…'], omits: [], omitted: 0, adds: 1, names: [...] }
 */
export function framingLines(d: Dossier): FramingLine[] {
  const claimText = new Map(d.claims.map((c) => [c.id, clip(c.text)]));
  const claimOf = new Map(d.claims.map((c) => [c.id, c]));
  const byId = new Map<string, Article>(d.articles.map((a) => [a.id, a]));
  const texts = (ids: readonly string[]): string[] => ids.slice(0, SHOWN.claims).map((id) => claimText.get(id) ?? id);
  // What an outlet leads with is shown in its own words: a shared claim's text is another outlet's sentence.
  // Two shared claims may rest on one sentence of the outlet's (a member of one, a supporter of the other): shown once.
  const ownWords = (article: string, ids: readonly string[]): string[] => [
    ...new Set(
      ids.slice(0, SHOWN.claims).map((id) => {
        const own = claimOf.get(id)?.sources.find((r) => r.article === article);
        const text = own && byId.get(article)?.text.slice(own.start, own.end);
        return text ? clip(text) : (claimText.get(id) ?? id);
      }),
    ),
  ];
  // A dossier stored before the field existed (schema version 1 gains fields) has no framing: nothing to show.
  const all = d.framing ?? [];
  const users = formUsers(all);
  return all
    .map((f) => ({
      outlet: f.outlet ?? byId.get(f.article)?.title ?? f.article,
      leads: ownWords(f.article, f.leads),
      omits: texts(f.omits),
      omitted: f.omits.length,
      adds: f.adds.length,
      names: distinctiveNames(f, users)
        .slice(0, SHOWN.actors)
        .map((n) => ({ actor: n.actor, forms: n.forms.slice(0, SHOWN.forms).map((x) => x.text) })),
    }))
    .filter((l) => l.leads.length || l.omitted || l.adds || l.names.length);
}

const more = (shown: number, all: number): string => (all > shown ? ` (+${all - shown} more)` : '');

/** The framing lines as an HTML table body: outlet, leads with, omits, adds, names used. */
export function framingRows(d: Dossier): string {
  const quoted = (xs: readonly string[]): string => xs.map((x) => `“${esc(x)}”`).join('<br>');
  return framingLines(d)
    .map((l) => {
      const names = l.names.map((n) => `<b>${esc(n.actor)}</b>: ${n.forms.map((x) => `“${esc(x)}”`).join(', ')}`).join('<br>');
      return `<tr><td>${esc(l.outlet)}</td><td>${quoted(l.leads)}</td><td>${quoted(l.omits)}${more(l.omits.length, l.omitted)}</td><td>${l.adds || ''}</td><td>${names}</td></tr>`;
    })
    .join('');
}

/**
 * The framing lines as Markdown bullets, texts passed through the renderer's escaping.
 * @param text the Markdown renderer's escaping of article text
 */
export function framingMarkdown(d: Dossier, text: (s: string) => string): string[] {
  const quoted = (xs: readonly string[]): string => xs.map((x) => `"${text(x)}"`).join('; ');
  return framingLines(d).map((l) => {
    const parts = [
      l.leads.length ? `leads with ${quoted(l.leads)}` : '',
      l.omitted ? `omits ${quoted(l.omits)}${more(l.omits.length, l.omitted)}` : '',
      l.adds ? `adds ${l.adds} single-source detail${l.adds === 1 ? '' : 's'}` : '',
      l.names.length ? `names ${l.names.map((n) => `${text(n.actor)} as ${n.forms.map((x) => `"${text(x)}"`).join(', ')}`).join('; ')}` : '',
    ];
    return `- **${text(l.outlet)}**: ${parts.filter(Boolean).join('; ')}`;
  });
}
