// The articles side by side (stacked on a phone): each article's cleaned text with the claims other outlets also state
// in matching colours, and the one place where a piece of evidence is opened and highlighted.
import type { Article, SourceRef } from '../../../src/core/types.js';
import { announce, el, replaceChildren, section, type Child } from '../dom.js';
import { claimArticles, type DossierModel } from '../model.js';
import { segment, type KeyedSpan, type Segment } from '../segments.js';

export interface ArticlesView {
  element: HTMLElement;
  /** Highlights `ref` in its article, scrolls it into view and focuses it. */
  show(ref: SourceRef, origin?: HTMLElement): void;
}

/** Spans of claims stated by two or more outlets, in this article. */
function colouredSpans(model: DossierModel, article: Article): KeyedSpan[] {
  const spans: KeyedSpan[] = [];
  for (const claim of model.orderedClaims) {
    if (!model.claimColour.has(claim.id)) continue;
    for (const ref of claim.sources)
      if (ref.article === article.id) spans.push({ start: ref.start, end: ref.end, key: claim.id });
  }
  return spans;
}

function piece(model: DossierModel, text: string, part: Segment): Node | string {
  const words = text.slice(part.start, part.end);
  const claimId = part.keys[0];
  if (claimId === undefined) return words;
  const colour = model.claimColour.get(claimId) ?? 0;
  const claim = model.claims.get(claimId);
  const also = claim ? claimArticles(claim).length : 0;
  return el(
    'span',
    {
      class: `claim c${colour}`,
      attrs: { 'data-claim': claimId, title: `${also} outlets state: ${claim?.text ?? ''}` },
    },
    words,
  );
}

/** The article's text as text nodes and spans; the range `mark` (if any) inside one <mark>. */
function renderText(model: DossierModel, article: Article, mark: SourceRef | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const cuts = mark ? [mark.start, mark.end] : [];
  let highlight: HTMLElement | null = null;
  for (const part of segment(article.text.length, colouredSpans(model, article), cuts)) {
    const inside = mark !== null && part.start >= mark.start && part.end <= mark.end && mark.end > mark.start;
    if (inside && !highlight) {
      highlight = el('mark', { class: 'hl', attrs: { tabindex: -1 } });
      fragment.appendChild(highlight);
    }
    (inside && highlight ? highlight : fragment).append(piece(model, article.text, part));
  }
  return fragment;
}

function meta(article: Article): HTMLElement {
  const parts: Child[] = [];
  if (article.byline) parts.push(el('span', {}, article.byline));
  if (article.published)
    parts.push(el('time', { attrs: { datetime: article.published } }, article.published.slice(0, 10)));
  if (article.syndication) parts.push(el('span', {}, `first published by ${article.syndication}`));
  return el('p', { class: 'meta' }, ...parts);
}

function column(model: DossierModel, article: Article): { element: HTMLElement; body: HTMLElement; back: HTMLElement } {
  const name = model.outlet(article.id);
  const headingId = `article-${article.id}-title`;
  const body = el('div', {
    class: 'article-text',
    attrs: { tabindex: 0, role: 'region', 'aria-label': `Text of ${name}` },
  });
  body.append(renderText(model, article, null));
  const back = el('p', { class: 'back' });
  const element = el(
    'article',
    {
      id: `article-${article.id}`,
      class: 'article',
      attrs: { 'aria-labelledby': headingId, 'data-article': article.id, tabindex: -1 },
    },
    el('h3', { id: headingId, class: 'outlet' }, name),
    el('p', { class: 'title' }, article.title ?? '(no headline)'),
    meta(article),
    back,
    body,
  );
  return { element, body, back };
}

export function articlesView(model: DossierModel): ArticlesView {
  const columns = new Map(model.dossier.articles.map((article) => [article.id, column(model, article)]));
  let current: string | null = null;
  const legend = el(
    'p',
    { class: 'hint' },
    'Passages in colour state a claim that other outlets also report: the same colour marks the same claim.',
  );
  const grid = el('div', { class: 'articles' }, ...[...columns.values()].map((c) => c.element));
  const element = section('articles', 'Articles side by side', legend, grid);

  const show = (ref: SourceRef, origin?: HTMLElement): void => {
    const article = model.articles.get(ref.article);
    const target = columns.get(ref.article);
    if (!article || !target) {
      announce(`The cited article ${ref.article} is not in this dossier.`);
      return;
    }
    if (current && current !== ref.article) {
      const previous = columns.get(current)!;
      replaceChildren(previous.body, renderText(model, model.articles.get(current)!, null));
      replaceChildren(previous.back);
    }
    current = ref.article;
    replaceChildren(target.body, renderText(model, article, ref));
    const backButton = origin
      ? el(
          'button',
          { class: 'link', attrs: { type: 'button' }, on: { click: () => origin.focus() } },
          'Back to where you were',
        )
      : null;
    replaceChildren(target.back, backButton);
    const mark = target.body.querySelector<HTMLElement>('mark.hl');
    const focus = mark ?? target.element;
    focus.scrollIntoView({ block: 'center', behavior: 'auto' });
    focus.focus({ preventScroll: true });
    const empty = ref.end <= ref.start ? ' (the evidence is a line the reader removed from the page)' : '';
    announce(`Showing ${model.outlet(ref.article)}${empty}: ${article.text.slice(ref.start, ref.end)}`);
  };
  return { element, show };
}
