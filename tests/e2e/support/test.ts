import { test as base, expect } from '@playwright/test';

/**
 * The e2e `test`: it fails when the page logs an error or throws, unless the test says which
 * errors it expects (`expectErrors(/on purpose/)`), so a broken frame never passes quietly.
 */
export const test = base.extend<{ expectErrors: (pattern: RegExp) => void }>({
  expectErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use((pattern) => allowed.push(pattern));
      const unexpected = errors.filter((e) => !allowed.some((pattern) => pattern.test(e)));
      expect(unexpected, 'errors the page logged').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
