import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneInputSchema } from './phone-messages';
import { quickInput } from './quick-input';

/** Inputs near the real shape: right and wrong types, numbers at and past the edges, extra keys. */
const number = fc.oneof(fc.constantFrom(-2, -1, -0, 0, 1, 2, 3, 4, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 2), fc.integer(), fc.double());
const nearAction = fc.oneof(
  fc.record({ type: fc.constantFrom('confirm', 'back', 'choice') }),
  fc.record({ type: fc.constantFrom('choice', 'step'), choice: number }),
  fc.record({ type: fc.constantFrom('step', 'choice'), x: number, y: number }),
  fc.record({ type: fc.constantFrom('confirm', 'choice', 'step', 'hold'), choice: number, x: number, y: number, extra: fc.jsonValue() }, { requiredKeys: ['type'] }),
  fc.jsonValue(),
);
const nearInput = fc.oneof(
  fc.record({ type: fc.constant('input'), action: nearAction, n: fc.oneof(number, fc.string()) }, { requiredKeys: ['type', 'action'] }),
  fc.record({ type: fc.constantFrom('input', 'join'), action: nearAction, n: number, extra: fc.jsonValue() }, { requiredKeys: [] }),
);

describe('quickInput', () => {
  it('accepts only what the input schema accepts, as the schema reads it', () => {
    fc.assert(
      fc.property(nearInput, (record) => {
        const quick = quickInput(record as Record<string, unknown>);
        if (quick === null) return;
        const parsed = phoneInputSchema.safeParse(record);
        expect(parsed.success).toBe(true);
        expect(quick).toEqual(parsed.data);
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes the presses a phone sends', () => {
    for (const action of [{ type: 'confirm' }, { type: 'back' }, { type: 'choice', choice: 3 }, { type: 'step', x: -1, y: 0 }]) {
      expect(quickInput({ type: 'input', action, n: 7 })).not.toBeNull();
      expect(quickInput({ type: 'input', action })).not.toBeNull();
    }
  });
});
