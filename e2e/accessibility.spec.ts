import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const pages = {
  home: '/',
  'advice index': '/advice',
  'advice index, filtered with no results': '/advice?q=xylophonequartz&stage=offer',
  article: '/advice/ending-an-interview-early',
  privacy: '/privacy',
  '404 page': '/advice/no-such-article',
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

test.describe('axe finds no WCAG 2.2 A/AA violation', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme })
        await page.goto(path)
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
        ).toEqual([])
      })
    }
  }
})
