// The command line: main() parses arguments, runs one command and returns its exit code; only bin.ts exits.
export { main } from './main.js';
