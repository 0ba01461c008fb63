// Quote speakers across articles: each quote's speaker re-pointed from its article's entity to the merged one.
import type { Entity, Quote } from '../../core/types.js';
import { type ArticleAttributions, isTitleDeterminer, roleHead } from '../../extract/index.js';

/**
 * The quotes of every article with speakers re-pointed to the merged entities; a speaker named only by a role its
 * article could not tie to a name ("the governor") goes to the one person across the articles holding that role.
 * @param globalOf per-article entity id -> merged entity (`mergeEntities`)
 */
export function repointSpeakers(
  perArticle: ArticleAttributions[],
  entities: Entity[],
  globalOf: Map<string, Entity>,
): Quote[] {
  return perArticle.flatMap((p) =>
    p.quotes.map((q) => {
      const g = q.speaker ? globalOf.get(q.speaker) : undefined;
      const held = g ? undefined : roleHolderAcross(entities, q.speakerName);
      if (held) return { ...q, speaker: held.id, speakerName: held.name };
      return { ...q, speaker: g?.id ?? null, speakerName: g ? g.name : q.speakerName };
    }),
  );
}

/**
 * A speaker named only by a definite role ("the governor", "its chief executive") that its own article could not tie to
 * a name: the one person across the articles whose roles have that head, if there is exactly one.
 */
function roleHolderAcross(entities: Entity[], phrase: string | null): Entity | undefined {
  const ws = phrase?.trim().split(/\s+/) ?? [];
  if (ws.length < 2 || !isTitleDeterminer(ws[0]!)) return undefined;
  const head = roleHead(ws.at(-1) ?? '');
  // A capitalised qualifier ("the Trump aide") names whom the role serves: across articles that is too loose to follow.
  if (!head || ws.slice(1, -1).some((w) => /^\p{Lu}/u.test(w))) return undefined;
  const holders = entities.filter((e) => e.kind === 'person' && e.roles.some((r) => roleHead(r) === head));
  return holders.length === 1 ? holders[0] : undefined;
}
