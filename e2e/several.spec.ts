import { expect, test } from './fixtures'
import { holdFrameworkScripts } from './hold-scripts'
import { Several, type OpenProcess } from './pages/several'
import { actionFields } from './server-action'

/*
 * /plan/several (domain §6, B5): after accepting a job elsewhere, the processes still open, and
 * one message for each through the channel it has used. Tests tagged @nojs run with scripts on
 * and again with them off; every wait is for a state on the page, never for time.
 */

const ARTICLE = '/advice/closing-several-processes'

const ACME: OpenProcess = {
  company: 'Acme Health',
  role: 'Operations Coordinator',
  contactName: 'Dana',
  stage: 'Had at least one interview',
  channel: 'By email',
}
const GLOBEX: OpenProcess = {
  company: 'Globex',
  role: 'Data Analyst',
  contactName: 'Tom',
  stage: 'Had the final round',
  channel: 'By phone',
}
const INITECH: OpenProcess = {
  company: 'Initech',
  stage: 'Had a phone screen or first call',
  channel: 'Through an application portal',
}
const UMBRELLA: OpenProcess = {
  company: 'Umbrella',
  contactName: 'Priya (recruiter)',
  stage: 'Applied, nothing more',
  channel: 'Through a recruiter or agency',
}

const STAGES = [
  'Applied, nothing more',
  'Had a phone screen or first call',
  'Had at least one interview',
  'Had the final round',
] as const
const CHANNELS = [
  'By email',
  'By phone',
  'Through an application portal',
  'Through a recruiter or agency',
] as const

test.describe('closing several processes, with and without JavaScript', () => {
  test('one process: an email in the plain tone, with the advice behind it @nojs', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0)
    await several.fillRow(1, ACME)
    await several.submit()
    await several.expectMessages(1)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

    const card = several.card('Acme Health')
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(
      'Acme Health · Operations Coordinator',
    )
    await expect(card).toContainText('Send Dana this short email as soon as you can.')
    const email = card.getByRole('article', { name: 'Your email to Acme Health' })
    await expect(email).toContainText(
      'Subject: Withdrawing my application: Operations Coordinator role',
    )
    await expect(email).toContainText('Hello Dana,')
    await expect(email).toContainText(
      "I've accepted another position, so I'm withdrawing from the process for the Operations Coordinator role at Acme Health.",
    )
    await expect(email).toContainText('Thank you for the interviews')
    await expect(email).toContainText('[your name]')
    // The one slot left is named above the messages.
    await expect(
      page.getByText(
        'Before you send or say them, fill in the part in square brackets: [your name].',
      ),
    ).toBeVisible()
    await expect(email.getByRole('link', { name: 'Open in my email app' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=Withdrawing/,
    )
    const advice = await card
      .getByRole('link', { name: /^Read more:/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(advice).toEqual([
      `${ARTICLE}#one-message-per-open-process`,
      `${ARTICLE}#use-the-channel-you-have-been-using`,
      `${ARTICLE}#no-need-to-name-the-new-employer`,
    ])
  })

  test('three processes, each through its own channel, in the tone chosen @nojs', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    await several.list([ACME, GLOBEX, INITECH])
    await page.getByRole('textbox', { name: /^Your name/ }).fill('Sam Lee')
    await page.getByRole('radio', { name: 'Warm and personal' }).check()
    await several.submit()
    await several.expectMessages(3)
    await expect(several.cards().nth(0)).toHaveAccessibleName(/^Acme Health/)
    await expect(several.cards().nth(1)).toHaveAccessibleName(/^Globex/)
    await expect(several.cards().nth(2)).toHaveAccessibleName(/^Initech/)

    const email = several.card('Acme Health').getByRole('article')
    await expect(email).toHaveCount(1)
    await expect(email).toContainText('Hi Dana,')
    await expect(email).toContainText('Warm wishes,\nSam Lee')

    const globex = several.card('Globex')
    const call = globex.getByRole('article', { name: 'Talking points for your call to Globex' })
    await expect(call).toContainText(
      "Open: Hi Tom, it's Sam Lee, calling about the Data Analyst role at Globex.",
    )
    await expect(call).toContainText('Thank you for seeing me right through to the final round.')
    const voicemail = globex.getByRole('article', { name: 'If you reach voicemail at Globex' })
    await expect(voicemail).toContainText('[your number]')
    await expect(globex.getByRole('link', { name: 'Open in my email app' })).toHaveCount(0)
    // Named and with every role given, only the number is left to fill in.
    await expect(
      page.getByText(
        'Before you send or say them, fill in the part in square brackets: [your number].',
      ),
    ).toBeVisible()

    const initech = several.card('Initech')
    await expect(initech).toContainText("The portal's withdraw button can be final")
    await expect(
      initech.getByRole('link', { name: 'Read more: Withdrawing in an application portal' }),
    ).toHaveAttribute('href', `${ARTICLE}#withdrawing-in-an-application-portal`)
    await expect(
      initech.getByRole('article', {
        name: 'Your message to a person at Initech, before the portal',
      }),
    ).toContainText('I wanted you to hear it from me first.')

    // Back to the list: everything is still there.
    await several.button('Change the list')
    await expect(several.rows()).toHaveCount(3)
    await expect(several.company(2)).toHaveValue('Globex')
    await expect(page.getByRole('textbox', { name: /^Your name/ })).toHaveValue('Sam Lee')
    await expect(page.getByRole('radio', { name: 'Warm and personal' })).toBeChecked()
  })

  test('ten processes, and a clear error for an eleventh with nothing lost @nojs', async ({
    page,
  }) => {
    // Ten rows are nine round trips without JavaScript: allowed three times the usual time.
    test.slow()
    const several = new Several(page)
    await several.goto()
    const ten: OpenProcess[] = Array.from({ length: 10 }, (_, i) => ({
      company: `Company ${i + 1}`,
      ...(i % 3 === 0 && { contactName: `Contact ${i + 1}` }),
      stage: STAGES[i % 4]!,
      channel: CHANNELS[(i + Math.floor(i / 4)) % 4]!,
    }))
    await several.list(ten)
    await several.button('Add another process')
    await expect(several.summary()).toBeFocused()
    await expect(several.summary().getByRole('link')).toHaveText(
      /^You can close up to 10 processes at once/,
    )
    await expect(several.rows()).toHaveCount(10)
    for (let n = 1; n <= 10; n++) await expect(several.company(n)).toHaveValue(`Company ${n}`)

    await several.submit()
    await several.expectMessages(10)
    for (let n = 1; n <= 10; n++) {
      await expect(several.cards().nth(n - 1)).toHaveAccessibleName(`Company ${n}`)
      await expect(several.card(`Company ${n}`).getByRole('article').first()).toContainText(
        `Company ${n}`,
      )
    }
  })

  test('rows are added and removed with everything typed kept, and focus follows @nojs', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    await several.list([ACME, GLOBEX, INITECH, UMBRELLA])
    await several.button('Remove process 2')
    await expect(several.rows()).toHaveCount(3)
    await expect(several.company(2)).toBeFocused()
    await expect(several.company(1)).toHaveValue('Acme Health')
    await expect(several.company(2)).toHaveValue('Initech')
    await expect(several.company(3)).toHaveValue('Umbrella')
    await expect(
      several.row(3).getByRole('combobox', { name: 'How you’ve been in touch' }),
    ).toHaveValue('recruiter')
    await expect(several.row(3).getByRole('textbox', { name: /contact’s name/ })).toHaveValue(
      'Priya (recruiter)',
    )
    // The last row: focus goes to the one before it.
    await several.button('Remove process 3')
    await expect(several.rows()).toHaveCount(2)
    await expect(several.company(2)).toBeFocused()
    await several.submit()
    await several.expectMessages(2)
    await expect(several.card('Umbrella')).toHaveCount(0)
  })

  test('Enter in a field asks for the messages; it never presses Remove @nojs', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    await several.list([ACME, GLOBEX])
    await several.company(2).press('Enter')
    await several.expectMessages(2)
  })

  test('an empty company: errors beside the fields and in a summary that takes focus @nojs', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    await several
      .row(1)
      .getByRole('textbox', { name: /^Job title/ })
      .fill('Analyst')
    await several.add()
    await several.fillRow(2, GLOBEX)
    await several.submit()

    const summary = several.summary()
    await expect(summary).toBeFocused()
    const links = summary.getByRole('link')
    await expect(links).toHaveText([
      'Enter the company for process 1.',
      'Choose how far process 1 got: applied, screened, interviewed or final.',
      'Choose how you’ve been in touch for process 1: email, phone, portal or recruiter.',
    ])
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#processes-0-company',
      '#processes-0-stage',
      '#processes-0-channel',
    ])
    const company = several.company(1)
    await expect(company).toHaveAttribute('aria-invalid', 'true')
    await expect(company).toHaveAccessibleDescription(/Enter the company for process 1\./)
    await expect(several.row(2)).not.toContainText('Error')
    // Nothing typed is lost.
    await expect(several.row(1).getByRole('textbox', { name: /^Job title/ })).toHaveValue('Analyst')
    await expect(several.company(2)).toHaveValue('Globex')

    await several.fillRow(1, { ...ACME, role: 'Analyst' })
    await several.submit()
    await several.expectMessages(2)
  })

  test('overlong text is refused with a clear message, and nothing typed is lost @nojs', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    const company = `${'Initech Global Business Solutions & Consulting Services International'} Ltd. (UK) plc`
    const contact =
      'Ms Okonkwo, Talent Acquisition Partner for EMEA & APAC, my main point of contact there'
    expect(company.length).toBeGreaterThan(80)
    expect(contact.length).toBeGreaterThan(80)
    await several.fillRow(1, { ...INITECH, company, contactName: contact })
    await page.getByRole('textbox', { name: /^Your name/ }).fill('S'.repeat(81))
    await several.submit()
    await expect(several.summary()).toBeFocused()
    await expect(several.summary().getByRole('link')).toHaveText([
      'The company for process 1 must be 80 characters or fewer.',
      'Your contact’s name for process 1 must be 80 characters or fewer.',
      'Your name must be 80 characters or fewer.',
    ])
    await expect(several.company(1)).toHaveValue(company)
    await expect(several.row(1).getByRole('textbox', { name: /contact’s name/ })).toHaveValue(
      contact,
    )
    await expect(several.company(1)).toHaveAccessibleDescription(/80 characters or fewer/)
  })
})

test.describe('the way in', () => {
  test('the article and the planner’s first page link to it @nojs', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.getByRole('link', { name: 'close your other applications in one go' }).click()
    await expect(page).toHaveURL(/\/plan\/several$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Close your other applications',
    )
    await page.goto('/plan')
    await page.getByRole('link', { name: 'Close them all on one page' }).click()
    await expect(page).toHaveURL(/\/plan\/several$/)
    await expect(new Several(page).row(1)).toBeVisible()
  })
})

test.describe('closing several processes, with JavaScript', () => {
  test('rows are added and removed from the keyboard, and the change is announced', async ({
    page,
  }) => {
    const several = new Several(page)
    await several.goto()
    await several.company(1).fill('Acme Health')
    // Enter in a field asks for the messages (here: the questions still to answer).
    await several.company(1).press('Enter')
    await expect(several.summary()).toBeFocused()
    await expect(several.rows()).toHaveCount(1)

    await page.getByRole('button', { name: 'Add another process' }).focus()
    await page.keyboard.press('Enter')
    await expect(several.company(2)).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: 'Process 2 added.' })).toHaveCount(1)
    await page.keyboard.type('Globex')
    await expect(several.company(2)).toHaveValue('Globex')

    await page.getByRole('button', { name: 'Remove process 1' }).focus()
    await page.keyboard.press('Space')
    await expect(several.rows()).toHaveCount(1)
    await expect(several.company(1)).toHaveValue('Globex')
    await expect(several.company(1)).toBeFocused()
    await expect(
      page.getByRole('status').filter({ hasText: 'Process 1 removed. 1 left.' }),
    ).toHaveCount(1)
  })

  test('copy puts each message on the clipboard, edited or not', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const several = new Several(page)
    await several.goto()
    await several.list([ACME, GLOBEX])
    await several.submit()
    await several.expectMessages(2)
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText())

    const email = several.card('Acme Health').getByRole('article', {
      name: 'Your email to Acme Health',
    })
    await email.getByRole('button', { name: 'Copy the body' }).click()
    await expect(email.getByRole('status').first()).toHaveText('Copied')
    expect(await clipboard()).toMatch(
      /^Hello Dana,\n\nI've accepted another position[^]*\n\nBest wishes,\n\[your name\]$/,
    )
    await email.getByRole('button', { name: 'Copy both' }).click()
    await expect(email.getByRole('status').nth(2)).toHaveText('Copied')
    expect(await clipboard()).toMatch(
      /^Subject: Withdrawing my application: Operations Coordinator role\n\nHello Dana,/,
    )

    const call = several.card('Globex').getByRole('article', {
      name: 'Talking points for your call to Globex',
    })
    await call.getByRole('button', { name: 'Copy', exact: true }).click()
    await expect(call.getByRole('status')).toHaveText('Copied')
    expect(await clipboard()).toMatch(/^Open: Hi Tom, it's \[your name\], calling about/)

    // The person's own edit is what gets copied.
    await email.getByRole('button', { name: 'Edit these words: Your email to Acme Health' }).click()
    await email
      .getByRole('textbox', { name: 'Your words: Your email to Acme Health' })
      .fill('Mine.')
    await email.getByRole('button', { name: 'Done editing: Your email to Acme Health' }).click()
    await email.getByRole('button', { name: 'Copy the body' }).click()
    await expect.poll(clipboard).toBe('Mine.')
  })
})

test.describe('the form post, as the server reads it', () => {
  test('eleven processes, none, or a channel it does not know: refused, with the list kept', async ({
    request,
    baseURL,
  }) => {
    const action = await actionFields(request, '', '/plan/several')
    const post = async (fields: [string, string][]) => {
      const form = new FormData()
      const submit: [string, string] = ['intent', 'submit']
      for (const [name, value] of [...action, ...fields, submit]) form.append(name, value)
      const response = await request.post('/plan/several', {
        multipart: form,
        headers: { origin: baseURL! },
      })
      expect(response.status()).toBe(200)
      return response.text()
    }
    const row = (i: number, channel = 'email'): [string, string][] => [
      [`processes.${i}.company`, `Company ${i + 1}`],
      [`processes.${i}.stage`, 'applied'],
      [`processes.${i}.channel`, channel],
    ]

    const eleven = await post(Array.from({ length: 11 }, (_, i) => row(i)).flat())
    expect(eleven).toContain('You can close up to 10 processes at once')
    for (let n = 1; n <= 11; n++) expect(eleven).toContain(`value="Company ${n}"`)

    const none = await post([['tone', 'warm']])
    expect(none).toContain('Add at least one process, with the name of the company.')
    expect(none).toContain('id="processes-0-company"')

    const fax = await post(row(0, 'fax'))
    expect(fax).toContain('Choose how you’ve been in touch for process 1')
    expect(fax).toContain('value="Company 1"')

    const good = await post([...row(0), ...row(1, 'recruiter')])
    expect(good).toContain('Your messages')
    expect(good).toContain('Your message to the recruiter for Company 2')
  })
})

test.describe('closing several processes, before the script has taken over', () => {
  test('keeps what was typed while React was still loading', async ({ page }) => {
    const release = await holdFrameworkScripts(page)
    await page.goto('/plan/several', { waitUntil: 'domcontentloaded' })
    const several = new Several(page)
    await several.fillRow(1, {
      company: 'Acme',
      contactName: 'Dana',
      stage: 'Had at least one interview',
      channel: 'By email',
    })
    await expect(page.locator('form[data-hydrated]')).toHaveCount(0)
    release()
    await several.ready()
    await expect(several.company(1)).toHaveValue('Acme')
    await expect(several.row(1).getByRole('textbox', { name: /contact’s name/ })).toHaveValue(
      'Dana',
    )
    await several.button('Write my messages')
    await expect(page.getByRole('heading', { level: 1, name: 'Your messages' })).toBeVisible()
  })
})
