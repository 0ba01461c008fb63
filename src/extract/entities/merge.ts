// Merge an article's name runs into entities: full names first, then surnames, first words of organisations and
// acronyms attach to them; at the end, the layer with ids, mentions and gender hints.
import type { Entity, EntityKind, Mention } from '../../core/types.js';
import type { EntityContext } from './context.js';
import { isSuffixedName } from './kind.js';
import type { Run } from './runs.js';
import { ACRONYM, type Gender, initials } from './words.js';

/** A mention while merging: `entity` is the entity's name (ids are given at the end). */
export type NamedMention = Mention & { entity: string };

/** The entities of one article while they are being merged, and the mentions found so far. */
export interface Merged {
  article: string;
  entities: Entity[];
  /** Lower-case name an entity was created under -> entity. */
  byName: Map<string, Entity>;
  gender: Map<Entity, Gender>;
  /** Mentions found so far, in the order found. */
  index: NamedMention[];
}

/** The entities of one article plus what speaker resolution needs: gender hints and mentions in text order. */
export interface EntityLayer {
  entities: Entity[];
  gender: Map<string, Gender>;
  /** Every mention with its entity id, sorted by start. */
  index: Array<Mention & { entity: string }>;
}

/** Whom a run names and how: a known entity (null: a new one), the mention's form, and the run's kind as resolved. */
interface Owner {
  ent: Entity | null;
  form: Mention['form'];
  kind: EntityKind;
}

/** What merging learns besides the entities: who speaks "in a statement", and who has a person cue beyond shape. */
interface Cues {
  stated: Set<Entity>;
  personCued: Set<Entity>;
}

const lastName = (e: Entity): string => e.name.split(' ').at(-1)!.toLowerCase();
const firstName = (e: Entity): string => e.name.split(' ')[0]!.toLowerCase();

/**
 * Merge runs into entities, longest runs first so that a lone word finds the full name it abbreviates, and record
 * each run as a mention.
 * @param runs `findRuns(ctx)`, in text order
 */
export function mergeRuns(ctx: EntityContext, runs: Run[]): Merged {
  const m: Merged = { article: ctx.article, entities: [], byName: new Map(), gender: new Map(), index: [] };
  const cues: Cues = { stated: new Set(), personCued: new Set() };
  const order = runs.map((r, k) => k).sort((x, y) => runs[y]!.b - runs[y]!.a - (runs[x]!.b - runs[x]!.a) || x - y);
  const owners = new Array<Entity | null>(runs.length).fill(null);
  const forms = new Array<Mention['form']>(runs.length).fill('full');
  for (const k of order) {
    const r = runs[k]!;
    const owner = ownerOf(m, r);
    let ent = owner.ent;
    if (ent) absorbName(ent, r);
    else {
      ent = newEntity(m, r);
      if (r.b - r.a === 1) owner.form = ACRONYM.test(r.name) ? 'acronym' : r.kind === 'person' ? 'surname' : 'other';
    }
    absorbRun(m, cues, ent, { ...r, kind: owner.kind });
    owners[k] = ent;
    forms[k] = owner.form;
  }
  // "X said in a statement" with nothing else marking X as a person (title, honorific, gender): X is an institution.
  for (const ent of cues.stated)
    if (ent.kind !== 'organization' && !cues.personCued.has(ent) && !m.gender.has(ent)) ent.kind = 'organization';
  const { tok } = ctx;
  runs.forEach((r, k) => {
    m.index.push({
      article: ctx.article,
      start: tok.start(r.a),
      end: tok.end(r.b - 1),
      text: tok.slice(r.a, r.b),
      form: forms[k]!,
      entity: owners[k]!.name,
    });
  });
  return m;
}

/** The entity a run names among those merged so far: by name, as a surname, as an organisation's first word, as an acronym. */
function ownerOf(m: Merged, r: Run): Owner {
  const key = r.name.toLowerCase();
  const single = r.b - r.a === 1;
  const form: Mention['form'] = single ? 'other' : 'full';
  const known = m.byName.get(key);
  if (known) return { ent: known, form, kind: r.kind };
  if (single && (!r.strong || r.kind === 'person')) {
    // A lone word matching a known person's surname (or, failing that, first name) is that person.
    const people = m.entities.filter((x) => x.kind === 'person' && x.name.includes(' '));
    const ent = people.find((x) => lastName(x) === key) ?? people.find((x) => firstName(x) === key);
    if (ent) return { ent, form: 'surname', kind: 'person' };
  }
  if (single && r.kind !== 'place' && !r.honorific) {
    // A lone word opening a known organisation's name ("Corvane" after "Corvane Energy") is that organisation.
    const orgs = m.entities.filter((x) => x.kind === 'organization' && firstName(x) === key && isSuffixedName(x.name));
    if (
      orgs.length === 1 &&
      !m.entities.some((x) => x.kind === 'person' && x.name.toLowerCase().split(' ').includes(key))
    )
      return { ent: orgs[0]!, form, kind: 'organization' };
  }
  if (ACRONYM.test(r.name)) {
    const ent = m.entities.find(
      (x) => x.kind === 'organization' && x.name.includes(' ') && initials(x.name) === r.name,
    );
    if (ent) return { ent, form: 'acronym', kind: r.kind };
  }
  return { ent: null, form, kind: r.kind };
}

function newEntity(m: Merged, r: Run): Entity {
  const ent: Entity = {
    id: '',
    name: r.name,
    kind: r.kind,
    aliases: [],
    roles: [],
    articles: [m.article],
    mentions: [],
  };
  m.entities.push(ent);
  m.byName.set(r.name.toLowerCase(), ent);
  return ent;
}

/** Another form of a known entity's name: an alias, or its ordinary-case spelling when the entity was named in capitals. */
function absorbName(ent: Entity, r: Run): void {
  if (ent.name.toLowerCase() !== r.name.toLowerCase() && !ent.aliases.includes(r.name)) {
    ent.aliases.push(r.name);
  } else if (ent.name !== r.name && !/\p{Ll}/u.test(ent.name) && /\p{Ll}/u.test(r.name)) {
    // Name the entity in ordinary case; the all-caps form ("HALLOWAY") stays as a mention.
    ent.name = r.name;
  }
}

/** What a run tells about its entity: kind, role, gender, and the statement and person cues. */
function absorbRun(m: Merged, cues: Cues, ent: Entity, r: Run): void {
  if (r.strong && ent.kind !== r.kind && (ent.kind === 'other' || r.kind === 'person')) ent.kind = r.kind;
  if (ent.kind === 'other' && r.kind !== 'other') ent.kind = r.kind;
  if (r.role && !ent.roles.includes(r.role)) ent.roles.push(r.role);
  if (r.statement) cues.stated.add(ent);
  if (r.kind === 'person' && !r.weakPerson) cues.personCued.add(ent);
  if (r.gender && !m.gender.has(ent)) m.gender.set(ent, r.gender);
}

/** The finished layer: mentions in text order, entity ids `${article}:e1…` in order of creation, mentions on each entity. */
export function toLayer(m: Merged): EntityLayer {
  const index = [...m.index].sort((x, y) => x.start - y.start);
  m.entities.forEach((e, k) => {
    e.id = `${m.article}:e${k + 1}`;
  });
  const idOf = new Map(m.entities.map((e) => [e.name, e.id]));
  const byId = new Map(m.entities.map((e) => [e.id, e]));
  const finalIndex = index.map((x) => ({ ...x, entity: idOf.get(x.entity)! }));
  for (const x of finalIndex) {
    const { entity, ...mention } = x;
    byId.get(entity)!.mentions!.push(mention);
  }
  const gender = new Map<string, Gender>();
  for (const e of m.entities) gender.set(e.id, m.gender.get(e) ?? null);
  return { entities: m.entities, gender, index: finalIndex };
}
