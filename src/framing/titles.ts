// A title standing for a person whose role another article gives: "The Kremlin aide said…" in one outlet names the
// Yuri Ushakov that another calls "Putin's most senior foreign policy aide". The people layer resolves titles within one
// article; across articles the merged entity's roles say who holds the title.
import type { Article, Entity } from '../core/types.js';
import { isRoleHead, isTitleDeterminer, LEX, roleHead } from '../extract/index.js';
import type { ArticleName, NamedMention } from './mention.js';
import { execAll } from '../core/util/regex.js';

/** A word of the text and where it stands. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /\p{L}[\p{L}\p{N}'’.-]*/gu;

const wordsOf = (text: string): Word[] => [...execAll(WORD, text)].map((m) => ({ text: m[0].replace(/\.$/, ''), start: m.index, end: m.index + m[0].replace(/\.$/, '').length }));

/** A word that may stand inside a title: a name ("Kremlin"), a possessive ("Putin's"), a role modifier ("senior"). */
const titleWord = (w: string): boolean => /^\p{Lu}/u.test(w) || /['’]s$/.test(w) || LEX.roleModifiers.has(w.toLowerCase());

/** The title phrase opening at word i ("the Kremlin aide"), as the index of its head word, or -1. */
function titleAt(text: string, words: readonly Word[], i: number): number {
  if (!isTitleDeterminer(words[i]!.text.toLowerCase())) return -1;
  for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
    if (!/^\s+$/.test(text.slice(words[j - 1]!.end, words[j]!.start))) return -1;
    const w = words[j]!.text;
    if (isRoleHead(w.toLowerCase()) && !/^\s+\p{Lu}/u.test(text.slice(words[j]!.end, words[j]!.end + 3))) return j;
    if (!titleWord(w)) return -1;
  }
  return -1;
}

/**
 * Titles in an article that name an entity named earlier in it whose role (from any article) has the title's head, when
 * exactly one such entity is named there.
 * @param entities the merged entities
 * @param known the article's name mentions by entity index: a title whose head one of them covers is already read
 * @returns per entity index, the title mentions found
 */
export function crossTitleMentions(article: Article, entities: readonly Entity[], known: readonly ArticleName[]): Map<number, NamedMention[]> {
  const firstAt = new Map<number, number>();
  for (const { entity, form, mention } of known) {
    if (form === 'full' || form === 'surname') firstAt.set(entity, Math.min(firstAt.get(entity) ?? Infinity, mention.start));
  }
  const owners = new Map<string, number[]>();
  for (const i of firstAt.keys()) {
    for (const head of new Set(entities[i]!.roles.map((r) => roleHead(r)).filter((h): h is string => h !== null))) owners.set(head, [...(owners.get(head) ?? []), i]);
  }
  const out = new Map<number, NamedMention[]>();
  const words = wordsOf(article.text);
  for (let i = 0; i < words.length; i++) {
    const j = titleAt(article.text, words, i);
    const holders = j < 0 ? [] : (owners.get(words[j]!.text.toLowerCase()) ?? []);
    if (holders.length !== 1) continue;
    const [start, end] = [words[i]!.start, words[j]!.end];
    const holder = holders[0]!;
    // A mention inside the title ("Kremlin" in "the Kremlin aide") is a qualifier; one on its head is a title already read.
    const head = words[j]!;
    if (start < firstAt.get(holder)! || known.some(({ mention: t }) => t.start < head.end && head.start < t.end)) continue;
    out.set(holder, [...(out.get(holder) ?? []), { article: article.id, start, end, text: article.text.slice(start, end) }]);
  }
  return out;
}
