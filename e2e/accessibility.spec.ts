import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { Several } from './pages/several'
import { Wizard } from './pages/wizard'

const pages = {
  home: '/',
  'advice index': '/advice',
  'advice index, filtered with no results': '/advice?q=xylophonequartz&stage=offer',
  article: '/advice/ending-an-interview-early',
  privacy: '/privacy',
  'in an interview now': '/plan/now',
  'in an interview now, sure?': '/plan/now?what=rude',
  'in an interview now, the words': '/plan/now?what=mismatch&sure=certain',
  '404 page': '/advice/no-such-article',
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/**
 * The full WCAG 2.2 A/AA audit in light mode; in dark mode only colour contrast, the one thing
 * the colour scheme changes (the markup is the same), which halves the time the suite spends.
 */
const audit = (page: Page, colorScheme: 'light' | 'dark') => {
  const builder = new AxeBuilder({ page })
  return (
    colorScheme === 'dark' ? builder.withRules(['color-contrast']) : builder.withTags(WCAG_22_AA)
  ).analyze()
}

test.describe('axe finds no WCAG 2.2 A/AA violation', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme })
        await page.goto(path)
        const results = await audit(page, colorScheme)
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
        ).toEqual([])
      })
    }
  }
})

test.describe('axe finds no violation anywhere in the planner', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every step, an error, the check page and the plan (${colorScheme})`, async ({ page }) => {
      // About a dozen audits in one journey: allowed three times the usual time on a busy machine.
      test.slow()
      await page.emulateMedia({ colorScheme })
      await page.goto('/plan')
      const check = async (where: string) => {
        const results = await audit(page, colorScheme)
        expect(
          results.violations.map(
            (v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
          ),
        ).toEqual([])
      }
      const wizard = new Wizard(page)
      await wizard.continue()
      await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible()
      await check('error summary')
      const seen: string[] = []
      await wizard.complete({
        stage: /I’ve interviewed/,
        progress: /at least one proper interview/,
        nextInterview: /Within the next 24 hours/,
        reasons: [/isn’t the one that was advertised/, /pay is too low/],
        certainty: /Yes, definitely/,
        keepDoorOpen: /Yes/,
        positives: 'the design system',
        referralName: 'Jo',
        contactName: 'Dana',
        onStep: async (title) => {
          seen.push(title)
          await check(title)
        },
      })
      expect(seen.length).toBeGreaterThanOrEqual(8)
      await check('check your answers')
      await wizard.submit()
      await check('the plan')
    })
  }
})

test.describe('axe finds no violation when closing several processes', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the form, an error and the messages (${colorScheme})`, async ({ page }) => {
      test.slow()
      await page.emulateMedia({ colorScheme })
      const several = new Several(page)
      await several.goto()
      const check = async (where: string) => {
        const results = await audit(page, colorScheme)
        expect(
          results.violations.map(
            (v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
          ),
        ).toEqual([])
      }
      await check('the form')
      await several.submit()
      await expect(several.summary()).toBeFocused()
      await check('an error')
      await several.list([
        {
          company: 'Acme Health',
          contactName: 'Dana',
          stage: 'Had the final round',
          channel: 'By email',
        },
        { company: 'Globex', stage: 'Had at least one interview', channel: 'By phone' },
        {
          company: 'Initech',
          stage: 'Applied, nothing more',
          channel: 'Through an application portal',
        },
        {
          company: 'Umbrella',
          stage: 'Had a phone screen or first call',
          channel: 'Through a recruiter or agency',
        },
      ])
      await several.submit()
      await several.expectMessages(4)
      await check('the messages')
    })
  }
})
