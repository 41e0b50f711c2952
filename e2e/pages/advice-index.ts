import { expect, type Locator, type Page } from '@playwright/test'

export class AdviceIndex {
  readonly results: Locator
  readonly status: Locator
  readonly searchBox: Locator

  constructor(private readonly page: Page) {
    this.results = page.getByRole('region', { name: 'Articles' }).getByRole('article')
    this.status = page.getByRole('status')
    this.searchBox = page.getByRole('searchbox', { name: 'Search the advice' })
  }

  goto(query = '') {
    return this.page.goto(`/advice${query}`)
  }

  /** With JavaScript, waits until the page's script has taken over the filters and search. */
  async ready() {
    await expect(this.page.locator('[data-advice-browser][data-enhanced]')).toBeAttached()
  }

  filter(group: 'Where you are' | 'Topic', option: string) {
    return this.page
      .getByRole('navigation', { name: `Filter by ${group.toLowerCase()}` })
      .getByRole('link', { name: option, exact: true })
      .click()
  }

  async search(words: string) {
    await this.searchBox.fill(words)
    await this.page.getByRole('button', { name: 'Search' }).click()
  }

  titles() {
    return this.results.getByRole('heading').allTextContents()
  }
}
