/** A bad option passed to `createVitalsHandler` (thrown at creation, never per request). */
export class VitalsHandlerOptionsError extends Error {
  override readonly name = 'VitalsHandlerOptionsError';
  constructor(
    /** The option's name, e.g. `windowMs`. */
    readonly option: string,
    found: unknown,
    expected: string,
  ) {
    super(`createVitalsHandler (app/api/vitals/route.ts): option "${option}" is ${JSON.stringify(found)}; expected ${expected}.`);
  }
}
