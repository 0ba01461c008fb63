// A video or photo title that ends in the wire agency's bare name is page furniture; a sentence whose object is the
// agency is not (readable/data/boilerplate.json, image-credit). Team-written lines.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/readable/index.js';

const body = 'The river Avon burst its banks on Monday, flooding 200 homes in Bradwell, officials said on Tuesday morning.';
const read = (line: string): string => {
  const r = readDocument({ source: 'a.txt', contentType: 'text/plain', bytes: new TextEncoder().encode(`Flood in Bradwell\n\n${line}\n\n${body}`) }, { id: 'a1' });
  if (!r.article) throw new Error('no article');
  return r.article.text;
};

describe('wire-credit titles', () => {
  it('drops a title line that ends in a bare agency name', () => {
    expect(read('Bradwell flood waters rise overnight AP.')).not.toMatch(/overnight AP/);
    expect(read('Rescuers reach stranded families Reuters')).not.toMatch(/stranded families/);
  });

  it('keeps a sentence in which the agency is an object', () => {
    expect(read('The mayor resigned on Monday, a spokesman told AP.')).toMatch(/told AP/);
    expect(read('The figures were first reported by Reuters.')).toMatch(/reported by Reuters/);
  });
});

describe('update notes', () => {
  it('drops a note about the page and keeps one that states news', () => {
    expect(read('This story has been updated throughout.')).not.toMatch(/updated throughout/);
    expect(read('This story has been updated to note that the mayor confirmed the closure in a statement on Tuesday.')).toMatch(/mayor confirmed the closure/);
  });
});
