// Quote groups: the same utterance as each outlet rendered it, with word-level differences against the reference
// wording, the verdict (same, fragment, extended, altered, paraphrase) and a way to open each quote in its article.
import type { Quote, QuoteGroup } from '../../../src/core/types.js';
import { el, section, type Child } from '../dom.js';
import type { DossierModel } from '../model.js';
import { wordDiff } from '../worddiff.js';

function diffWords(reference: string, text: string): Child[] {
  const out: Child[] = [];
  for (const { op, word } of wordDiff(reference, text)) {
    if (out.length) out.push(' ');
    if (op === 'same') out.push(word);
    else if (op === 'added') out.push(el('ins', {}, el('span', { class: 'visually-hidden' }, 'added: '), word));
    else out.push(el('del', {}, el('span', { class: 'visually-hidden' }, 'left out: '), word));
  }
  return out;
}

function speakerName(model: DossierModel, group: QuoteGroup, quotes: Quote[]): string {
  const entity = group.speaker ? model.dossier.entities.find((e) => e.id === group.speaker) : undefined;
  return entity?.name ?? quotes.find((q) => q.speakerName)?.speakerName ?? 'Unknown speaker';
}

function quoteRow(model: DossierModel, group: QuoteGroup, quote: Quote, reference: Quote): HTMLElement {
  const verdict = group.variants?.find((v) => v.quote === quote.id)?.verdict ?? (quote === reference ? 'same' : '');
  const open = el(
    'button',
    { class: 'chip', attrs: { type: 'button', 'aria-label': `Open the quote in ${model.outlet(quote.article)}` } },
    model.outlet(quote.article),
  );
  open.addEventListener('click', () =>
    model.openSpan({ article: quote.article, start: quote.start, end: quote.end }, open),
  );
  const words = quote === reference ? [quote.text] : diffWords(reference.text, quote.text);
  return el(
    'li',
    {},
    open,
    verdict ? el('span', { class: `badge v-${verdict}` }, verdict) : null,
    ' ',
    el('q', { class: 'quote-text' }, ...words),
  );
}

function groupView(model: DossierModel, group: QuoteGroup, byId: Map<string, Quote>): HTMLElement | null {
  const quotes = group.quotes.map((id) => byId.get(id)).filter((q): q is Quote => q !== undefined);
  if (!quotes.length) return null;
  const sameId = group.variants?.find((v) => v.verdict === 'same')?.quote;
  const reference = quotes.find((q) => q.id === sameId) ?? quotes[0]!;
  const flags = [
    group.divergent ? 'wording differs' : 'same wording',
    group.speakerConflict ? 'outlets disagree on the speaker' : null,
  ].filter(Boolean);
  return el(
    'li',
    { class: 'quote-group' },
    el('h3', {}, speakerName(model, group, quotes)),
    el('p', { class: 'hint' }, `${quotes.length} outlets · ${flags.join(' · ')}`),
    el('ul', { class: 'quotes' }, ...quotes.map((quote) => quoteRow(model, group, quote, reference))),
  );
}

export function quotesView(model: DossierModel): HTMLElement {
  const byId = new Map(model.dossier.quotes.map((quote) => [quote.id, quote]));
  const groups = [...model.dossier.quoteGroups].sort(
    (a, b) => Number(b.divergent) - Number(a.divergent) || b.quotes.length - a.quotes.length,
  );
  const items = groups
    .map((group) => groupView(model, group, byId))
    .filter((item): item is HTMLElement => item !== null);
  const legend = el(
    'p',
    { class: 'hint' },
    'Against the first wording: ',
    el('ins', {}, 'added words'),
    ' and ',
    el('del', {}, 'words left out'),
    '.',
  );
  const body = items.length
    ? el('ul', { class: 'quote-groups' }, ...items)
    : el('p', { class: 'hint' }, 'No quote is reported by more than one outlet.');
  return section('quotes', 'Quotes across outlets', legend, body);
}
