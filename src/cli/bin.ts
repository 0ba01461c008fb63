// The bin entry: the only place that exits the process.
import { main } from './main.js';

const code = await main(process.argv.slice(2));
// Let pending writes to stdout drain before exiting (large dossiers are piped).
process.stdout.write('', () => process.exit(code));
