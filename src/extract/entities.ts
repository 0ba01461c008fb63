// Named entities of one article without a trained NER: proper-noun runs, honorifics, titles, appositive roles, kinds by cue words.
import type { Article, Entity, EntityKind, Mention } from '../core/types.js';
import { type Doc, sentenceCount, sentenceTokens, tokenCount, tokenPos, tokenText } from '../nlp/index.js';
import speechVerbs from './data/speech-verbs.json' with { type: 'json' };
import honorifics from './data/honorifics.json' with { type: 'json' };
import pronouns from './data/pronouns.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import orgCues from './data/org-cues.json' with { type: 'json' };
import outlets from './data/outlets.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import notNames from './data/not-names.json' with { type: 'json' };
import placeCues from './data/place-cues.json' with { type: 'json' };
import citationCues from './data/citation-cues.json' with { type: 'json' };
import { checkedList } from '../core/util/lists.js';

// ---- The data files as lookup sets (the lists stay data; see each file's `source`). ----
const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const speech = (key: 'verbs' | 'clauseVerbs' | 'objects' | 'blockIntros' | 'sourcePhrases'): readonly string[] =>
  checkedList(`extract/data/speech-verbs.json#${key}`, speechVerbs[key]);
export const LEX = {
  speechVerbs: lower(speech('verbs')),
  /** Source-first cue phrases as lower-case word lists ("according to" -> ['according', 'to']). */
  sourcePhrases: speech('sourcePhrases').map((p) => p.toLowerCase().split(/\s+/)),
  clauseVerbs: lower(speech('clauseVerbs')),
  speechObjects: lower(speech('objects')),
  blockIntros: speech('blockIntros').map((x) => x.toLowerCase()),
  honorMale: lower(honorifics.male),
  honorFemale: lower(honorifics.female),
  honorifics: lower([...honorifics.male, ...honorifics.female, ...honorifics.neutral]),
  pronMale: lower(pronouns.male),
  pronFemale: lower(pronouns.female),
  pronouns: lower([...pronouns.male, ...pronouns.female, ...pronouns.plural, ...pronouns.first, ...pronouns.neuter]),
  roleHeads: lower(roles.heads),
  roleModifiers: lower(roles.modifiers),
  roleMale: lower(roles.male),
  roleFemale: lower(roles.female),
  orgWords: lower(orgCues.words),
  /** "Corvane Energy said in a statement": an institution speaking. */
  statementCues: orgCues.statementCues.map((x) => x.toLowerCase()),
  /** Last words of outlet names ("Courier", "Ledger"): an organisation when they end a multi-word name. */
  outletWords: lower(citationCues.outletWords),
  placeSuffixes: lower(placeCues.suffixes),
  outlets: lower(outlets.names),
  outletNames: [...outlets.names].sort((a, b) => b.length - a.length),
  places: lower(places.names),
  placePreps: lower(places.prepositions),
  notNames: lower(notNames.words),
};

const stripDot = (w: string): string => w.toLowerCase().replace(/\.$/, '');
const words0 = (ws: string[]): string[] => ws.map((w) => stripDot(w));
export const isHonorific = (w: string): boolean => LEX.honorifics.has(stripDot(w));

/** The capitals of a name's capitalised words ("European Central Bank" -> "ECB"), to match an acronym to its body. */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => UPPER.test(w))
    .map((w) => w[0])
    .join('');
export const isRoleHead = (w: string): boolean => LEX.roleHeads.has(w.toLowerCase());
const isRoleWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return LEX.roleHeads.has(l) || LEX.roleModifiers.has(l) || l === 'prime' || l === 'vice';
};
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const CONNECTORS = new Set(['of', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'da', '&', 'and']);

export type Gender = 'm' | 'f' | null;

/** The entities of one article plus what speaker resolution needs: gender hints and mentions in text order. */
export interface EntityLayer {
  entities: Entity[];
  gender: Map<string, Gender>;
  /** Every mention with its entity id, sorted by start. */
  index: Array<Mention & { entity: string }>;
}

interface Run {
  /** Name tokens [a, b). */
  a: number;
  b: number;
  name: string;
  kind: EntityKind;
  strong: boolean;
  gender: Gender;
  role: string | null;
  honorific: boolean;
  /** A lone word opening its sentence: capitalised by position, so kept only when the same word recurs mid-sentence. */
  initial?: boolean;
  /** A person only because it is two to four capitalised words: the weakest evidence, overruled by "said in a statement". */
  weakPerson?: boolean;
  /** Followed by an institutional speech cue ("said in a statement"). */
  statement?: boolean;
}

/**
 * Find the people, organisations and places an article names, merge their mentions within the article, and note roles.
 * @param article the article (its id prefixes entity ids: `${article.id}:e1`)
 * @param doc `buildDoc(article.text)`
 * @example extractEntities(article, doc).entities[0].name === 'Steve Witkoff'
 */
export function extractEntities(article: Article, doc: Doc): EntityLayer {
  const text = doc.text;
  const runs: Run[] = [];
  const n = tokenCount(doc);
  const tt = (i: number): string => (i >= 0 && i < n ? tokenText(doc, i) : '');
  const sentFirst = new Set<number>();
  for (let s = 0; s < sentenceCount(doc); s++) sentFirst.add(sentenceTokens(doc, s)[0]);

  const sentStartTok = new Int32Array(n);
  for (let s = 0; s < sentenceCount(doc); s++) {
    const [a, b] = sentenceTokens(doc, s);
    for (let k = a; k < b; k++) sentStartTok[k] = a;
  }
  const sentStartOf = (i: number): number => sentStartTok[i] ?? 0;
  const isCap = (i: number): boolean => {
    const w = tt(i);
    if (!UPPER.test(w) || w === 'I') return false;
    const pos = tokenPos(doc, i);
    if (pos === 'PROPN') return true;
    // A capitalised common noun mid-sentence is usually part of a name ("Foreign Ministry"); at a sentence start it is not.
    if (sentFirst.has(i) || (i > 0 && /^[“"‘'«(]$/.test(tt(i - 1)))) return false;
    // The tagger reads some surnames as verbs ("Lena Moor/VERB"): a capitalised verb mid-sentence right after a name is a name.
    const slip = pos === 'VERB' && (tokenPos(doc, i + 1) === 'PROPN' || (tokenPos(doc, i - 1) === 'PROPN' && !LEX.speechVerbs.has(w.toLowerCase())));
    return pos === 'NOUN' || pos === 'ADJ' || pos === 'X' || slip;
  };

  for (let s = 0; s < sentenceCount(doc); s++) {
    const [sa, sb] = sentenceTokens(doc, s);
    // A short line in Title Case is a heading ("Presidential Flattery"): its capitals name nothing.
    let words = 0;
    let caps = 0;
    for (let k = sa; k < sb; k++) {
      if (!/^\p{L}/u.test(tt(k))) continue;
      words++;
      if (UPPER.test(tt(k))) caps++;
    }
    if (words <= 8 && caps >= Math.max(2, 0.75 * words) && !/[.!?]$/.test(tt(sb - 1))) continue;
    let i = sa;
    while (i < sb) {
      if (!isCap(i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < sb) {
        if (isCap(j)) j++;
        else if (CONNECTORS.has(tt(j)) && j + 1 < sb && isCap(j + 1) && tt(j) !== 'and') j++;
        else break;
      }
      const run = readRun(i, j);
      if (run) runs.push({ ...run, initial: run.a === sa && run.b - run.a === 1 });
      i = j;
    }
  }

  function readRun(i: number, j: number): Run | null {
    // Split a leading title/honorific prefix ("US President", "Mr.", "Special Envoy") from the name proper.
    let p = i;
    let sawHead = false;
    let honorific = false;
    let gender: Gender = null;
    for (let k = i; k < j - 1; k++) {
      const w = tt(k);
      const l = stripDot(w);
      if (isHonorific(w)) {
        honorific = true;
        sawHead = true;
        if (LEX.honorMale.has(l)) gender = 'm';
        if (LEX.honorFemale.has(l)) gender = 'f';
        p = k + 1;
        continue;
      }
      if (sawHead && CONNECTORS.has(w) && k + 1 < j - 1) {
        // "Secretary of State Hillary Clinton": the role runs on through "of".
        p = k + 1;
        continue;
      }
      if (isRoleWord(w) || LEX.places.has(w.toLowerCase()) || tokenPos(doc, k) === 'ADJ') {
        if (sawHead && p === k) p = k + 1;
        if (LEX.roleHeads.has(l)) {
          sawHead = true;
          p = k + 1;
          if (LEX.roleMale.has(l)) gender = 'm';
          if (LEX.roleFemale.has(l)) gender = 'f';
        }
        continue;
      }
      break;
    }
    if (!sawHead) p = i;
    // "Russian President Vladimir Putin", "US Army Secretary Dan Driscoll": everything up to the last title word is role.
    for (let k = j - 2; k >= p; k--) {
      if (LEX.roleHeads.has(stripDot(tt(k))) && /^\p{Lu}/u.test(tt(k))) {
        p = k + 1;
        sawHead = true;
        break;
      }
    }
    // Drop connectors at the edges and a trailing possessive-less dangling word.
    while (p < j && CONNECTORS.has(tt(p))) p++;
    let e = j;
    while (e > p && CONNECTORS.has(tt(e - 1))) e--;
    if (p >= e) return null;
    const nameTokens: string[] = [];
    for (let k = p; k < e; k++) nameTokens.push(tt(k));
    const name = nameTokens.join(' ').replace(/\s+([’'])/g, '$1');
    if (name.length < 2 && !/^\p{Lu}$/u.test(name)) return null;
    const l = name.toLowerCase();
    if (LEX.pronouns.has(l) || (e - p === 1 && isRoleHead(l))) return null;
    if (words0(nameTokens).every((w) => LEX.notNames.has(w))) return null;
    // A title with no name ("US President") is a title mention, found below, not a name.
    if (nameTokens.every((w) => isRoleWord(w) || LEX.places.has(w.toLowerCase())) && isRoleHead(nameTokens[nameTokens.length - 1]!)) return null;

    let role: string | null = p > i ? text.slice(doc.tokStart[i], doc.tokEnd[p - 1]) : null;
    if (role && honorific && p - i === 1) role = null;
    // Lower-case title right before the name: "special envoy Steve Witkoff", "Putin's economic adviser Kirill Dmitriev".
    if (!role && i > 0 && isRoleHead(tt(i - 1))) {
      let k = i - 1;
      while (k - 1 >= sentStartOf(i) && (isRoleWord(tt(k - 1)) || LEX.places.has(tt(k - 1).toLowerCase()) || tokenPos(doc, k - 1) === 'ADJ'))
        k--;
      if (k - 2 >= 0 && POSSESSIVE.has(tt(k - 1)) && tokenPos(doc, k - 2) === 'PROPN') k -= 2;
      role = text.slice(doc.tokStart[k], doc.tokEnd[i - 1]);
      if (LEX.roleMale.has(tt(i - 1).toLowerCase())) gender = 'm';
      if (LEX.roleFemale.has(tt(i - 1).toLowerCase())) gender = 'f';
    }
    // "The regional governor, Anselm Vick, said": a role phrase set off before the name.
    role = role ?? roleBefore(i, e);
    // A title before the name makes a person; a role in an appositive after it may describe a body ("X Energy, the operator").
    const titled = role !== null;
    role = role ?? appositive(e);

    let kind: EntityKind = 'other';
    let strong = false;
    let weakPerson = false;
    const words = nameTokens.map((w) => stripDot(w));
    const last = words[words.length - 1] ?? '';
    const bare = l.replace(/^the /, '');
    // "Corvane Energy", "Brenna Valley Courier": an institution suffix ends the name.
    const orgSuffix = e - p >= 2 && (LEX.orgWords.has(last) || LEX.outletWords.has(last));
    // An all-caps word also written in ordinary case in the article ("HALLOWAY, March 3 –" dateline) is that word, not an acronym.
    const shouted = /^[\p{Lu}\s.'’-]+$/u.test(name) && /\p{Lu}{2}/u.test(name) && hasOrdinaryCase(name);
    if (honorific || (titled && !orgSuffix) || (role && !orgSuffix)) {
      kind = 'person';
      strong = true;
    } else if (LEX.outlets.has(l) || LEX.outlets.has(bare) || orgSuffix || words.some((w) => LEX.orgWords.has(w))) {
      kind = 'organization';
      strong = true;
    } else if (LEX.places.has(l) || (e - p >= 2 && LEX.placeSuffixes.has(last))) {
      kind = 'place';
      strong = true;
    } else if (shouted) {
      kind = 'other';
    } else if (/^[\p{Lu}.&]{2,}$/u.test(name)) {
      kind = 'organization';
    } else if (i > 0 && LEX.placePreps.has(tt(i - 1).toLowerCase()) && e - p === 1) {
      kind = 'place';
    } else if (e - p >= 2 && e - p <= 4 && !/(ans|ats|ists|ites)$/.test(last)) {
      // Two to four capitalised words are a personal name, unless they end in a group plural ("Native Americans").
      kind = 'person';
      weakPerson = true;
    }
    const tail = text.slice(doc.tokEnd[e - 1], doc.tokEnd[e - 1]! + 48).toLowerCase().replace(/\s+/g, ' ').trimStart();
    const statement = LEX.statementCues.some((c) => tail.startsWith(c));
    return { a: p, b: e, name, kind, strong, gender, role, honorific, weakPerson, statement };
  }

  /** Is an all-caps name also written in ordinary case somewhere in the text? */
  function hasOrdinaryCase(name: string): boolean {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'giu'))) if (m[0] !== name && /\p{Ll}/u.test(m[0])) return true;
    return false;
  }

  /** "The regional governor, Anselm Vick,", "Its chief executive, Ruben Aske, told": the role phrase opening the clause. */
  function roleBefore(i: number, e: number): string | null {
    if (tt(i - 1) !== ',' || !/^[,(]$/.test(tt(e)) || !isRoleHead(tt(i - 2))) return null;
    const floor = sentStartOf(i);
    let k = i - 2;
    while (k - 1 >= floor) {
      const w = tt(k - 1);
      const pos = tokenPos(doc, k - 1);
      if (isRoleWord(w) || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || POSSESSIVE.has(w)) k--;
      else break;
    }
    // Take the determiner too ("the", "its", "a"), then the phrase must open its clause.
    if (k - 1 >= floor && /^(the|a|an|its|his|her|their)$/i.test(tt(k - 1))) k--;
    if (k > floor && !/^[,;:—–(]$/.test(tt(k - 1)) && tokenPos(doc, k - 1) !== 'CCONJ' && tokenPos(doc, k - 1) !== 'SCONJ') return null;
    return text.slice(doc.tokStart[k], doc.tokEnd[i - 2]);
  }

  /** ", Putin's most senior foreign policy aide," or ", who serves as top aide to Y," right after a name. */
  function appositive(e: number): string | null {
    if (tt(e) !== ',') return null;
    let k = e + 1;
    const start = k;
    if (tt(k) === 'who' && /^(serves|served|is|was|works|worked)$/.test(tt(k + 1))) {
      k += 2;
      if (tt(k) === 'as') k++;
      const from = k;
      while (k < n && k < from + 14 && !/^[,.;:!?)—–]$/.test(tt(k))) k++;
      return k > from ? text.slice(doc.tokStart[from], doc.tokEnd[k - 1]) : null;
    }
    let head = false;
    while (k < n && k < start + 12 && !/^[,.;:!?()—–“”"]$/.test(tt(k))) {
      const pos = tokenPos(doc, k);
      if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON' && !/^(his|her|their|its)$/i.test(tt(k))) return null;
      if (isRoleHead(tt(k))) head = true;
      k++;
    }
    if (!head || !/^[,.;:)—–]$/.test(tt(k))) return null;
    return text.slice(doc.tokStart[start], doc.tokEnd[k - 1]);
  }

  const midWords = new Set(runs.filter((r) => !r.initial).flatMap((r) => r.name.toLowerCase().split(' ')));
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k]!;
    if (r.initial && !r.strong && !midWords.has(r.name.toLowerCase()) && !/^[\p{Lu}]{2,6}$/u.test(r.name)) runs.splice(k, 1);
  }
  // ---- Merge runs into entities: full names first, then surnames / honorific forms / acronyms attach to them. ----
  const entities: Entity[] = [];
  const gender = new Map<Entity, Gender>();
  const index: Array<Mention & { entity: string }> = [];
  const byName = new Map<string, Entity>();
  const lastName = (e: Entity): string => e.name.split(' ').at(-1)!.toLowerCase();
  const firstName = (e: Entity): string => e.name.split(' ')[0]!.toLowerCase();

  const stated = new Set<Entity>();
  const personCued = new Set<Entity>();
  const order = runs.map((r, k) => k).sort((x, y) => (runs[y]!.b - runs[y]!.a) - (runs[x]!.b - runs[x]!.a) || x - y);
  const owner = new Array<Entity | null>(runs.length).fill(null);
  const forms = new Array<Mention['form']>(runs.length).fill('full');
  for (const k of order) {
    const r = runs[k]!;
    const key = r.name.toLowerCase();
    let ent = byName.get(key) ?? null;
    let form: Mention['form'] = r.b - r.a > 1 ? 'full' : 'other';
    if (!ent && r.b - r.a === 1 && (!r.strong || r.kind === 'person')) {
      // A lone word matching a known person's surname (or, failing that, first name) is that person.
      const people = entities.filter((x) => x.kind === 'person' && x.name.includes(' '));
      ent = people.find((x) => lastName(x) === key) ?? people.find((x) => firstName(x) === key) ?? null;
      if (ent) {
        form = 'surname';
        r.kind = 'person';
      }
    }
    if (!ent && r.b - r.a === 1 && r.kind !== 'place' && !r.honorific) {
      // A lone word opening a known organisation's name ("Corvane" after "Corvane Energy") is that organisation.
      const orgs = entities.filter((x) => x.kind === 'organization' && firstName(x) === key && isSuffixedName(x.name));
      if (orgs.length === 1 && !entities.some((x) => x.kind === 'person' && x.name.toLowerCase().split(' ').includes(key))) {
        ent = orgs[0]!;
        r.kind = 'organization';
      }
    }
    if (!ent && /^[\p{Lu}]{2,6}$/u.test(r.name)) {
      ent = entities.find((x) => x.kind === 'organization' && x.name.includes(' ') && initials(x.name) === r.name) ?? null;
      if (ent) form = 'acronym';
    }
    if (!ent) {
      ent = { id: '', name: r.name, kind: r.kind, aliases: [], roles: [], articles: [article.id], mentions: [] };
      entities.push(ent);
      byName.set(key, ent);
      if (r.b - r.a === 1) form = /^[\p{Lu}]{2,6}$/u.test(r.name) ? 'acronym' : r.kind === 'person' ? 'surname' : 'other';
    } else if (ent.name.toLowerCase() !== key && !ent.aliases.includes(r.name)) {
      ent.aliases.push(r.name);
    } else if (ent.name !== r.name && !/\p{Ll}/u.test(ent.name) && /\p{Ll}/u.test(r.name)) {
      // Name the entity in ordinary case; the all-caps form ("HALLOWAY") stays as a mention.
      ent.name = r.name;
    }
    if (r.strong && ent.kind !== r.kind && (ent.kind === 'other' || r.kind === 'person')) ent.kind = r.kind;
    if (ent.kind === 'other' && r.kind !== 'other') ent.kind = r.kind;
    if (r.role && !ent.roles.includes(r.role)) ent.roles.push(r.role);
    if (r.statement) stated.add(ent);
    if (r.kind === 'person' && !r.weakPerson) personCued.add(ent);
    if (r.gender && !gender.has(ent)) gender.set(ent, r.gender);
    owner[k] = ent;
    forms[k] = form;
  }
  // "X said in a statement" with nothing else marking X as a person (title, honorific, gender): X is an institution.
  for (const ent of stated) if (ent.kind !== 'organization' && !personCued.has(ent) && !gender.has(ent)) ent.kind = 'organization';
  runs.forEach((r, k) => {
    const ent = owner[k]!;
    index.push({
      article: article.id,
      start: doc.tokStart[r.a]!,
      end: doc.tokEnd[r.b - 1]!,
      text: text.slice(doc.tokStart[r.a], doc.tokEnd[r.b - 1]),
      form: forms[k]!,
      entity: ent.name,
    });
  });

  // Title mentions: "the president", "the Kremlin aide", "Putin's aide", "its chief executive" → the person holding that role.
  const mentionAt = (offset: number): Entity | undefined => {
    const m = index.find((x) => x.start <= offset && offset < x.end && x.form !== 'title');
    return m ? byName.get(m.entity.toLowerCase()) : undefined;
  };
  for (let s = 0; s < sentenceCount(doc); s++) {
    const [sa, sb] = sentenceTokens(doc, s);
    for (let i = sa; i < sb; i++) {
      const w0 = tt(i).toLowerCase();
      const possessive = tokenPos(doc, i) === 'PROPN' && POSSESSIVE.has(tt(i + 1)) && (i === sa || !UPPER.test(tt(i - 1)));
      if (w0 !== 'the' && w0 !== 'its' && !possessive) continue;
      let k = possessive ? i + 2 : i + 1;
      while (k < sb && !isRoleHead(tt(k)) && (isRoleWord(tt(k)) || tokenPos(doc, k) === 'PROPN' || tokenPos(doc, k) === 'ADJ')) k++;
      if (k >= sb || !isRoleHead(tt(k)) || /s$/i.test(tt(k)) && !/ss$/i.test(tt(k))) continue;
      while (k + 1 < sb && isRoleHead(tt(k + 1))) k++;
      if (tokenPos(doc, k + 1) === 'PROPN' || tt(k + 1) === 'of' && tokenPos(doc, k + 2) === 'PROPN') continue;
      if (tt(k + 1) === ',' && tokenPos(doc, k + 2) === 'PROPN') continue; // "The governor, Anselm Vick,": the name follows
      const head = tt(k).toLowerCase();
      const start = doc.tokStart[i]!;
      // Qualifiers: the capitalised words before the head that are not title words ("Trump" in "the Trump aide").
      const quals: string[] = [];
      let qualPerson: Entity | undefined;
      for (let q = possessive ? i : i + 1; q < k; q++) {
        if (!UPPER.test(tt(q)) || isRoleWord(tt(q)) || POSSESSIVE.has(tt(q))) continue;
        quals.push(tt(q).toLowerCase());
        const e = mentionAt(doc.tokStart[q]!);
        if (e?.kind === 'person') qualPerson = e;
      }
      const ent = roleHolder(head, quals, qualPerson, start);
      if (!ent) continue;
      index.push({ article: article.id, start, end: doc.tokEnd[k]!, text: text.slice(start, doc.tokEnd[k]), form: 'title', entity: ent.name });
    }
  }

  /**
   * Who holds the role `head` here: the latest such person named before `start`, else the only one in the article. A
   * qualifier naming a person ("the Trump aide") must appear in the holder's role ("Trump's special envoy"), whatever
   * its head; other qualifiers ("the Kremlin aide") only break ties.
   */
  function roleHolder(head: string, quals: string[], qualPerson: Entity | undefined, start: number): Entity | undefined {
    const personWords = qualPerson ? qualPerson.name.toLowerCase().split(/\s+/).filter((w) => w.length > 1) : [];
    const mentions = (r: string, ws: string[]): boolean => ws.some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(r));
    const score = (cand: Entity | undefined): number => {
      if (!cand || cand.kind !== 'person' || cand === qualPerson) return 0;
      const same = cand.roles.some((r) => roleHead(r) === head);
      if (qualPerson) return cand.roles.some((r) => mentions(r, personWords)) ? (same ? 3 : 2) : 0;
      if (!same) return 0;
      return quals.length && cand.roles.some((r) => mentions(r, quals)) ? 3 : 2;
    };
    let best: Entity | undefined;
    let bestScore = 0;
    const seen = new Set<Entity>();
    for (let m = index.length - 1; m >= 0; m--) {
      const x = index[m]!;
      if (x.end > start) continue;
      const cand = byName.get(x.entity.toLowerCase());
      if (!cand || seen.has(cand)) continue;
      seen.add(cand);
      const sc = score(cand);
      if (sc > bestScore) {
        best = cand;
        bestScore = sc;
        if (sc === 3) break;
      }
    }
    if (best) return best;
    const holders = entities.filter((e) => score(e) > 0);
    return holders.length === 1 ? holders[0] : undefined;
  }

  index.sort((x, y) => x.start - y.start);
  entities.forEach((e, k) => {
    e.id = `${article.id}:e${k + 1}`;
  });
  const idOf = new Map(entities.map((e) => [e.name, e.id]));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const finalIndex = index.map((m) => ({ ...m, entity: idOf.get(m.entity)! }));
  for (const m of finalIndex) {
    const { entity, ...mention } = m;
    byId.get(entity)!.mentions!.push(mention);
  }
  const genderById = new Map<string, Gender>();
  for (const e of entities) genderById.set(e.id, gender.get(e) ?? null);
  return { entities, gender: genderById, index: finalIndex };
}

/** "Corvane Energy", "Acme Holdings Ltd": one distinctive word and then only institution words, so the first word alone names it. */
export function isSuffixedName(name: string): boolean {
  const ws = name.toLowerCase().split(/\s+/).map(stripDot);
  return ws.length >= 2 && ws.slice(1).every((w) => LEX.orgWords.has(w) || LEX.outletWords.has(w));
}

/** The head noun of a role as written: "top foreign policy aide to Russian President Putin" → "aide". */
export function roleHead(role: string): string | null {
  const core = role.toLowerCase().split(/\s+(?:to|of|for|at|in|with|on|from|under)\s+/)[0] ?? '';
  const ws = core.split(/[\s,]+/).filter((w) => isRoleHead(w));
  return ws.at(-1) ?? null;
}

/** The entity one of whose mentions covers `offset`, or null. */
export function entityAt(layer: EntityLayer, offset: number): string | null {
  for (const m of layer.index) if (m.start <= offset && offset < m.end) return m.entity;
  return null;
}

/**
 * Resolve a third-person pronoun at `offset` to the latest compatible person mentioned before it.
 * @param pronoun the pronoun as written ("he", "She")
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

