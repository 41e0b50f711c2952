import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside a React Server Components bundle; unit tests run the
      // same server modules directly in Node, so it resolves to an empty module here.
      'server-only': fileURLToPath(new URL('./lib/testing/empty.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    // The property tests and sweeps do real work, and this 2-core machine is often busy: a test
    // fails on what it checks, never on how long a loaded machine took to check it.
    testTimeout: 60_000,
  },
})
