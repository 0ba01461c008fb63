// Role phrases attached to a name: a title before it ("special envoy Steve Witkoff"), a role set off before it
// ("The regional governor, Anselm Vick,") or an appositive after it ("Yuri Ushakov, Putin's foreign policy aide,").
import { alternation } from '../../core/util/regex.js';
import { type EntityContext, sentenceStartOf } from './context.js';
import { isTitleWord, type TitlePrefix } from './titles.js';
import { type Gender, genderOfWord, GRAMMAR, isRoleHead, isRoleWord, LEX, POSSESSIVE } from './words.js';

/** Where the complement of a role starts: "aide to …", "head of …". */
const ROLE_COMPLEMENT = new RegExp(`\\s+(?:${alternation(GRAMMAR.rolePrepositions)})\\s+`);

/**
 * The head noun of a role as written.
 * @example roleHead('top foreign policy aide to Russian President Putin') === 'aide'
 */
export function roleHead(role: string): string | null {
  const core = role.toLowerCase().split(ROLE_COMPLEMENT)[0] ?? '';
  const ws = core.split(/[\s,]+/).filter((w) => isRoleHead(w));
  return ws.at(-1) ?? null;
}

/** A name's role and the gender its title implies. */
export interface RoleReading {
  role: string | null;
  gender: Gender;
}

/**
 * The role of the name at tokens [p, e) of the capitalised run opening at token i.
 * @param title the run's title prefix (tokens [i, p))
 */
export function roleOf(ctx: EntityContext, i: number, p: number, e: number, title: TitlePrefix): RoleReading {
  const { tok } = ctx;
  let gender = title.gender;
  let role: string | null = p > i ? tok.slice(i, p) : null;
  if (role && title.honorific && p - i === 1) role = null;
  if (!role && i > 0 && isRoleHead(tok.t(i - 1))) {
    role = titleBefore(ctx, i);
    gender = genderOfWord(tok.lower(i - 1), LEX.roleMale, LEX.roleFemale, gender);
  }
  role = role ?? roleBefore(ctx, i, e) ?? appositive(ctx, e);
  return { role, gender };
}

/** Lower-case title right before the name: "special envoy Steve Witkoff", "Putin's economic adviser Kirill Dmitriev". */
function titleBefore(ctx: EntityContext, i: number): string {
  const { tok } = ctx;
  let k = i - 1;
  while (k - 1 >= sentenceStartOf(ctx, i) && isTitleWord(ctx, k - 1)) k--;
  if (k - 2 >= 0 && POSSESSIVE.has(tok.t(k - 1)) && tok.pos(k - 2) === 'PROPN') k -= 2;
  return tok.slice(k, i);
}

/** "The regional governor, Anselm Vick,", "Its chief executive, Ruben Aske, told": the role phrase opening the clause. */
function roleBefore(ctx: EntityContext, i: number, e: number): string | null {
  const { tok } = ctx;
  if (tok.t(i - 1) !== ',' || !/^[,(]$/.test(tok.t(e)) || !isRoleHead(tok.t(i - 2))) return null;
  const floor = sentenceStartOf(ctx, i);
  let k = i - 2;
  while (k - 1 >= floor) {
    const w = tok.t(k - 1);
    const pos = tok.pos(k - 1);
    if (isRoleWord(w) || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || POSSESSIVE.has(w)) k--;
    else break;
  }
  // Take the determiner too ("the", "its", "a"), then the phrase must open its clause.
  if (k - 1 >= floor && GRAMMAR.determiners.has(tok.lower(k - 1))) k--;
  if (k > floor && !/^[,;:—–(]$/.test(tok.t(k - 1)) && tok.pos(k - 1) !== 'CCONJ' && tok.pos(k - 1) !== 'SCONJ')
    return null;
  return tok.slice(k, i - 1);
}

/** ", Putin's most senior foreign policy aide," or ", who serves as top aide to Y," right after the name ending at token e. */
function appositive(ctx: EntityContext, e: number): string | null {
  const { tok } = ctx;
  if (tok.t(e) !== ',') return null;
  const start = e + 1;
  if (tok.t(start) === 'who' && GRAMMAR.appositiveVerbs.has(tok.t(start + 1))) return relativeRole(ctx, start + 2);
  let k = start;
  let head = false;
  while (k < tok.n && k < start + 12 && !/^[,.;:!?()—–“”"]$/.test(tok.t(k))) {
    const pos = tok.pos(k);
    if (pos === 'VERB' || pos === 'AUX' || (pos === 'PRON' && !GRAMMAR.possessiveDeterminers.has(tok.lower(k))))
      return null;
    if (isRoleHead(tok.t(k))) head = true;
    k++;
  }
  if (!head || !/^[,.;:)—–]$/.test(tok.t(k))) return null;
  return tok.slice(start, k);
}

/** The role of "who serves as top aide to Y,": the words from token k (past an "as") to the clause's end. */
function relativeRole(ctx: EntityContext, k: number): string | null {
  const { tok } = ctx;
  const from = tok.t(k) === 'as' ? k + 1 : k;
  let end = from;
  while (end < tok.n && end < from + 14 && !/^[,.;:!?)—–]$/.test(tok.t(end))) end++;
  return end > from ? tok.slice(from, end) : null;
}
