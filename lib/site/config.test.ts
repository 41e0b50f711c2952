import { describe, expect, it } from 'vitest'
import { DEFAULT_SITE_URL, siteUrlFrom } from './config'

describe('SITE_URL', () => {
  it('keeps the origin of an http(s) URL', () => {
    expect(siteUrlFrom('https://bowout.example')).toBe('https://bowout.example')
    expect(siteUrlFrom('http://localhost:4000')).toBe('http://localhost:4000')
    expect(siteUrlFrom('  https://bowout.example/  ')).toBe('https://bowout.example')
    expect(siteUrlFrom('HTTPS://BowOut.Example:443/some/path?q=1#top')).toBe(
      'https://bowout.example',
    )
    expect(siteUrlFrom('https://user:secret@bowout.example')).toBe('https://bowout.example')
    expect(siteUrlFrom('http://[::1]:3000')).toBe('http://[::1]:3000')
  })

  it('falls back to the local default for anything else', () => {
    expect(DEFAULT_SITE_URL).toBe('http://localhost:3000')
    for (const bad of [
      undefined,
      '',
      '   ',
      'bowout.example',
      'localhost:3000',
      '//bowout.example',
      '/relative',
      'https://',
      'https://bad host.example',
      'https://bowout.example:99999',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://bowout.example',
      'mailto:someone@bowout.example',
    ]) {
      expect(siteUrlFrom(bad), String(bad)).toBe(DEFAULT_SITE_URL)
    }
  })

  it('gives something links can be built on', () => {
    for (const value of ['https://bowout.example/', 'https://bowout.example/app/', 'nonsense']) {
      const origin = siteUrlFrom(value)
      expect(origin.endsWith('/')).toBe(false)
      expect(new URL(`${origin}/s/1abc`).pathname).toBe('/s/1abc')
    }
  })
})
