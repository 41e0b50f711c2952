import { expect, test } from './fixtures'
import { holdFrameworkScripts } from './hold-scripts'
import { DECLINE_OFFER, Wizard, type Answers } from './pages/wizard'

const verdicts: { name: string; answers: Answers; verdict: RegExp; scripts: RegExp[] }[] = [
  {
    name: 'end-early',
    answers: {
      stage: /in the interview now/,
      progress: /at least one proper interview/,
      reasons: [/isn’t the one that was advertised/],
      advertised: 'a generalist analyst role',
      actual: 'entirely reporting',
      certainty: /Yes, definitely/,
      needJob: /Not really/,
      tone: /Warm and personal/,
      contactName: 'Dana',
    },
    verdict: /End the interview early/,
    scripts: [/What to say/, /If they try to change your mind/],
  },
  {
    name: 'leave-now',
    answers: {
      stage: /in the interview now/,
      progress: /phone screen/,
      reasons: [/I feel unsafe/],
    },
    verdict: /Leave now/,
    scripts: [/What to say as you leave/, /If they try to change your mind/],
  },
  {
    name: 'finish-first',
    answers: {
      stage: /in the interview now/,
      progress: /phone screen/,
      reasons: [/culture/],
      certainty: /I’m not sure/,
    },
    verdict: /Finish the interview first/,
    scripts: [],
  },
  {
    name: 'withdraw',
    answers: {
      stage: /I’ve interviewed/,
      progress: /at least one proper interview/,
      nextInterview: /More than a day away/,
      reasons: [/another offer/],
      certainty: /Yes, definitely/,
      contactName: 'Priya',
      role: 'Product Designer',
    },
    verdict: /Withdraw/,
    scripts: [/Talking points for the call/, /voicemail/, /Your email/],
  },
  {
    name: 'decline-offer',
    answers: {
      ...DECLINE_OFFER,
      tone: /Formal/,
    },
    verdict: /Decline the offer/,
    scripts: [/email/i],
  },
  {
    name: 'stay-in',
    answers: {
      stage: /An interview is booked/,
      progress: /phone screen/,
      nextInterview: /More than a day away/,
      reasons: [/lost interest/],
      certainty: /I’m not sure/,
    },
    verdict: /Stay in for now/,
    scripts: [],
  },
]

test.describe('the planner, with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/plan')
  })

  for (const { name, answers, verdict, scripts } of verdicts) {
    test(`reaches a ${name} plan`, async ({ page }) => {
      const wizard = new Wizard(page)
      await wizard.complete(answers)
      await wizard.submit()
      await expect(page.getByText(verdict).first()).toBeVisible()
      for (const title of scripts) await expect(wizard.script(title).first()).toBeVisible()
      await expect(page.getByRole('article').first()).toBeVisible()
      // Every reason links to the article section behind it.
      const links = page.getByRole('link', { name: /^Read more:/ })
      expect(await links.count()).toBeGreaterThan(0)
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^\/advice\/[a-z0-9-]+#[a-z0-9-]+$/)
      }
    })
  }

  test('weaves the names and details into the words', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.complete(verdicts[0]!.answers)
    await wizard.submit()
    const say = wizard.script(/What to say/).first()
    await expect(say).toContainText('Dana')
    await expect(say).toContainText('entirely reporting')
  })

  test('shows the sentence an answer goes into, and previews it as it is typed', async ({
    page,
  }) => {
    const wizard = new Wizard(page)
    const requests: string[] = []
    page.on('request', (req) => requests.push(`${req.url()} ${req.postData() ?? ''}`))
    await wizard.complete({
      ...verdicts[0]!.answers,
      onStep: async (title) => {
        if (!/How the job differs/.test(title)) return
        const actual = page.getByRole('textbox', { name: /What does the job actually seem to be/ })
        await expect(actual).toHaveAccessibleDescription(/It goes into a sentence like/)
        await actual.fill('they want me in the office zq7TYPEDq7z')
        await expect(page.locator('p', { hasText: 'Preview:' })).toContainText(
          'that they want me in the office zq7TYPEDq7z',
        )
        // Nothing typed left the browser before the form was sent.
        expect(requests.filter((line) => line.includes('zq7TYPEDq7z'))).toEqual([])
        await actual.fill('entirely reporting')
      },
    })
  })

  test('moves between steps without a page load', async ({ page }) => {
    const wizard = new Wizard(page)
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7))
    await wizard.radio(/Where are you with this job/, /offered me the job/).check()
    await wizard.continue()
    await wizard.expectStep(/How far you’ve got/)
    await expect(wizard.heading()).toBeFocused()
    await expect(wizard.heading()).toContainText('Step 2 of')
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7)
  })

  test('shows an error, linked from a summary that takes focus, and recovers', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.continue()
    const summary = page.getByRole('alert', { name: 'There is a problem' })
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('There is a problem')
    await summary
      .getByRole('link', { name: /Choose before, during, after, offer or accepted/ })
      .click()
    await expect(
      wizard.radio(/Where are you with this job/, /An interview is booked/),
    ).toBeFocused()
    const group = page.getByRole('group', { name: /Where are you with this job/ })
    await expect(group).toHaveAccessibleDescription(
      /Choose before, during, after, offer or accepted/,
    )
    await wizard.radio(/Where are you with this job/, /An interview is booked/).check()
    await wizard.continue()
    await wizard.expectStep(/How far you’ve got/)
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0)
  })

  test('refuses more than four reasons with a clear message', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.radio(/Where are you with this job/, /I’ve interviewed/).check()
    await wizard.continue()
    await wizard.radio(/How far have you got/, /phone screen/).check()
    await wizard.radio(/When is your next interview/, /Nothing is booked/).check()
    await wizard.continue()
    const group = page.getByRole('group', { name: /Why do you want to step away/ })
    for (const reason of [
      /pay is too low/,
      /culture/,
      /commute/,
      /another offer/,
      /lost interest/,
    ]) {
      await group.getByRole('checkbox', { name: reason }).check()
    }
    await wizard.continue()
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
      'Choose between 1 and 4 reasons.',
    )
    await group.getByRole('checkbox', { name: /lost interest/ }).uncheck()
    await wizard.continue()
    await wizard.expectStep(/How sure you are/)
  })

  test('changes an answer from the check page and comes back to it', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.complete(verdicts[3]!.answers)
    await page.getByRole('button', { name: 'Change tone' }).click()
    await wizard.expectStep(/How to say it/)
    await wizard.radio(/What tone suits you/, /Formal/).check()
    await page.getByRole('button', { name: 'Save and go back' }).click()
    await wizard.expectStep(/Check your answers/)
    await expect(page.getByRole('definition').filter({ hasText: 'Formal' })).toBeVisible()
    // Later answers survive the change.
    await expect(page.getByRole('definition').filter({ hasText: 'Priya' })).toBeVisible()
    await wizard.submit()
    await expect(wizard.script(/Your email/)).toContainText('Dear Priya')
  })

  test('asks a question that a changed answer makes necessary', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.complete(verdicts[1]!.answers) // unsafe: "how sure" was skipped
    await page.getByRole('button', { name: 'Change your reasons' }).click()
    const group = page.getByRole('group', { name: /Why do you want to step away/ })
    await group.getByRole('checkbox', { name: /I feel unsafe/ }).uncheck()
    await group.getByRole('checkbox', { name: /culture/ }).check()
    await page.getByRole('button', { name: 'Save and go back' }).click()
    await wizard.expectStep(/How sure you are/)
  })

  test('keeps the answers through a reload and the back button', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.radio(/Where are you with this job/, /offered me the job/).check()
    await wizard.continue()
    await wizard.radio(/How far have you got/, /final round/).check()
    await wizard.continue()
    await wizard.expectStep(/What’s wrong/)
    await page.reload()
    await wizard.expectStep(/What’s wrong/)
    await page.goBack()
    await wizard.expectStep(/How far you’ve got/)
    await expect(wizard.radio(/How far have you got/, /final round/)).toBeChecked()
    await page.goto('/advice')
    await page.goBack()
    await wizard.expectStep(/How far you’ve got/)
    await expect(wizard.radio(/How far have you got/, /final round/)).toBeChecked()
  })

  test('clears the answers when asked', async ({ page }) => {
    const wizard = new Wizard(page)
    await wizard.radio(/Where are you with this job/, /offered me the job/).check()
    await wizard.continue()
    await page.getByRole('button', { name: 'Clear my answers' }).click()
    await wizard.expectStep(/Where you are/)
    await expect(
      wizard.radio(/Where are you with this job/, /offered me the job/),
    ).not.toBeChecked()
    await page.reload()
    await expect(
      wizard.radio(/Where are you with this job/, /offered me the job/),
    ).not.toBeChecked()
    expect(await page.evaluate(() => sessionStorage.getItem('bow-out:answers'))).not.toContain(
      'offer',
    )
  })

  test('can be completed with the keyboard alone', async ({ page }) => {
    const wizard = new Wizard(page)
    const press = (key: string) => page.keyboard.press(key)
    await wizard.ready()
    // Step 1: focus the first radio, arrow to "during", continue.
    await page.getByRole('radio', { name: /An interview is booked/ }).focus()
    await press('ArrowDown')
    await expect(wizard.radio(/Where are you with this job/, /in the interview now/)).toBeChecked()
    await press('Tab')
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused()
    await press('Enter')
    await wizard.expectStep(/How far you’ve got/)
    // From here on: Tab into each group, Space to pick the first option, Enter on Continue.
    for (let guard = 0; guard < 10; guard++) {
      const title = (await wizard.heading().textContent()) ?? ''
      if (/Check your answers/.test(title)) break
      const groups = await page.getByRole('group').count()
      for (let i = 0; i < groups; i++) {
        await press('Tab')
        await press('Space')
      }
      // Tab through any text boxes to the Continue button.
      for (
        let i = 0;
        i < 8 &&
        !(await page
          .getByRole('button', { name: 'Continue' })
          .evaluate((b) => b === document.activeElement));
        i++
      ) {
        await press('Tab')
      }
      await press('Enter')
      await expect(wizard.heading()).not.toHaveText(title)
    }
    await wizard.expectStep(/Check your answers/)
    await page.getByRole('button', { name: 'Get my plan' }).focus()
    await press('Enter')
    await expect(wizard.heading()).toHaveText('Your plan')
  })

  test('an article opens the planner with its stage chosen', async ({ page }) => {
    await page.goto('/advice/declining-a-job-offer')
    await page.getByRole('link', { name: 'Get your words' }).last().click()
    await expect(
      new Wizard(page).radio(/Where are you with this job/, /offered me the job/),
    ).toBeChecked()
  })
})

test.describe('the planner, before its script has taken over', () => {
  test('keeps an answer given while React was still loading', async ({ page }) => {
    const release = await holdFrameworkScripts(page)
    await page.goto('/plan', { waitUntil: 'domcontentloaded' })
    const wizard = new Wizard(page)
    await wizard.radio(/Where are you with this job/, /I’ve interviewed/).check()
    await expect(page.locator('form[data-hydrated]')).toHaveCount(0)
    release()
    await wizard.ready()
    await expect(wizard.radio(/Where are you with this job/, /I’ve interviewed/)).toBeChecked()
    await wizard.continue()
    await wizard.expectStep(/How far you’ve got/)
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0)
  })
})

test.describe('the planner, without JavaScript', () => {
  test('a whole journey with a validation error on the way @nojs-only', async ({ page }) => {
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.continue()
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
      'Choose before, during, after, offer or accepted',
    )
    await wizard.complete(verdicts[3]!.answers)
    await wizard.submit()
    await expect(page.getByText(/Withdraw/).first()).toBeVisible()
    await expect(wizard.script(/Your email/)).toContainText('Priya')
    // No copy buttons where they could not work.
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0)
  })

  test('shows the sentence frames without JavaScript @nojs-only', async ({ page }) => {
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.complete({
      ...verdicts[0]!.answers,
      onStep: async (title) => {
        if (!/How the job differs/.test(title)) return
        await expect(
          page.getByText(/It goes into a sentence like: .?The job was advertised as …/).first(),
        ).toBeVisible()
      },
    })
  })

  test('changes an answer and clears everything @nojs-only', async ({ page }) => {
    await page.goto('/plan')
    const wizard = new Wizard(page)
    await wizard.complete(verdicts[0]!.answers)
    await page.getByRole('button', { name: 'Change tone' }).click()
    await wizard.radio(/What tone suits you/, /Formal/).check()
    await page.getByRole('button', { name: 'Save and go back' }).click()
    await wizard.expectStep(/Check your answers/)
    await wizard.submit()
    await expect(page.getByText(/End the interview early/).first()).toBeVisible()
    await expect(wizard.script(/What to say/).first()).toContainText('Dana')
    await page.getByRole('button', { name: 'Start again' }).click()
    await wizard.expectStep(/Where you are/)
  })
})
