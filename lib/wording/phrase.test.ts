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
    expect(fitPhrase('sam lee', { as: 'full' })).toBe('Sam Lee')
    expect(fitPhrase("o'brien", { as: 'name' })).toBe("O'Brien")
    expect(fitPhrase('anna-lena müller', { as: 'full' })).toBe('Anna-Lena Müller')
    expect(fitPhrase('ludwig van beethoven', { as: 'full' })).toBe('Ludwig van Beethoven')
    expect(fitPhrase('van morrison', { as: 'full' })).toBe('Van Morrison')
    expect(fitPhrase('danah McKenzie', { as: 'full' })).toBe('danah McKenzie')
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
    expect(fitPhrase('javascript:alert(1)', { as: 'name' })).toBe('Javascript:alert')
    expect(fitPhrase('Ms Okonkwo (Talent, EMEA & APAC) - my contact', { as: 'name' })).toBe(
      'Ms Okonkwo',
    )
  })

  test('a name field read as a person reads it: the name, not the description around it', () => {
    const forms = (typed: string) =>
      (['name', 'formal', 'full', 'polite'] as const).map((as) => fitPhrase(typed, { as }))
    expect(forms('my former lead, Farah')).toEqual(['Farah', 'Farah', 'Farah', 'Farah'])
    expect(forms('Chris from HR')).toEqual(['Chris', 'Chris', 'Chris', 'Chris'])
    expect(forms('Lena @ Hays')).toEqual(['Lena', 'Lena', 'Lena', 'Lena'])
    expect(forms('Karen Li')).toEqual(['Karen', 'Karen Li', 'Karen Li', 'Karen'])
    expect(forms('Dr. Karen Li (hiring manager)')).toEqual([
      'Karen',
      'Dr. Li',
      'Dr. Karen Li',
      'Dr. Li',
    ])
    expect(forms('Head of Talent, Dana Cole')).toEqual(['Dana', 'Dana Cole', 'Dana Cole', 'Dana'])
    expect(forms('Tom Hardy, Head of Engineering')[0]).toBe('Tom')
    expect(forms('recruiter Sam Jones')[1]).toBe('Sam Jones')
    expect(forms('Rev. Dr. Martin Luther')).toEqual([
      'Martin',
      'Rev. Dr. Luther',
      'Rev. Dr. Martin Luther',
      'Rev. Dr. Luther',
    ])
    expect(forms("Mr. O'Brien")).toEqual([
      "Mr. O'Brien",
      "Mr. O'Brien",
      "Mr. O'Brien",
      "Mr. O'Brien",
    ])
    // Capitals are cased like a name; two letters may be initials and stay.
    expect(forms('KAREN LI')[2]).toBe('Karen Li')
    expect(forms('DANA')[0]).toBe('Dana')
    expect(forms('DJ')[0]).toBe('DJ')
    // An initial is no first name to greet with.
    expect(forms('J. Smith')[0]).toBe('J. Smith')
    expect(forms('de la Cruz')[0]).toBe('de la Cruz')
    // Titles in the languages of domain §7 are titles, not first names.
    expect(forms('Frau Dr. Weber')).toEqual([
      'Frau Dr. Weber',
      'Frau Dr. Weber',
      'Frau Dr. Weber',
      'Frau Dr. Weber',
    ])
    expect(forms('Herr Schmidt')[0]).toBe('Herr Schmidt')
    expect(forms('Mrs. J. Patel')[1]).toBe('Mrs. Patel')
    expect(forms('recruiter (Jo)')[0]).toBe('Jo')
    expect(forms('Hiring Manager - Alex')[0]).toBe('Alex')
    expect(forms('my uni friend Jess')[0]).toBe('Jess')
    expect(forms('Recruiter: Bea')[0]).toBe('Bea')
    expect(forms('Dev in the dispensary')[0]).toBe('Dev')
    // What was typed about them besides the name, for a referral with nothing else on it.
    const described = (typed: string) => fitPhrase(typed, { as: 'described' })
    expect(described('my flatmate Jo')).toBe('my flatmate')
    expect(described('Priya - great PM')).toBe('a great PM')
    expect(described('Sarah Kim, Talent Partner')).toBe('a talent partner')
    expect(described('Priya Shah')).toBe('')
    // Two people are greeted as typed.
    expect(forms('Kim & Lee')[0]).toBe('Kim & Lee')
  })

  test('a name field that holds only a role, a team, a greeting or an address has no name', () => {
    for (const typed of [
      'hiring manager',
      'the hiring manager',
      'Hiring Team',
      'HR',
      'recruiting team',
      'my former lead',
      'the recruiter at Hays',
      'Head of Talent',
      'Talent Acquisition Partner (EMEA)',
      'To whom it may concern',
      'Sir/Madam',
      'dana@acme.com',
      'n/a',
      'the CTO (didnt catch his name)',
      'not sure of her name',
      'Graduate Recruitment Team',
      'the eng manager',
      'HR Dept',
      'placement cell',
      'THE CEO himself',
    ])
      expect([typed, fitPhrase(typed, { as: 'name' })]).toEqual([typed, ''])
  })

  test('a company is a name, a name that takes "the", or a description said as one', () => {
    const company = (typed: string) => fitPhrase(typed, { as: 'company' })
    const employer = (typed: string) => fitPhrase(typed, { as: 'employer' })
    expect(company('a regional hospital')).toBe('the regional hospital')
    expect(company('A fintech startup!')).toBe('the fintech startup')
    expect(company('the client')).toBe('the client')
    expect(company('fintech startup')).toBe('the fintech startup')
    expect(company('University of Leeds')).toBe('the University of Leeds')
    expect(company('The Guardian')).toBe('the Guardian')
    expect(company('the NHS')).toBe('the NHS')
    expect(company('acme corp')).toBe('Acme Corp')
    expect(company('acme')).toBe('Acme')
    // Several words in lower case are almost always a description.
    expect(company('bar & grill')).toBe('the bar & grill')
    expect(company('insurance sales co')).toBe('the insurance sales co')
    expect(company('big four firm')).toBe('the big four firm')
    expect(company('Acme Inc.')).toBe('Acme Inc')
    expect(company('idk')).toBe('')
    // Words to the employer itself leave a description out rather than say it to them.
    expect(employer('a regional hospital')).toBe('')
    expect(employer('University of Leeds')).toBe('the University of Leeds')
  })

  test('what they liked: a verb phrase keeps its verb, a list gets its "and", emoji go', () => {
    expect(shapeOf('loved the hack week idea!!')).toBe('act')
    expect(shapeOf('really enjoyed meeting the team')).toBe('act')
    expect(shapeOf('dedicated team')).toBe('noun')
    expect(fitPhrase('the mentoring, the office, the people', { list: 'and' })).toBe(
      'the mentoring, the office and the people',
    )
    expect(fitPhrase('the people were great, the office is nice', { list: 'and' })).toBe(
      'the people were great and the office is nice',
    )
    expect(fitPhrase('Senior Analyst, Risk')).toBe('Senior Analyst, Risk')
    expect(fitPhrase('the studio tour 🎨✨')).toBe('the studio tour')
    expect(fitPhrase('great team :)')).toBe('great team')
  })

  test('what they liked, as said in a letter to them: no chat shorthand, "your" for "their"', () => {
    const liked = { list: 'and', to: 'them' } as const
    expect(fitPhrase('the team seemed lovely on the careers page tbh', liked)).toBe(
      'the team seemed lovely on the careers page',
    )
    expect(fitPhrase('their mission, the product, the people', liked)).toBe(
      'your mission, the product and the people',
    )
    expect(fitPhrase("the firm's talk at my old uni, esp. the secondment options", liked)).toBe(
      "the firm's talk at my old uni, especially the secondment options",
    )
    expect(fitPhrase('maintaining a 12yo php monolith lol')).toBe('maintaining a 12yo php monolith')
  })

  test('shorthand typed on a phone is written out, and a thing beside a remark is left out', () => {
    expect(fitPhrase("she's brilliant w/ compliance")).toBe("she's brilliant with compliance")
    expect(fitPhrase('the people, honestly. and the 4 day week', { list: 'and' })).toBe(
      'the people, honestly, and the 4 day week',
    )
    expect(fitPhrase('worked together 3 yrs')).toBe('worked together 3 years')
    expect(fitPhrase('the new sports centre; the kids seemed great', { list: 'and' })).toBe('')
    expect(fitPhrase('the mentoring; the office; the people', { list: 'and' })).toBe(
      'the mentoring, the office and the people',
    )
    const name = (typed: string) => fitPhrase(typed, { as: 'full' })
    expect(name('my former deputy, Luis Ortega')).toBe('Luis Ortega')
    expect(name('my uni friend jess')).toBe('Jess')
  })

  test('a role or a company typed in capitals is written as a title is', () => {
    const role = { drop: 'article', suffix: 'role' } as const
    expect(fitPhrase('FIELD ENGINEER', role)).toBe('Field Engineer role')
    expect(fitPhrase('SOLARIS ENERGY', { as: 'company' })).toBe('Solaris Energy')
    expect(fitPhrase('NHS TRUST', { as: 'company' })).toBe('NHS Trust')
    expect(fitPhrase('IBM', { as: 'company' })).toBe('IBM')
    expect(fitPhrase('HSBC', { as: 'company' })).toBe('HSBC')
    expect(fitPhrase('RAJ PATEL', { as: 'self' })).toBe('Raj Patel')
  })

  test('a role typed without its article gets one; work does not', () => {
    const fit = { case: 'lower', trait: 'role', article: 'role' } as const
    expect(fitPhrase('staff-level role leading a team', fit)).toBe(
      'a staff-level role leading a team',
    )
    expect(fitPhrase('project work', fit)).toBe('project work')
    expect(fitPhrase('remote', fit)).toBe('a remote role')
    expect(shapeOf('the design crit culture and how kind everyone was')).toBe('noun')
  })

  test('a contrast longer than its sentence can carry is cut to its gist, or left out', () => {
    expect(fitPhrase('a remote analyst role', { fit: 'gist' })).toBe('a remote analyst role')
    expect(
      fitPhrase('fully remote data work, with a budget for conferences and four-day weeks', {
        fit: 'gist',
      }),
    ).toBe('fully remote data work')
    expect(
      fitPhrase(
        'they said it would be a creative strategic role shaping the brand for the whole company',
        { fit: 'gist' },
      ),
    ).toBe('')
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
