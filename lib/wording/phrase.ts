import type { MessageFunction, MessageValue } from 'messageformat/functions'
import {
  LEADING_ARTICLE,
  shapeOf,
  TRAIT,
  trimEdges,
  type PhraseShape,
} from '@/lib/situation/typed-text'
import { NOT_A_NAME, nameCased, nameIn, parseCompany, parseName, titleCased } from './names'

export { shapeOf, type PhraseShape }

/*
 * Text the person typed, fitted into a sentence we wrote. People type a role as "Analyst",
 * "a team lead role" or "the Senior Analyst position"; what they liked as "the new clinic",
 * "meeting the team!" or "the team was lovely". One frame cannot take all of those, so the
 * message asks `:phrase` for the shape of the text and picks the frame that fits it, and
 * `:phrase` tidies the edges where the text meets the frame. Text that fits no frame is left
 * out by the message's catch-all variant rather than printed broken.
 */

/** A label after a name: "Dana (recruiter)", "Tom - hiring manager", "Priya, she's great". */
const NAME_LABELS = [/\s+[-–—]\s.*$/, /\s+\([^)]*\)?\s*$/, /,.*$/]
const ROLE_WORD =
  /\b(?:role|roles|job|position|post|opening|vacancy|opportunity|internship|placement|contract|gig)$/i
const VOWEL_SOUND = /^(?:[aeio]|u(?![nrs]i|ni|se|sa|ro|ti|k)|hour|honest|honou?r|heir)/i

/** Words of at most this many make a contrast a sentence can carry (`fit=gist`). */
const GIST_WORDS = 10

export type PhraseOptions = {
  /**
   * Someone else's name (names.ts reads it): `name` the first name, for "Hi Farah," and on a
   * call; `formal` a title and family name where typed, else the full name ("Dear Dr. Li,");
   * `full` the whole name, where they are named to someone else; `polite`, said aloud formally,
   * a title and family name where typed, else the first name. `self`: the person's own name, which they introduce and sign with, so a
   * label after it and a title before it go. `company`: the employer, as a name ("the University
   * of Leeds") or a description ("the regional hospital"); `employer`: only a name, for words
   * that speak to that employer (a description is left out). `start`: the text opens a sentence.
   */
  as?:
    'name' | 'formal' | 'full' | 'polite' | 'described' | 'self' | 'start' | 'company' | 'employer'
  /** The frame brings its own article or possessive: drop the text's a/an/the/my/our/your. */
  drop?: 'article'
  /** The frame needs a role word after a title: add " role" unless the text has one. */
  suffix?: 'role' | 'position'
  /** Lower-case a sentence-case first letter ("Remote" → "remote") for mid-sentence use. */
  case?: 'lower'
  /** A bare noun phrase gets "a" or "an" ("former colleague" → "a former colleague"). */
  article?: 'a' | 'role'
  /** A trait stands for a role: "remote" → "a remote role". */
  trait?: 'role'
  /** A contrast longer than its sentence can carry is cut to its first part, or left out. */
  fit?: 'gist'
  /** A list typed with commas ("the mentoring, the office, the people") gets its "and". */
  list?: 'and'
  /**
   * Said to the employer itself: "their mission" typed about them becomes "your mission" in a
   * letter to them.
   */
  to?: 'them'
}

const startsLower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const startsUpper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Remote", "Mostly overnight scheduling": a capital that only marks the start of the answer. */
function sentenceCase(text: string): boolean {
  const words = text.split(/\s+/)
  const first = words[0] ?? ''
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || first === 'I') return false
  return words.slice(1).every((word) => !/^\p{Lu}/u.test(word))
}

/** A title someone may type before their own name. */
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?\s+/i

/**
 * Their own name as they would say it on a call and sign with: nobody introduces themselves as
 * "Mr. O'Brien". Without the title, a surname alone gets a slot for the first name.
 */
function ownName(name: string): string {
  if (!TITLE.test(name)) return name
  const rest = name.replace(TITLE, '')
  return /\s/.test(rest) ? rest : `[first name] ${rest}`
}

/** Shorthand typed on a phone, written out for a letter. */
const SHORTHAND: [RegExp, string][] = [
  // "modelling + experimentation": a plus typed for "and".
  [/\s\+\s/g, ' and '],
  [/\besp\.(?=\s)/gi, 'especially'],
  [/\bw\/o\s*/gi, 'without '],
  [/\bw\/\s*/gi, 'with '],
  [/\bppl\b/gi, 'people'],
  [/\byrs\b/gi, 'years'],
  [/\byr\b/gi, 'year'],
  [/\bhrs\b/gi, 'hours'],
  [/\bb\/c\b/gi, 'because'],
  // "the people, honestly. and the 4 day week": a full stop inside, before a lower-case word.
  [/(?<!\b(?:e\.g|i\.e|etc|approx|vs|incl|esp|St|Dr|Mr|Mrs|Ms))\.\s+(?=\p{Ll})/gu, ', '],
]

function writtenOut(text: string): string {
  let out = text
  for (const [pattern, replacement] of SHORTHAND) out = out.replace(pattern, replacement)
  return out
}

/** A bare noun phrase with "a" or "an" ("former colleague" → "a former colleague"). */
function withArticle(text: string): string {
  if (LEADING_ARTICLE.test(text)) return text
  const determiner = /^(?:one|some|someone|somebody|two|three|several|many|an?\s|his|her|their)/i
  return determiner.test(text) ? text : `${VOWEL_SOUND.test(text) ? 'an' : 'a'} ${text}`
}

/** The typed text as it should appear in a frame with these options. */
export function fitPhrase(raw: string | undefined, options: PhraseOptions = {}): string {
  if (raw === undefined) return ''
  let text = trimEdges(raw)
  if (
    options.as === 'name' ||
    options.as === 'formal' ||
    options.as === 'full' ||
    options.as === 'polite' ||
    options.as === 'described'
  ) {
    const name = parseName(raw)
    const text = name ? nameIn(name, options.as) : ''
    if (options.as !== 'described' || !text) return text
    // "my flatmate" as typed; "great PM", "Talent Partner" as "a great PM", "a talent partner".
    return withArticle(
      text
        .split(' ')
        .map((word) => (/^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word))
        .join(' '),
    )
  }
  if (options.as === 'company' || options.as === 'employer') {
    const company = shapeOf(raw) === 'none' ? undefined : parseCompany(raw, text)
    return company && (options.as === 'company' || company.kind === 'name') ? company.text : ''
  }
  if (options.as === 'self') {
    // In this order, so "Ms Okonkwo (Talent, EMEA) - my contact" loses both labels.
    for (const label of NAME_LABELS) text = text.replace(label, '')
    return ownName(nameCased(trimEdges(text.replace(LEADING_ARTICLE, '')).split(' ')).join(' '))
  }
  text = writtenOut(text)
  if (options.fit === 'gist') text = gist(text)
  if (options.to === 'them') text = text.replace(/(^|,\s*|\band\s+)their\b/gi, '$1your')
  if (options.list === 'and') text = joinedList(text)
  if (options.drop === 'article') text = text.replace(LEADING_ARTICLE, '')
  if (
    options.case === 'lower' &&
    (sentenceCase(text) || /^(?:The|A|An|My|Our|This)\s/.test(text))
  ) {
    text = startsLower(text)
  }
  if (options.article === 'a' && !/^\p{Lu}/u.test(text)) text = withArticle(text)
  // "staff-level role leading a team" needs its "a"; "project work" must not get one.
  if (
    options.article === 'role' &&
    /\b(?:role|job|position|post)\b/i.test(text) &&
    !/^\p{Lu}/u.test(text)
  )
    text = withArticle(text)
  if (options.trait && TRAIT.test(text)) text = withArticle(`${text} ${options.trait}`)
  // A role in capitals ("FIELD ENGINEER") is written as a title is.
  if (options.suffix) text = titleCased(text)
  if (options.suffix && !ROLE_WORD.test(text)) text = `${text} ${options.suffix}`
  if (options.as === 'start') text = startsUpper(text)
  return text
}

/**
 * "the mentoring, the office, the people": a list typed with commas gets its "and". A list whose
 * items are not all noun phrases is left as typed.
 */
function joinedList(text: string): string {
  if (!/[,;]/.test(text) || /\b(?:and|or)\b|&/i.test(text)) return text
  const items = text.split(/\s*[,;]\s*/)
  // "the talk at my old uni, especially the secondment options": one thing, then a detail of it.
  if (
    items
      .slice(1)
      .some((item) =>
        /^(?:especially|esp|particularly|including|like|mainly|mostly|plus)\b/i.test(item),
      )
  )
    return text
  if (items.length < 2 || items.some((item) => !/\p{L}/u.test(item))) return text
  const shapes = new Set(items.map((item) => (shapeOf(item) === 'trait' ? 'noun' : shapeOf(item))))
  // A thing and a remark ("the new sports centre; the kids seemed great") fit no one frame.
  if (shapes.size > 1) return ''
  if (!(shapes.has('noun') || shapes.has('clause'))) return text
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * A contrast short enough for its sentence: as typed when it is, else its first part (before a
 * comma, a dash, a bracket, "but", "with", "including", "where", "which" or "so") when that is
 * short enough, else nothing.
 */
function gist(text: string): string {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length
  if (words(text) <= GIST_WORDS) return text
  const first = trimEdges(
    text.split(/\s*[,;(—–]\s*|\s+-\s+|\s+(?:but|with|including|where|which|so)\s+/i)[0] ?? '',
  )
  return words(first) >= 2 && words(first) <= GIST_WORDS ? first : ''
}

const OPTION_VALUES: { [K in keyof PhraseOptions]-?: readonly NonNullable<PhraseOptions[K]>[] } = {
  as: ['name', 'formal', 'full', 'polite', 'described', 'self', 'start', 'company', 'employer'],
  drop: ['article'],
  suffix: ['role', 'position'],
  case: ['lower'],
  article: ['a', 'role'],
  trait: ['role'],
  fit: ['gist'],
  list: ['and'],
  to: ['them'],
}

/** Options as MF2 hands them over (literals and resolved values), checked against the list. */
function readOptions(options: Record<string, unknown>): PhraseOptions {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(options)) {
    const allowed = (OPTION_VALUES as Record<string, readonly string[] | undefined>)[key]
    const text = String(value)
    if (!allowed?.includes(text)) throw new RangeError(`:phrase does not take ${key}=${text}`)
    out[key] = text
  }
  return out as PhraseOptions
}

const FALLBACKS: Record<PhraseShape, readonly string[]> = {
  trait: ['trait', 'noun'],
  act: ['act'],
  noun: ['noun'],
  // Said as a description ("the regional hospital") wherever a message has no place to leave it out.
  description: ['description', 'noun'],
  wish: ['wish', 'mine', 'clause'],
  mine: ['mine', 'clause'],
  clause: ['clause'],
  none: ['none'],
}

type PhraseValue = MessageValue<'phrase'> & { valueOf(): string }

/** The shape a message selects on, for the text as this placeholder fits it. */
function shapeFor(original: string, text: string, opts: PhraseOptions): PhraseShape {
  if (text === '') return 'none'
  switch (opts.as) {
    case 'name':
    case 'formal':
    case 'full':
    case 'polite':
    case 'described':
      return 'noun'
    case 'employer':
      return 'noun'
    case 'company':
      return parseCompany(original, text)?.kind === 'description' ? 'description' : 'noun'
    case 'self':
      // A name is a name whatever words it holds ("Will", "Hope"): only an empty one, or a whole
      // greeting typed into the name field ("To whom it may concern"), is left out.
      return shapeOf(original) === 'none' || NOT_A_NAME.test(original.trim()) ? 'none' : 'noun'
    default:
      // A contrast cut to its gist is shaped as what is left of it.
      return opts.fit === 'gist' ? shapeOf(text) : shapeOf(original)
  }
}

/**
 * The MF2 function. Used as a selector it answers with the shape (`.match $fit` with keys
 * `noun`, `wish`, `mine`, `clause`, `none` and `*`; a wish also matches `mine` and `clause`,
 * a `mine` clause also `clause`); used as a
 * placeholder it gives the fitted text. Its operand may be another `:phrase` value, so a
 * `.local` can declare the shape once and format it with further options.
 */
export const phrase: MessageFunction<'phrase'> = (_context, options, input) => {
  const source =
    input && typeof input === 'object' && 'valueOf' in input
      ? String((input as { valueOf(): unknown }).valueOf())
      : input === undefined || input === null
        ? ''
        : String(input)
  const original =
    input && typeof input === 'object' && 'original' in input
      ? String((input as { original: unknown }).original)
      : source
  const opts = readOptions(options)
  // A name is a name whatever words it holds ("Will", "Hope"): only an empty one, or a whole
  // greeting typed into the name field ("To whom it may concern"), is left out.
  const text = fitPhrase(source, opts)
  const shape = shapeFor(original, text, opts)
  const value: PhraseValue & { original: string } = {
    type: 'phrase',
    dir: 'ltr',
    original,
    // A wish is also the person's own clause, and any clause is a clause.
    selectKey: (keys) => FALLBACKS[shape].find((key) => keys.has(key)) ?? null,
    toParts: () => [{ type: 'phrase', value: text }],
    toString: () => text,
    valueOf: () => text,
  }
  return value
}
