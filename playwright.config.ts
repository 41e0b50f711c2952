import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.cjs'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`
// The same entry point in development mode (`npm run dev`), for the smoke set.
const devPort = Number(process.env.E2E_DEV_PORT ?? 3200)
const DEV = /dev-smoke\.spec\.ts$/
const executablePath = findChromium()
const HEAVY = /(bad-input|instances|stranger)\.spec\.ts$/

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
  },
  projects: [
    // Journeys tagged @nojs-only exercise the form-post path and need scripts off.
    {
      name: 'js',
      use: { ...devices['Desktop Chrome'] },
      grepInvert: /@nojs-only/,
      testIgnore: [HEAVY, DEV],
    },
    // The same journeys with scripts off: every page must work as plain HTML and form posts.
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
      grep: /@nojs/,
      testIgnore: [HEAVY, DEV],
    },
    // Specs that load the server or start servers of their own: one at a time, after the
    // browser journeys, so that neither slows the other on a 2-core machine.
    {
      name: 'heavy',
      testMatch: HEAVY,
      dependencies: ['js', 'no-js'],
      workers: 1,
    },
    // A smoke set against `npm run dev`'s server: the same program, compiling on demand. Last and
    // alone, since compiling is most of what this 2-core machine can do meanwhile.
    {
      name: 'dev',
      testMatch: DEV,
      dependencies: ['heavy'],
      workers: 1,
      timeout: 300_000,
      expect: { timeout: 60_000 },
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${devPort}`,
        navigationTimeout: 180_000,
      },
    },
  ],
  webServer: [
    {
      // The browser suite runs against the production entry point, serving `npm run build`'s build.
      command: 'node lib/site/server.mjs',
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1' },
    },
    {
      // Ready once it listens: its first page is compiled when the smoke set asks for it.
      command: 'node lib/site/server.mjs --dev',
      port: devPort,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(devPort), HOSTNAME: '127.0.0.1' },
    },
  ],
})
