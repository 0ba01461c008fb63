// Child process for test/store-kill.test.ts: writes dossiers, articles and versions to the store in a loop and prints
// each write's id once its transaction has returned (stdout to a pipe is synchronous on Linux: a printed id was acknowledged).
import { randomBytes } from 'node:crypto';
import { openStore } from '../src/store/index.js';

const file = process.argv[2];
if (!file) throw new Error('usage: store-writer.ts <db file>');
const store = openStore(file);
const enc = new TextEncoder();
// A dossier-sized version (a few hundred kB) so a kill often lands inside a write.
const padding = 'x'.repeat(200_000);

for (let i = 0; ; i += 1) {
  const { dossierId, jobId } = store.createDossierJob(`trial dossier ${i}`);
  process.stdout.write(`dossier ${dossierId}\n`);
  const text = `Article ${i} ${randomBytes(16).toString('hex')}\n\n${'Body sentence. '.repeat(2000)}`;
  const { ids } = store.addArticles(dossierId, [{ title: `t${i}`, outlet: null, url: null, canonicalUrl: null, source: `a${i}.txt`, text, raw: { source: `a${i}.txt`, bytes: enc.encode(text) } }]);
  process.stdout.write(`article ${ids[0]}\n`);
  const version = store.addVersion(dossierId, ids, JSON.stringify({ i, padding }), null);
  process.stdout.write(`version ${dossierId} ${version}\n`);
  store.finishJob(jobId);
  process.stdout.write(`job ${jobId}\n`);
}
