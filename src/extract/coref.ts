// Coreference within one article's entity layer: the entity a mention covers, a pronoun's antecedent, extra mentions.
import type { Mention } from '../core/types.js';
import { type EntityLayer, type Gender, LEX } from './entities/index.js';

/** The entity one of whose mentions covers `offset`, or null. */
export function entityAt(layer: EntityLayer, offset: number): string | null {
  for (const m of layer.index) if (m.start <= offset && offset < m.end) return m.entity;
  return null;
}

/**
 * Resolve a third-person pronoun at `offset` to the latest compatible person mentioned before it.
 * @param pronoun the pronoun as written ("he", "She")
 * @example resolvePronoun(layer, text.indexOf('she said'), 'she') // the id of the last woman (or person of unknown gender) named before
 */
export function resolvePronoun(layer: EntityLayer, offset: number, pronoun: string): string | null {
  const p = pronoun.toLowerCase();
  const want: Gender = LEX.pronMale.has(p) ? 'm' : LEX.pronFemale.has(p) ? 'f' : null;
  if (!want) return null;
  const kinds = new Map(layer.entities.map((e) => [e.id, e.kind]));
  for (let k = layer.index.length - 1; k >= 0; k--) {
    const m = layer.index[k]!;
    if (m.start >= offset) continue;
    if (kinds.get(m.entity) !== 'person' && kinds.get(m.entity) !== 'other') continue;
    if (kinds.get(m.entity) === 'other' && m.form !== 'surname') continue;
    const g = layer.gender.get(m.entity) ?? null;
    if (g && g !== want) continue;
    return m.entity;
  }
  return null;
}

/** Record an extra mention (e.g. a resolved pronoun) on an entity of the layer. */
export function addMention(layer: EntityLayer, entityId: string, mention: Mention): void {
  const e = layer.entities.find((x) => x.id === entityId);
  if (!e) return;
  e.mentions ??= [];
  if (e.mentions.some((m) => m.start === mention.start && m.end === mention.end)) return;
  e.mentions.push(mention);
  e.mentions.sort((x, y) => x.start - y.start);
}
