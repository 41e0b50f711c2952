import { expect, test, type Page } from '@playwright/test'

/** Answers by their visible labels, as a person would pick them. */
export type Answers = {
  stage: RegExp
  /** Not asked after accepting an offer. */
  progress?: RegExp
  nextInterview?: RegExp
  reasons: RegExp[]
  advertised?: string
  actual?: string
  certainty?: RegExp
  changeMind?: RegExp
  fear?: RegExp
  needJob?: RegExp
  keepDoorOpen?: RegExp
  positives?: string
  betterFit?: string
  referralName?: string
  referralConnection?: string
  /** Version 2: what was signed and where (after accepting), and the "anything else" boxes. */
  signed?: RegExp
  country?: RegExp
  moments?: RegExp[]
  referrerName?: string
  channel?: RegExp
  tone?: RegExp
  explain?: RegExp
  yourName?: string
  contactName?: string
  company?: string
  role?: string
  /** Called on each step before it is answered, with the step's heading. */
  onStep?: (title: string) => Promise<void>
}

/** The journey most specs take: an offer at the final round, the level wrong, sure it's a no. */
export const DECLINE_OFFER = {
  stage: /offered me the job/,
  progress: /final round/,
  reasons: [/level is wrong/],
  certainty: /Yes, definitely/,
} satisfies Answers

export class Wizard {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 })
  }

  radio(legend: RegExp, option: RegExp) {
    return this.page.getByRole('group', { name: legend }).getByRole('radio', { name: option })
  }

  async fill(label: RegExp, text: string | undefined) {
    if (text !== undefined) await this.page.getByRole('textbox', { name: label }).fill(text)
  }

  /**
   * With JavaScript, waits until React has hydrated the form: a click before that is a full
   * no-JS form post, which a busy machine makes likely. Without JavaScript there is nothing to
   * wait for.
   */
  async ready() {
    if (test.info().project.use.javaScriptEnabled === false) return
    await expect(this.page.locator('form[data-hydrated]')).toBeAttached()
  }

  async continue() {
    await this.ready()
    await this.page.getByRole('button', { name: /^(Continue|Save and go back)$/ }).click()
  }

  async expectStep(title: RegExp) {
    await expect(this.heading()).toContainText(title)
  }

  /** Answers every step that appears until "Check your answers". */
  async complete(a: Answers) {
    await this.ready()
    for (let guard = 0; guard < 12; guard++) {
      const title = (await this.heading().textContent()) ?? ''
      if (/Check your answers/.test(title)) return
      await a.onStep?.(title)
      if (/Where you are/.test(title)) {
        await this.radio(/Where are you with this job/, a.stage).check()
      } else if (/How far you’ve got/.test(title)) {
        if (a.progress) await this.radio(/How far have you got/, a.progress).check()
        if (a.nextInterview)
          await this.radio(/When is your next interview/, a.nextInterview).check()
      } else if (/What’s wrong/.test(title)) {
        const group = this.page.getByRole('group', { name: /Why do you want to step away/ })
        for (const reason of a.reasons) await group.getByRole('checkbox', { name: reason }).check()
      } else if (/differs from the advert/.test(title)) {
        await this.fill(/What did the job advert describe/, a.advertised)
        await this.fill(/What does the job actually seem to be/, a.actual)
      } else if (/What you signed/.test(title)) {
        await this.radio(/What have you signed/, a.signed ?? /^Nothing/).check()
        await this.radio(/Where is the job/, a.country ?? /Somewhere else/).check()
      } else if (/Where the job is/.test(title)) {
        await this.radio(/Where is the job/, a.country ?? /Somewhere else/).check()
      } else if (/How sure you are/.test(title)) {
        if (a.certainty)
          await this.radio(/would you turn it down|go back on your acceptance/, a.certainty).check()
        // After accepting, neither of these is asked.
        if (await this.page.getByRole('group', { name: /Would anything change/ }).count()) {
          await this.radio(
            /Would anything change your mind/,
            a.changeMind ?? /No, nothing would/,
          ).check()
          await this.radio(/worry that you’ll interview badly/, a.fear ?? /^No$/).check()
        }
        await this.radio(/How much do you need a new job/, a.needJob ?? /Fairly soon/).check()
      } else if (/The relationship/.test(title)) {
        await this.radio(/different role with this employer/, a.keepDoorOpen ?? /^No$/).check()
        await this.fill(/What did you like about them/, a.positives)
        await this.fill(/What kind of role would suit you better/, a.betterFit)
        await this.fill(/Someone you could suggest instead/, a.referralName)
        await this.fill(/How do you know them/, a.referralConnection)
      } else if (/Anything else/.test(title)) {
        const group = this.page.getByRole('group', { name: /Does any of this apply/ })
        for (const moment of a.moments ?? [])
          await group.getByRole('checkbox', { name: moment }).check()
      } else if (/How to say it/.test(title)) {
        const channel = this.page.getByRole('group', { name: /how would you rather tell them/ })
        if (await channel.count())
          await this.radio(
            /how would you rather tell them/,
            a.channel ?? /Whichever works best/,
          ).check()
        await this.radio(/What tone suits you/, a.tone ?? /Plain and friendly/).check()
        const explain = this.page.getByRole('group', { name: /How much do you want to tell them/ })
        if (await explain.count())
          await this.radio(
            /How much do you want to tell them/,
            a.explain ?? /One short, honest reason/,
          ).check()
      } else if (/Names to use/.test(title)) {
        await this.fill(/^Your name/, a.yourName)
        await this.fill(/The name of the person/, a.contactName)
        await this.fill(/^Company/, a.company)
        await this.fill(/^Job title/, a.role)
        await this.fill(/^Who referred you/, a.referrerName)
      } else {
        throw new Error(`Unexpected step: ${title}`)
      }
      const before = title
      await this.continue()
      await expect(this.heading()).not.toHaveText(before)
    }
    throw new Error('The wizard never reached "Check your answers"')
  }

  async submit() {
    await this.ready()
    await this.page.getByRole('button', { name: 'Get my plan' }).click()
    await expect(this.heading()).toHaveText('Your plan')
  }

  script(title: RegExp) {
    return this.page.getByRole('article', { name: title })
  }
}
