import { retext } from 'retext'
import retextEnglish from 'retext-english'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRepeatedWords from 'retext-repeated-words'
import type { VFileMessage } from 'vfile-message'
import type { PlanBody, ScriptKind } from '@/lib/engine/types'
import type { Reason, Situation } from '@/lib/situation'
import { detailArgs, type DetailArg } from '@/lib/situation/limits'
import { HAS_EMOJI } from '@/lib/situation/typed-text'
import { isRoleWord, parseCompany } from '@/lib/wording/names'
import { fitPhrase } from '@/lib/wording/phrase'

/*
 * The prose gate: reads a finished plan the way a careful editor would and reports what reads
 * wrong. It knows nothing about templates; it sees only the Situation (what was asked and typed)
 * and the PlanBody (what was written), so it checks any wording layer, old or new.
 *
 * It is meant for sweeps over tens of thousands of plans, so it is pure, synchronous and cheap:
 * - the retext processor is built once;
 * - everything that depends on a text alone (retext, the seam, doubling and placeholder scans,
 *   the unsupported-claim matches) is computed once per distinct string and memoized;
 * - what depends on the situation too (is this finding inside the person's own typing?) is a
 *   cheap filter applied afterwards, and only when a text has candidates at all.
 *
 * The one rule every check shares: a finding that lies wholly inside a typed detail is the
 * person's own writing ("Sales!!", "Duran Duran"), not the template's, and is not reported. A
 * finding that straddles typed text and template text ("Remote.." from "Remote." + ".") is
 * exactly the seam the wording layer must handle, and is reported.
 */

export type Finding = {
  /** Which check found it: one of CHECKS. */
  check: string
  /** 'headline', 'why[0]', 'caution[1]', 'step[2]', 'script:email', 'script:email:subject'. */
  where: string
  /** The passage around the problem (line breaks shown as ⏎), or the sentence at fault. */
  text: string
  /** What is wrong, in a line. */
  detail: string
}

export const CHECKS = [
  'retext',
  'seam',
  'doubled',
  'clause-in-noun-slot',
  'intensifier',
  'repeat-4gram',
  'phone-email-shared',
  'voicemail-caller',
  'placeholder',
  'unsupported-claim',
  'greeting',
  'description-as-name',
  'verb-doubled',
  'emoji',
  'no-verb',
  'script-missing',
  'short-too-long',
  'step-repeated',
  'caution-why-shared',
] as const
export type Check = (typeof CHECKS)[number]

/** Where in the plan a text sits; claims depend on it (a step may say what a script may not). */
export type PlanPart = 'headline' | 'why' | 'caution' | 'step' | 'subject' | 'body'

type TextRef = { where: string; text: string; part: PlanPart; kind: ScriptKind | undefined }

/** A problem found in a text before knowing whose words it is in: [start, end) offsets. */
type Candidate = { start: number; end: number; detail: string; sentenceStart?: boolean }

// ---------------------------------------------------------------------------------------------
// The person's typed values
// ---------------------------------------------------------------------------------------------

type TypedField = DetailArg

type Variant = {
  field: TypedField
  value: string
  lower: string
  /** The value starts (ends) with a letter or digit, so a match must not continue a word. */
  edgeStart: boolean
  edgeEnd: boolean
}

type ClauseValue = {
  value: string
  /** "how open you were": a noun clause, which reads fine after a preposition. */
  wh: boolean
  /** `<frame> <value>` anywhere in a text. */
  pattern: RegExp
  /** The shortest spelling, lower-cased: a text without it needs no regex. */
  needle: string
}

type Typed = {
  /** Every spelling the words may use, longest first (see variantsOf). */
  variants: Variant[]
  /**
   * Any variant, case-insensitively, at word edges; global. Only for texts whose lower-casing
   * changes their length (so indexOf offsets would be wrong); built on first use.
   */
  pattern: RegExp | undefined
  clauses: ClauseValue[]
  /** Every spelling of the name and the role, however short, for the voicemail check. */
  yourName: string[]
  role: string[]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const WORDISH = /[\p{L}\p{N}]/u

/** The value as a regex source that only matches at word edges where the value has them. */
function edged(value: string): string {
  const head = WORDISH.test(value.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : ''
  const last = Array.from(value).pop() ?? ''
  const tail = WORDISH.test(last) ? '(?![\\p{L}\\p{N}])' : ''
  return `${head}${escapeRegExp(value)}${tail}`
}

/**
 * The spellings a wording layer may legitimately give a typed value: as typed; without trailing
 * . ! ? (which a good wording layer strips); without a leading a/an/the/my (which it may drop to
 * add its own article). Matching is case-insensitive, so a lowered first letter is covered too.
 * Spellings under two characters are left out: masking every "a" or "I" would hide real faults.
 */
function spellingsOf(value: string): string[] {
  const bare = value.replace(/[.!?]+$/u, '').trimEnd()
  const out = new Set<string>([value, bare])
  for (const v of [value, bare]) {
    const noArticle = v.replace(/^(?:a|an|the|my)\s+/iu, '')
    if (noArticle !== v) out.add(noArticle)
  }
  return [...out].filter((v) => v !== '')
}

const variantsOf = (value: string) => spellingsOf(value).filter((v) => Array.from(v).length >= 2)

const NAME_FIELDS: ReadonlySet<TypedField> = new Set([
  'contactName',
  'referralName',
  'referrerName',
])

/**
 * The forms the wording layer gives a typed value that are not spellings of it: the name read
 * out of "my former lead, Farah", the company said as a description, a list with its "and".
 * They are still the person's words, so a finding wholly inside them is theirs.
 */
function fittedForms(field: TypedField, value: string): string[] {
  const forms = NAME_FIELDS.has(field)
    ? (['name', 'formal', 'full', 'polite'] as const).map((as) => fitPhrase(value, { as }))
    : field === 'company'
      ? [fitPhrase(value, { as: 'company' })]
      : field === 'positives'
        ? [fitPhrase(value, { list: 'and', to: 'them' })]
        : field === 'advertised' || field === 'actual'
          ? [fitPhrase(value, { fit: 'gist' })]
          : []
  return forms.filter((form) => Array.from(form).length >= 2)
}

// A clause typed into a noun slot: "I took another offer", "it's really a junior position",
// "the role is 80% travel". (The brief's list, plus "you"/"you're" and "were".)
const CLAUSE_START =
  /^(?:i|i['’]m|i['’]d|i['’]ve|we|they|she|he|you|it['’]s|it is|there['’]s|they['’]re|she['’]s|he['’]s|you['’]re)(?![\p{L}\p{N}])/iu
const CLAUSE_VERB = / (?:want|wants|is|are|was|were) /iu
const WH_START = /^(?:how|what|who|when|where|why|whether)(?![\p{L}\p{N}])/iu
const NOUN_FRAMES = ['about', 'with', 'the', 'for', 'a', 'an', 'described', 'is', 'as']
// A noun clause ("how much you care about patients") follows a preposition or a verb happily;
// only an article in front of it is wrong ("the how much you care").
const ARTICLE_FRAMES = ['the', 'a', 'an']

function clauseValue(value: string): ClauseValue | undefined {
  const wh = WH_START.test(value)
  if (!wh && !CLAUSE_START.test(value) && !CLAUSE_VERB.test(` ${value} `)) return undefined
  const spellings = [...new Set([value, value.replace(/[.!?]+$/u, '').trimEnd()])].sort(
    (a, b) => b.length - a.length,
  )
  const frames = (wh ? ARTICLE_FRAMES : NOUN_FRAMES).join('|')
  return {
    value,
    wh,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}'’])(?:${frames}) +(?:${spellings.map(edged).join('|')})`,
      'iu',
    ),
    needle: (spellings[spellings.length - 1] ?? value).toLowerCase(),
  }
}

function typedValues(s: Situation): [TypedField, string][] {
  return Object.entries(detailArgs(s.details)) as [TypedField, string][]
}

// Sweeps reuse a handful of detail sets thousands of times: build each one's patterns once.
const typedCache = new Map<string, Typed>()

function typedOf(s: Situation): Typed {
  const values = typedValues(s)
  const key = values.map(([field, value]) => `${field}\u0000${value}`).join('\u0001')
  const cached = typedCache.get(key)
  if (cached) return cached

  const variants: Variant[] = []
  const seen = new Set<string>()
  for (const [field, value] of values) {
    for (const v of [...variantsOf(value), ...fittedForms(field, value)]) {
      const lower = v.toLowerCase()
      if (seen.has(lower)) continue
      seen.add(lower)
      variants.push({
        field,
        value: v,
        lower,
        edgeStart: WORDISH.test(v.charAt(0)),
        edgeEnd: WORDISH.test(v.charAt(v.length - 1)),
      })
    }
  }
  // Longest first: the regex fallback's alternation then prefers "Acme Inc." over "Acme Inc".
  variants.sort((a, b) => b.value.length - a.value.length)
  const typed: Typed = {
    variants,
    pattern: undefined,
    clauses: values
      .map(([, value]) => clauseValue(value))
      .filter((c): c is ClauseValue => c !== undefined),
    yourName: values.flatMap(([field, value]) => (field === 'yourName' ? spellingsOf(value) : [])),
    role: values.flatMap(([field, value]) => (field === 'role' ? spellingsOf(value) : [])),
  }
  if (typedCache.size > 5000) typedCache.clear()
  typedCache.set(key, typed)
  return typed
}

type Span = { start: number; end: number }
type TypedSpan = Span & { field: TypedField }

const isWordChar = (ch: string | undefined) => ch !== undefined && WORDISH.test(ch)

/**
 * Every occurrence of every typed spelling in the text, overlaps included ("the product" and
 * "Product Manager role" may both be typed and overlap). Plain indexOf on the lower-cased text:
 * a big case-insensitive alternation with look-arounds was most of the gate's time.
 */
function typedSpans(text: string, typed: Typed): TypedSpan[] {
  if (!typed.variants.length) return []
  const lower = text.toLowerCase()
  if (lower.length !== text.length) return typedSpansByRegExp(text, typed)
  const spans: TypedSpan[] = []
  for (const v of typed.variants) {
    for (let at = lower.indexOf(v.lower); at !== -1; at = lower.indexOf(v.lower, at + 1)) {
      const end = at + v.lower.length
      if (v.edgeStart && isWordChar(text[at - 1])) continue
      if (v.edgeEnd && isWordChar(text[end])) continue
      spans.push({ start: at, end, field: v.field })
    }
  }
  return spans
}

// Rare: lower-casing changed the length ("İ" becomes two code units), so offsets into the
// lower-cased text would be wrong. The regex matches case-insensitively on the text itself.
function typedSpansByRegExp(text: string, typed: Typed): TypedSpan[] {
  typed.pattern ??= new RegExp(typed.variants.map((v) => `(${edged(v.value)})`).join('|'), 'giu')
  const spans: TypedSpan[] = []
  for (const m of text.matchAll(typed.pattern)) {
    const group = m.slice(1).findIndex((g) => g !== undefined)
    const field = typed.variants[group]?.field ?? 'yourName'
    spans.push({ start: m.index, end: m.index + m[0].length, field })
  }
  return spans
}

const insideTyped = (c: Span, spans: Span[]) =>
  spans.some((span) => span.start <= c.start && c.end <= span.end)

/**
 * The text with each typed value replaced by one word-like token per field ("typed_role").
 * Where typed values overlap, the longer one wins, so "the Product Manager role" masks the role
 * even when "the product" was typed too.
 */
function mask(text: string, spans: TypedSpan[]): string {
  if (!spans.length) return text
  const chosen: TypedSpan[] = []
  for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start)))
    if (!chosen.some((c) => c.start < span.end && span.start < c.end)) chosen.push(span)
  chosen.sort((a, b) => a.start - b.start)
  let out = ''
  let from = 0
  for (const span of chosen) {
    out += `${text.slice(from, span.start)}typed_${span.field}`
    from = span.end
  }
  return out + text.slice(from)
}

const containsAny = (text: string, spellings: string[]) => {
  const lower = text.toLowerCase()
  return spellings.some((v) => lower.includes(v.toLowerCase()))
}

// ---------------------------------------------------------------------------------------------
// Per-text scans (memoized on the text)
// ---------------------------------------------------------------------------------------------

/*
 * retext: retext-english's parser, with retext-repeated-words ("the the") and
 * retext-indefinite-article ("a R&D Engineer", "a hour"). Built and frozen once.
 */
const processor = retext()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .freeze()

/*
 * Narrow allowances for retext messages that are wrong about a correct sentence; each says why.
 * None has been needed so far: on the sweep of the old wording layer (8,640 plans), retext
 * reported only repeated words ("the the", "role role"), all real. retext-indefinite-article
 * is cautious with capitalised words and acronyms ("a Operations Coordinator" passes), so it
 * misses more than it misfires. Add an entry here rather than dropping the plugin.
 */
export const RETEXT_ALLOWANCES: {
  ruleId: string
  /** The flagged words as written, or those words and what follows them. */
  matches: RegExp
  why: string
}[] = [
  {
    ruleId: 'retext-indefinite-article',
    matches: /^a\s+uni\b/i,
    why: '"uni" is said "you-nee": "a uni friend" is right, and the plugin wants "an"',
  },
]

function offsetsOf(message: VFileMessage): Span | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const start = place.start.offset
    const end = place.end.offset
    return start === undefined ? undefined : { start, end: end ?? start + 1 }
  }
  return place.offset === undefined ? undefined : { start: place.offset, end: place.offset + 1 }
}

// retext rules work within a sentence, so each paragraph is checked on its own: paragraphs free
// of typed text ("Thank you for your time.") recur across thousands of plans and run once.
const paragraphCache = new Map<string, Candidate[]>()

function retextParagraph(paragraph: string): Candidate[] {
  const cached = paragraphCache.get(paragraph)
  if (cached) return cached
  const found: Candidate[] = []
  for (const message of processor.processSync(paragraph).messages) {
    const span = offsetsOf(message) ?? { start: 0, end: paragraph.length }
    const words = paragraph.slice(span.start, span.end)
    // The flagged words and what follows them: an article is judged by the word after it.
    const context = paragraph.slice(span.start, span.end + 24)
    const allowed = RETEXT_ALLOWANCES.some(
      (a) => a.ruleId === message.ruleId && (a.matches.test(words) || a.matches.test(context)),
    )
    if (!allowed)
      found.push({ ...span, detail: `${message.reason} (${message.ruleId ?? 'retext'})` })
  }
  if (paragraphCache.size > 200_000) paragraphCache.clear()
  paragraphCache.set(paragraph, found)
  return found
}

function retextScan(text: string): Candidate[] {
  const found: Candidate[] = []
  const breaks = /\n[ \t]*\n\s*/g
  let from = 0
  const paragraph = (start: number, end: number) => {
    const part = text.slice(start, end)
    if (part.trim() === '') return
    for (const c of retextParagraph(part))
      found.push({ start: c.start + start, end: c.end + start, detail: c.detail })
  }
  for (const m of text.matchAll(breaks)) {
    paragraph(from, m.index)
    from = m.index + m[0].length
  }
  paragraph(from, text.length)
  return found
}

/*
 * seam: where typed text meets a template sentence, punctuation and spacing come apart:
 * "Remote..", "Yahoo!,", "the a team lead role", "Hi Dana (recruiter) ,". Each pattern is one
 * way a seam shows.
 */
const SEAMS: { name: string; pattern: RegExp }[] = [
  // ",." ".," "!," "?," "!." "?." ".." and "..." too: typed trailing punctuation should have
  // been stripped, and the templates themselves never use an ellipsis.
  { name: 'punctuation run', pattern: /[,.;:!?]{2,}/gu },
  // " ," " ." " :" " ;" — but not " .NET".
  { name: 'space before punctuation', pattern: / +[,.;:!?](?![\p{L}\p{N}])/gu },
  { name: 'doubled bracket', pattern: /\(\(|\)\)/gu },
  { name: 'empty brackets', pattern: /\(\s*\)|\[\s*\]/gu },
  { name: 'punctuation after an opening bracket or quote', pattern: /[([“‘]\s*[,.;:]/gu },
  // A straight quote is an opening one when it follows a space or starts the line.
  { name: 'punctuation after an opening quote', pattern: /(?<=^|[\s([])["']\s*[,.;:]/gmu },
  { name: 'line starts with punctuation', pattern: /^[ \t]*[,.;:!?)\]]/gmu },
  { name: 'double space', pattern: /(?<=\S) {2,}(?=\S)/gu },
  // An empty slot at either end of a line leaves its space behind.
  { name: 'space at the start of a line', pattern: /^ +(?=\S)/gmu },
  { name: 'space at the end of a line', pattern: /(?<=\S)[ \t]+$/gmu },
  // "Hi the recruiter,", "Dear To whom it may concern,": the greeting meets a typed article.
  {
    name: 'greeting before an article',
    pattern: /(?<![\p{L}])(?:hi|hello|dear|hey) +(?:the|a|an|my|to whom)(?![\p{L}])/giu,
  },
  // "the the", "a a", "the a team lead role", "a the Senior Analyst position", "the my dream
  // job", "my my": the template's article meets the one the person typed. ("this a" is left
  // out: "Is this a good time?")
  {
    name: 'two determiners',
    pattern:
      /(?<![\p{L}\p{N}'’])(?:the|a|an|my|your|our|their)[ \t]+(?:the|a|an|my|your|our|their)(?=[ \t])/giu,
  },
]

// Words a full stop may end without ending the sentence ("Acme Inc., who", "Dr. Patel").
const ABBREVIATIONS = new Set(
  'inc ltd co corp dr mr mrs ms mx prof st jr sr rev hon bros dept approx vs etc e.g i.e no'.split(
    ' ',
  ),
)

function endsInAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(0, dot))?.[1]
  if (!word) return false
  // A lone capital before the stop is an initial ("J. Smith").
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)
}

function seamScan(text: string): Candidate[] {
  const found: Candidate[] = []
  if (text.trim() === '') return [{ start: 0, end: text.length, detail: 'empty text' }]
  for (const { name, pattern } of SEAMS) {
    for (const m of text.matchAll(pattern)) {
      // "Acme Inc., who" is right: the stop belongs to the abbreviation.
      if (name === 'punctuation run' && m[0] === '.,' && endsInAbbreviation(text, m.index)) continue
      const end = m.index + Math.max(m[0].length, 1)
      found.push({ start: m.index, end, detail: `${name}: "${m[0].replace(/\n/g, '⏎')}"` })
    }
  }
  // A lower-case letter starting a sentence: "…the role. and I…". Sentence ends followed by more
  // punctuation are already a punctuation run.
  for (const m of text.matchAll(/(?<![.!?])[.!?] +(\p{Ll})/gu)) {
    if (m[0].startsWith('.') && endsInAbbreviation(text, m.index)) continue
    const start = m.index + m[0].length - 1
    found.push({
      start: m.index,
      end: start + 1,
      detail: `sentence starts in lower case: "${text.slice(start, start + 12)}"`,
      sentenceStart: true,
    })
  }
  return found
}

/*
 * doubled: a word twice in a row whatever its case ("Role role", "Dana\nDana"; retext skips
 * capitalised words), and two role-words in a row ("Product Manager role role", "data analyst
 * job position"): the template adds the noun the person already typed. A word next to an
 * acronym spelled the same is not a doubling ("the role at AT&T", "work in IT").
 */
const DOUBLED_OK = new Set(['had', 'that'])
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u
const ROLE_WORD = '(?:role|job|position)s?'

function doubledScan(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const m of text.matchAll(
    /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s+\1(?![\p{L}\p{N}'’-])/giu,
  )) {
    const first = m[1] ?? ''
    const second = m[0].slice(m[0].length - first.length)
    if (DOUBLED_OK.has(first.toLowerCase())) continue
    if (ACRONYM.test(first) !== ACRONYM.test(second)) continue
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      detail: `"${m[0].replace(/\s+/g, ' ')}"`,
    })
  }
  for (const m of text.matchAll(
    new RegExp(`(?<![\\p{L}])(${ROLE_WORD})\\s+(${ROLE_WORD})(?![\\p{L}])`, 'giu'),
  )) {
    const singular = (w: string | undefined) => (w ?? '').toLowerCase().replace(/s$/, '')
    if (singular(m[1]) === singular(m[2])) continue // already reported as a doubled word
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      detail: `two role-words in a row: "${m[0].replace(/\s+/g, ' ')}"`,
    })
  }
  return found
}

/*
 * placeholder: what a broken template leaves behind: braces, a "$" from a template syntax,
 * "undefined", "null", "NaN", "[object Object]". A "$" the person typed ("$120k") is theirs.
 */
const PLACEHOLDER = /[{}$]|(?<![\p{L}])(?:undefined|null|NaN)(?![\p{L}])|\[object/gu

function placeholderScan(text: string): Candidate[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    detail: `leftover "${m[0]}"`,
  }))
}

/*
 * intensifier: "really", "genuinely", "so much"… one per script warms it; two make it gush, and
 * piled-up intensifiers are the first thing that makes a message read as generated.
 */
const INTENSIFIER =
  /(?<![\p{L}])(?:really|truly|genuinely|so much|very|incredibly|extremely|absolutely)(?![\p{L}])/giu

function intensifierScan(text: string): Candidate[] {
  return [...text.matchAll(INTENSIFIER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    detail: m[0].toLowerCase(),
  }))
}

// ---------------------------------------------------------------------------------------------
// Unsupported claims
// ---------------------------------------------------------------------------------------------

export type ClaimContext = {
  plan: PlanBody
  part: PlanPart
  /** The script's kind, for a script's subject or body. */
  kind: ScriptKind | undefined
}

export type ClaimRule = {
  id: string
  /** What the claim looks like (case-insensitive; matched against the whole text). */
  pattern: RegExp
  /** True when the situation (and where the text sits) gives no ground for the claim. */
  unsupportedWhen: (s: Situation, at: ClaimContext) => boolean
  why: string
}

const inScript = (at: ClaimContext) => at.kind !== undefined
const hasReason = (s: Situation, ...reasons: Reason[]) => s.reasons.some((r) => reasons.includes(r))
const nobodyHasTalked = (s: Situation) => s.progress === 'applied' && s.stage === 'before'
const callInPlan = (plan: PlanBody) =>
  plan.channel === 'phone' || plan.channel === 'phone-then-email'

/*
 * Claims the words make that only some situations support. Each rule says why. A match wholly
 * inside the person's own typing is theirs ("Dana was lovely" as positives) and is not checked.
 */
export const UNSUPPORTED_CLAIMS: ClaimRule[] = [
  {
    id: 'warmth-after-mistreatment',
    pattern:
      /\b(?:welcoming|enjoyed|lovely|wonderful|a pleasure|great conversation|thoughtful conversation|so kind)\b/i,
    unsupportedWhen: (s) => hasReason(s, 'rude-interviewer', 'unsafe', 'misled-format'),
    why: 'praise for the meeting rings false when they were rude, unsafe or misled the person about the format',
  },
  {
    id: 'talk-before-contact',
    pattern:
      /\b(?:since we (?:talked|spoke)|our (?:conversation|call|chat)|when we (?:spoke|talked))\b/i,
    // An email or follow-up sent after this plan's own call may refer to that call.
    unsupportedWhen: (s, at) =>
      inScript(at) &&
      nobodyHasTalked(s) &&
      !((at.kind === 'email' || at.kind === 'follow-up') && callInPlan(at.plan)),
    why: 'they have only applied: nobody has spoken to them yet',
  },
  {
    id: 'met-before-contact',
    pattern: /\b(?:since we met|meeting me|met)\b/i,
    unsupportedWhen: (s, at) => inScript(at) && nobodyHasTalked(s),
    why: 'they have only applied: nobody has met them yet',
  },
  {
    id: 'thanks-for-own-call',
    pattern: /\b(?:thanks|thank you)(?: so much| very much)? for (?:the|this|your) call\b/i,
    unsupportedWhen: (_s, at) => at.kind === 'phone' || at.kind === 'voicemail',
    why: 'the person is the one calling: thank them for taking the call, not for the call',
  },
  {
    id: 'sure-when-not-certain',
    pattern: /\byou(?:['’]re| are) (?:sure|certain)\b/i,
    unsupportedWhen: (s) => s.certainty !== 'certain',
    why: 'the person said they are not certain',
  },
  {
    id: 'interview-ahead-when-none',
    pattern: /\b(?:go to|attend|before|at) the (?:next )?interview\b/i,
    unsupportedWhen: (s) =>
      s.nextInterview === 'none' && (s.stage === 'before' || s.stage === 'after'),
    why: 'no interview is scheduled',
  },
  {
    id: 'short-notice',
    pattern: /\b(?:short notice|less than a day)\b/i,
    unsupportedWhen: (s) => s.nextInterview !== 'within24h',
    why: 'the next interview is not within 24 hours',
  },
  {
    id: 'their-offer-without-one',
    // "the offer from Globex" / "the offer I accepted" is the person's other offer.
    pattern: /\b(?:your|the) offer\b(?! (?:from|elsewhere|I(?![\p{L}])|I['’]))/iu,
    unsupportedWhen: (s, at) =>
      inScript(at) &&
      s.stage !== 'offer' &&
      s.stage !== 'accepted' &&
      at.plan.verdict !== 'decline-offer',
    why: 'they have not made an offer',
  },
  {
    id: 'keep-in-touch-door-closed',
    pattern: /\b(?:keep|stay) in touch\b/i,
    unsupportedWhen: (s, at) => inScript(at) && !s.keepDoorOpen && at.kind !== 'follow-up',
    why: 'the person does not want to keep the door open',
  },
  {
    id: 'call-reference-without-call',
    pattern:
      /\b(?:as I (?:said|mentioned|explained) (?:on the phone|on our call|when we spoke)|further to (?:my|our) (?:phone )?call|following (?:my|our) (?:phone )?call|as (?:we )?discussed on the phone)\b/i,
    unsupportedWhen: (_s, at) => at.kind === 'email' && at.plan.channel !== 'phone-then-email',
    why: 'this plan has no call before the email',
  },
  {
    id: 'below-without-words',
    pattern: /\bbelow\b/i,
    unsupportedWhen: (_s, at) => !inScript(at) && at.plan.scripts.length === 0,
    why: 'the plan points to words below but has no script',
  },
]

const CLAIM_PATTERNS = UNSUPPORTED_CLAIMS.map(
  (rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g'),
)

type ClaimMatch = Candidate & { rule: number }

function claimScan(text: string): ClaimMatch[] {
  const found: ClaimMatch[] = []
  CLAIM_PATTERNS.forEach((pattern, rule) => {
    for (const m of text.matchAll(pattern))
      found.push({ rule, start: m.index, end: m.index + m[0].length, detail: m[0] })
  })
  return found
}

type TextScan = {
  retext: Candidate[]
  seam: Candidate[]
  doubled: Candidate[]
  placeholder: Candidate[]
  intensifiers: Candidate[]
  claims: ClaimMatch[]
}

const scanCache = new Map<string, TextScan>()

function scan(text: string): TextScan {
  const cached = scanCache.get(text)
  if (cached) return cached
  const result: TextScan = {
    retext: retextScan(text),
    seam: seamScan(text),
    doubled: doubledScan(text),
    placeholder: placeholderScan(text),
    intensifiers: intensifierScan(text),
    claims: claimScan(text),
  }
  if (scanCache.size > 200_000) scanCache.clear()
  scanCache.set(text, result)
  return result
}

/** Forget the memoized scans (they are bounded, but a long-lived process may want the memory). */
export function clearProseGateCaches(): void {
  scanCache.clear()
  paragraphCache.clear()
  typedCache.clear()
  gramCache.clear()
}

// ---------------------------------------------------------------------------------------------
// Helpers for plan-level checks
// ---------------------------------------------------------------------------------------------

/** The passage around [start, end), on one line. */
function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 50)
  const to = Math.min(text.length, end + 50)
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(
    /\n/g,
    ' ⏎ ',
  )
}

const WORD = /[\p{L}\p{N}_'’]+/gu
const words = (text: string) =>
  (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"))

/*
 * repeat-4gram: the same four words twice in one message reads as padding or a template joined
 * to itself ("I'd like to withdraw… I'd like to withdraw"). Typed values are masked to a token
 * per field first, so a role named in both subject and body is one word, not a repeated phrase.
 * Runs of overlapping repeated 4-grams are reported as one phrase.
 */
const gramCache = new Map<string, string[]>()
const SENTENCE_END = '|'

function repeatedPhrases(segments: string[]): string[] {
  const key = segments.join('\u0000')
  const cached = gramCache.get(key)
  if (cached) return cached
  const first = new Map<string, { segment: number; index: number }>()
  const repeated: { segment: number; index: number }[] = []
  // A phrase lives within a sentence: the words either side of a full stop are no phrase.
  const tokens = segments.map((segment) =>
    segment.split(/(?<=[.!?;:])\s+|\n+/).flatMap((sentence) => [...words(sentence), SENTENCE_END]),
  )
  tokens.forEach((seq, segment) => {
    const reported = new Set<string>()
    for (let index = 0; index + 4 <= seq.length; index++) {
      const gram = seq.slice(index, index + 4)
      if (gram.includes(SENTENCE_END)) continue
      if (gram.every((w) => w.startsWith('typed_'))) continue
      const id = gram.join(' ')
      const seen = first.get(id)
      if (!seen) first.set(id, { segment, index })
      else if (!reported.has(id)) {
        reported.add(id)
        repeated.push(seen)
      }
    }
  })
  // Merge 4-grams whose first occurrences overlap into one phrase.
  repeated.sort((a, b) => a.segment - b.segment || a.index - b.index)
  const phrases: string[] = []
  let run: { segment: number; start: number; end: number } | undefined
  const flush = () => {
    if (run) phrases.push((tokens[run.segment] ?? []).slice(run.start, run.end + 4).join(' '))
  }
  for (const r of repeated) {
    if (run && run.segment === r.segment && r.index <= run.end + 1)
      run.end = Math.max(run.end, r.index)
    else {
      flush()
      run = { segment: r.segment, start: r.index, end: r.index }
    }
  }
  flush()
  if (gramCache.size > 100_000) gramCache.clear()
  gramCache.set(key, phrases)
  return phrases
}

/*
 * phone-email-shared: the email that follows a call, or stands in for one, should not read the
 * call out again. Sentences are compared after lower-casing, collapsing spaces and masking typed
 * values. Fragments under MIN_SHARED_WORDS words ("Hi typed_contactName", "Thank you") are not
 * sentences worth policing.
 */
export const SHARED_ALLOWED: readonly string[] = []
export const MIN_SHARED_WORDS = 4

function sentences(text: string): string[] {
  return text
    .split(/[.!?\n]+/u)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/’/g, "'")
        .replace(/\s+/g, ' ')
        .replace(/^[\s,;:—–\-"'“”‘()]+|[\s,;:—–\-"'“”‘()]+$/gu, ''),
    )
    .filter((s) => s.split(' ').length >= MIN_SHARED_WORDS)
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

function textsOf(plan: PlanBody): TextRef[] {
  const refs: TextRef[] = [
    { where: 'headline', text: plan.headline, part: 'headline', kind: undefined },
  ]
  plan.why.forEach((c, i) =>
    refs.push({ where: `why[${i}]`, text: c.text, part: 'why', kind: undefined }),
  )
  plan.cautions.forEach((c, i) =>
    refs.push({ where: `caution[${i}]`, text: c.text, part: 'caution', kind: undefined }),
  )
  plan.steps.forEach((text, i) =>
    refs.push({ where: `step[${i}]`, text, part: 'step', kind: undefined }),
  )
  const seen = new Map<ScriptKind, number>()
  for (const script of plan.scripts) {
    const n = seen.get(script.kind) ?? 0
    seen.set(script.kind, n + 1)
    const where = `script:${script.kind}${n ? `#${n + 1}` : ''}`
    if (script.subject !== undefined)
      refs.push({
        where: `${where}:subject`,
        text: script.subject,
        part: 'subject',
        kind: script.kind,
      })
    refs.push({ where, text: script.body, part: 'body', kind: script.kind })
  }
  return refs
}

const scriptWhere = (ref: TextRef) => ref.where.replace(/:subject$/, '')

const ROLE_WORD_ANYWHERE = /(?<![\p{L}])(?:role|position|job)(?![\p{L}])/iu
const CALL_BACK = /\b(?:call me back|give me a call|ring me back|call back)\b/i

/**
 * Everything that reads wrong in one plan, given the situation it was written for. Pure and
 * synchronous; per-text work is memoized, so repeated texts cost a map lookup.
 */
export function checkPlan(situation: Situation, plan: PlanBody): Finding[] {
  const findings: Finding[] = []
  const typed = typedOf(situation)
  const refs = textsOf(plan)
  // Typed spans are found at most once per text in this plan, and only when something needs them.
  const spanCache = new Map<string, TypedSpan[]>()
  const spansOf = (text: string) => {
    let spans = spanCache.get(text)
    if (!spans) spanCache.set(text, (spans = typedSpans(text, typed)))
    return spans
  }

  for (const ref of refs) {
    const { text, where } = ref
    const found = scan(text)
    const theirs = (c: Span) => insideTyped(c, spansOf(text))
    const report = (check: Check, c: Candidate, detail = c.detail) =>
      findings.push({ check, where, text: excerpt(text, c.start, c.end), detail })

    for (const c of found.retext) if (!theirs(c)) report('retext', c)
    for (const c of found.seam) {
      if (theirs(c)) continue
      // A sentence may begin with a value typed in lower case ("de la Cruz said…").
      if (c.sentenceStart) {
        const at = c.end - 1
        if (typed.variants.some((v) => text.startsWith(v.value, at))) continue
      }
      report('seam', c)
    }
    for (const c of found.doubled) if (!theirs(c)) report('doubled', c)
    for (const c of found.placeholder) if (!theirs(c)) report('placeholder', c)

    /*
     * clause-in-noun-slot: a template frames a detail as a noun ("about {actual}", "for the
     * {role}"), and the person typed a clause ("they want me in the office 5 days"): "about they
     * want me in the office 5 days". Only values that read as clauses are looked for.
     */
    const lower = typed.clauses.length ? text.toLowerCase() : ''
    for (const clause of typed.clauses) {
      if (!lower.includes(clause.needle)) continue
      const m = clause.pattern.exec(text)
      if (!m) continue
      const c = { start: m.index, end: m.index + m[0].length, detail: '' }
      if (!theirs(c))
        report(
          'clause-in-noun-slot',
          c,
          `typed clause "${clause.value}" after a noun frame: "${m[0]}"`,
        )
    }

    for (const c of found.claims) {
      const rule = UNSUPPORTED_CLAIMS[c.rule]
      if (!rule || theirs(c)) continue
      if (rule.unsupportedWhen(situation, { plan, part: ref.part, kind: ref.kind }))
        report('unsupported-claim', c, `${rule.id}: "${c.detail}" (${rule.why})`)
    }

    if (ref.part === 'headline' && found.intensifiers.length > 1) {
      const own = found.intensifiers.filter((c) => !theirs(c))
      if (own.length > 1)
        findings.push({
          check: 'intensifier',
          where,
          text: excerpt(text, 0, text.length),
          detail: `${own.length} intensifiers: ${own.map((c) => c.detail).join(', ')}`,
        })
    }
  }

  // Per script: subject and body together.
  const scriptRefs = new Map<string, TextRef[]>()
  for (const ref of refs) {
    if (ref.kind === undefined) continue
    const key = scriptWhere(ref)
    scriptRefs.set(key, [...(scriptRefs.get(key) ?? []), ref])
  }
  for (const [where, parts] of scriptRefs) {
    const all = parts.flatMap((ref) => scan(ref.text).intensifiers.map((c) => ({ ref, c })))
    const own =
      all.length > 1
        ? all.filter(({ ref, c }) => !insideTyped(c, spansOf(ref.text))).map(({ c }) => c)
        : []
    if (own.length > 1)
      findings.push({
        check: 'intensifier',
        where,
        text: parts
          .map((p) => p.text)
          .join(' ⏎ ')
          .slice(0, 160),
        detail: `${own.length} intensifiers: ${own.map((c) => c.detail).join(', ')}`,
      })
    for (const phrase of repeatedPhrases(parts.map((p) => mask(p.text, spansOf(p.text)))))
      findings.push({
        check: 'repeat-4gram',
        where,
        text: phrase,
        detail: `"${phrase}" appears twice in one script`,
      })
  }

  // phone-email-shared, and the same for the later note: it is sent months after the email and
  // should say something new, not the email again.
  const sentencesOf = (body: string) => sentences(mask(body, spansOf(body)))
  const email = plan.scripts.filter((s) => s.kind === 'email')
  const written = new Set(email.flatMap((s) => sentencesOf(s.body)))
  const allowed = new Set(SHARED_ALLOWED)
  for (const [kind, what] of [
    ['phone', 'the phone script'],
    ['follow-up', 'the keep-in-touch note'],
  ] as const) {
    const other = plan.scripts.filter((s) => s.kind === kind)
    const shared = new Set(
      other.flatMap((s) => sentencesOf(s.body)).filter((s) => written.has(s) && !allowed.has(s)),
    )
    for (const sentence of shared)
      findings.push({
        check: 'phone-email-shared',
        where: kind === 'phone' ? 'script:email' : 'script:follow-up',
        text: sentence,
        detail: `the same sentence is in ${what} and the email`,
      })
  }

  /*
   * voicemail-caller: a voicemail is heard cold, once. It must say who is calling (their name, or
   * a "[your name]" slot to fill), leave a number, say which role it is about, and close the
   * matter rather than ask for a call back (the point is that nobody needs to call back). The
   * exception is going back on an accepted offer (B1): news like that is owed a conversation,
   * so its voicemail asks for one.
   */
  for (const script of plan.scripts) {
    if (script.kind !== 'voicemail') continue
    const body = script.body
    const problems: string[] = []
    // A name may be printed without a label the person typed after it ("Sam (me)" → "Sam").
    const caller = situation.details.yourName
    if (caller !== undefined) {
      if (!containsAny(body, [...typed.yourName, fitPhrase(caller, { as: 'self' })]))
        problems.push('does not say the caller’s name')
    } else if (!/\[your name\]/i.test(body)) problems.push('has no "[your name]" slot')
    if (!/\[your number\]/i.test(body)) problems.push('has no "[your number]" slot')
    // A typed role that can't be a title ("I'm not sure what it's called") is left out for "the
    // role": either names the role.
    if (!containsAny(body, typed.role) && !ROLE_WORD_ANYWHERE.test(body))
      problems.push('does not say which role it is about')
    const callBack = situation.stage === 'accepted' ? null : CALL_BACK.exec(body)
    if (callBack) problems.push(`asks for a call back ("${callBack[0]}")`)
    for (const problem of problems)
      findings.push({
        check: 'voicemail-caller',
        where: 'script:voicemail',
        text: excerpt(body, 0, 110),
        detail: `the voicemail ${problem}`,
      })
  }

  findings.push(...typedTextFindings(situation, refs, spansOf))
  findings.push(...planLineChecks(plan, (text) => mask(text, spansOf(text))))

  return findings
}

// ---------------------------------------------------------------------------------------------
// The plan's own lines against its scripts
// ---------------------------------------------------------------------------------------------

/*
 * script-missing: the plan's lines point at words it should have: "the email below", "the
 * points below", "straight after the call". A line pointing at a script the plan lacks sends the
 * person looking for something that isn't there (a step "get advice before you send the email
 * below" in a plan that only asks questions). Each reference names the kinds that satisfy it.
 */
export const SCRIPT_REFERENCES: { pattern: RegExp; kinds: readonly ScriptKind[]; what: string }[] =
  [
    { pattern: /\bemail below\b/i, kinds: ['email'], what: 'an email' },
    { pattern: /\bpoints below\b/i, kinds: ['phone'], what: 'talking points for a call' },
    { pattern: /\b(?:after|before|during|on) the call\b/i, kinds: ['phone'], what: 'a call' },
    { pattern: /\bmessage below\b/i, kinds: ['voicemail'], what: 'a voicemail' },
    { pattern: /\bnotice below\b/i, kinds: ['notice'], what: 'a notice' },
    { pattern: /\brecord below\b/i, kinds: ['record'], what: 'a record' },
    { pattern: /\bnote below\b/i, kinds: ['follow-up', 'referrer'], what: 'a note' },
    { pattern: /\bquestions below\b/i, kinds: ['say', 'email', 'phone'], what: 'questions' },
    { pattern: /\bshort version\b/i, kinds: ['short'], what: 'the short version' },
    {
      pattern: /\bwords below\b/i,
      kinds: ['say', 'phone', 'email', 'pushback'],
      what: 'words to say or send',
    },
  ]

/*
 * short-too-long: the shortest honest version (B8) is two sentences, always. Typed values are
 * masked first (a company typed "Acme Inc." ends no sentence) and so are [slots]; a full stop
 * after an abbreviation or an initial ends none either.
 */
export const SHORT_MAX_SENTENCES = 2

function sentenceCount(text: string): number {
  let count = 0
  const plain = text.replace(/\[[^\]\n]*\]/g, 'slot')
  for (const m of plain.matchAll(/[.!?]+(?=\s|$)/g)) {
    if (m[0] === '.' && endsInAbbreviation(plain, m.index)) continue
    count++
  }
  return count
}

/*
 * step-repeated: the same step twice, or two steps that say the same thing in other words ("send
 * the email the same day" inside the voicemail step and again as a step of its own). Steps are
 * compared as runs of four words, two of them meaningful, after lower-casing and dropping the
 * words that only point ("short", "below"), so "send the short email below the same day" meets
 * "send the email the same day".
 */
const STEP_FILLER = new Set(['short', 'quick', 'below', 'above'])
// A run of four words says the same thing only if two of them carry meaning: "as soon as you
// can" is timing any two steps may share.
const FUNCTION_WORDS = new Set(
  "a an the to of in on at by for from with and or but if so as than then it it's is are be been you you're your they them their we our i me my this that these those there can could will would should may might do don't not no any all soon once when what which who".split(
    ' ',
  ),
)

function stepGrams(step: string): Set<string> {
  const list = words(step).filter((w) => !STEP_FILLER.has(w))
  const grams = new Set<string>()
  for (let i = 0; i + 4 <= list.length; i++) {
    const gram = list.slice(i, i + 4)
    if (gram.filter((w) => !FUNCTION_WORDS.has(w)).length >= 2) grams.add(gram.join(' '))
  }
  return grams
}

/*
 * caution-why-shared: a caution that says again what a reason ("why") has just said reads as
 * padding, and hides the warning that is new. Compared by clause (split at , ; : and sentence
 * ends, a leading and/but/so dropped), typed values masked, at least MIN_SHARED_WORDS words.
 */
function clauses(text: string): string[] {
  return text
    .split(/[.!?\n,;:—–]+/u)
    .map((c) =>
      c
        .toLowerCase()
        .replace(/’/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(?:and|but|so|or|then) /, ''),
    )
    .filter((c) => c.split(' ').length >= MIN_SHARED_WORDS)
}

function planLineChecks(plan: PlanBody, maskText: (text: string) => string): Finding[] {
  const findings: Finding[] = []
  const kinds = new Set(plan.scripts.map((script) => script.kind))
  const lines: { where: string; text: string }[] = [
    { where: 'headline', text: plan.headline },
    ...plan.why.map((c, i) => ({ where: `why[${i}]`, text: c.text })),
    ...plan.cautions.map((c, i) => ({ where: `caution[${i}]`, text: c.text })),
    ...plan.steps.map((text, i) => ({ where: `step[${i}]`, text })),
  ]
  for (const { where, text } of lines)
    for (const ref of SCRIPT_REFERENCES) {
      const m = ref.pattern.exec(text)
      if (m && !ref.kinds.some((kind) => kinds.has(kind)))
        findings.push({
          check: 'script-missing',
          where,
          text: excerpt(text, m.index, m.index + m[0].length),
          detail: `"${m[0]}" points to ${ref.what}, and the plan has none`,
        })
    }

  for (const script of plan.scripts) {
    if (script.kind !== 'short') continue
    const n = sentenceCount(maskText(script.body))
    if (n > SHORT_MAX_SENTENCES)
      findings.push({
        check: 'short-too-long',
        where: 'script:short',
        text: excerpt(script.body, 0, script.body.length),
        detail: `the short version has ${n} sentences; it may have ${SHORT_MAX_SENTENCES}`,
      })
  }

  const grams = plan.steps.map((step) => stepGrams(maskText(step)))
  plan.steps.forEach((step, i) => {
    for (let j = 0; j < i; j++) {
      const same =
        step.trim() === plan.steps[j]!.trim()
          ? step
          : [...grams[i]!].find((gram) => grams[j]!.has(gram))
      if (same === undefined) continue
      findings.push({
        check: 'step-repeated',
        where: `step[${i}]`,
        text: excerpt(step, 0, step.length),
        detail: `says again what step[${j}] says ("${same}")`,
      })
      break
    }
  })

  const why = new Set(plan.why.flatMap((c) => clauses(maskText(c.text))))
  plan.cautions.forEach((caution, i) => {
    for (const clause of clauses(maskText(caution.text)))
      if (why.has(clause))
        findings.push({
          check: 'caution-why-shared',
          where: `caution[${i}]`,
          text: clause,
          detail: 'a reason ("why") of the same plan already says this',
        })
  })
  return findings
}

/** A greeting or a spoken address: "Hi Farah,", "Dear Dr. Li,", "Thank you, Farah.". */
const GREETING = /\b(?:Hi|Hello|Dear|Hey)\s+([^,;:.\n]{1,80}),/g
/** Our own greetings to nobody in particular. */
const OWN_GREETINGS = new Set(['there', 'hiring team', 'Sir or Madam'])
const TITLE_WORD = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|rev|sir|dame|lord|lady)\.?$/i
/** A liking verb, then the person's own liking verb: "I especially liked loved the idea". */
const DOUBLED_VERB =
  /\b(?:liked|loved|enjoyed|appreciated|admired|valued|to|about|in|of)\s+(?:really\s+|especially\s+)?(?:liked|loved|enjoyed|appreciated|admired|valued|met|saw|heard|learned|learnt|found|felt)\b/gi

/**
 * Where typed text meets a sentence, the four ways it went wrong before names, companies and
 * liked things were read by shape (lib/wording/names.ts):
 * - greeting: a greeting to a role or a description ("Hi Former Lead,", "Hello Hiring Manager,"),
 *   or a full name after "Hi"/"Hello" where a person would say the first name ("Hi Karen Li,");
 * - description-as-name: a company typed as a description printed as a proper name ("Could you
 *   let Regional Hospital know?");
 * - verb-doubled: a liking verb of ours before one of theirs ("I especially liked loved…");
 * - emoji: in any text to send. These are reported even inside typed text: the wording layer
 *   takes emoji out.
 */
function typedTextFindings(
  situation: Situation,
  refs: TextRef[],
  spansOf: (text: string) => TypedSpan[],
): Finding[] {
  const findings: Finding[] = []
  const company = parseCompany(situation.details.company, situation.details.company ?? '')
  const posing =
    company?.kind === 'description'
      ? company.text
          .replace(/^the\s+/, '')
          .replace(
            /(^|\s)(\p{Ll})/gu,
            (_, space: string, letter: string) => space + letter.toUpperCase(),
          )
      : undefined
  for (const ref of refs) {
    const { text, where } = ref
    if (ref.kind !== undefined) {
      for (const m of text.matchAll(GREETING)) {
        const name = (m[1] ?? '').trim()
        if (OWN_GREETINGS.has(name) || name.startsWith('[')) continue
        const words = name.split(/\s+/)
        const problem = words.some(
          (word) => isRoleWord(word) || /^(?:my|the|our|a|an)$/i.test(word),
        )
          ? 'greets a role or a description'
          : /^(?:Hi|Hello|Hey)/.test(m[0]) &&
              situation.tone !== 'formal' &&
              words.length >= 2 &&
              !words.some((word) => TITLE_WORD.test(word) || word === '&' || /^\p{Ll}/u.test(word))
            ? 'uses a full name where a person would say the first name'
            : undefined
        if (problem)
          findings.push({ check: 'greeting', where, text: m[0], detail: `the greeting ${problem}` })
      }
      const emoji = HAS_EMOJI.exec(text)
      if (emoji)
        findings.push({
          check: 'emoji',
          where,
          text: excerpt(text, emoji.index, emoji.index + emoji[0].length),
          detail: 'an emoji in words to send or say',
        })
    }
    if (posing && text.includes(posing))
      findings.push({
        check: 'description-as-name',
        where,
        text: posing,
        detail: `"${situation.details.company}" is a description, printed as a proper name`,
      })
    if (
      ref.kind !== undefined &&
      ref.kind !== 'phone' &&
      ref.kind !== 'record' &&
      ref.part === 'body'
    )
      for (const sentence of verblessSentences(text, spansOf(text)))
        findings.push({
          check: 'no-verb',
          where,
          text: sentence,
          detail: 'a sentence with typed text and no verb to carry it',
        })
    for (const m of text.matchAll(DOUBLED_VERB)) {
      const span = { start: m.index, end: m.index + m[0].length }
      if (insideTyped(span, spansOf(text))) continue
      findings.push({
        check: 'verb-doubled',
        where,
        text: excerpt(text, span.start, span.end),
        detail: `a verb doubled across a seam: "${m[0]}"`,
      })
    }
  }
  return findings
}

/**
 * A finite verb, an auxiliary or a contraction that carries one: enough to tell a sentence from a
 * list of nouns. Past forms in -ed count; so do the verbs our own sentences open with.
 */
const FINITE =
  /(?:^|[^\p{L}])(?:am|is|are|was|were|be|been|have|has|had|do|does|did|can|could|will|would|shall|should|may|might|must|\p{L}+ed|\p{L}+['’](?:s|m|re|ve|d|ll)|\p{L}+n['’]t|hope|wish|thank|thanks|want|know|think|appreciate|enjoy|like|love|look|let|keep|send|call|say|tell|mean|seem|feel|find|work|suit|go|come|take|make|give|ask|need|prefer|understand|remember|wonder|got|felt|met|saw|heard|learnt|thought|found|took|told|said|gave|spoke|left|began|grew|led|ran|became)(?![\p{L}])/iu

/** A sentence: up to a full stop, "!" or "?" that is not part of "Dr.", "Inc." or an initial. */
const SENTENCE =
  /(?:[^.!?]|(?<=\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|\p{Lu}))\.(?!\s*$)|[.!?](?=[^\s]))+[.!?]?/gu

/**
 * Sentences of a script that hold typed text and no verb: a list typed as what they liked and
 * printed as a sentence of its own ("The mentoring, the office, the people."). Our own sentences
 * always have their verbs; the lines of a letter that are not sentences (greeting, sign-off, a
 * slot to fill) are left alone.
 */
function verblessSentences(text: string, spans: TypedSpan[]): string[] {
  if (!spans.length) return []
  const out: string[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const lineStart = offset
    offset += line.length + 1
    const trimmed = line.trim()
    // A greeting, a sign-off and the name under it, a slot, a list item: not sentences.
    if (/,$|^\[|^- |^(?:Hi|Hello|Dear|Hey)\b/.test(trimmed) || !/[.!?]$/.test(trimmed)) continue
    for (const m of line.matchAll(SENTENCE)) {
      const sentence = m[0].trim()
      if (sentence.split(/\s+/).length < 3 || FINITE.test(sentence)) continue
      const start = lineStart + m.index
      const end = start + m[0].length
      if (spans.some((span) => span.start < end && start < span.end)) out.push(sentence)
    }
  }
  return out
}

/** Checks many plans; `texts` counts the distinct texts read (headlines, subjects, bodies…). */
export function checkPlans(items: Iterable<{ situation: Situation; plan: PlanBody }>): {
  texts: number
  findings: Finding[]
  byCheck: Record<string, number>
} {
  const texts = new Set<string>()
  const findings: Finding[] = []
  const byCheck: Record<string, number> = Object.fromEntries(CHECKS.map((c) => [c, 0]))
  for (const { situation, plan } of items) {
    for (const ref of textsOf(plan)) texts.add(ref.text)
    for (const finding of checkPlan(situation, plan)) {
      findings.push(finding)
      byCheck[finding.check] = (byCheck[finding.check] ?? 0) + 1
    }
  }
  return { texts: texts.size, findings, byCheck }
}
