/*
 * The shape of text the person typed: what the engine needs to know of a detail (is there
 * anything usable in it, is it a clause or a noun phrase) and what the wording layer fits to a
 * sentence (lib/wording/phrase.ts). It sits with the Situation so that the engine and the words
 * both read it and neither imports the other.
 */

/**
 * - `trait`: a word that describes a job rather than names one ("remote", "hybrid", "more
 *   senior"): a noun slot takes it as "a remote role" (option `trait=role`).
 * - `act`: what they did, in the first person with the "I" left off ("loved the hack week
 *   idea", "really enjoyed meeting the team"): a frame gives it its "I".
 * - `noun`: fits a noun slot ("the new clinic", "more project work", "Acme"); a list ("the
 *   mentoring, the office, the people") is joined with "and" where the last comma is.
 * - `description`: a company typed as a description ("a regional hospital"), said as one ("the
 *   regional hospital") or left out where the words speak to that employer (`as=employer`).
 * - `wish`: what they would like, in the first person ("I'd prefer something remote"): it can
 *   stand as the person's own sentence where the frame asks what would suit them.
 * - `mine`: another clause in the first person ("I took another offer"): their own words, but
 *   not an answer to every question.
 * - `clause`: another clause ("they want me in the office"): needs a frame such as
 *   "I understand that …", never a noun slot.
 * - `none`: nothing usable was typed.
 */
export type PhraseShape =
  'trait' | 'act' | 'noun' | 'description' | 'wish' | 'mine' | 'clause' | 'none'

const FIRST_PERSON = /^(?:i|i'm|im|i'd|i've|ive|i'll|my\s+\S+(?:\s+\S+)?\s+(?:is|was|are|were))\b/i
/** "idk", "n/a", "-": an answer that says nothing, treated as no answer. */
const NON_ANSWER = /^(?:idk|n\/?a|none|unknown|not sure|no idea|dunno|tbc|tbd|-+|\?+)$/i
export const TRAIT =
  /^(?:(?:more|fully|mostly|partly)\s+)?(?:remote|hybrid|flexible|part[- ]time|full[- ]time|senior|junior|permanent|temporary|on[- ]site|in[- ]person|office[- ]based)$/i
const WISH =
  /^(?:i'd\s+(?:prefer|like|love|rather|want)|i\s+would\s+(?:prefer|like|love|rather)|i\s+(?:want|prefer|need|hope)|i'm\s+(?:looking|after|hoping|aiming|keen)|im\s+(?:looking|after|hoping))\b/i
const SUBJECT =
  /^(?:we|we're|we've|we'd|they|they're|they've|they'd|she|she's|he|he's|it|it's|its|there's|there\s+(?:is|are|was|were)|you|you're|this\s+is|that's|that\s+is)\b/i
const FINITE_VERB =
  /\b(?:is|are|was|were|am|seems?|seemed|looks?|looked|feels?|felt|wants?|wanted|needs?|needed|has|had|have|would|will|won't|can't|cannot|could|should|did|didn't|does|doesn't|don't|isn't|aren't|wasn't|weren't|took|told|said|says|offered|expects?|expected|gave|got)\b/i
const RELATIVE = /\b(?:who|that|which|where|when|whose|whom|how|what)\b/i
/** Words that open a noun phrase, so a verb further on belongs to a relative clause. */
export const LEADING_ARTICLE = /^(?:a|an|the|my|our|your|this)\s+/i
const TRAILING = /[\s.,;:!?…]+$/
/** Quotes around the whole answer ("Remote"), not one that belongs to it (">…). */
const QUOTED = /^["“”'‘’](.*)["“”'‘’]$/s
/**
 * What they did, with the "I" left off: "loved the hack week idea", "really enjoyed the tour".
 * Only verbs people use for what they liked, so "dedicated team" stays a noun phrase.
 */
const ACT =
  /^(?:(?:really|especially|genuinely|truly|absolutely|also|particularly)\s+)?(?:loved|liked|enjoyed|appreciated|admired|valued|respected|met|saw|heard|learned|learnt|found|thought|felt|got|had|spoke|talked|chatted|toured|visited|noticed|discovered|love|like|enjoy|appreciate|admire|value|respect)\s+\S/i

/** Chat shorthand at the end of an answer ("…on the careers page tbh", "…php monolith lol"). */
const SIGN_OFF_SLANG = /\s+(?:tbh|lol|lmao|haha+|imo|imho|ngl|fwiw|xx+|x)$/i

/** The typed text without the punctuation, quotes, shorthand and emoji that would collide with ours. */
export function trimEdges(text: string): string {
  let out = withoutEmoji(text).trim()
  for (let before = ''; before !== out;) {
    before = out
    out = out.replace(TRAILING, '').replace(SIGN_OFF_SLANG, '').replace(QUOTED, '$1').trim()
  }
  return out
}

/** Straight apostrophes, so "I’d" and "I'd" are read alike. */
const plain = (text: string) => text.replace(/[’‘]/g, "'")

export function shapeOf(raw: string | undefined): PhraseShape {
  if (raw === undefined) return 'none'
  const text = plain(trimEdges(raw))
  if (!/\p{L}/u.test(text) || NON_ANSWER.test(text)) return 'none'
  if (TRAIT.test(text)) return 'trait'
  if (ACT.test(text)) return 'act'
  if (WISH.test(text)) return 'wish'
  if (FIRST_PERSON.test(text)) return 'mine'
  if (SUBJECT.test(text)) return 'clause'
  const verb = FINITE_VERB.exec(text)
  // "the team was lovely" is a clause; "a role that is remote" is a noun with a relative clause.
  if (verb && verb.index > 0 && !RELATIVE.test(text.slice(0, verb.index))) return 'clause'
  return 'noun'
}

const EMOJI =
  /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F\u20E3]|(?:^|\s)[:;]-?[)(DPp](?=\s|$)|(?:^|\s)<3(?=\s|$)/gu

/** Text without emoji or emoticons: a letter or a spoken line has no place for them. */
export function withoutEmoji(text: string): string {
  if (!/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}:;<]/u.test(text)) return text
  return text
    .replace(EMOJI, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

/** Any emoji, for the prose gate. */
export const HAS_EMOJI = /\p{Extended_Pictographic}/u
