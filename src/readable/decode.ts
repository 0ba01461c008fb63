// Tell what kind of document some bytes are (HTML, plain text, Markdown, binary, empty) and decode them to a string.
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import type { RawDocument } from '../core/types.js';
import { documentFormatOfPath } from '../ingest/index.js';
import settings from './data/settings.json' with { type: 'json' };

/** The thresholds of this file, from data/settings.json. */
const S = settings.decode;

export type Kind = 'html' | 'text' | 'markdown' | 'binary' | 'empty';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Charset from a Content-Type value (`text/html; charset=ISO-8859-1`). */
function headerCharset(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

/** Charset from `<meta charset>` or `<meta http-equiv content="...charset=">` in the first metaCharsetBytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, S.metaCharsetBytes));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function tryDecode(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // A label TextDecoder does not know (builds without full ICU, rare legacy names): iconv-lite's tables.
    // Required here: its tables load only for the rare page that needs them.
    const iconv = createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
    return iconv.encodingExists(charset) ? iconv.decode(Buffer.from(bytes), charset) : null;
  }
}

/**
 * A declared charset as it may be used on bytes without a BOM. WHATWG's prescan turns a `<meta>` UTF-16 declaration into
 * UTF-8 (a page that can be prescanned as ASCII is not UTF-16) and x-user-defined into windows-1252; UTF-16 without a BOM
 * would hold NUL bytes and be refused as binary before decoding, so a header's UTF-16 is the same lie.
 */
function usableCharset(declared: string | null): string | null {
  if (declared && /^(utf-?16|utf-?16le|utf-?16be|ucs-?2|unicode)$/.test(declared)) return 'utf-8';
  if (declared === 'x-user-defined') return 'windows-1252';
  return declared;
}

/**
 * Decode bytes: BOM first, then a valid UTF-8 reading, then the declared charset (header, then meta), else windows-1252.
 * Valid UTF-8 wins over a declared single-byte charset because pages often declare latin-1 and serve UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  const bom = bomCharset(bytes);
  if (bom) return tryDecode(bytes, bom) ?? '';
  const declared = usableCharset(headerCharset(contentType) ?? metaCharset(bytes));
  if (declared && !/^utf-?8$/.test(declared) && !/^(iso-8859-1|latin1|us-ascii|ascii|windows-1252)$/.test(declared)) {
    // A multi-byte or non-Latin declared charset (shift_jis, gbk, koi8-r, windows-1251 …) is trusted as declared.
    const text = tryDecode(bytes, declared);
    if (text !== null) return text;
  }
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return tryDecode(bytes, declared ?? 'windows-1252') ?? new TextDecoder('windows-1252').decode(bytes);
  }
}

/** True when the bytes look binary: NUL bytes, or many control bytes / invalid UTF-8 sequences in the first binarySampleBytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, S.binarySampleBytes);
  if (bomCharset(sample)?.startsWith('utf-16')) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / Math.max(1, sample.length) > S.binaryControlShare) return true;
  // Invalid UTF-8 share: decode leniently and count replacement characters.
  const text = new TextDecoder('utf-8').decode(sample);
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  // Single-byte encodings (latin-1) produce some replacement characters too; binary produces many.
  return bad / Math.max(1, text.length) > S.binaryInvalidShare;
}

const HTML_SNIFF = /^\s*(<!doctype html|<html|<head|<body|<meta|<title|<!--|<div|<p[\s>]|<article|<section)/i;

/** The kind of a raw document, from its content type, then its file extension, then its first bytes. */
export function sniffKind(raw: RawDocument): Kind {
  const { bytes } = raw;
  if (bytes.length === 0) return 'empty';
  if (looksBinary(bytes)) return 'binary';
  const type = (raw.contentType ?? '').toLowerCase();
  const path = raw.hints?.url ?? raw.source;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, S.sniffBytes)).replace(/^\uFEFF/, '');
  if (!head.trim() && bytes.length <= S.sniffBytes) return 'empty';
  // Text with no tag at all is text whatever its name or content type says ("notes.html", a server's default type).
  const tagless = !/<[a-z!?/]/i.test(head);
  if (type.includes('html') || type.includes('xhtml')) return tagless ? 'text' : 'html';
  if (type.includes('markdown')) return 'markdown';
  if (type.startsWith('text/plain')) return HTML_SNIFF.test(head) ? 'html' : 'text';
  // The file name's format, from ingest's registry of input formats (one list of extensions for the whole program).
  const named = documentFormatOfPath(path);
  if (named === 'html') return tagless ? 'text' : 'html';
  if (named === 'markdown' || named === 'text') return named;
  return HTML_SNIFF.test(head) ? 'html' : 'text';
}
