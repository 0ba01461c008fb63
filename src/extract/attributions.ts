// One article's who-said-what: entities, quotes tied to speaker entities, and credited outlets. Pure: (article, doc) in, facts out.
import type { Article, Quote } from '../core/types.js';
import type { ArticleAttributions, QuoteInfo } from '../core/facts.js';
import { perArticle } from '../core/stage.js';
import type { Doc, DocWork } from '../nlp/index.js';
import { extractEntities, isAffiliation, LEX } from './entities/index.js';
import { addMention, phraseEntity, resolveDescription, resolveGroup, resolvePronoun, type SpokenQuote } from './coref.js';
import { extractQuotes } from './quotes/index.js';
import { extractCitations } from './citations.js';

// The attribution types are the stages' shared contract (core/facts.ts); re-exported so readers of extract find them here too.
export type { ArticleAttributions, QuoteInfo };

/**
 * Extract the entities, quotes (direct, block and reported speech, each with cue and speaker) and citations of one article.
 * @param article the cleaned article
 * @param doc `buildDoc(article.text, article.paragraphs)`
 * @example extractAttributions(article, buildDoc(article.text, article.paragraphs)).quotes[0].speakerName
 */
export function extractAttributions(article: Article, doc: Doc): ArticleAttributions {
  const layer = extractEntities(article, doc);
  const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const raw = extractQuotes(doc, paragraphs);
  const kindOf = new Map(layer.entities.map((e) => [e.id, e]));
  const info: Record<string, QuoteInfo> = {};
  const spoken: SpokenQuote[] = [];
  const quotes = raw.map((r, k) => {
    const id = `${article.id}:q${k + 1}`;
    let speaker: string | null = null;
    let speakerName: string | null = r.speakerText;
    if (r.speakerSpan && r.speakerText) {
      const word = r.speakerText.trim();
      if (LEX.pronouns.has(word.toLowerCase())) {
        const coref = { layer, doc, quotes: spoken };
        speaker = resolvePronoun(coref, r.speakerSpan.start, word);
        if (speaker) addMention(layer, speaker, { article: article.id, start: r.speakerSpan.start, end: r.speakerSpan.end, text: word, form: 'pronoun' });
        // A speaker is never a bare pronoun: "they" names the group it stands for, or no one.
        const group = speaker ? null : resolveGroup(coref, r.speakerSpan.start, word);
        speakerName = group ? article.text.slice(group.start, group.end) : null;
      } else {
        // The head of the phrase (its last word) names the speaker: "Putin's aide Yuri Ushakov" is Ushakov; "the agency"
        // is the agency named before it.
        speaker = phraseEntity(layer, r.speakerSpan) ?? resolveDescription(layer, r.speakerSpan.start, word);
      }
      const ent = speaker ? kindOf.get(speaker) : undefined;
      if (ent) {
        speakerName = ent.name;
        // Whoever speaks is a person unless the name says organisation ("the Kremlin said"), a people ("the Japanese")
        // or only describes ("the Arizona Republican").
        if (ent.kind === 'other' && !isAffiliation(ent.name.split(' '))) ent.kind = 'person';
      }
    }
    spoken.push({ start: r.start, end: r.end, speaker });
    info[id] = { relation: `${article.id}:r${r.relation}`, partial: r.partial, block: r.block };
    const q: Quote = {
      id,
      article: article.id,
      start: r.start,
      end: r.end,
      text: r.text,
      speaker,
      speakerName,
      cue: r.cue,
      speakerSpan: r.speakerSpan,
      direct: r.direct,
    };
    return q;
  });
  const citations = extractCitations(article, doc, layer);
  return { article: article.id, entities: layer.entities, quotes, citations, info };
}

/**
 * The attributions of every article of a run (stage people's first step, and `triangulate quotes`); an article whose
 * extraction fails has none, with a diagnostic.
 * @example attributeArticles({ articles, docs, diagnostics: [] })[0]?.quotes
 */
export function attributeArticles(work: DocWork): ArticleAttributions[] {
  return perArticle<ArticleAttributions>(
    work,
    'attributions',
    (a) => ({ article: a.id, entities: [], quotes: [], citations: [] }),
    (a, i) => extractAttributions(a, work.docs[i]!),
  );
}
