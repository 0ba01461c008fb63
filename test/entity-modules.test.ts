// The entity modules one by one (titles, roles, kind, merge, coreference), the token cursor, the outlet key and the
// credit list, on small sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../src/core/article.js';
import { CREDIT } from '../src/core/credit.js';
import { outletNameKey } from '../src/core/outlet.js';
import { buildDoc, type Doc, TokenCursor } from '../src/nlp/index.js';
import { entityContext } from '../src/extract/entities/context.js';
import { isBareTitle, splitTitle } from '../src/extract/entities/titles.js';
import { roleHead, roleOf } from '../src/extract/entities/roles.js';
import { isSuffixedName, kindOf } from '../src/extract/entities/kind.js';
import { mergeRuns, toLayer } from '../src/extract/entities/merge.js';
import type { Run } from '../src/extract/entities/runs.js';
import { extractEntities, type EntityLayer } from '../src/extract/index.js';
import { resolvePronoun } from '../src/extract/coref.js';
import { creditOf } from '../src/reuse/index.js';

/** The layer of one hand-written article. */
const layerOf = (text: string): EntityLayer => {
  const a = articleFromText('t1', text);
  return extractEntities(a, buildDoc(a.text, a.paragraphs));
};
const byName = (layer: EntityLayer, name: string) => layer.entities.find((e) => e.name === name);
/** Index of the first token written `word`. */
const tokenOf = (doc: Doc, word: string): number => {
  const tok = new TokenCursor(doc);
  for (let i = 0; i < tok.n; i++) if (tok.t(i) === word) return i;
  throw new Error(`no token ${word}`);
};

describe('nlp/cursor', () => {
  it('reads words, lemmas and tags, with empty reads outside the text', () => {
    const tok = new TokenCursor(buildDoc('Ilse Marrow waved.'));
    expect(tok.t(1)).toBe('Marrow');
    expect(tok.lower(0)).toBe('ilse');
    expect(tok.t(-1)).toBe('');
    expect(tok.t(tok.n)).toBe('');
    expect(tok.pos(99)).toBe('X');
    expect(tok.slice(0, 2)).toBe('Ilse Marrow');
    expect(tok.after(5)).toBe(1);
    expect(tok.before(4)).toBe(0);
  });
});

describe('core/outlet', () => {
  it('gives two spellings of one outlet one key', () => {
    expect(outletNameKey('The Associated Press')).toBe('associated press');
    expect(outletNameKey('associated-press')).toBe('associated press');
    expect(outletNameKey('  The   Hill ')).toBe('hill');
    expect(outletNameKey('RFE/RL')).toBe('rfe rl');
  });
  it('drops only a leading "the" word', () => {
    expect(outletNameKey('Theodore Weekly')).toBe('theodore weekly');
    expect(outletNameKey('Brenna Valley Courier')).not.toBe(outletNameKey('Brenna Valley'));
  });
});

describe('core/credit', () => {
  it('is one list: the phrases either stage knew credit an outlet in both', () => {
    expect(CREDIT.before['according-to']).toContain('according to');
    expect(CREDIT.allBefore).toContain('courtesy of');
    expect(CREDIT.allAfter).toContain('contributed to this report');
    expect(creditOf('Aerial photographs courtesy of Meridian Press show the breach.', 'Meridian Press')).toBe('credit');
    expect(creditOf('The figures, per Meridian Press, are provisional.', 'Meridian Press')).toBe('credit');
    expect(creditOf('A Meridian Press van was parked outside.', 'Meridian Press')).toBe('mention');
  });
});

describe('entities/titles', () => {
  it('splits a title or an honorific from the name proper, with the gender it implies', () => {
    const doc = buildDoc('Regional Governor Anselm Vick met Mrs. Ilse Marrow at noon.');
    const ctx = entityContext('t1', doc);
    const gov = tokenOf(doc, 'Regional');
    const governor = splitTitle(ctx, gov, gov + 4);
    expect(ctx.tok.slice(governor.start, gov + 4)).toBe('Anselm Vick');
    expect(governor.honorific).toBe(false);
    const mrs = tokenOf(doc, 'Mrs.');
    const mayor = splitTitle(ctx, mrs, mrs + 3);
    expect(ctx.tok.t(mayor.start)).toBe('Ilse');
    expect(mayor).toMatchObject({ honorific: true, gender: 'f' });
  });
  it('knows a title without a name', () => {
    expect(isBareTitle(['US', 'President'])).toBe(true);
    expect(isBareTitle(['Anselm', 'Vick'])).toBe(false);
  });
  it('reads "the governor" as a mention of the governor named before it', () => {
    const layer = layerOf('Regional Governor Anselm Vick toured the dam. The governor said the water was falling.');
    const vick = byName(layer, 'Anselm Vick')!;
    expect(vick.mentions!.map((m) => [m.text, m.form])).toEqual([
      ['Anselm Vick', 'full'],
      ['The governor', 'title'],
    ]);
  });
});

describe('entities/roles', () => {
  it('finds the head noun of a role as written', () => {
    expect(roleHead('top foreign policy aide to the mayor of Halloway')).toBe('aide');
    expect(roleHead('chief executive of Corvane Energy')).toBe('executive');
    expect(roleHead('the weather')).toBeNull();
  });
  it('reads a role set off before the name, after it, or in a "who serves as" clause', () => {
    const doc = buildDoc('The regional governor, Anselm Vick, said the dam held.');
    const ctx = entityContext('t1', doc);
    const i = tokenOf(doc, 'Anselm');
    expect(roleOf(ctx, i, i, i + 2, { start: i, honorific: false, gender: null }).role).toBe('The regional governor');
    expect(
      byName(layerOf("Ruben Aske, the company's chief executive, declined to comment."), 'Ruben Aske')!.roles,
    ).toEqual(["the company's chief executive"]);
    expect(byName(layerOf('Ruben Aske, who serves as deputy mayor of Halloway, spoke.'), 'Ruben Aske')!.roles).toEqual([
      'deputy mayor of Halloway',
    ]);
  });
  it('takes the gender of a gendered title or honorific before the name', () => {
    const layer = layerOf('The spokeswoman Ilse Marrow said the bridge would stay shut.');
    expect(layer.gender.get(byName(layer, 'Ilse Marrow')!.id)).toBe('f');
    const honoured = layerOf('Mr. Anselm Vick said the bridge would stay shut.');
    expect(honoured.gender.get(byName(honoured, 'Anselm Vick')!.id)).toBe('m');
  });
});

describe('entities/kind', () => {
  it('reads the kind from cues before shape', () => {
    const doc = buildDoc('Officials met near Mill Street.');
    const ctx = entityContext('t1', doc);
    const i = tokenOf(doc, 'Mill');
    const reading = { i, p: i, e: i + 2, words: ['Mill', 'Street'], honorific: false, role: null };
    expect(kindOf(ctx, { ...reading, name: 'Mill Street' })).toMatchObject({ kind: 'place', strong: true });
    expect(kindOf(ctx, { ...reading, name: 'Mill Street', role: 'the mayor' }).kind).toBe('person');
    expect(kindOf(ctx, { ...reading, name: 'Anselm Vick', words: ['Anselm', 'Vick'] })).toEqual({
      kind: 'person',
      strong: false,
      weakPerson: true,
    });
  });
  it('tells an institution by its suffix, and one speaking "in a statement"', () => {
    expect(isSuffixedName('Corvane Energy')).toBe(true);
    expect(isSuffixedName('Anselm Vick')).toBe(false);
    const layer = layerOf('Halloway Tidewater said in a statement that the plant was safe.');
    expect(byName(layer, 'Halloway Tidewater')!.kind).toBe('organization');
  });
  it('does not read a group plural as a personal name', () => {
    const layer = layerOf('Residents said Dorrevan Lutherans gathered at the bridge.');
    expect(byName(layer, 'Dorrevan Lutherans')).toMatchObject({ kind: 'other' });
    expect(byName(layerOf('Residents said Dorrevan Luther gathered at the bridge.'), 'Dorrevan Luther')).toMatchObject({
      kind: 'person',
    });
  });
});

describe('entities/merge', () => {
  it("attaches a surname, an acronym and an organisation's first word to the full name", () => {
    const layer = layerOf(
      'Anselm Vick arrived on Monday. The Dorrevan Water Authority warned residents, and Corvane Energy cut power. ' +
        'Vick said a DWA engineer and Corvane staff were on site.',
    );
    const forms = (name: string): string[] => byName(layer, name)!.mentions!.map((m) => `${m.text}/${m.form}`);
    expect(forms('Anselm Vick')).toEqual(['Anselm Vick/full', 'Vick/surname']);
    expect(forms('Dorrevan Water Authority')).toEqual(['Dorrevan Water Authority/full', 'DWA/acronym']);
    expect(forms('Corvane Energy')).toEqual(['Corvane Energy/full', 'Corvane/other']);
    expect(layer.entities.map((e) => e.id)).toEqual(['t1:e1', 't1:e2', 't1:e3']);
  });
  it('merges longest runs first and names an all-caps entity in ordinary case', () => {
    const ctx = entityContext('t1', buildDoc('HALLOWAY is quiet. Ilse Marrow lives in Halloway. Marrow agrees.'));
    const run = (a: number, b: number, name: string, kind: Run['kind']): Run => ({
      a,
      b,
      name,
      kind,
      strong: false,
      gender: null,
      role: null,
      honorific: false,
    });
    const tok = ctx.tok;
    const at = (w: string, from = 0): number => {
      for (let i = from; i < tok.n; i++) if (tok.t(i) === w) return i;
      return -1;
    };
    const caps = at('HALLOWAY');
    const ilse = at('Ilse');
    const town = at('Halloway');
    const marrow = at('Marrow', ilse + 2);
    const layer = toLayer(
      mergeRuns(ctx, [
        run(caps, caps + 1, 'HALLOWAY', 'organization'),
        run(ilse, ilse + 2, 'Ilse Marrow', 'person'),
        run(town, town + 1, 'Halloway', 'place'),
        run(marrow, marrow + 1, 'Marrow', 'other'),
      ]),
    );
    expect(layer.entities.map((e) => e.name)).toEqual(['Ilse Marrow', 'Halloway']);
    expect(layer.index.map((m) => m.entity)).toEqual(['t1:e2', 't1:e1', 't1:e2', 't1:e1']);
  });
});

describe('extract/coref', () => {
  const contextOf = (text: string) => {
    const a = articleFromText('t1', text);
    const doc = buildDoc(a.text, a.paragraphs);
    return { layer: extractEntities(a, doc), doc, quotes: [] as Array<{ start: number; end: number; speaker: string | null }> };
  };
  it('resolves a pronoun to a person of its gender in the nearest sentence that names one', () => {
    const text = 'Ilse Marrow, the mayor, met Anselm Vick. He said the dam held. She said it would not.';
    const ctx = contextOf(text);
    const ilse = byName(ctx.layer, 'Ilse Marrow')!.id;
    const vick = byName(ctx.layer, 'Anselm Vick')!.id;
    ctx.layer.gender.set(ilse, 'f');
    expect(resolvePronoun(ctx, text.indexOf('He said'), 'He')).toBe(vick);
    expect(resolvePronoun(ctx, text.indexOf('She said'), 'She')).toBe(ilse);
    expect(resolvePronoun(ctx, text.indexOf('She said'), 'they')).toBeNull();
  });
  it('prefers the subject of the sentence before over a person named later in it or inside quotation marks', () => {
    const text = 'Critics wanted Vick out. Sen. Ilse Marrow would not go that far but said Vick must apologise.\n\n“Vick owes the town an apology,” she said.';
    const ctx = contextOf(text);
    const ilse = byName(ctx.layer, 'Ilse Marrow')!.id;
    expect(resolvePronoun(ctx, text.indexOf('she said'), 'she')).toBe(ilse);
  });
  it('prefers the speaker of a quote in the sentence before', () => {
    const text = '“We start Monday,” said Ilse Marrow, after meeting Anselm Vick. “Nobody waits,” he added.';
    const ctx = contextOf(text);
    const vick = byName(ctx.layer, 'Anselm Vick')!.id;
    const ilse = byName(ctx.layer, 'Ilse Marrow')!.id;
    ctx.quotes.push({ start: 1, end: 17, speaker: ilse });
    ctx.layer.gender.set(vick, 'm');
    expect(resolvePronoun(ctx, text.indexOf('he added'), 'he')).toBe(ilse);
  });
});

describe('entities/runs: hyphenated names', () => {
  it('keeps a name written with a tight hyphen whole, and a spaced dash out of it', () => {
    // Before: "Kim Jong-un" was read as "Kim Jong" (the tokenizer splits at the hyphen), an organisation once joined.
    const layer = layerOf('Talks\n\nThe leader, Kim Jong-un, met Jean-Luc Marte and Omar al-Rashid on Friday. Kim - who rarely travels - spoke first.');
    const names = layer.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Kim Jong-un', 'Jean-Luc Marte', 'Omar al-Rashid']));
    expect(byName(layer, 'Kim Jong-un')?.kind).toBe('person');
    expect(names.some((n) => n.includes(' - ') || n === 'Kim Jong')).toBe(false);
  });
  it('reads an institution acronym only in capitals: "Kim Jong Un" is a person, "the UN Security Council" a body', () => {
    // Before: "Un" matched the acronym "UN", so "Kim Jong Un" was an organisation and never merged with "Kim Jong-un".
    const layer = layerOf('Talks\n\nKim Jong Un met envoys on Friday. The UN Security Council met on Monday.');
    expect(byName(layer, 'Kim Jong Un')?.kind).toBe('person');
    expect(byName(layer, 'UN Security Council')?.kind).toBe('organization');
  });
  it('reads a name ending in "Watch" as a body that watches, not a person', () => {
    // Before: "KCNA Watch" (an aggregator of state media) was typed as a person.
    const layer = layerOf('Talks\n\nThe report does not appear on the aggregator Harbour Watch, the monitors said on Friday.');
    expect(byName(layer, 'Harbour Watch')?.kind).toBe('organization');
  });
  it('reads a party-state tag as no name, a state abbreviation as a place, "No. 2" and the party adjective as no one', () => {
    // Before: "D-N", "Y.", "R-Texas", "Vt", "No." were entities, "N.Y." an organisation and "Democratic" a place.
    const layer = layerOf(
      'Vote\n\nSen. Dana Whitlock, D-N.Y., spoke first. Ann Brill (I-Vt.) and Sen. Joe Carver, R-Texas, agreed. ' +
        'Sen. Lou Pratt (N.Y.), the No. 2 Democrat, heard it from Democratic leaders.',
    );
    const names = layer.entities.map((e) => e.name);
    for (const junk of ['D-N', 'Y.', 'R-Texas', 'Vt', 'No.']) expect(names).not.toContain(junk);
    expect(names).toEqual(expect.arrayContaining(['Dana Whitlock', 'Ann Brill', 'Joe Carver', 'Lou Pratt']));
    expect(byName(layer, 'N.Y.')?.kind).toBe('place');
    expect(byName(layer, 'Democratic')?.kind ?? 'other').toBe('other');
  });
});
