import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));

describe('keepPressesYoung', () => {
  it('turns allocation-site pretenuring off once, however often the rooms are registered', async () => {
    const { keepPressesYoung } = await import('./heap-tuning');
    keepPressesYoung();
    keepPressesYoung();
    expect(setFlagsFromString.mock.calls).toEqual([['--no-allocation-site-pretenuring']]);
  });
});
