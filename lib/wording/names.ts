import { withoutEmoji } from '@/lib/situation/typed-text'

/*
 * The names people type, read the way a person reads them. A name field holds what someone
 * would write on a sticky note: "my former lead, Farah", "Chris from HR", "Lena @ Hays",
 * "Dr. Karen Li (hiring manager)", "hiring manager". A greeting needs the name a person would
 * use ("Hi Farah,", "Dear Dr. Li,"), never the description around it ("Hi Former Lead,"), and
 * no name at all when only a role was typed ("Hello,"). A company field holds a name ("Acme",
 * "the NHS", "University of Leeds") or a description ("a regional hospital", "the client"),
 * which is said as one ("the regional hospital") and never dressed up as a proper name.
 */

/** Words that describe who someone is rather than name them: a field of only these is a role. */
const ROLE_WORDS = new Set(
  `recruiter recruiters recruiting recruitment hiring hire manager managers mgr hr human resources
  talent acquisition people team teams lead leads leader head director founder co-founder cofounder
  ceo cto coo cfo cpo cmo vp svp evp partner interviewer interviewers panel contact coordinator
  co-ordinator sourcer former old new current future boss supervisor colleague friend agent
  consultant specialist officer executive assistant admin administrator department dept office
  engineering engineer senior junior principal chief president owner representative rep staff
  person lady woman man main point business generalist advisor adviser associate analyst account
  operations ops product design designer developer marketing sales finance legal tech technical
  group committee board mentor reception receptionist secretary pa ea scheduler they them she her
  he him hers his theirs pronouns emea apac latam global regional area site store direct
  manager's recruiter's someone somebody unknown careers career ta eng pm hm tl sr snr jr
  exec hrbp bp coord asst graduate graduates grad grads campus early intern interns onboarding
  apprenticeships programme program scheme flatmate housemate roommate mate cousin sister brother
  wife husband neighbour neighbor classmate ex-colleague coworker co-worker teammate ex old-colleague
  uni university college school coach footy placement cell deputy assistant`.split(/\s+/),
)

/** A word that says who someone is rather than names them ("recruiter", "lead", "HR"). */
export const isRoleWord = (word: string) =>
  ROLE_WORDS.has(word.toLowerCase().replace(/[.!?'’]+$/u, ''))

/**
 * Words no name is made of: a segment holding one is a remark, not a name ("the CTO (didn't
 * catch his name)", "not sure of her name").
 */
const NOT_NAME_WORDS = new Set(
  `didnt didn't dont don't not no know knew catch caught name names forgot forget remember unsure
  sure think maybe who whose whoever said says called something is was are were idk lol tbh
  himself herself themselves`.split(/\s+/),
)

/** Words that open a description of someone ("my former lead", "the recruiter"). */
const DETERMINERS = new Set(['my', 'the', 'our', 'your', 'their', 'a', 'an', 'this', 'that'])

/** Where the rest of a segment is about their employer or agency: "Chris from HR", "Lena @ Hays". */
const ORGANISATION_TAIL = /\s*@\s*.*$|\s+(?:from|at|of|with|via|for|in|on behalf of)\s+.*$/i

/** Parts of a field that may each hold the name: "Farah, my former lead", "Tom - hiring manager". */
const SEGMENTS = /\s*[,;()[\]{}]\s*|\s+[-–—|/:]\s+|\s+[-–—]|[-–—]\s+/

/** Titles before a name, in English and in the languages of domain §7 ("Frau Dr. Weber"). */
const TITLE_WORD =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|rev|sir|dame|lord|lady|herr|frau|sr|sra|srta|señor|señora|señorita|don|doña|mme|mlle|monsieur|madame|sig|sig\.ra)\.?$/i

/** A greeting typed into the name field ("To whom it may concern"), or a non-answer. */
export const NOT_A_NAME =
  /^(?:to whom|dear\b|hi\b|hello\b|hey\b|sir or madam|sir\/madam|madam\b|n\/a$|none$|unknown$|idk$|-+$|\?+$)/i

/** Name particles that stay lower case inside a name: "Ludwig van Beethoven". */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|bin|binti|al|ter|ten)$/

const EMAIL = /^\S+@\S+\.\S+$/
const INITIAL = /^\p{L}\.?$/u

export type PersonName = {
  /** "Dr." or "Rev. Dr.", as typed. */
  title: string
  /** The first name, if one was typed (an initial is not one). */
  given: string
  /** Everything after the first name, particles included ("de la Cruz"). */
  family: string
  /** The whole name as it should be printed: title, given and family names. */
  full: string
  /**
   * What was typed about them besides the name ("my flatmate" of "my flatmate Jo", "great PM"
   * of "Priya - great PM"), for a referral that has no other word on how they are known.
   */
  description: string
}

/** A word typed all in lower case gets its capitals; in capitals, it is cased like a name. */
export function nameCased(words: string[]): string[] {
  const letters = words.join(' ')
  const allLower = !/\p{Lu}/u.test(letters)
  const allUpper = !/\p{Ll}/u.test(letters) && /\p{Lu}{3,}/u.test(letters)
  if (!allLower && !allUpper) return words
  return words.map((word, i) => {
    const lower = word.toLowerCase()
    if (i > 0 && PARTICLE.test(lower)) return lower
    return lower.replace(
      /(^|['’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    )
  })
}

/** Drops what describes them: determiners and role words, wherever they stand in the segment. */
function nameWords(segment: string): string[] {
  return (
    segment
      .replace(ORGANISATION_TAIL, '')
      .split(/\s+/)
      // "Contact 1": a number is no name.
      .filter((word) => /\p{L}/u.test(word) || word === '&')
      .filter((word) => {
        const bare = word.toLowerCase().replace(/[.!?'’:;,]+$/u, '')
        return !DETERMINERS.has(bare) && !ROLE_WORDS.has(bare) && !ROLE_WORDS.has(`${bare}'s`)
      })
  )
}

/**
 * The name in a segment that opens as a description ("my former deputy Luis Ortega", "my uni
 * friend jess"): the capitalised words if any were typed, else the last word. Other segments keep
 * every word that is not a role word.
 */
function namePart(segment: string): string[] {
  const words = nameWords(segment)
  const described = DETERMINERS.has(segment.split(/\s+/)[0]?.toLowerCase() ?? '')
  if (!described || words.length < 2) return words
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word))
  return capitalised.length ? capitalised : words.slice(-1)
}

/** Trailing punctuation and whole-field quotes, as in the rest of the typed text. */
const cleanEdges = (text: string) =>
  text
    .trim()
    .replace(/^["“”'‘’](.*)["“”'‘’]$/su, '$1')
    .replace(/[\s,;:!?….]+$/u, '')
    .trim()

/**
 * A person's name from what was typed in a name field, or undefined when there is none to greet
 * (a role, a department, a greeting, an email address).
 */
// Every plan reads the same few names many times over (a greeting, a call, a sign-off).
const parsed = new Map<string, PersonName | undefined>()

export function parseName(raw: string | undefined): PersonName | undefined {
  if (raw === undefined) return undefined
  if (parsed.has(raw)) return parsed.get(raw)
  const name = readName(raw)
  if (parsed.size > 1000) parsed.clear()
  parsed.set(raw, name)
  return name
}

function readName(raw: string): PersonName | undefined {
  const text = cleanEdges(withoutEmoji(raw))
  if (!/\p{L}/u.test(text) || NOT_A_NAME.test(text) || EMAIL.test(text)) return undefined
  const segments = text.split(SEGMENTS)
  // The words around the name that only describe them: its own segment's, else another's.
  const describing = (segment: string) =>
    cleanEdges(segment.replace(ORGANISATION_TAIL, ''))
      .split(/\s+/)
      .filter((word) => !nameWords(word).length && /\p{L}/u.test(word))
  const describedBy = (segment: string) => {
    const own = describing(segment)
    const ownText = own.some((word) => !DETERMINERS.has(word.toLowerCase())) ? own.join(' ') : ''
    const other = segments.find((other) => other !== segment && describing(other).length)
    return ownText || (other ? cleanEdges(other) : '')
  }
  for (const segment of segments) {
    const said = cleanEdges(segment).split(/\s+/)
    if (said.some((word) => NOT_NAME_WORDS.has(word.toLowerCase().replace(/[.!?]+$/u, ''))))
      continue
    const words = nameCased(namePart(cleanEdges(segment)))
    if (!words.length) continue
    let t = 0
    while (t < words.length - 1 && TITLE_WORD.test(words[t] ?? '')) t++
    // "Mr" alone is no name; "Mister" is.
    const title = words.slice(0, t).join(' ')
    const rest = words.slice(t)
    const first = rest[0] ?? ''
    const twoPeople = rest.some((word) => word === '&' || word.toLowerCase() === 'and')
    const hasGiven =
      !twoPeople && !INITIAL.test(first) && !(PARTICLE.test(first) && rest.length > 1)
    const given = title && rest.length === 1 ? '' : hasGiven ? first : ''
    const family = twoPeople ? '' : given ? rest.slice(1).join(' ') : rest.join(' ')
    return { title, given, family, full: words.join(' '), description: describedBy(segment) }
  }
  return undefined
}

/** How a name is said: see `PhraseOptions.as` in phrase.ts. */
export type NameForm = 'name' | 'formal' | 'full' | 'polite' | 'described'

/**
 * The name as this frame needs it: the first name for "Hi Farah," and on a call; a title and
 * family name for "Dear Dr. Li," (the full name when no title was typed); the full name where
 * the person is named to someone else; `polite`, said aloud formally, a title and family name
 * where a title was typed and the first name where not ("Thank you, Dr. Li" / "…, Karen").
 */
export function nameIn(name: PersonName, form: NameForm): string {
  // "Mrs. J. Patel" is greeted "Mrs. Patel": initials go with a title.
  const surname = name.family.replace(/^(?:\p{L}\.\s+)+/u, '')
  const titled = name.title && surname ? `${name.title} ${surname}` : ''
  const withoutTitle = [name.given, name.family].filter(Boolean).join(' ')
  switch (form) {
    case 'name':
      return name.given || titled || withoutTitle || name.full
    case 'formal':
      return titled || withoutTitle || name.full
    case 'polite':
      return titled || name.given || withoutTitle || name.full
    case 'full':
      return name.full
    case 'described':
      return name.description
  }
}

// ---------------------------------------------------------------------------------------------
// Companies
// ---------------------------------------------------------------------------------------------

/** Nouns that make a lower-case company field a description ("a fintech startup"). */
const ORGANISATION_NOUNS =
  /\b(?:startups?|start-ups?|scale-?ups?|compan(?:y|ies)|firms?|agenc(?:y|ies)|hospitals?|schools?|universit(?:y|ies)|colleges?|council|charit(?:y|ies)|clinics?|stores?|shops?|restaurants?|cafes?|hotels?|clients?|consultanc(?:y|ies)|business(?:es)?|employers?|retailers?|brands?|practices?|institutes?|non-?profits?|ngos?|organi[sz]ations?|ministr(?:y|ies)|authorit(?:y|ies)|factor(?:y|ies)|warehouses?|centres?|centers?|nurser(?:y|ies)|academ(?:y|ies)|department|place|outfit|bakery|manufacturer|supplier|vendor|publisher|newspaper|magazine|platform|app)$/i

/** A legal form at the end makes a name of it, whatever its case ("acme corp", "x ltd"). */
const LEGAL_SUFFIX = /\s(?:corp|corporation|inc|ltd|llc|plc|gmbh|ag|bv|pty|limited|llp)\.?$/i

/** Institutions whose names take "the": "the University of Leeds", "the Bank of England". */
const TAKES_THE =
  /^(?:University|College|Bank|Museum|Institute|Ministry|Department|Office|Royal|National|Council|Academy|Society|Foundation|Trust|Board|Library|Centre|Center|School|Church|House|Court)\s+(?:of|for)\s+\S/

export type CompanyName = {
  /** A name ("Acme", "the University of Leeds") or a description ("the regional hospital"). */
  kind: 'name' | 'description'
  /** As it reads mid-sentence, with its "the" where it takes one. */
  text: string
}

/** The company as a sentence can say it, or undefined when nothing usable was typed. */
export function parseCompany(raw: string | undefined, fitted: string): CompanyName | undefined {
  if (raw === undefined) return undefined
  const text = fitted.trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined
  const described = /^(?:a|an|my|our|your|their|this|some|one)\s/i.test(text)
  const theLower = /^the\s+\p{Ll}/u.test(text)
  // In lower case, a single word is a name typed quickly ("acme"); several words are almost
  // always a description ("bar & grill", "construction firm", "big four firm").
  const lowerNoun =
    !/\p{Lu}/u.test(text) &&
    !LEGAL_SUFFIX.test(text) &&
    (ORGANISATION_NOUNS.test(text) || /\s/.test(text.trim()))
  if (described || theLower || lowerNoun) {
    const rest = text.replace(/^(?:a|an|my|our|your|their|this|some|one|the)\s+/i, '')
    return { kind: 'description', text: `the ${rest.charAt(0).toLowerCase()}${rest.slice(1)}` }
  }
  // "the NHS", "The Guardian": a name with its own "the", lower-cased mid-sentence.
  if (/^the\s/i.test(text)) return { kind: 'name', text: `the ${text.slice(4)}` }
  if (TAKES_THE.test(text)) return { kind: 'name', text: `the ${text}` }
  // "acme corp": a name typed in lower case goes out with its capitals, and one in capitals as
  // a name is written.
  const cased = /\p{Lu}/u.test(text) ? titleCased(text) : nameCased(text.split(' ')).join(' ')
  return { kind: 'name', text: cased }
}

/**
 * A title typed in capitals ("FIELD ENGINEER", "SOLARIS ENERGY") as a title is written ("Field
 * Engineer"); a single word and short words stay as typed, since they are likely acronyms
 * ("HSBC", "NHS TRUST" → "NHS Trust"). Anything with a lower-case letter is the person's own spelling.
 */
export function titleCased(text: string): string {
  // One word in capitals is most likely an acronym ("HSBC", "IKEA"), and so is a short one.
  if (/\p{Ll}/u.test(text) || !/\s/.test(text.trim()) || !/\p{Lu}{5,}/u.test(text)) return text
  return text.replace(/\p{Lu}{5,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
}
