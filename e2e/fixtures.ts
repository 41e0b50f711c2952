import { test as base, expect } from '@playwright/test'

/**
 * Every test that opens a page fails if the page logs an error or throws: that catches
 * Content-Security-Policy violations (Chromium reports them on the console), hydration errors
 * and broken scripts. The check wraps the `page` fixture itself, so a test that only sends
 * requests opens no browser page at all.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const errors: string[] = []
    // Some violations (an eval probe, say) are reported as DevTools issues, not console errors.
    const cdp = await page.context().newCDPSession(page)
    cdp.on('Audits.issueAdded', ({ issue }) => {
      if (issue.code === 'ContentSecurityPolicyIssue') {
        errors.push(`CSP: ${JSON.stringify(issue.details.contentSecurityPolicyIssueDetails)}`)
      }
    })
    await cdp.send('Audits.enable')
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await provide(page)
    // A 404 page is fetched on purpose in some tests; the browser logs that as a failed resource.
    const unexpected = errors.filter((text) => !/status of 404/.test(text))
    expect(unexpected, 'console errors and CSP violations').toEqual([])
  },
})

export { expect }
