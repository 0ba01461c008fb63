// readable/language.ts answers what franc-min's francAll ranks first, on texts in many languages and scripts, on mixtures
// built to make languages nearly tie, and on the shared data sets' articles when ../shared is present.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { francAll } from 'franc-min';
import { francBest } from '../src/readable/language.js';
import { detectLanguage } from '../src/readable/index.js';
import { dataPath, readJsonl } from '../eval/shared.js';

/** Team-written lines, one per language or script. */
const LINES = [
  'The city council voted on Tuesday to close the old bridge for repairs, and the mayor said the work would take a year.',
  'El consejo municipal votó el martes para cerrar el puente viejo por reparaciones, y el alcalde dijo que la obra duraría un año.',
  'Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, et le maire a dit que le chantier durerait un an.',
  'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu schließen, und der Bürgermeister sagte, es dauere ein Jahr.',
  'Il consiglio comunale ha votato martedì per chiudere il vecchio ponte per le riparazioni, e il sindaco ha detto che i lavori dureranno un anno.',
  'A câmara municipal votou na terça-feira para fechar a ponte velha para obras, e o prefeito disse que o trabalho levaria um ano.',
  'De gemeenteraad stemde dinsdag om de oude brug te sluiten voor herstel, en de burgemeester zei dat het werk een jaar zou duren.',
  'Rada miasta zagłosowała we wtorek za zamknięciem starego mostu na czas remontu, a burmistrz powiedział, że prace potrwają rok.',
  'Городской совет во вторник проголосовал за закрытие старого моста на ремонт, а мэр сказал, что работы займут год.',
  'Міська рада у вівторок проголосувала за закриття старого мосту на ремонт, а мер сказав, що роботи триватимуть рік.',
  'صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم للإصلاح، وقال رئيس البلدية إن العمل سيستغرق عاما.',
  'नगर परिषद ने मंगलवार को पुराने पुल को मरम्मत के लिए बंद करने का फैसला किया, और महापौर ने कहा कि काम एक साल चलेगा।',
  '市议会周二投票决定关闭旧桥进行维修，市长说工程将持续一年。',
  '市議会は火曜日、古い橋を修理のために閉鎖することを決め、市長は工事に一年かかると述べた。',
  'Το δημοτικό συμβούλιο ψήφισε την Τρίτη να κλείσει η παλιά γέφυρα για επισκευές, και ο δήμαρχος είπε ότι τα έργα θα διαρκέσουν ένα χρόνο.',
  'Kamati ya jiji ilipiga kura Jumanne kufunga daraja la zamani kwa matengenezo, na meya alisema kazi itachukua mwaka mmoja.',
];

/** A small deterministic generator (mulberry32), so every run builds the same mixtures. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts that mix the lines' words in random proportions and lengths, from a few words to past franc's 2,048 characters. */
function mixtures(count: number): string[] {
  const next = random(11);
  const words = LINES.map((l) => l.split(/\s+/));
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const langs = [words[Math.floor(next() * words.length)]!, words[Math.floor(next() * words.length)]!];
    const bias = next();
    const length = 5 + Math.floor(next() ** 2 * 500);
    const picked: string[] = [];
    for (let i = 0; i < length; i++) {
      const pool = next() < bias ? langs[0]! : langs[1]!;
      picked.push(pool[Math.floor(next() * pool.length)]!);
    }
    out.push(picked.join(next() < 0.2 ? '  ' : ' '));
  }
  return out;
}

const franc = (text: string, minLength: number): string => francAll(text, { minLength })[0]![0];

describe('francBest', () => {
  it('answers as francAll on each language and script', () => {
    for (const line of LINES) {
      for (const text of [line, `${line} ${line} ${line}`, line.repeat(30)]) {
        expect(francBest(text, 10)).toBe(franc(text, 10));
      }
    }
  });

  it('answers as francAll on mixtures of two languages, where their distances come close', () => {
    const texts = mixtures(400);
    const differ = texts.filter((t) => francBest(t, 10) !== franc(t, 10));
    expect(differ).toEqual([]);
    // The mixtures reach several answers, so agreement is not agreement on one language.
    expect(new Set(texts.map((t) => franc(t, 10))).size).toBeGreaterThan(8);
  });

  it('answers und as francAll does: too short, no letters, no script', () => {
    for (const text of ['', 'short', '12345 67890 12345 67890', '!!! ??? ... ,,, ;;; ::: --- ///', '    \n\n   ']) {
      expect(francBest(text, 10)).toBe(franc(text, 10));
    }
    expect(francBest('The council met.', 60)).toBe('und');
  });

  it('detectLanguage reads English, and names another language', () => {
    expect(detectLanguage(LINES[0]!.repeat(3))).toBe('en');
    expect(detectLanguage(LINES[1]!.repeat(3))).toBe('es');
    expect(detectLanguage('Too short to tell.')).toBeNull();
  });
});

const neus = dataPath('neutral-summaries-neus', 'val.jsonl');
const present = existsSync(neus);
if (!present) console.log(`skipped: ${neus} not found (clone with ../shared beside the repo)`);

describe.skipIf(!present)('francBest on the NeuS articles', () => {
  it('answers as francAll on every article (first 4,000 characters, as the reader samples)', () => {
    const rows = readJsonl<{ articles: Array<{ text: string }> }>(neus).slice(0, 200);
    const texts = rows.flatMap((r) => r.articles.map((a) => a.text.slice(0, 4000)));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => francBest(t, 60) !== franc(t, 60))).toEqual([]);
  });
});
