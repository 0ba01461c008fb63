// The mentions the naming layer works with: a word or phrase of one article for an actor, and whose name it is.
import type { Mention, SourceRef } from '../core/types.js';

/** One word or phrase an article uses for an actor, with where it stands. */
export interface NamedMention extends SourceRef {
  text: string;
}

/** A name mention of one article: the entity (by index into the merged entities) it names, how, and where. */
export interface ArticleName {
  entity: number;
  form: Mention['form'];
  mention: NamedMention;
}
