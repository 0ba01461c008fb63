// Titles before a name: honorifics and title words ("US President", "Mr.", "Special Envoy") split from the name proper.
import type { EntityContext } from './context.js';
import {
  type Gender,
  genderOfWord,
  GRAMMAR,
  isHonorific,
  isRoleHead,
  isRoleWord,
  LEX,
  stripDot,
  UPPER,
} from './words.js';

/** The title words opening a capitalised run: the name proper starts at `start`. */
export interface TitlePrefix {
  start: number;
  honorific: boolean;
  gender: Gender;
}

/**
 * Split a leading title/honorific prefix from the capitalised run [i, j): "US President Joe Biden", "Mr. Vick",
 * "Secretary of State Hillary Clinton", "US Army Secretary Dan Driscoll".
 */
export function splitTitle(ctx: EntityContext, i: number, j: number): TitlePrefix {
  const { tok } = ctx;
  let p = i;
  let sawHead = false;
  let honorific = false;
  let gender: Gender = null;
  for (let k = i; k < j - 1; k++) {
    const w = tok.t(k);
    const l = stripDot(w);
    if (isHonorific(w)) {
      honorific = true;
      sawHead = true;
      gender = genderOfWord(l, LEX.honorMale, LEX.honorFemale, gender);
      p = k + 1;
    } else if (sawHead && GRAMMAR.connectors.has(w) && k + 1 < j - 1) {
      // "Secretary of State Hillary Clinton": the role runs on through "of".
      p = k + 1;
    } else if (isTitleWord(ctx, k)) {
      if (sawHead && p === k) p = k + 1;
      if (!LEX.roleHeads.has(l)) continue;
      sawHead = true;
      p = k + 1;
      gender = genderOfWord(l, LEX.roleMale, LEX.roleFemale, gender);
    } else break;
  }
  if (!sawHead) p = i;
  // "Russian President Vladimir Putin", "US Army Secretary Dan Driscoll", "Iowa Democratic Rep. Bruce Braley": everything
  // up to the last title word or honorific is role.
  for (let k = j - 2; k >= p; k--) {
    const w = tok.t(k);
    const titled = isHonorific(w) && w.endsWith('.');
    if ((LEX.roleHeads.has(stripDot(w)) && UPPER.test(w)) || titled) {
      p = k + 1;
      if (titled) honorific = true;
      break;
    }
  }
  return { start: p, honorific, gender };
}

/** A word that may stand in a title before a name: a role word, a place ("US"), a nationality ("North Korean") or an adjective. */
export const isTitleWord = (ctx: EntityContext, k: number): boolean => {
  const l = ctx.tok.lower(k);
  return isRoleWord(l) || LEX.places.has(l) || LEX.demonyms.has(l) || LEX.compass.has(l) || ctx.tok.pos(k) === 'ADJ';
};

/** A title with no name ("US President"): a title mention, found by `titleMentions` (title-mentions.ts), not a name. */
export const isBareTitle = (words: readonly string[]): boolean =>
  words.every((w) => isRoleWord(w) || LEX.places.has(w.toLowerCase())) && isRoleHead(words[words.length - 1]!);
