// Credit phrases: the words news copy puts right before or after an outlet's name to credit it as a source, one list
// (core/data/credit.json) for every stage that reads credits, grouped by the kind of credit.
import type { CitationKind } from './types.js';
import data from './data/credit.json' with { type: 'json' };
import { checkedList } from './util/lists.js';

/** Kinds of credit, in the order a phrase before a name is tried (the first kind listing it wins). */
export const CREDIT_KINDS: readonly CitationKind[] = ['syndicated-from', 'according-to', 'reported-by', 'other'];

const before: Record<CitationKind, readonly string[]> = {
  'syndicated-from': checkedList('core/data/credit.json#before.syndicated-from', data.before['syndicated-from']),
  'according-to': checkedList('core/data/credit.json#before.according-to', data.before['according-to']),
  'reported-by': checkedList('core/data/credit.json#before.reported-by', data.before['reported-by']),
  other: checkedList('core/data/credit.json#before.other', data.before.other),
};
const after: Partial<Record<CitationKind, readonly string[]>> = {
  'reported-by': checkedList('core/data/credit.json#after.reported-by', data.after['reported-by']),
};

/** The credit phrases of core/data/credit.json, checked at load: no phrase twice, not even under two kinds. */
export const CREDIT = {
  /** Phrases right before an outlet's name, by kind. */
  before,
  /** Phrases right after an outlet's name, by kind (only 'reported-by' so far). */
  after,
  /** Every phrase before a name, whatever its kind. */
  allBefore: checkedList(
    'core/data/credit.json#before',
    CREDIT_KINDS.flatMap((k) => before[k]),
  ),
  /** Every phrase after a name, whatever its kind. */
  allAfter: checkedList(
    'core/data/credit.json#after',
    CREDIT_KINDS.flatMap((k) => after[k] ?? []),
  ),
  /** A name in parentheses ("(Reuters)") is a credit. */
  parenthesised: data.parenthesised,
  /** Writer credits ("Ann Lee in the Ledger today writes", "the Ledger reporter Ann Lee writes"): see credit.json#writer. */
  writer: {
    verbs: checkedList('core/data/credit.json#writer.verbs', data.writer.verbs),
    roles: checkedList('core/data/credit.json#writer.roles', data.writer.roles),
    times: checkedList('core/data/credit.json#writer.times', data.writer.times),
  },
  /** "As X reported": the opener before the name and the words allowed between the name and the verb. */
  asOpener: data.asClause.opener,
  asBetween: checkedList('core/data/credit.json#asClause.between', data.asClause.between),
};
