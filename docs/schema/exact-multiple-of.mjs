// ajv's `multipleOf` divides in binary floating point, so it refuses numbers that are exact multiples (33.33, 14.29
// and 0.07 of 0.01). This replaces it with exact decimal arithmetic on each number's shortest round-trip form (what
// JSON.stringify writes), the arithmetic JSON Schema means and Alliances.Domain applies:
//
//   import Ajv2020 from "ajv/dist/2020.js";
//   import { exactMultipleOf } from "./exact-multiple-of.mjs";
//   const ajv = exactMultipleOf(new Ajv2020());
//   const validate = ajv.compile(ledgerSchema);

/** Writes a finite number as an integer and a power of ten: 33.33 is [3333n, -2], 5e-324 is [5n, -324]. */
function decimal(x) {
  const [mantissa, exponent = "0"] = String(x).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}

/** Tells whether `value` is an exact multiple of `divisor` (divisor > 0), in decimal. */
export function isExactMultiple(value, divisor) {
  if (!Number.isFinite(value)) return false;
  const [v, ve] = decimal(value);
  const [d, de] = decimal(divisor);
  const e = Math.min(ve, de);
  return (v * 10n ** BigInt(ve - e)) % (d * 10n ** BigInt(de - e)) === 0n;
}

/** Replaces ajv's `multipleOf` with the exact one; returns the same ajv instance. */
export function exactMultipleOf(ajv) {
  ajv.removeKeyword("multipleOf");
  ajv.addKeyword({
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    errors: false,
    validate: (divisor, value) => isExactMultiple(value, divisor),
  });
  return ajv;
}
