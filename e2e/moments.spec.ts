import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { Wizard } from './pages/wizard'

/*
 * The moments of version 2 (shared/domain.md §6) through the planner, with JavaScript on and off
 * (tests tagged @nojs run in both projects), and axe on every step they add.
 */

const axe = async (page: Page, where: string) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  expect(results.violations.map((v) => `${where}: ${v.id}`)).toEqual([])
}

test.describe('the new moments in the planner', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/plan')
  })

  test('going back on an accepted offer, contract signed in Germany @nojs', async ({ page }) => {
    const wizard = new Wizard(page)
    const seen: string[] = []
    await wizard.complete({
      stage: /I’ve accepted their offer/,
      reasons: [/another offer/],
      signed: /employment contract/,
      country: /Germany/,
      certainty: /Yes, definitely/,
      contactName: 'Priya',
      company: 'Acme',
      onStep: async (title) => {
        seen.push(title.replace(/Step \d+ of \d+/, '').trim())
        if (/How sure you are/.test(title)) {
          await expect(
            page.getByRole('group', {
              name: 'Are you sure you want to go back on your acceptance?',
            }),
          ).toBeVisible()
          await expect(page.getByRole('group', { name: /Would anything change/ })).toHaveCount(0)
        }
      },
    })
    // No rounds to count after accepting.
    expect(seen.some((t) => /How far you’ve got/.test(t))).toBe(false)
    await expect(page.getByRole('definition').filter({ hasText: 'Germany' })).toBeVisible()
    await wizard.submit()
    await expect(page.getByText(/Call Priya today to withdraw your acceptance/)).toBeVisible()
    const cautions = page.getByRole('region', { name: 'Worth keeping in mind' })
    await expect(cautions).toContainText('an email is not enough')
    await expect(cautions).toContainText('not legal advice')
    await expect(wizard.script(/Talking points/)).toContainText('sorry')
    await expect(wizard.script(/confirm the call/)).toContainText('withdrawing my acceptance')
  })

  // axe runs in the page, so this one needs JavaScript.
  test('axe finds nothing on the steps after accepting an offer', async ({ page }) => {
    test.slow()
    const wizard = new Wizard(page)
    await wizard.complete({
      stage: /I’ve accepted their offer/,
      reasons: [/current employer has asked me to stay/],
      signed: /offer letter/,
      country: /India/,
      certainty: /Probably/,
      onStep: async (title) => {
        if (/What you signed|How sure you are/.test(title)) await axe(page, title)
      },
    })
    await wizard.submit()
    await axe(page, 'the plan')
    // Not sure yet: nothing to send, so no words at all.
    await expect(page.getByRole('region', { name: 'Your words' })).toHaveCount(0)
  })

  test('a scam: four questions, then stop, send nothing, report, and no words @nojs', async ({
    page,
  }) => {
    const wizard = new Wizard(page)
    const seen: string[] = []
    await wizard.complete({
      stage: /I’ve interviewed/,
      progress: /phone screen/,
      nextInterview: /Nothing is booked/,
      reasons: [/looks like a scam/],
      onStep: async (title) => void seen.push(title),
    })
    expect(seen).toHaveLength(3)
    await wizard.submit()
    await expect(
      page.getByText('Stop here: reply to nothing, send nothing, and report it.'),
    ).toBeVisible()
    await expect(page.getByRole('region', { name: 'Your words' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Next steps' })).toContainText(
      'no money, no bank details',
    )
  })

  const discriminationJourney = async (page: Page, audit: boolean) => {
    const wizard = new Wizard(page)
    await wizard.complete({
      stage: /I’ve interviewed/,
      progress: /at least one proper interview/,
      nextInterview: /Nothing is booked/,
      reasons: [/questions they shouldn’t have/],
      country: /United Kingdom/,
      certainty: /Yes, definitely/,
      moments: [/Someone referred me/, /application portal/],
      referrerName: 'Jo Park',
      company: 'Acme',
      onStep: async (title) => {
        if (audit && /Where the job is|Anything else|Names to use/.test(title))
          await axe(page, title)
      },
    })
    if (audit) await axe(page, 'check your answers')
    await expect(page.getByRole('definition').filter({ hasText: 'Jo Park' })).toBeVisible()
    await wizard.submit()
    if (audit) await axe(page, 'the plan')
    const words = page.getByRole('region', { name: 'Your words' }).getByRole('article')
    await expect(words.first()).toHaveAccessibleName(/person who referred you/)
    await expect(words.first()).toContainText('Hi Jo,')
    // The private record sits just before "the two lines at the end".
    await expect(words.nth(-2)).toHaveAccessibleName(/A record to keep/)
    await expect(words.nth(-2)).toContainText('What they asked')
    await expect(words.last()).toHaveAccessibleName(/shortest honest version/)
    // No call is owed to the people who asked: one email, which leaves a record.
    await expect(page.getByRole('article', { name: /Talking points/ })).toHaveCount(0)
    await expect(wizard.script(/^Your email$/)).not.toContainText(/discriminat|illegal/i)
    await expect(page.getByRole('region', { name: 'Worth keeping in mind' })).toContainText(
      'withdraw button can be final',
    )
  }

  test('discriminatory questions, a referrer and a portal @nojs', async ({ page }) => {
    await discriminationJourney(page, false)
  })

  // axe runs in the page, so this one needs JavaScript (the steps are the same without it).
  test('axe finds nothing on the new steps, the check page and the plan', async ({ page }) => {
    test.slow()
    await discriminationJourney(page, true)
  })

  test('the "anything else" step costs one Continue when nothing applies @nojs', async ({
    page,
  }) => {
    const wizard = new Wizard(page)
    await wizard.complete({
      stage: /I’ve interviewed/,
      progress: /phone screen/,
      nextInterview: /Nothing is booked/,
      reasons: [/pay is too low/],
      certainty: /Yes, definitely/,
      onStep: async (title) => {
        if (/Anything else/.test(title)) {
          const boxes = page
            .getByRole('group', { name: /Does any of this apply/ })
            .getByRole('checkbox')
          await expect(boxes).toHaveCount(6)
          for (const box of await boxes.all()) await expect(box).not.toBeChecked()
        }
      },
    })
    await wizard.submit()
    await expect(page.getByRole('region', { name: 'Worth keeping in mind' })).toHaveCount(0)
  })

  test('a recruiter, benefits and a campus scheme, each with its own words and steps @nojs', async ({
    page,
  }) => {
    const wizard = new Wizard(page)
    await wizard.complete({
      stage: /An interview is booked/,
      progress: /phone screen/,
      nextInterview: /More than a day away/,
      reasons: [/Location, hours or commute/],
      certainty: /Yes, definitely/,
      moments: [/recruiter or agency/, /unemployment benefits/, /campus or graduate scheme/],
      contactName: 'Chris',
      company: 'Acme',
    })
    await wizard.submit()
    const cautions = page.getByRole('region', { name: 'Worth keeping in mind' })
    await expect(cautions).toContainText('Name that reason only if a fix would change your answer')
    await expect(cautions).toContainText('never just "not interested"')
    await expect(cautions).toContainText('48 hours')
    const steps = page.getByRole('region', { name: 'Next steps' })
    await expect(steps).toContainText('end it in writing')
    await expect(steps).toContainText('careers office')
    await expect(steps).toContainText('Keep a copy')
    await expect(wizard.script(/Your email/)).toContainText('Could you let Acme know?')
    // With benefits in play, even the shortest version gives a reason that could be shown.
    await expect(wizard.script(/shortest honest version/)).toContainText(/hours|travel|location/i)
  })

  test('a take-home task when not sure: ask for a limit, a smaller task or payment @nojs', async ({
    page,
  }) => {
    const wizard = new Wizard(page)
    await wizard.complete({
      stage: /I’ve interviewed/,
      progress: /phone screen/,
      nextInterview: /Nothing is booked/,
      // Not lost interest: with that, the task is the moment to withdraw, not to ask.
      reasons: [/level is wrong/],
      certainty: /I’m not sure/,
      moments: [/take-home task/],
      contactName: 'Dana',
      role: 'Designer',
    })
    await wizard.submit()
    await expect(
      page.getByText(/ask about it: a time limit, a smaller task or payment/),
    ).toBeVisible()
    const email = wizard.script(/Asking about the take-home task/)
    await expect(email).toContainText('Hello Dana')
    await expect(email).toContainText('whether the time spent on it is paid')
  })
})
