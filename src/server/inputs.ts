// A create/add request's body (JSON or multipart form) into the job's inputs, with the request limits checked.
import { extname } from 'node:path';
import type { Input } from '../ingest/index.js';
import { ApiError } from './errors.js';
import { UPLOAD_EXTENSIONS } from './options.js';

/** The JSON body of POST /api/dossiers and POST /api/dossiers/:id/articles, as validated by its schema. */
export interface JsonInputs {
  title?: string | undefined;
  urls?: string[] | undefined;
  feeds?: string[] | undefined;
  texts?: Array<{ name?: string | undefined; text: string }> | undefined;
}

/** The multipart form body, as validated by its schema (repeatable fields come as one value or a list). */
export interface FormInputs {
  title?: string | undefined;
  urls?: string | undefined;
  feeds?: string | undefined;
  text?: string | string[] | undefined;
  files?: File | File[] | undefined;
}

export interface RequestInputs {
  title: string | null;
  inputs: Input[];
}

const encoder = new TextEncoder();
const lines = (s: string | undefined): string[] => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** An http(s) URL, or a 400 naming it: nothing else may reach ingest from a request (no paths, no other schemes). */
function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ApiError('bad_request', `not a URL: ${url.slice(0, 200)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ApiError('bad_request', `only http and https URLs are fetched, not ${url.slice(0, 200)}`);
  return url;
}

/** A file name safe to show as a source: its last path part, control characters out, at most 200 characters. */
function cleanName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || fallback;
}

/** Pasted text as an in-memory `.txt` input (a given name keeps its own extension when it has one). */
function pasted(text: string, name: string | undefined, i: number): Input {
  const clean = cleanName(name ?? '', `pasted-${i + 1}.txt`);
  return { name: extname(clean) ? clean : `${clean}.txt`, bytes: encoder.encode(text) };
}

/** Check the counts and the emptiness, and turn a request's parts into inputs. */
function assemble(title: string | undefined, urls: string[], texts: Input[], files: Input[], maxInputs: number): RequestInputs {
  const count = urls.length + texts.length + files.length;
  if (count > maxInputs) throw new ApiError('payload_too_large', `${count} inputs in one request, over the limit of ${maxInputs}`);
  if (count === 0) throw new ApiError('bad_request', 'no input: give urls, feeds, texts or files');
  const clean = title?.trim();
  return { title: clean ? clean.slice(0, 500) : null, inputs: [...urls.map(checkedUrl), ...texts, ...files] };
}

/** The inputs of a JSON body. */
export function fromJson(body: JsonInputs, maxInputs: number): RequestInputs {
  const texts = (body.texts ?? []).filter((t) => t.text.trim()).map((t, i) => pasted(t.text, t.name, i));
  return assemble(body.title, [...(body.urls ?? []), ...(body.feeds ?? [])].map((u) => u.trim()).filter(Boolean), texts, [], maxInputs);
}

/** The inputs of a multipart form; a file whose extension is not one the API reads is a 415. */
export async function fromForm(form: FormInputs, maxInputs: number): Promise<RequestInputs> {
  const files = list(form.files).filter((f) => f.size > 0 || f.name);
  for (const f of files) {
    if (!UPLOAD_EXTENSIONS.includes(extname(f.name).toLowerCase())) {
      throw new ApiError('unsupported_media_type', `${cleanName(f.name, 'a file')}: files must be one of ${UPLOAD_EXTENSIONS.join(' ')}`);
    }
  }
  const texts = list(form.text).filter((t) => t.trim()).map((t, i) => pasted(t, undefined, i));
  const read = await Promise.all(files.map(async (f, i) => ({ name: cleanName(f.name, `upload-${i + 1}`), bytes: new Uint8Array(await f.arrayBuffer()) })));
  return assemble(form.title, [...lines(form.urls), ...lines(form.feeds)], texts, read, maxInputs);
}
