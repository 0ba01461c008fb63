// The shape of one input format: what it is called, which file names it claims, how to recognise it and how to read it.
import type { RawDocument } from '../../core/types.js';
import type { IngestContext } from '../context.js';

/** What a format is recognised from: the file's extension ('' for stdin), its first bytes, and how it was found. */
export interface SniffInput {
  /** Lower-case extension with its dot ('.html'), or '' when there is none (stdin). */
  ext: string;
  /** The first bytes as text, BOM and leading white space removed. */
  head: string;
  /** True when the file came from a folder or a glob rather than being named: formats that need their content to confirm the extension insist on it then. */
  listed: boolean;
}

/** One input format. A new format is one file exporting this and one line in `formats/index.ts`. */
export interface InputFormat {
  /** Short name; for a document format, the kind the readable stage reads it as ('html', 'markdown', 'text'). */
  name: string;
  /** How help texts name it ("HTML", "JSONL"). */
  label: string;
  /** File extensions it claims, lower-case with the dot; folder walks pick up exactly the files with these. */
  extensions: readonly string[];
  /** True when this input is in this format. */
  sniff(input: SniffInput): boolean;
  /** The documents the input holds (one, or many for a feed or JSONL); content problems go to ctx's diagnostics. */
  read(ctx: IngestContext, source: string, bytes: Uint8Array, depth: number): Promise<RawDocument[]>;
}

/** A format whose input is one article, read by the readable stage. */
export interface DocumentFormat extends InputFormat {
  /** The content type given to its documents. */
  contentType: string;
}
