import { describe, expect, test } from 'vitest'
import { fitPhrase, shapeOf } from './phrase'

describe('the shape of typed text', () => {
  test.each([
    ['the new clinic', 'noun'],
    ['meeting the team!', 'noun'],
    ['Remote.', 'trait'],
    ['more senior', 'trait'],
    ['idk', 'none'],
    ['a role that is remote', 'noun'],
    ['people who are kind', 'noun'],
    ['R&D', 'noun'],
    ["I'd prefer something remote", 'wish'],
    ['I want to work remotely', 'wish'],
    ['I’m looking for a lead role', 'wish'],
    ['I took another offer', 'mine'],
    ['they want me in the office', 'clause'],
    ["it's really a junior position", 'clause'],
    ['the team was lovely', 'clause'],
    ["she's a great frontend dev", 'clause'],
    ['', 'none'],
    ['?!', 'none'],
    [undefined, 'none'],
  ] as const)('%s → %s', (text, shape) => {
    expect(shapeOf(text)).toBe(shape)
  })
})

describe('fitting typed text into a frame', () => {
  test('trailing punctuation goes; the frame brings its own', () => {
    expect(fitPhrase('meeting the team!')).toBe('meeting the team')
    expect(fitPhrase('Acme Inc.')).toBe('Acme Inc')
    expect(fitPhrase('"Remote"?')).toBe('Remote')
  })

  test('a leading article merges with the frame’s, and a role word is not doubled', () => {
    const role = { drop: 'article', suffix: 'role' } as const
    expect(fitPhrase('a team lead role', role)).toBe('team lead role')
    expect(fitPhrase('The Senior Analyst position', role)).toBe('Senior Analyst position')
    expect(fitPhrase('Operations Coordinator', role)).toBe('Operations Coordinator role')
    expect(fitPhrase('data analyst job', role)).toBe('data analyst job')
  })

  test('names keep the spelling typed, less a label after them', () => {
    expect(fitPhrase('Dana (recruiter)', { as: 'name' })).toBe('Dana')
    expect(fitPhrase('Tom - hiring manager', { as: 'name' })).toBe('Tom')
    expect(fitPhrase("Priya, she's great", { as: 'name' })).toBe('Priya')
    expect(fitPhrase('Dr. Patel', { as: 'name' })).toBe('Dr. Patel')
    // A name typed all in lower case goes out capitalised; any capital is the person's spelling.
    expect(fitPhrase('dana', { as: 'name' })).toBe('Dana')
    expect(fitPhrase('sam lee', { as: 'name' })).toBe('Sam Lee')
    expect(fitPhrase("o'brien", { as: 'name' })).toBe("O'Brien")
    expect(fitPhrase('anna-lena müller', { as: 'name' })).toBe('Anna-Lena Müller')
    expect(fitPhrase('ludwig van beethoven', { as: 'name' })).toBe('Ludwig van Beethoven')
    expect(fitPhrase('van morrison', { as: 'name' })).toBe('Van Morrison')
    expect(fitPhrase('danah McKenzie', { as: 'name' })).toBe('danah McKenzie')
    expect(fitPhrase('DJ', { as: 'name' })).toBe('DJ')
    expect(fitPhrase('acme (recruiter)', { as: 'name' })).toBe('Acme')
  })

  test('gives their own name without a title: the way they introduce themselves and sign', () => {
    expect(fitPhrase('Sam Lee', { as: 'self' })).toBe('Sam Lee')
    expect(fitPhrase('Dr. Sam Lee', { as: 'self' })).toBe('Sam Lee')
    expect(fitPhrase("Mr. O'Brien", { as: 'self' })).toBe("[first name] O'Brien")
    expect(fitPhrase('ms okafor (me)', { as: 'self' })).toBe('[first name] Okafor')
    // Someone else's title stays: "Dear Dr. Patel".
    expect(fitPhrase('Dr. Patel', { as: 'name' })).toBe('Dr. Patel')
    // A name that only begins like a title is a name.
    expect(fitPhrase('Drew Barrymore', { as: 'self' })).toBe('Drew Barrymore')
    expect(fitPhrase('Mister', { as: 'self' })).toBe('Mister')
    expect(fitPhrase('javascript:alert(1)', { as: 'name' })).toBe('Javascript:alert(1)')
    // A title in the name field reads as one in a greeting: "Dear Hiring Manager,".
    expect(fitPhrase('the hiring manager', { as: 'name' })).toBe('Hiring Manager')
    expect(fitPhrase('Ms Okonkwo (Talent, EMEA & APAC) - my contact', { as: 'name' })).toBe(
      'Ms Okonkwo',
    )
  })

  test('a sentence-case capital is lowered mid-sentence; titles and acronyms are kept', () => {
    expect(fitPhrase('Remote', { case: 'lower' })).toBe('remote')
    expect(fitPhrase('Mostly overnight scheduling', { case: 'lower' })).toBe(
      'mostly overnight scheduling',
    )
    expect(fitPhrase('The R&D roadmap', { case: 'lower' })).toBe('the R&D roadmap')
    expect(fitPhrase('Product Management', { case: 'lower' })).toBe('Product Management')
    expect(fitPhrase('UX research', { case: 'lower' })).toBe('UX research')
  })

  test('a bare noun phrase gets "a" or "an"; one with its own determiner or a capital does not', () => {
    expect(fitPhrase('former colleague', { article: 'a' })).toBe('a former colleague')
    expect(fitPhrase('old manager of mine', { article: 'a' })).toBe('an old manager of mine')
    expect(fitPhrase('uni friend', { article: 'a' })).toBe('a uni friend')
    expect(fitPhrase('my old manager', { article: 'a' })).toBe('my old manager')
    expect(fitPhrase('Orbit alumni', { article: 'a' })).toBe('Orbit alumni')
  })

  test('a clause opens its own sentence with a capital', () => {
    expect(fitPhrase("she's a great frontend dev.", { as: 'start' })).toBe(
      "She's a great frontend dev",
    )
  })
})
