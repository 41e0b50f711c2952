import type { StepId } from './steps'

/** Every question the wizard asks, its options and hints: the one place for this wording. */

export type Option = { value: string; label: string; hint?: string }
export type ChoiceQuestion = {
  kind: 'radio' | 'checkbox'
  legend: string
  /** The legend when the stage asks for other words (after accepting an offer). */
  legendAccepted?: string
  hint?: string
  options: Option[]
  /** Short form for the check-answers page. */
  summary: string
}
export type TextQuestion = {
  kind: 'text'
  label: string
  hint?: string
  summary: string
  autoComplete?: string
}
export type Question = ChoiceQuestion | TextQuestion

const yesNo = (yes: string, no: string): Option[] => [
  { value: 'yes', label: yes },
  { value: 'no', label: no },
]

export const QUESTIONS: Record<string, Question> = {
  stage: {
    kind: 'radio',
    legend: 'Where are you with this job?',
    summary: 'Where you are',
    options: [
      { value: 'before', label: 'An interview is booked, and I already know I don’t want the job' },
      { value: 'during', label: 'I’m in the interview now, or about to go in' },
      { value: 'after', label: 'I’ve interviewed, and I’m waiting or have more rounds to go' },
      { value: 'offer', label: 'They’ve offered me the job' },
      { value: 'accepted', label: 'I’ve accepted their offer, and now I want to back out' },
    ],
  },
  progress: {
    kind: 'radio',
    legend: 'How far have you got in their process?',
    summary: 'How far you’ve got',
    options: [
      { value: 'applied', label: 'I’ve applied, nothing more' },
      { value: 'screened', label: 'I’ve had a phone screen' },
      { value: 'interviewed', label: 'I’ve had at least one proper interview' },
      { value: 'final', label: 'I’ve had the final round' },
    ],
  },
  nextInterview: {
    kind: 'radio',
    legend: 'When is your next interview with them?',
    summary: 'Next interview',
    options: [
      { value: 'within24h', label: 'Within the next 24 hours' },
      { value: 'later', label: 'More than a day away' },
      { value: 'none', label: 'Nothing is booked' },
    ],
  },
  reasons: {
    kind: 'checkbox',
    legend: 'Why do you want to step away?',
    hint: 'Choose up to four. Only you see this: it shapes the advice, and we never blame anyone in the words.',
    summary: 'Your reasons',
    options: [
      { value: 'unsafe', label: 'I feel unsafe' },
      { value: 'rude-interviewer', label: 'The interviewer is openly rude or disrespectful' },
      {
        value: 'misled-format',
        label: 'I was misled about the interview, e.g. a “one-to-one” that is a group session',
      },
      { value: 'role-mismatch', label: 'The job isn’t the one that was advertised' },
      { value: 'level-mismatch', label: 'The level is wrong: too junior or too senior' },
      { value: 'pay', label: 'The pay is too low' },
      { value: 'culture', label: 'The culture or the team isn’t for me' },
      { value: 'logistics', label: 'Location, hours or commute don’t work' },
      { value: 'other-offer', label: 'I have another offer I prefer' },
      { value: 'personal', label: 'Personal circumstances' },
      { value: 'lost-interest', label: 'I’ve simply lost interest' },
      { value: 'counter-offer', label: 'My current employer has asked me to stay' },
      {
        value: 'discrimination',
        label:
          'They asked questions they shouldn’t have, e.g. about age, family, health or religion',
      },
      {
        value: 'scam',
        label:
          'It looks like a scam: they want money, bank details or ID before any real interview',
      },
    ],
  },
  'details.advertised': {
    kind: 'text',
    label: 'What did the job advert describe?',
    hint: 'A few words, for example “a generalist marketing role” or “remote”.',
    summary: 'What was advertised',
  },
  'details.actual': {
    kind: 'text',
    label: 'What does the job actually seem to be?',
    hint: 'A few words, for example “entirely social media”, or a short sentence such as “they want me in the office every day”.',
    summary: 'What the job really is',
  },
  certainty: {
    kind: 'radio',
    legend: 'If they offered you this job, would you turn it down?',
    legendAccepted: 'Are you sure you want to go back on your acceptance?',
    summary: 'Would you turn it down',
    options: [
      { value: 'certain', label: 'Yes, definitely' },
      { value: 'leaning', label: 'Probably' },
      { value: 'unsure', label: 'I’m not sure' },
    ],
  },
  changeMind: {
    kind: 'radio',
    legend: 'Would anything change your mind?',
    summary: 'What would change your mind',
    options: [
      { value: 'nothing', label: 'No, nothing would' },
      { value: 'more-pay', label: 'Better pay' },
      { value: 'different-role', label: 'A different role with the same employer' },
    ],
  },
  fearOfInterviewing: {
    kind: 'radio',
    legend: 'Is part of this a worry that you’ll interview badly?',
    hint: 'That’s common and nothing to be ashamed of, and it changes the advice.',
    summary: 'Worried about interviewing',
    options: yesNo('Yes, a bit', 'No'),
  },
  needJob: {
    kind: 'radio',
    legend: 'How much do you need a new job soon?',
    summary: 'How much you need a job',
    options: [
      { value: 'urgent', label: 'Urgently' },
      { value: 'somewhat', label: 'Fairly soon' },
      { value: 'not-really', label: 'Not really: I have time or other options' },
    ],
  },
  keepDoorOpen: {
    kind: 'radio',
    legend: 'Would you like a different role with this employer one day?',
    summary: 'Keep the door open',
    options: yesNo('Yes, I’d like to stay in touch', 'No'),
  },
  'details.positives': {
    kind: 'text',
    label: 'What did you like about them? (optional)',
    hint: 'Something specific, for example “your plans for the mobile app”.',
    summary: 'What you liked',
  },
  'details.betterFit': {
    kind: 'text',
    label: 'What kind of role would suit you better? (optional)',
    hint: 'A few words, for example “more leadership responsibility”, or a sentence such as “I’d prefer something remote”.',
    summary: 'A better fit',
  },
  'details.referral.name': {
    kind: 'text',
    label: 'Someone you could suggest instead (optional)',
    hint: 'Only name someone who has agreed to be put forward.',
    summary: 'Someone to suggest',
  },
  'details.referral.connection': {
    kind: 'text',
    label: 'How do you know them? (optional)',
    hint: 'For example “a former colleague from my last job”.',
    summary: 'How you know them',
  },
  signed: {
    kind: 'radio',
    legend: 'What have you signed?',
    hint: 'What you signed decides what you owe them. We’ll point you to what to check.',
    summary: 'What you signed',
    options: [
      { value: 'nothing', label: 'Nothing: I said yes by phone or email' },
      { value: 'offer-letter', label: 'An offer letter' },
      { value: 'contract', label: 'An employment contract' },
    ],
  },
  country: {
    kind: 'radio',
    legend: 'Where is the job?',
    hint: 'Some rules differ by country. We’ll say what to check; it isn’t legal advice.',
    summary: 'Where the job is',
    options: [
      { value: 'uk', label: 'The United Kingdom' },
      { value: 'de', label: 'Germany' },
      { value: 'in', label: 'India' },
      { value: 'other', label: 'Somewhere else' },
    ],
  },
  moments: {
    kind: 'checkbox',
    legend: 'Does any of this apply?',
    hint: 'Tick any that do, or none. Each one changes a step or a few words.',
    summary: 'Also applies',
    options: [
      { value: 'agency', label: 'A recruiter or agency is running the process' },
      { value: 'referred', label: 'Someone referred me for this job' },
      { value: 'portal', label: 'I applied through an online application portal' },
      { value: 'take-home', label: 'They’ve set a take-home task I’d rather not do' },
      { value: 'benefits', label: 'I’m claiming unemployment benefits' },
      { value: 'campus', label: 'It’s a campus or graduate scheme, through my careers office' },
    ],
  },
  'details.referrerName': {
    kind: 'text',
    label: 'Who referred you? (optional)',
    hint: 'They’ll hear it from you first: we’ll write them a short note.',
    summary: 'Who referred you',
  },
  channel: {
    kind: 'radio',
    legend: 'If you withdraw, how would you rather tell them?',
    summary: 'How you’d rather tell them',
    options: [
      { value: 'either', label: 'Whichever works best' },
      { value: 'phone', label: 'By phone' },
      { value: 'email', label: 'By email' },
    ],
  },
  tone: {
    kind: 'radio',
    legend: 'What tone suits you?',
    summary: 'Tone',
    options: [
      { value: 'warm', label: 'Warm and personal' },
      { value: 'neutral', label: 'Plain and friendly' },
      { value: 'formal', label: 'Formal' },
    ],
  },
  explain: {
    kind: 'radio',
    legend: 'How much do you want to tell them about why?',
    summary: 'How much to explain',
    options: [
      { value: 'brief', label: 'One short, honest reason' },
      { value: 'none', label: 'Nothing: just the decision' },
      {
        value: 'full',
        label: 'I’d like to tell them everything that went wrong',
        hint: 'We’ll still keep the words neutral, and explain why that serves you.',
      },
    ],
  },
  'details.yourName': {
    kind: 'text',
    label: 'Your name (optional)',
    summary: 'Your name',
    autoComplete: 'name',
  },
  'details.contactName': {
    kind: 'text',
    label: 'The name of the person you’re dealing with (optional)',
    hint: 'The recruiter or hiring manager, written as you’d greet them: “Dana”, or “Ms Okonkwo” if you keep it formal. The letters open with it.',
    summary: 'Their name',
  },
  'details.company': {
    kind: 'text',
    label: 'Company (optional)',
    summary: 'Company',
    autoComplete: 'organization',
  },
  'details.role': {
    kind: 'text',
    label: 'Job title (optional)',
    summary: 'Job title',
    autoComplete: 'organization-title',
  },
}

export const STEP_TITLES: Record<StepId, string> = {
  stage: 'Where you are',
  progress: 'How far you’ve got',
  reasons: 'What’s wrong',
  mismatch: 'How the job differs from the advert',
  signed: 'What you signed',
  country: 'Where the job is',
  sure: 'How sure you are',
  relationship: 'The relationship',
  extras: 'Anything else',
  delivery: 'How to say it',
  names: 'Names to use',
  check: 'Check your answers',
}

export const STEP_INTROS: Partial<Record<StepId, string>> = {
  mismatch:
    'Both are optional. If you fill them in, your words can name the difference plainly and without blame.',
  relationship: 'A “no” to this role can still leave the door open to a better one.',
  names:
    'All optional. Names make the words read naturally; without them, the words still work. Nothing here is stored.',
}

/** The label of an answer, for the check page. */
export function answerLabel(field: string, value: string | string[]): string {
  const question = QUESTIONS[field]
  if (!question) return ''
  if (question.kind === 'text') return typeof value === 'string' ? value : ''
  const values = Array.isArray(value) ? value : [value]
  return values
    .map((v) => question.options.find((o) => o.value === v)?.label)
    .filter(Boolean)
    .join('; ')
}
