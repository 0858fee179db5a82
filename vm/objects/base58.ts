// Base58 with the Bitcoin alphabet, the text form Sui prints digests in: bytes in, text out, and
// back (undefined for text that is not base58). Each leading zero byte is one leading '1'; the rest
// is the big-endian number written in base 58, so every byte string has exactly one text form.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;
const ALPHABET_CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const ONE = ALPHABET.charCodeAt(0);

// Encoding works in limbs of five base-58 digits (58^5 < 2^30, so limb * 256 + carry stays an
// exact double): a fifth of the inner-loop steps of digit-at-a-time conversion.
const LIMB = 58 ** 5;

// Scratch space reused by every call (an isolate runs one call at a time): limbs and digit codes
// are written in place, and the text is made as ONE flat string at the end. Building it a
// character at a time made a chain of cons-strings (about a kilobyte per digest) that lived as
// long as the digest text did, and growing arrays cost more allocation than the text itself.
let limbs = new Float64Array(16);
let codes = new Uint16Array(64);

export function base58Encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // At most log(256)/log(58) < 1.37 digits per byte, one leading '1' per zero byte.
  const maxDigits = zeros + Math.ceil((bytes.length - zeros) * 1.37) + 1;
  if (codes.length < maxDigits) codes = new Uint16Array(maxDigits);
  if (limbs.length * 5 < maxDigits) limbs = new Float64Array(Math.ceil(maxDigits / 5) + 1);
  // Limbs, least significant first: schoolbook conversion, one input byte at a time.
  let n = 0;
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < n; j++) {
      carry += limbs[j]! * 256;
      const q = Math.floor(carry / LIMB);
      limbs[j] = carry - q * LIMB;
      carry = q;
    }
    for (; carry > 0; carry = Math.floor(carry / LIMB)) limbs[n++] = carry % LIMB;
  }
  // Digits from the end of `codes` backwards, so the text reads most significant first.
  let at = codes.length;
  for (let j = 0; j < n; j++) {
    let limb = limbs[j]!;
    const last = j === n - 1;
    // Five digits per limb, except no leading zero digits in the most significant one.
    for (let d = 0; d < 5 && (!last || limb > 0); d++) {
      codes[--at] = ALPHABET_CODES[limb % 58]!;
      limb = Math.floor(limb / 58);
    }
  }
  for (let i = 0; i < zeros; i++) codes[--at] = ONE;
  if (codes.length - at <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(at) as unknown as number[]);
  // Long inputs in slices: apply passes every element as an argument.
  let out = '';
  for (let i = at; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(codes.length, i + CHUNK)) as unknown as number[]);
  return out;
}

const CHUNK = 4096;

export function base58Decode(text: string): Uint8Array | undefined {
  let ones = 0;
  while (ones < text.length && text[ones] === '1') ones++;
  // Bytes, least significant first.
  const bytes: number[] = [];
  for (let i = ones; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let carry = c < 128 ? INDEX[c]! : -1;
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  const out = new Uint8Array(ones + bytes.length);
  for (let j = 0; j < bytes.length; j++) out[out.length - 1 - j] = bytes[j]!;
  return out;
}
