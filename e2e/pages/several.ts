import { expect, test, type Page } from '@playwright/test'

/** One open process, by the labels a person picks. */
export type OpenProcess = {
  company: string
  role?: string
  contactName?: string
  /** The label of "How far it got". */
  stage:
    | 'Applied, nothing more'
    | 'Had a phone screen or first call'
    | 'Had at least one interview'
    | 'Had the final round'
  /** The label of "How you’ve been in touch". */
  channel:
    'By email' | 'By phone' | 'Through an application portal' | 'Through a recruiter or agency'
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** /plan/several, as a person uses it: by labels and roles, with or without JavaScript. */
export class Several {
  constructor(readonly page: Page) {}

  get scripted() {
    return test.info().project.use.javaScriptEnabled !== false
  }

  async goto() {
    await this.page.goto('/plan/several')
    await this.ready()
  }

  /**
   * With JavaScript, waits until React has hydrated the form: a click before that is a full
   * no-JS post, which a busy machine makes likely. Without JavaScript there is nothing to wait for.
   */
  async ready() {
    if (!this.scripted) return
    await expect(this.page.locator('form[data-hydrated]')).toBeAttached()
  }

  row(n: number) {
    return this.page.getByRole('group', { name: `Process ${n}`, exact: true })
  }

  rows() {
    return this.page.getByRole('group', { name: /^Process \d+$/ })
  }

  company(n: number) {
    return this.row(n).getByRole('textbox', { name: 'Company' })
  }

  async fillRow(n: number, p: OpenProcess) {
    const row = this.row(n)
    await row.getByRole('textbox', { name: 'Company' }).fill(p.company)
    if (p.role !== undefined) await row.getByRole('textbox', { name: /^Job title/ }).fill(p.role)
    if (p.contactName !== undefined)
      await row.getByRole('textbox', { name: /contact’s name/ }).fill(p.contactName)
    await row.getByRole('combobox', { name: 'How far it got' }).selectOption({ label: p.stage })
    await row
      .getByRole('combobox', { name: 'How you’ve been in touch' })
      .selectOption({ label: p.channel })
  }

  async button(name: string | RegExp) {
    await this.ready()
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).click()
  }

  /** Adds a row and waits for it: focus is then on its company. */
  async add() {
    const before = await this.rows().count()
    await this.button('Add another process')
    await expect(this.rows()).toHaveCount(before + 1)
    await expect(this.company(before + 1)).toBeFocused()
  }

  /** Fills the list, adding a row for each process after the first. */
  async list(processes: OpenProcess[]) {
    await this.fillRow(1, processes[0]!)
    for (let i = 1; i < processes.length; i++) {
      await this.add()
      await this.fillRow(i + 1, processes[i]!)
    }
  }

  async submit() {
    await this.button('Write my messages')
  }

  async expectMessages(count: number) {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Your messages')
    await expect(this.cards()).toHaveCount(count)
  }

  summary() {
    return this.page.getByRole('alert', { name: 'There is a problem' })
  }

  cards() {
    return this.page.getByRole('main').getByRole('region')
  }

  /** A process's card, by its company. */
  card(company: string) {
    return this.page
      .getByRole('main')
      .getByRole('region', { name: new RegExp(`^${escape(company)}( ·|$)`) })
  }
}
