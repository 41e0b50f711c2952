import { createHash } from 'node:crypto'
import { planFor } from '@/lib/plan/evaluate'
import { reminderCalendar } from '@/lib/plan/calendar'
import { decodeSituation } from '@/lib/permalink/codec'
import { SITE_URL } from '@/lib/site/config'

type Context = { params: Promise<{ token: string }> }

const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }

/** About three months: when a keep-in-touch note lands well (domain advice A28). */
const DAYS_AHEAD = 91

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params
  const decoded = decodeSituation(token)
  const plan = decoded.ok ? planFor(decoded.situation) : undefined
  const note = plan?.scripts.find((s) => s.kind === 'follow-up')
  if (!plan || !note) return new Response('No reminder for this link.\n', { status: 404, headers })

  const calendar = reminderCalendar({
    summary: 'Send your keep-in-touch note',
    description: `${note.subject ? `Subject: ${note.subject}\n\n` : ''}${note.body}\n\nYour plan: ${SITE_URL}${plan.permalink}`,
    // Stable per link, so importing it twice updates one event instead of adding another.
    uid: `${createHash('sha256').update(token).digest('hex').slice(0, 32)}@bow-out`,
    now: new Date(),
    daysAhead: DAYS_AHEAD,
  })
  return new Response(calendar, {
    headers: {
      ...headers,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="keep-in-touch-reminder.ics"',
    },
  })
}
