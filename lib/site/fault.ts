/**
 * A fault the tests can set off in a production build, to see what a real error in a server
 * action looks like from outside: only when the server was started with `BOW_OUT_FAULT` naming
 * this point and the form says `intent=fault`. Without that variable it does nothing.
 */
export function faultPoint(point: string, form: FormData) {
  if (process.env.BOW_OUT_FAULT === point && form.get('intent') === 'fault') {
    throw new Error(`A fault injected at ${point} (BOW_OUT_FAULT)`)
  }
}
