// The contracts from one typed description each: src/core/types.ts (with its doc comments and tags) and the
// conflict-kind table give the JSON Schema (schema/dossier.schema.json) and the field tables of docs/dossier.md; the API
// routes' schemas give the route table of docs/api.md (through the OpenAPI document). A new field, conflict kind or
// route is written once, in code. `npx tsx scripts/gen-contract.ts` writes them;
// `--check` fails when the committed files are stale (test/contract.test.ts runs the same check).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { CONFLICT_KINDS } from '../src/core/conflict-kinds.js';
import { createApp, createService } from '../src/server/index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SCHEMA_FILE = 'schema/dossier.schema.json';
const DOC_FILE = 'docs/dossier.md';
const API_FILE = 'docs/api.md';

type Node = {
  $ref?: string;
  type?: string | string[];
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  description?: string;
  const?: unknown;
  format?: string;
  enum?: unknown[];
  [key: string]: unknown;
};

const HEAD = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://triangulate.dev/schema/dossier-1.json',
  title: 'triangulate dossier, version 1',
  description:
    "What many outlets' reports of one event agree on, quote, cite, reuse and slant. Every start/end is a character offset into the cited article's cleaned text. Fields may be added in later versions; none below is removed or renamed within version 1. Generated from src/core/types.ts by scripts/gen-contract.ts.",
};

/** The draft-07 schema the generator writes, as draft 2020-12 (`$defs`), with the contract's title and id. */
function to2020(generated: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _draft, definitions, ...rest } = generated;
  const text = JSON.stringify({ ...HEAD, ...rest, $defs: definitions }).replaceAll('#/definitions/', '#/$defs/');
  return JSON.parse(text) as Record<string, unknown>;
}

/** The dossier's JSON Schema, generated from the `Dossier` type. */
export function dossierSchema(): Record<string, unknown> {
  const generator = createGenerator({
    path: resolve(ROOT, 'src/core/types.ts'),
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    type: 'Dossier',
    topRef: false,
    sortProps: false,
    additionalProperties: false,
    skipTypeCheck: true,
  });
  return to2020(generator.createSchema('Dossier') as Record<string, unknown>);
}

const resolveRef = (schema: Record<string, unknown>, node: Node): Node =>
  node.$ref ? ((schema.$defs as Record<string, Node>)[node.$ref.replace('#/$defs/', '')] ?? node) : node;

/** A field's name as the tables write it: `?` when optional, `[]` for a list. */
function fieldName(name: string, node: Node, required: readonly string[]): string {
  return `${name}${required.includes(name) ? '' : '?'}${node.type === 'array' ? '[]' : ''}`;
}

/** A compact shape: `{id, name, aliases[], mentions?[]}` for an object, the type name otherwise. */
function shape(schema: Record<string, unknown>, raw: Node): string {
  const node = resolveRef(schema, raw.type === 'array' && raw.items ? raw.items : raw);
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.format === 'date-time') return 'ISO date-time';
  if (node.properties) {
    const required = node.required ?? [];
    return `\`{${Object.entries(node.properties).map(([name, child]) => fieldName(name, resolveRef(schema, child), required)).join(', ')}}\``;
  }
  return [node.type ?? 'value'].flat().join(' or ');
}

const cell = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').replaceAll('|', '\\|').trim();

const KIND_LINE = `Conflict kinds: ${Object.entries(CONFLICT_KINDS)
  .map(([kind, { about }]) => `\`${kind}\` (${about})`)
  .join(', ')}.`;

/** The top-level table: every field of the dossier with its shape and meaning. */
function topTable(schema: Record<string, unknown>): string {
  const props = schema.properties as Record<string, Node>;
  const rows = Object.entries(props).map(([name, node]) => {
    const meaning = name === 'conflicts' ? `${cell(node.description)} ${KIND_LINE}` : cell(node.description);
    const type = name === 'articles' ? 'see below' : shape(schema, node);
    return `| \`${fieldName(name, node, schema.required as string[])}\` | ${type} | ${meaning} |`;
  });
  return ['| field | type | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The articles table: each field of an article and what it holds. */
function articleTable(schema: Record<string, unknown>): string {
  const article = (schema.$defs as Record<string, Node>).Article!;
  const rows = Object.entries(article.properties ?? {}).map(([name, node]) => `| \`${fieldName(name, node, article.required ?? [])}\` | ${cell(resolveRef(schema, node).description ?? node.description)} |`);
  return ['| field | meaning |', '|---|---|', ...rows].join('\n');
}

/** Replace what stands between `<!-- generated: name -->` and `<!-- /generated -->` in a document. */
function fill(doc: string, name: string, body: string, file = DOC_FILE): string {
  const open = `<!-- generated: ${name} (npm run gen:contract) -->`;
  const from = doc.indexOf(open);
  const to = doc.indexOf('<!-- /generated -->', from);
  if (from < 0 || to < 0) throw new Error(`${file} has no "${open}" … "<!-- /generated -->" block`);
  return `${doc.slice(0, from + open.length)}\n${body}\n${doc.slice(to)}`;
}

interface Operation {
  summary?: string;
  responses: Record<string, { description?: string }>;
}

/** The API's OpenAPI document, from the app's own route schemas (an in-memory store; no request is served). */
async function openApiDocument(): Promise<{ paths: Record<string, Record<string, Operation>> }> {
  const service = createService({ store: ':memory:' });
  try {
    const res = await createApp(service).request('/openapi.json');
    return (await res.json()) as { paths: Record<string, Record<string, Operation>> };
  } finally {
    await service.close();
  }
}


/** The route table of docs/api.md: each operation, what it does, and its success answer. */
async function routeTable(): Promise<string> {
  const doc = await openApiDocument();
  const rows = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const [status, ok] = Object.entries(op.responses).find(([code]) => code.startsWith('2')) ?? ['', {}];
      return `| \`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}\` | ${cell(op.summary ?? '')} | ${status} ${cell(ok.description ?? '')} |`;
    }),
  );
  return ['| route | what it does | success |', '|---|---|---|', '| `GET /openapi.json` | The OpenAPI 3.1 document of these routes | 200 |', ...rows].join('\n');
}

/** Every generated file with the text it should hold. */
export async function contractFiles(): Promise<Array<{ path: string; text: string }>> {
  const schema = dossierSchema();
  const doc = readFileSync(resolve(ROOT, DOC_FILE), 'utf8');
  const api = readFileSync(resolve(ROOT, API_FILE), 'utf8');
  return [
    { path: SCHEMA_FILE, text: `${JSON.stringify(schema, null, 2)}\n` },
    { path: DOC_FILE, text: fill(fill(doc, 'dossier-fields', topTable(schema)), 'article-fields', articleTable(schema)) },
    { path: API_FILE, text: fill(api, 'api-routes', await routeTable(), API_FILE) },
  ];
}

/** The generated files whose committed text differs from what the types and routes give. */
export async function staleContractFiles(): Promise<string[]> {
  return (await contractFiles()).filter((f) => readFileSync(resolve(ROOT, f.path), 'utf8') !== f.text).map((f) => f.path);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = await staleContractFiles();
    if (stale.length) console.error(`stale: ${stale.join(', ')} (run npm run gen:contract)`);
    process.exitCode = stale.length ? 1 : 0;
  } else {
    for (const f of await contractFiles()) writeFileSync(resolve(ROOT, f.path), f.text);
  }
}
