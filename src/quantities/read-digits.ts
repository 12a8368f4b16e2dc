/**
 * Reads a run of digits as a number: Western (0-9), Arabic-Indic (٠-٩) and Persian (۰-۹) digits,
 * with thousands separators («1,500», «١٬٥٠٠», «1.500.000») and a decimal mark («1.5», «١٫٥»,
 * «2,5»). Runs that read as no number («21.07.2015», «1,50,0») give null.
 */

/** A numeral as read: its value, and the facts the not-a-quantity rules need. */
export interface Digits {
  value: number;
  /** The value as an integer mantissa over a power of ten (1.5 → 15 / 10), to scale it exactly. */
  mantissa: number;
  scale: number;
  /** Digits only, no separator: «2015», «0501234567». */
  plain: boolean;
  /** How many digits. */
  length: number;
  /** Starts with 0 and has more digits: «0501234567». */
  leadingZero: boolean;
}

/** The digit 0–9 of a code unit in any of the three digit sets, or -1. */
export function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** Reads `raw` (digits and the separators . , ٫ ٬ between them); null when it is no single number. */
export function readDigits(raw: string): Digits | null {
  const groups: string[] = [];
  const seps: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const d = digitOf(raw.charCodeAt(i));
    if (d >= 0) cur += String(d);
    else {
      groups.push(cur);
      seps.push(raw[i]!);
      cur = '';
    }
  }
  groups.push(cur);
  if (groups.some((g) => g === '')) return null;
  const length = groups.join('').length;
  let intPart = groups.join('');
  let frac = '';
  if (seps.length > 0) {
    const last = seps[seps.length - 1]!;
    const kinds = new Set(seps);
    // «١٫٥» and «1,500.5»: the last separator is a decimal mark when it is ٫, or unlike the others, or a lone . or a lone , before one or two digits.
    const lastGroup = groups[groups.length - 1]!;
    const decimal = last === '٫' || (kinds.size === 2 && seps.indexOf(last) === seps.length - 1) || (seps.length === 1 && (last === '.' || lastGroup.length !== 3));
    const thousandGroups = decimal ? groups.slice(1, -1) : groups.slice(1);
    const thousandSeps = decimal ? seps.slice(0, -1) : seps;
    if (thousandSeps.length > 0) {
      // Thousands: every group after the first has three digits, the first one to three, one kind of separator.
      if (new Set(thousandSeps).size !== 1 || groups[0]!.length > 3 || thousandGroups.some((g) => g.length !== 3)) return null;
      if (decimal && thousandSeps[0] === last) return null;
    }
    if (decimal) {
      intPart = groups.slice(0, -1).join('');
      frac = lastGroup;
    } else intPart = groups.join('');
  }
  const scale = 10 ** frac.length;
  const mantissa = Number(intPart + frac);
  if (!Number.isSafeInteger(mantissa)) return null;
  return { value: mantissa / scale, mantissa, scale, plain: seps.length === 0, length, leadingZero: groups[0]!.length > 1 && groups[0]![0] === '0' };
}
