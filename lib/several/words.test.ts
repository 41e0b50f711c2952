import { describe, expect, test } from 'vitest'
import { loadArticles } from '@/lib/content/articles'
import type { PlanBody } from '@/lib/engine/types'
import { situationSchema, type Situation } from '@/lib/situation'
import type { Catalog } from '@/lib/wording/catalog'
import { loadCatalog } from '@/lib/wording/load'
import { MESSAGE_IDS } from '@/lib/wording/message-ids'
import { checkPlans } from '@/lib/testing/prose-gate'
import { cornerDetails, EXAMPLE_DETAILS, TYPED_DETAILS } from '@/lib/testing/typed-corpus'
import {
  PROCESS_CHANNELS,
  PROCESS_STAGES,
  TONES,
  type ProcessChannel,
  type ProcessStage,
  type SeveralTone,
} from './fields'
import type { ProcessInput } from './schema'
import { SEVERAL_SOURCES, writeProcess, writeSeveral, type ProcessWords } from './words'

const catalog = loadCatalog()

type Named = { yourName?: string; contactName?: string; company: string; role?: string }

const EXAMPLE: Named = {
  yourName: EXAMPLE_DETAILS.yourName,
  contactName: EXAMPLE_DETAILS.contactName,
  company: EXAMPLE_DETAILS.company!,
  role: EXAMPLE_DETAILS.role,
}
const BARE: Named = { company: 'Acme Health' }

function write(
  channel: ProcessChannel,
  stage: ProcessStage,
  tone: SeveralTone,
  named: Named,
  using: Catalog = catalog,
): ProcessWords {
  const { yourName, ...rest } = named
  const process: ProcessInput = { ...rest, stage, channel }
  return writeProcess(process, { yourName, tone }, using)
}

const every = function* () {
  for (const channel of PROCESS_CHANNELS)
    for (const stage of PROCESS_STAGES) for (const tone of TONES) yield { channel, stage, tone }
}

const allText = (words: ProcessWords) =>
  [
    words.headline,
    ...words.why.map((c) => c.text),
    ...words.cautions.map((c) => c.text),
    ...words.scripts.flatMap((s) => [s.subject ?? '', s.body]),
  ].join('\n')

/** A letter's own sentences: the body without its greeting and sign-off. */
const letterSentences = (body: string) =>
  body
    .split('\n\n')
    .slice(1, -1)
    .join(' ')
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean)

const THANKS: Record<ProcessStage, RegExp> = {
  applied: /application|considering me/i,
  screened: /call|speak|talk/i,
  interviewed: /interview|the team put in|colleagues gave me/i,
  final: /final round/i,
}

describe('every channel × stage × tone', () => {
  test(
    'gives the scripts of its channel, with the decision first and the right thanks',
    { timeout: 30_000 },
    () => {
      let checked = 0
      for (const { channel, stage, tone } of every()) {
        for (const named of [EXAMPLE, BARE]) {
          const words = write(channel, stage, tone, named)
          const where = `${channel}/${stage}/${tone}/${named.yourName ? 'named' : 'bare'}`
          expect(words.headline, where).not.toBe('')
          expect(
            words.why.map((c) => c.source.anchor),
            where,
          ).toEqual([
            SEVERAL_SOURCES.oneEach.anchor,
            SEVERAL_SOURCES.channel.anchor,
            SEVERAL_SOURCES.noName.anchor,
          ])
          if (channel === 'phone') {
            expect(
              words.scripts.map((s) => s.kind),
              where,
            ).toEqual(['phone', 'voicemail'])
            const [call, voicemail] = words.scripts
            expect(call!.body.split('\n')[0], where).toMatch(/^Open: (Hi|Hello)/)
            expect(call!.body, where).toMatch(/The news: .*accepted (another|a job)|said yes/)
            expect(call!.body.match(/^Thank them: .*$/m)?.[0], where).toMatch(THANKS[stage])
            expect(call!.body, where).toMatch(/^If they ask where you are going: /m)
            // A voicemail says who is calling and about which role, and leaves a number.
            expect(voicemail!.body, where).toMatch(named.yourName ? /Sam Lee/ : /\[your name\]/)
            expect(voicemail!.body, where).toMatch(
              named.role ? /Operations Coordinator role/ : /role/,
            )
            expect(voicemail!.body, where).toContain('[your number]')
            expect(voicemail!.body, where).not.toMatch(/call me back/i)
          } else {
            expect(
              words.scripts.map((s) => s.kind),
              where,
            ).toEqual(['email'])
            const [letter] = words.scripts
            expect(letter!.subject, where).toMatch(/^Withdraw/)
            const sentences = letterSentences(letter!.body)
            expect(sentences.length, where).toBeGreaterThanOrEqual(3)
            expect(sentences.length, where).toBeLessThanOrEqual(4)
            expect(sentences[0], where).toMatch(/accepted (another position|a job elsewhere)/)
            expect(sentences[0], where).toMatch(
              stage === 'applied' ? /withdraw my application/ : /withdrawing from|stepping out of/,
            )
            expect(sentences.slice(1).join(' '), where).toMatch(
              channel === 'recruiter'
                ? /putting me forward|getting me ready|final round/
                : THANKS[stage],
            )
            expect(letter!.body.split('\n').at(-1), where).toBe(named.yourName ?? '[your name]')
            if (named.contactName) expect(letter!.body, where).toMatch(/^(Hi|Hello|Dear) Dana,/)
            if (channel === 'portal') {
              expect(letter!.body, where).toMatch(/portal/)
              expect(
                words.cautions.map((c) => c.source),
                where,
              ).toEqual([SEVERAL_SOURCES.portal])
              expect(words.cautions[0]!.text, where).toMatch(
                /final.*apply.*again.*Tell a person first/,
              )
            } else {
              expect(words.cautions, where).toEqual([])
            }
            if (channel === 'recruiter')
              expect(letter!.body, where).toMatch(/pass this on|let the team there know/)
          }
          checked++
        }
      }
      expect(checked).toBe(4 * 4 * 3 * 2)
    },
  )

  test(
    'the three tones read apart, and formal words use no contractions',
    { timeout: 30_000 },
    () => {
      const CONTRACTION =
        /\b(?:I'm|I've|I'd|I'll|don't|isn't|won't|can't|it's|that's|there's|you've|you'd|you're|we'd|they'd|they're|wasn't|doesn't|didn't|aren't|haven't|hasn't|what's)\b/i
      for (const channel of PROCESS_CHANNELS)
        for (const stage of PROCESS_STAGES)
          for (const named of [EXAMPLE, BARE]) {
            const [warm, neutral, formal] = TONES.map((tone) => write(channel, stage, tone, named))
            formal!.scripts.forEach((script, i) => {
              const where = `${channel}/${stage}/${script.kind}`
              expect(`${script.subject ?? ''} ${script.body}`, where).not.toMatch(CONTRACTION)
              const bodies = [warm!.scripts[i]!.body, neutral!.scripts[i]!.body, script.body]
              expect(new Set(bodies).size, `${where}: two tones read the same`).toBe(3)
            })
          }
    },
  )

  test('no stock filler, no new employer named, nothing left unfilled', { timeout: 30_000 }, () => {
    const FILLER =
      /hope this (email|message) finds you well|after careful consideration|please do not hesitate|at this time|do not hesitate/i
    for (const { channel, stage, tone } of every())
      for (const named of [EXAMPLE, BARE]) {
        const text = allText(write(channel, stage, tone, named))
        expect(text).not.toMatch(FILLER)
        expect(text).not.toMatch(/[{}$]|undefined|null/)
        // The only brackets are the slots for what we can't know; a call names the role, so a
        // process without a job title leaves a slot for it.
        for (const slot of text.match(/\[[^\]]*\]/g) ?? [])
          expect(['[your name]', '[your number]', '[job title]']).toContain(slot)
        if (named === EXAMPLE) expect(text).not.toContain('[job title]')
      }
  })

  test('each process is written with its own details', () => {
    const result = writeSeveral(
      {
        tone: 'warm',
        yourName: 'Sam',
        processes: [
          { company: 'Acme', contactName: 'Dana', stage: 'final', channel: 'email' },
          { company: 'Globex', role: 'Analyst', stage: 'applied', channel: 'phone' },
        ],
      },
      catalog,
    )
    const [acme, globex] = result.processes
    expect(allText(acme!)).toContain('Acme')
    expect(allText(acme!)).not.toContain('Globex')
    expect(acme!.scripts[0]!.body).toMatch(/^Hi Dana,/)
    expect(allText(globex!)).toContain('the Analyst role at Globex')
    expect(allText(globex!)).not.toMatch(/Acme|Dana/)
    expect(globex!.scripts[0]!.body).toMatch(/^Open: Hi, it's Sam, calling about/)
  })

  test('every heading the words cite exists in the article', { timeout: 30_000 }, () => {
    const article = loadArticles().find((a) => a.slug === SEVERAL_SOURCES.oneEach.slug)
    const anchors = new Set(article?.toc.map((entry) => entry.id))
    for (const source of Object.values(SEVERAL_SOURCES)) expect(anchors).toContain(source.anchor)
  })
})

/** The situation the prose gate reads a process against: what the person told us about it. */
function situationFor(
  channel: ProcessChannel,
  stage: ProcessStage,
  tone: SeveralTone,
  named: Named,
): Situation {
  return situationSchema.parse({
    // Someone who only applied has spoken to nobody: the gate holds the words to that.
    stage: stage === 'applied' ? 'before' : 'after',
    progress: stage,
    reasons: ['other-offer'],
    certainty: 'certain',
    tone,
    runBy: channel === 'recruiter' ? 'agency' : 'employer',
    portal: channel === 'portal',
    details: named,
  })
}

const planOf = (words: ProcessWords, channel: ProcessChannel): PlanBody => ({
  verdict: 'withdraw',
  channel: channel === 'phone' ? 'phone' : 'email',
  headline: words.headline,
  why: words.why,
  cautions: words.cautions,
  scripts: words.scripts,
  steps: [],
})

test(
  'the prose gate finds nothing in any process, with details typed the way people type them',
  { timeout: 120_000 },
  () => {
    const used = new Set<string>()
    const recording = { get: (id: string) => (used.add(id), catalog.get(id)) } as Catalog
    const corpusSize = Math.max(
      ...(['yourName', 'contactName', 'company', 'role'] as const).map(
        (f) => TYPED_DETAILS[f].length,
      ),
    )
    let processes = 0
    const result = checkPlans(
      (function* () {
        let i = 0
        for (const { channel, stage, tone } of every()) {
          const typed: Named[] = [BARE, EXAMPLE]
          // Every typed value of every field meets every channel, stage and tone.
          for (let k = 0; k < corpusSize; k++) {
            const d = cornerDetails(k + i)
            typed.push({
              company: d.company!,
              role: d.role,
              contactName: d.contactName,
              // Every other one without their name, so the [your name] slots are read too.
              ...(k % 2 === 0 && { yourName: d.yourName }),
            })
          }
          for (const named of typed) {
            processes++
            const words = write(channel, stage, tone, named, recording)
            yield {
              situation: situationFor(channel, stage, tone, named),
              plan: planOf(words, channel),
            }
          }
          i++
        }
      })(),
    )
    console.log(
      `prose gate (several): ${processes.toLocaleString('en')} processes, ${result.texts.toLocaleString('en')} distinct texts, ${result.findings.length} findings`,
    )
    expect(
      result.findings
        .slice(0, 30)
        .map((f) => `${f.check} @ ${f.where}: ${f.detail}\n    ${f.text}`),
      JSON.stringify(result.byCheck),
    ).toEqual([])
    expect(processes).toBeGreaterThan(1500)
    expect(
      MESSAGE_IDS.filter((id) => id.startsWith('several.') && !used.has(id)),
      'several.* messages no process uses',
    ).toEqual([])
  },
)
