import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { BODY_CLASS, SiteFrame } from '@/components/layout/site-frame'
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL, OG_IMAGES } from '@/lib/site/config'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: {
    default: `${SITE_NAME}: step away from the wrong job gracefully`,
    template: `%s · ${SITE_NAME}`,
  },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { images: OG_IMAGES, siteName: SITE_NAME, type: 'website', locale: 'en' },
  formatDetection: { telephone: false, email: false, address: false },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className={BODY_CLASS}>
        <SiteFrame>{children}</SiteFrame>
      </body>
    </html>
  )
}
