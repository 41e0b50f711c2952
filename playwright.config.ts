import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.cjs'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`
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
      testIgnore: HEAVY,
    },
    // The same journeys with scripts off: every page must work as plain HTML and form posts.
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
      grep: /@nojs/,
      testIgnore: HEAVY,
    },
    // Specs that load the server or start servers of their own: one at a time, after the
    // browser journeys, so that neither slows the other on a 2-core machine.
    {
      name: 'heavy',
      testMatch: HEAVY,
      dependencies: ['js', 'no-js'],
      workers: 1,
    },
  ],
  webServer: {
    // Tests run against the production build: the standalone server `npm run build` makes.
    command: 'node .next/standalone/server.js',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: '127.0.0.1' },
  },
})
