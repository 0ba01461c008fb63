import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../src/core/dateline.js';

describe('withoutDateline', () => {
  it('drops an opening dateline: a place in capitals, a state or country, an agency, then a dash', () => {
    expect(withoutDateline('WASHINGTON ― The Senate voted on Wednesday.')).toBe('The Senate voted on Wednesday.');
    expect(withoutDateline('WEST PALM BEACH, Fla. — President Lee left.')).toBe('President Lee left.');
    expect(withoutDateline('SEOUL, South Korea — The talks ended.')).toBe('The talks ended.');
    expect(withoutDateline('HALLOWAY (Meridian Press) - Crews cleared the road.')).toBe('Crews cleared the road.');
    expect(withoutDateline('LONDON — “We will not,” she said.')).toBe('“We will not,” she said.');
  });
  it('leaves sentences that only look like one', () => {
    for (const s of ['U.S.-China talks resumed on Monday.', 'NATO — the alliance — said it would stay.', 'The Senate — in a rare move — voted.'])
      expect(withoutDateline(s)).toBe(s);
  });
});
