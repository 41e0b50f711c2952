import { describe, expect, it } from 'vitest'
import type { PlanBody, Script } from '@/lib/engine/types'
import {
  cleanText,
  DETAIL_LIMITS,
  situationSchema,
  type Situation,
  type SituationInput,
} from '@/lib/situation'
import {
  checkPlan,
  checkPlans,
  CHECKS,
  SHARED_ALLOWED,
  type Check,
  type Finding,
} from './prose-gate'
import { cornerDetails, EXAMPLE_DETAILS, TYPED_DETAILS, type TypedField } from './typed-corpus'

/*
 * Each check is shown a hand-made plan with the fault it exists for, and must report it; and a
 * hand-made plan that reads well, and must stay quiet. A check that never fires is as useless as
 * one that always does, so both halves matter.
 */

const base: SituationInput = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['role-mismatch'],
  certainty: 'certain',
  details: {
    yourName: 'Sam Lee',
    contactName: 'Dana',
    company: 'Acme Health',
    role: 'Operations Coordinator',
  },
}
const sit = (overrides: Partial<SituationInput> = {}): Situation =>
  situationSchema.parse({ ...base, ...overrides })

const source = { slug: 'call-or-email', anchor: 'after-real-interviews' }

const PHONE: Script = {
  kind: 'phone',
  title: 'What to say on the phone',
  body: "Hi Dana, it's Sam Lee. Thanks for taking my call. I've decided to withdraw from the Operations Coordinator process. It isn't the right fit for me, and I wanted you to hear it from me first. I'll send a short note by email too.",
}
const VOICEMAIL: Script = {
  kind: 'voicemail',
  title: 'If you get voicemail',
  body: "Hi Dana, this is Sam Lee, about the Operations Coordinator role. I'm calling to withdraw from the process; I'll confirm by email today. My number is [your number]. Thank you.",
}
const EMAIL: Script = {
  kind: 'email',
  title: 'Email after the call',
  subject: 'Withdrawing: Operations Coordinator',
  body: 'Hi Dana,\n\nThank you for your time during the process. As we discussed, I am withdrawing my application for the Operations Coordinator position.\n\nThe work is further from what I am looking for than I expected.\n\nBest wishes,\nSam Lee',
}

const good: PlanBody = {
  verdict: 'withdraw',
  channel: 'phone-then-email',
  headline: 'Withdraw now: call Dana, then send a short email.',
  why: [{ text: 'After real interviews, a call stands out and carries your tone.', source }],
  cautions: [],
  scripts: [PHONE, VOICEMAIL, EMAIL],
  steps: ['Call Dana today, using the words below.', 'Send the email after the call.'],
}

const plan = (overrides: Partial<PlanBody> = {}): PlanBody => ({ ...good, ...overrides })
const withEmail = (body: string, subject = EMAIL.subject): PlanBody =>
  plan({ scripts: [PHONE, VOICEMAIL, { ...EMAIL, subject, body }] })
const withVoicemail = (body: string): PlanBody =>
  plan({ scripts: [PHONE, { ...VOICEMAIL, body }, EMAIL] })

const of = (findings: Finding[], check: Check) => findings.filter((f) => f.check === check)
const checked = (s: Situation, p: PlanBody, check: Check) => of(checkPlan(s, p), check)

describe('the hand-made good plan', () => {
  it('reads clean to every check', () => {
    expect(checkPlan(sit(), good)).toEqual([])
  })
})

describe('retext', () => {
  it('reports a repeated word and a wrong article', () => {
    const found = checked(
      sit(),
      withEmail(
        'Hi Dana,\n\nI am withdrawing from the the process for a operations role and a hour.\n\nSam Lee',
      ),
      'retext',
    )
    expect(found.map((f) => f.detail).join('\n')).toMatch(/repeated `the`/)
    expect(found.map((f) => f.detail).join('\n')).toMatch(/`a` before `hour`/)
    expect(found[0]?.where).toBe('script:email')
  })
  it('leaves a typed value alone when the fault is wholly the person’s', () => {
    const s = sit({ details: { ...base.details, positives: 'an hour of of honest talk' } })
    const p = withEmail('Hi Dana,\n\nThank you for an hour of of honest talk.\n\nSam Lee')
    expect(checked(s, p, 'retext')).toEqual([])
  })
})

describe('typed text meeting a sentence', () => {
  const typed = (details: SituationInput['details'], tone?: SituationInput['tone']) =>
    sit({ details: { ...base.details, ...details }, ...(tone ? { tone } : {}) })

  it('reports a greeting to a role or a description, and stays quiet for a name', () => {
    const farah = typed({ contactName: 'my former lead, Farah' })
    for (const hello of ['Hi Former Lead,', 'Hello Hiring Manager,', 'Dear the recruiter,'])
      expect(
        checked(farah, withEmail(`${hello}\n\nThank you.\n\nSam Lee`), 'greeting'),
        hello,
      ).toHaveLength(1)
    expect(checked(farah, withEmail('Hi Farah,\n\nThank you.\n\nSam Lee'), 'greeting')).toEqual([])
    expect(checked(farah, withEmail('Hi there,\n\nThank you.\n\nSam Lee'), 'greeting')).toEqual([])
  })

  it('reports a full name after "Hi", but not a formal "Dear" with one', () => {
    const karen = typed({ contactName: 'Karen Li' })
    expect(checked(karen, withEmail('Hi Karen Li,\n\nThank you.\n\nSam'), 'greeting')).toHaveLength(
      1,
    )
    const phone = { ...PHONE, body: "Hi Karen Li, it's Sam, calling about the role." }
    expect(checked(karen, plan({ scripts: [phone, VOICEMAIL, EMAIL] }), 'greeting')).toHaveLength(1)
    const formal = typed({ contactName: 'Karen Li' }, 'formal')
    expect(checked(formal, withEmail('Dear Karen Li,\n\nThank you.\n\nSam'), 'greeting')).toEqual(
      [],
    )
    expect(checked(karen, withEmail('Hi Mr. Li,\n\nThank you.\n\nSam'), 'greeting')).toEqual([])
  })

  it('reports a company typed as a description printed as a proper name', () => {
    const hospital = typed({ company: 'a regional hospital' })
    const p = withEmail('Hi Dana,\n\nCould you let Regional Hospital know?\n\nSam')
    expect(checked(hospital, p, 'description-as-name')).toHaveLength(1)
    const fine = withEmail('Hi Dana,\n\nCould you let the regional hospital know?\n\nSam')
    expect(checked(hospital, fine, 'description-as-name')).toEqual([])
    // A real name in capitals is a name.
    const named = typed({ company: 'Regional Hospital' })
    expect(checked(named, p, 'description-as-name')).toEqual([])
  })

  it('reports a verb of ours doubled with one of theirs, not their own doubling', () => {
    const s = typed({ positives: 'loved the hack week idea!!' })
    const bad = withEmail('Hi Dana,\n\nI especially liked loved the hack week idea.\n\nSam')
    expect(checked(s, bad, 'verb-doubled')).toHaveLength(1)
    const good = withEmail('Hi Dana,\n\nI loved the hack week idea.\n\nSam')
    expect(checked(s, good, 'verb-doubled')).toEqual([])
    const theirs = typed({ positives: 'how you liked loved ideas' })
    const own = withEmail('Hi Dana,\n\nI liked how you liked loved ideas.\n\nSam')
    expect(checked(theirs, own, 'verb-doubled')).toEqual([])
  })

  it('reports typed text left as a sentence without a verb, not a sentence that has one', () => {
    const s = typed({ positives: 'the mentoring, the office, the people' })
    const bad = withEmail('Hi Dana,\n\nThank you. The mentoring, the office, the people.\n\nSam')
    expect(checked(s, bad, 'no-verb')).toHaveLength(1)
    const good = withEmail(
      'Hi Dana,\n\nI liked the mentoring, the office and the people. Thank you, Dr. Patel.\n\nSam',
    )
    expect(checked(s, good, 'no-verb')).toEqual([])
  })

  it('reports an emoji in words to send, even one the person typed', () => {
    const s = typed({ positives: 'the team 😊' })
    expect(checked(s, withEmail('Hi Dana,\n\nI liked the team 😊.\n\nSam'), 'emoji')).toHaveLength(
      1,
    )
    expect(checked(s, withEmail('Hi Dana,\n\nI liked the team.\n\nSam'), 'emoji')).toEqual([])
  })
})

describe('seam', () => {
  const bad: [string, string][] = [
    ['comma then stop', 'Thank you for your time,.'],
    ['typed stop then template stop', 'I am withdrawing from the Remote. .'],
    ['exclamation then comma', 'Hi Jamie!, thank you.'],
    ['ellipsis', 'I have thought about it...'],
    ['space before comma', 'Hi Dana , thank you.'],
    ['empty brackets', 'Thank you () for your time.'],
    ['doubled bracket', 'Thank you Dana ((recruiter) for your time.'],
    ['comma after opening bracket', 'Thank you (, Dana) for your time.'],
    ['line starting with punctuation', 'Thank you.\n, Sam'],
    ['double space', 'Thank you  for your time.'],
    ['space before a colon', 'One question : when do you start?'],
    ['lower case after a full stop', 'Thank you. it was good to meet you.'],
    ['the the', 'I am withdrawing from the the process.'],
    ['the a', 'I applied for the a team lead role.'],
    ['a the', 'It is a the Senior Analyst position.'],
    ['the my', 'It was the my dream job.'],
    ['my my', 'It was my my dream job.'],
    ['space at the end of a line', 'Thank you. \nSam'],
    ['a greeting before a typed article', 'Hi the recruiter,\n\nThank you.'],
  ]
  for (const [name, body] of bad)
    it(`reports ${name}`, () => {
      expect(checked(sit(), withEmail(body), 'seam').length, body).toBeGreaterThan(0)
    })

  it('reports an empty text', () => {
    expect(checked(sit(), plan({ headline: ' ' }), 'seam')).toHaveLength(1)
  })

  const fine = [
    'I met Dr. Patel and Ms. Jones at Acme Inc., which I enjoyed.',
    'e.g. the schedule. Or not.',
    'Is this a good time? I have news.',
    'I worked on .NET for years.',
    'My name is J. Smith.',
  ]
  for (const body of fine)
    it(`passes "${body}"`, () => {
      expect(checked(sit(), withEmail(body), 'seam')).toEqual([])
    })

  it('lets a sentence start with a value typed in lower case', () => {
    const s = sit({ details: { ...base.details, contactName: 'de la Cruz' } })
    expect(checked(s, withEmail('Thank you. de la Cruz will hear from me.'), 'seam')).toEqual([])
    // …but not with any other lower-case word.
    expect(checked(s, withEmail('Thank you. del Toro will hear from me.'), 'seam')).toHaveLength(1)
  })

  it('reports a seam that straddles typed and template text, not one inside the typing', () => {
    const typed = sit({ details: { ...base.details, company: 'Yahoo!', actual: 'Sales!!' } })
    expect(checked(typed, withEmail('I enjoyed meeting the team at Yahoo!.'), 'seam')).toHaveLength(
      1,
    )
    // The typed "!" should have been stripped: the template's sentence goes on in lower case.
    expect(
      checked(typed, withEmail('I enjoyed meeting the team at Yahoo! today.'), 'seam'),
    ).toHaveLength(1)
    expect(checked(typed, withEmail('The job is mostly Sales!! Thank you.'), 'seam')).toEqual([])
  })
})

describe('doubled', () => {
  it('reports a word twice in a row whatever its case, and two role-words', () => {
    const s = sit({ details: { ...base.details, role: 'Product Manager role' } })
    expect(
      checked(s, withEmail('I am withdrawing from the Product Manager role role.'), 'doubled'),
    ).toHaveLength(1)
    expect(checked(s, withEmail('Thank you Dana\nDana.'), 'doubled')).toHaveLength(1)
    expect(checked(s, withEmail('It is a data analyst job position.'), 'doubled')).toHaveLength(1)
    expect(checked(s, withEmail('It is a role job.'), 'doubled')[0]?.detail).toMatch(/role-words/)
  })
  it('passes a word beside an acronym spelled the same', () => {
    const s = sit({ details: { ...base.details, company: 'AT&T' } })
    expect(
      checked(s, withEmail('I am withdrawing from the role at AT&T. I work in IT.'), 'doubled'),
    ).toEqual([])
  })
  it('passes "had had", a role-word once, and a name typed twice by the person', () => {
    const s = sit({ details: { ...base.details, company: 'Duran Duran' } })
    expect(checked(s, withEmail('I had had enough. The role is not for me.'), 'doubled')).toEqual(
      [],
    )
    expect(checked(s, withEmail('Thank you for your time at Duran Duran.'), 'doubled')).toEqual([])
  })
})

describe('clause-in-noun-slot', () => {
  const s = sit({
    details: {
      ...base.details,
      actual: 'they want me in the office 5 days',
      betterFit: "I'd prefer something remote",
      positives: 'how open you were about the salary',
    },
  })
  it('reports a typed clause after a noun frame', () => {
    expect(
      checked(
        s,
        withEmail('The job is really about they want me in the office 5 days.'),
        'clause-in-noun-slot',
      ),
    ).toHaveLength(1)
    expect(
      checked(
        s,
        withEmail("Keep me in mind for I'd prefer something remote."),
        'clause-in-noun-slot',
      ),
    ).toHaveLength(1)
    expect(
      checked(
        s,
        withEmail('I liked the how open you were about the salary.'),
        'clause-in-noun-slot',
      ),
    ).toHaveLength(1)
  })
  it('passes a clause in a clause slot, and a noun-clause after a preposition', () => {
    expect(
      checked(
        s,
        withEmail('I learned that they want me in the office 5 days.'),
        'clause-in-noun-slot',
      ),
    ).toEqual([])
    expect(
      checked(
        s,
        withEmail('I was grateful for how open you were about the salary.'),
        'clause-in-noun-slot',
      ),
    ).toEqual([])
    // A noun phrase is not a clause, whatever frame it follows.
    const noun = sit({ details: { ...base.details, actual: 'mostly cold calling' } })
    expect(
      checked(noun, withEmail('The job is about mostly cold calling.'), 'clause-in-noun-slot'),
    ).toEqual([])
  })
})

describe('intensifier', () => {
  it('reports two intensifiers in one script, subject and body together', () => {
    const found = checked(
      sit(),
      withEmail('Thank you so much. I am really sorry.', 'Truly withdrawing'),
      'intensifier',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.detail).toMatch(/3 intensifiers/)
  })
  it('reports two in the headline', () => {
    expect(
      checked(sit(), plan({ headline: 'Really, truly withdraw.' }), 'intensifier'),
    ).toHaveLength(1)
  })
  it('passes one per script, and ignores the person’s own', () => {
    expect(checked(sit(), withEmail('Thank you so much for your time.'), 'intensifier')).toEqual([])
    const s = sit({ details: { ...base.details, positives: 'everyone was really very friendly' } })
    expect(
      checked(
        s,
        withEmail('I noticed that everyone was really very friendly. Thank you so much.'),
        'intensifier',
      ),
    ).toEqual([])
  })
})

describe('repeat-4gram', () => {
  it('reports four words used twice in one script', () => {
    const found = checked(
      sit(),
      withEmail('I would like to withdraw. After some thought, I would like to withdraw now.'),
      'repeat-4gram',
    )
    expect(found.map((f) => f.text)).toEqual(['i would like to withdraw'])
  })
  it('masks the longer of two overlapping typed values', () => {
    // "the product" (positives) overlaps "the Product Manager role": the role must win, or the
    // rest of it ("manager role role") would look like a repeated phrase.
    const s = sit({
      details: { ...base.details, role: 'Product Manager role', positives: 'the product' },
    })
    const p = withEmail(
      'Hi Dana,\n\nThank you for your offer for the Product Manager role, and for the time.\n\nSam Lee',
      'Your offer for the Product Manager role',
    )
    expect(checked(s, p, 'repeat-4gram').map((f) => f.text)).toEqual([
      'your offer for the typed_role',
    ])
  })
  it('passes a long typed value named in subject and body', () => {
    const s = sit({
      details: { ...base.details, role: 'Senior Vice President of Global Strategy' },
    })
    const p = withEmail(
      'Hi Dana,\n\nI am withdrawing from the Senior Vice President of Global Strategy process.\n\nSam Lee',
      'Senior Vice President of Global Strategy',
    )
    expect(checked(s, p, 'repeat-4gram')).toEqual([])
  })
})

describe('phone-email-shared', () => {
  it('reports a sentence said on the phone and written in the email', () => {
    const found = checked(
      sit(),
      withEmail(
        "Hi Dana,\n\nIt isn't the right fit for me, and I wanted you to hear it from me first.\n\nSam Lee",
      ),
      'phone-email-shared',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.text).toBe(
      "it isn't the right fit for me, and i wanted you to hear it from me first",
    )
  })
  it('compares sentences with typed values masked, so "Dr. Patel" does not end a sentence', () => {
    const s = sit({ details: { ...base.details, contactName: 'Dr. Patel' } })
    const phone: Script = { ...PHONE, body: 'Hi Dr. Patel, thank you for all of your time.' }
    const email: Script = { ...EMAIL, body: 'Dear Dr. Patel, thank you for all of your time.' }
    expect(
      checked(s, plan({ scripts: [phone, VOICEMAIL, email] }), 'phone-email-shared'),
    ).toHaveLength(0)
    const email2: Script = { ...EMAIL, body: 'Dear Dr. Patel,\n\nThank you for all of your time.' }
    const phone2: Script = { ...PHONE, body: 'Hello. Thank you for all of your time.' }
    expect(
      checked(s, plan({ scripts: [phone2, VOICEMAIL, email2] }), 'phone-email-shared'),
    ).toHaveLength(1)
  })
  it('has no exceptions yet, and passes distinct wording', () => {
    expect(SHARED_ALLOWED).toEqual([])
    expect(checked(sit(), good, 'phone-email-shared')).toEqual([])
  })
})

describe('voicemail-caller', () => {
  it('reports a voicemail without the caller, the number or the role, or asking for a call back', () => {
    const found = checked(
      sit(),
      withVoicemail('Hi Dana, I am withdrawing from the process. Please call me back.'),
      'voicemail-caller',
    )
    expect(found.map((f) => f.detail).sort()).toEqual([
      'the voicemail asks for a call back ("call me back")',
      'the voicemail does not say the caller’s name',
      'the voicemail does not say which role it is about',
      'the voicemail has no "[your number]" slot',
    ])
  })
  it('asks for the slots when no name or role was typed', () => {
    const s = sit({ details: {} })
    const found = checked(
      s,
      withVoicemail('Hi, I am withdrawing. My number is [your number].'),
      'voicemail-caller',
    )
    expect(found.map((f) => f.detail).sort()).toEqual([
      'the voicemail does not say which role it is about',
      'the voicemail has no "[your name]" slot',
    ])
    expect(
      checked(
        s,
        withVoicemail(
          'Hello, this is [your name], about the role. I am withdrawing. My number is [your number].',
        ),
        'voicemail-caller',
      ),
    ).toEqual([])
  })
  it('passes the good voicemail, with a name typed as "Sam Lee." and used without the stop', () => {
    expect(
      checked(
        sit({ details: { ...base.details, yourName: 'Sam Lee.' } }),
        good,
        'voicemail-caller',
      ),
    ).toEqual([])
  })
})

describe('placeholder', () => {
  for (const leftover of ['{role}', '$role', 'undefined', 'null', 'NaN', '[object Object]'])
    it(`reports ${leftover}`, () => {
      expect(
        checked(sit(), withEmail(`I am withdrawing from the ${leftover} process.`), 'placeholder')
          .length,
      ).toBeGreaterThan(0)
    })
  it('passes a "$" the person typed', () => {
    const s = sit({ details: { ...base.details, advertised: '$120k-$140k base' } })
    expect(checked(s, withEmail('The posting said $120k-$140k base.'), 'placeholder')).toEqual([])
  })
})

describe('unsupported-claim', () => {
  const claim = (s: Situation, p: PlanBody) =>
    checked(s, p, 'unsupported-claim').map((f) => f.detail.split(':')[0])

  it('warmth after rudeness, unsafety or a misled format', () => {
    const p = withEmail('Thank you for a lovely afternoon.')
    expect(claim(sit({ reasons: ['rude-interviewer'] }), p)).toEqual(['warmth-after-mistreatment'])
    expect(claim(sit({ reasons: ['pay'] }), p)).toEqual([])
    // The person's own words are theirs.
    const own = sit({
      reasons: ['unsafe'],
      details: { ...base.details, positives: 'Dana was lovely' },
    })
    expect(claim(own, withEmail('I noticed Dana was lovely.'))).toEqual([])
  })

  it('talk or meeting before anyone has talked', () => {
    const s = sit({ stage: 'before', progress: 'applied' })
    const emailOnly: PlanBody = {
      ...withEmail('Thank you for our conversation and for meeting me.'),
      channel: 'email',
    }
    expect(claim(s, emailOnly).sort()).toEqual(['met-before-contact', 'talk-before-contact'])
    expect(claim(sit(), emailOnly)).toEqual([])
    // After this plan's own call, the email may mention it.
    expect(claim(s, withEmail('Thank you for taking our call earlier.'))).toEqual([])
    // Steps are advice, not claims.
    expect(claim(s, plan({ channel: 'email', steps: ['If you have met them, call.'] }))).toEqual([])
  })

  it('thanking them for the person’s own call', () => {
    const p = plan({
      scripts: [{ ...PHONE, body: PHONE.body + ' Thank you for the call.' }, VOICEMAIL, EMAIL],
    })
    expect(claim(sit(), p)).toEqual(['thanks-for-own-call'])
    expect(claim(sit(), withEmail('Thank you for the call this morning.'))).toEqual([])
  })

  it('"you\'re sure" when they are not', () => {
    const p = plan({ steps: ["Once you're sure, send the email."] })
    expect(claim(sit({ certainty: 'leaning' }), p)).toEqual(['sure-when-not-certain'])
    expect(claim(sit({ certainty: 'certain' }), p)).toEqual([])
  })

  it('an interview ahead when none is scheduled', () => {
    const p = plan({ steps: ['Go to the interview and ask about the schedule.'] })
    expect(claim(sit({ stage: 'before', nextInterview: 'none' }), p)).toEqual([
      'interview-ahead-when-none',
    ])
    expect(claim(sit({ stage: 'before', nextInterview: 'later' }), p)).toEqual([])
  })

  it('short notice when the interview is not within a day', () => {
    const p = withEmail('I am sorry for the short notice.')
    expect(claim(sit({ nextInterview: 'later' }), p)).toEqual(['short-notice'])
    expect(claim(sit({ nextInterview: 'within24h' }), p)).toEqual([])
  })

  it('their offer when they have made none, not the person’s other offer', () => {
    expect(claim(sit(), withEmail('Thank you for the offer.'))).toEqual(['their-offer-without-one'])
    expect(claim(sit({ stage: 'offer' }), withEmail('Thank you for the offer.'))).toEqual([])
    expect(
      claim(
        sit(),
        withEmail('I have accepted the offer from another company. I had an offer elsewhere.'),
      ),
    ).toEqual([])
  })

  it('keeping in touch when the door is closed, except in the follow-up', () => {
    const p = withEmail('I hope we can keep in touch.')
    expect(claim(sit({ keepDoorOpen: false }), p)).toEqual(['keep-in-touch-door-closed'])
    expect(claim(sit({ keepDoorOpen: true }), p)).toEqual([])
    const followUp: Script = {
      kind: 'follow-up',
      title: 'In three months',
      body: 'Let us stay in touch.',
    }
    expect(claim(sit({ keepDoorOpen: false }), plan({ scripts: [followUp] }))).toEqual([])
  })

  it('an email referring to a call the plan does not have', () => {
    const p = withEmail('Further to my call, I am withdrawing.')
    expect(claim(sit(), { ...p, channel: 'email' })).toEqual(['call-reference-without-call'])
    expect(claim(sit(), p)).toEqual([])
  })

  it('"below" with no words below', () => {
    expect(claim(sit(), plan({ scripts: [] }))).toEqual(['below-without-words'])
    expect(claim(sit(), good)).toEqual([])
  })
})

describe('script-missing', () => {
  it('reports a step pointing at a script the plan lacks', () => {
    const noEmail = plan({
      scripts: [PHONE, VOICEMAIL],
      steps: ['Get advice before you send the email below.'],
    })
    expect(checked(sit(), noEmail, 'script-missing').map((f) => f.where)).toEqual(['step[0]'])
    const noCall = plan({
      scripts: [EMAIL],
      steps: ['Send the email straight after the call.'],
    })
    expect(checked(sit(), noCall, 'script-missing')[0]?.detail).toMatch(/a call/)
    const noNotice = plan({ steps: ['Print the notice below and sign it by hand.'] })
    expect(checked(sit(), noNotice, 'script-missing')).toHaveLength(1)
  })
  it('passes when every script a line points at is there', () => {
    expect(checked(sit(), good, 'script-missing')).toEqual([])
    const withAll = plan({
      steps: [
        'Call Dana, using the points below.',
        'If you reach their voicemail, leave the message below.',
        'Send the short email below straight after the call.',
      ],
    })
    expect(checked(sit(), withAll, 'script-missing')).toEqual([])
  })
})

describe('short-too-long', () => {
  const SHORT = (body: string): Script => ({ kind: 'short', title: 'The short version', body })
  it('reports a short version of more than two sentences', () => {
    const p = plan({
      scripts: [
        SHORT(
          "Hi Dana,\n\nI've decided to withdraw my application. That means I won't be at the interview. I'm sorry for the short notice. Thank you for your time.\n\nSam Lee",
        ),
      ],
    })
    expect(checked(sit(), p, 'short-too-long')[0]?.detail).toMatch(/4 sentences/)
  })
  it('passes two sentences, counting no stop inside a typed name, a slot or an abbreviation', () => {
    const s = sit({ details: { ...base.details, company: 'Acme Inc.' } })
    const p = plan({
      scripts: [
        SHORT(
          "Hi Dana,\n\nThank you for your time, but I've decided to withdraw my application to Acme Inc. and Dr. Patel's team. [The pay, the hours. Say which] means the role doesn't work for me.\n\nBest wishes,\nSam Lee",
        ),
      ],
    })
    expect(checked(s, p, 'short-too-long')).toEqual([])
  })
})

describe('step-repeated', () => {
  it('reports the same step twice, and two steps saying the same thing', () => {
    const twice = plan({
      steps: ['Send the email after the call.', 'Send the email after the call.'],
    })
    expect(checked(sit(), twice, 'step-repeated').map((f) => f.where)).toEqual(['step[1]'])
    const same = plan({
      steps: [
        'If you reach their voicemail, leave the message below, and send the email the same day either way.',
        'Send the short email below the same day, to confirm in writing.',
      ],
    })
    expect(checked(sit(), same, 'step-repeated')[0]?.detail).toMatch(/send the email the/)
  })
  it('passes steps that only share their timing', () => {
    const p = plan({
      steps: [
        'Write down what was asked as soon as you can.',
        'Send the email below as soon as you can.',
      ],
    })
    expect(checked(sit(), p, 'step-repeated')).toEqual([])
    expect(checked(sit(), good, 'step-repeated')).toEqual([])
  })
})

describe('caution-why-shared', () => {
  const withCaution = (text: string) =>
    plan({
      why: [
        {
          text: 'You need a job soon, and walking away is easiest when you have other options.',
          source,
        },
      ],
      cautions: [{ text, source }],
    })
  it('reports a caution that says again what a reason said', () => {
    const p = withCaution(
      'You need a job soon. Walking away is easiest when you have other options, so line some up first.',
    )
    expect(checked(sit(), p, 'caution-why-shared').map((f) => f.text)).toEqual([
      'you need a job soon',
      'walking away is easiest when you have other options',
    ])
  })
  it('passes a caution that says something new', () => {
    const p = withCaution(
      'Make sure you have other interviews lined up before you turn this one down.',
    )
    expect(checked(sit(), p, 'caution-why-shared')).toEqual([])
  })
})

describe('checkPlans', () => {
  it('counts distinct texts and findings by check', () => {
    const s = sit()
    const result = checkPlans([
      { situation: s, plan: good },
      { situation: s, plan: good },
      { situation: s, plan: plan({ headline: 'Withdraw now,.' }) },
    ])
    // good: headline, 1 why, 2 steps, phone, voicemail, email subject and body = 8; +1 headline.
    expect(result.texts).toBe(9)
    expect(result.byCheck.seam).toBe(1)
    expect(Object.keys(result.byCheck).sort()).toEqual([...CHECKS].sort())
    expect(result.findings).toHaveLength(1)
  })
})

describe('the typed corpus', () => {
  const fields = Object.keys(TYPED_DETAILS) as TypedField[]

  it('has at least 30 distinct values a field, each clean, within its cap and brace-free', () => {
    for (const field of fields) {
      const values = TYPED_DETAILS[field]
      expect(values.length, field).toBeGreaterThanOrEqual(30)
      expect(new Set(values).size, field).toBe(values.length)
      for (const value of values) {
        expect(cleanText(value, DETAIL_LIMITS[field]), `${field}: ${value}`).toBe(value)
        expect(value, field).not.toMatch(/[{}]/)
      }
    }
  })

  it('has a value near each cap', () => {
    for (const field of fields) {
      const longest = Math.max(...TYPED_DETAILS[field].map((v) => Array.from(v).length))
      expect(longest, field).toBeGreaterThan(DETAIL_LIMITS[field] - 10)
    }
  })

  it('rotates through every value, and the schema accepts what it builds unchanged', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 40; i++) {
      const details = cornerDetails(i)
      seen.add(details.role ?? '')
      const parsed = situationSchema.parse({ ...base, details }).details
      expect(parsed).toEqual(details)
    }
    expect(seen.size).toBe(TYPED_DETAILS.role.length)
    expect(cornerDetails(-1).role).toBe(TYPED_DETAILS.role[TYPED_DETAILS.role.length - 1])
    expect(situationSchema.parse({ ...base, details: EXAMPLE_DETAILS }).details).toEqual(
      EXAMPLE_DETAILS,
    )
  })
})
