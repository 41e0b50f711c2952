import AxeBuilder from '@axe-core/playwright'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'

/*
 * The person's own edit: each script can be changed in place before it is copied, mailed or
 * downloaded; the edit stays in the browser (sessionStorage, for the tab) and reaches no server.
 */

const MINE = 'My own words, written by me zq7EDITq7z'

async function planFor(request: APIRequestContext) {
  const response = await request.post('/api/plan', {
    data: {
      stage: 'after',
      progress: 'screened',
      reasons: ['other-offer'],
      certainty: 'certain',
      tone: 'warm',
      details: { contactName: 'Dana', role: 'Analyst' },
    },
  })
  expect(response.status()).toBe(200)
  return (await response.json()) as { permalink: string; scripts: { kind: string; body: string }[] }
}

test.describe('editing the words', () => {
  test('an edit is what gets copied, mailed and downloaded; reset restores; nothing is sent', async ({
    page,
    request,
    context,
  }) => {
    const plan = await planFor(request)
    const suggested = plan.scripts.find((s) => s.kind === 'email')!.body
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const sent: string[] = []
    page.on('request', (req) => sent.push(`${req.url()} ${req.postData() ?? ''}`))
    await page.goto(plan.permalink)

    const email = page.getByRole('article', { name: 'Your email' })
    await email.getByRole('button', { name: 'Edit these words: Your email' }).click()
    const field = email.getByRole('textbox', { name: 'Your words: Your email' })
    await expect(field).toHaveValue(suggested)
    await field.fill(MINE)
    await email.getByRole('button', { name: 'Done editing: Your email' }).click()
    await expect(email).toContainText(MINE)

    await email.getByRole('button', { name: 'Copy the body' }).click()
    await expect(email.getByRole('status').first()).toContainText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MINE)

    const mailto = await email
      .getByRole('link', { name: 'Open in my email app' })
      .getAttribute('href')
    expect(new URL(mailto!).searchParams.get('body')).toBe(MINE)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download all the words \(\.txt\), with your edits/ }).click(),
    ])
    const stream = await download.createReadStream()
    let text = ''
    for await (const chunk of stream) text += chunk
    expect(text).toContain(MINE)
    expect(text).not.toContain(suggested)

    // Kept for the tab: a reload shows the edit again.
    await page.reload()
    await expect(email).toContainText(MINE)

    await email.getByRole('button', { name: 'Back to the suggested words: Your email' }).click()
    await expect(email).toContainText(suggested.split('\n')[2]!)
    await expect(email).not.toContainText(MINE)
    expect(await page.evaluate(() => Object.keys(sessionStorage))).not.toContainEqual(
      expect.stringMatching(/^bow-out:edits:/),
    )

    expect(sent.filter((line) => line.includes('zq7EDITq7z'))).toEqual([])
  })

  test('can be edited with the keyboard alone, and axe finds nothing while editing', async ({
    page,
    request,
  }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    const edit = page.getByRole('button', { name: 'Edit these words: Your email' })
    await edit.focus()
    await page.keyboard.press('Enter')
    // Opening the editor puts the cursor at the end of the words.
    const field = page.getByRole('textbox', { name: 'Your words: Your email' })
    await expect(field).toBeFocused()
    await page.keyboard.type(' Typed.')
    await expect(field).toHaveValue(/ Typed\.$/)
    // Tab reaches the way out, and Enter closes the editor with the edit kept.
    const done = page.getByRole('button', { name: 'Done editing: Your email' })
    for (let i = 0; i < 3 && !(await done.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    await expect(done).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('article', { name: 'Your email' })).toContainText(' Typed.')
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const builder = new AxeBuilder({ page })
      const results = await (
        colorScheme === 'dark'
          ? builder.withRules(['color-contrast'])
          : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      ).analyze()
      expect(results.violations.map((v) => v.id)).toEqual([])
    }
  })

  test('without JavaScript the words are plain text, and the page says so @nojs-only', async ({
    page,
    request,
  }) => {
    const plan = await planFor(request)
    await page.goto(plan.permalink)
    await expect(
      page.getByText(/With JavaScript off the words below can’t be edited here/),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: /Edit these words/ })).toHaveCount(0)
    const email = plan.scripts.find((s) => s.kind === 'email')!.body
    await expect(page.getByRole('article', { name: 'Your email' })).toContainText(
      email.split('\n')[2]!,
    )
  })
})
