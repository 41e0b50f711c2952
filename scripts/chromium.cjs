// Finds a Chromium for Playwright and Lighthouse: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. `node scripts/chromium.mjs --ensure` installs Debian's package
// when none is found and we are root on Debian; otherwise it says exactly what to install.
// CommonJS so that both playwright.config.ts (loaded as CommonJS) and ES module scripts can load it.
const { execFileSync } = require('node:child_process')
const { existsSync } = require('node:fs')

/** Flags for a root, sandboxless machine with no network beyond loopback. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

function playwrightChromium() {
  try {
    const { chromium } = require('@playwright/test')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/** The path of a usable Chromium, or undefined when there is none. */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return playwrightChromium()
}

function ensureChromium() {
  const found = findChromium()
  if (found) {
    console.log(`Chromium: ${found}`)
    return
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("No Chromium found: installing Debian's chromium package…")
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
    const installed = findChromium()
    if (installed) {
      console.log(`Chromium: ${installed}`)
      return
    }
  }
  console.error(
    [
      'No Chromium found for the browser tests. Install one of these, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium   (found at /usr/bin/chromium)',
      '  Anywhere else:  npx playwright install chromium',
      '  Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  )
  process.exit(1)
}

module.exports = { CHROMIUM_FLAGS, findChromium }

if (require.main === module && process.argv.includes('--ensure')) ensureChromium()
