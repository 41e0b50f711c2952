import { expect, test } from './fixtures'
import { Wizard } from './pages/wizard'

test.describe('in an interview right now', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true })

  test('reaches words to say in two taps when unsafe @nojs', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('link', { name: /I'm in an interview right now/ }).click() // 1
    await page.getByRole('link', { name: 'I feel unsafe' }).click() // 2
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Leave now/)
    const line = page.getByRole('region', { name: 'What to say as you leave' })
    await expect(line).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'If they try to change your mind' }),
    ).toBeVisible()
  })

  test('reaches a line in three taps when it is rudeness, in large type @nojs', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('link', { name: /I'm in an interview right now/ }).click() // 1
    await page.getByRole('link', { name: /openly rude/ }).click() // 2
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'If they offered you this job, would you turn it down?',
    )
    await page.getByRole('link', { name: 'Yes, definitely' }).click() // 3
    const words = page.getByRole('region', { name: /What to say/ }).getByRole('paragraph')
    await expect(words).toBeVisible()
    const fontSize = await words.evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(24)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })

  test('advises finishing when not sure, and hands over to the full planner', async ({ page }) => {
    await page.goto('/plan/now?what=not-for-me')
    await page.getByRole('link', { name: 'I’m not sure' }).click()
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText(/End|Leave/)
    await page.getByRole('link', { name: /get the follow-up email/ }).click()
    const wizard = new Wizard(page)
    await expect(wizard.radio(/Where are you with this job/, /in the interview now/)).toBeChecked()
    await wizard.continue()
    await wizard.radio(/How far have you got/, /phone screen/).check()
    await wizard.continue()
    await expect(page.getByRole('checkbox', { name: /lost interest/ })).toBeChecked()
  })

  test('ignores an unknown choice and asks again @nojs', async ({ page }) => {
    const response = await page.goto('/plan/now?what=<script>&sure=maybe')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What’s happening?')
  })
})
