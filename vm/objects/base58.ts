// Base58 with the Bitcoin alphabet, the text form Sui prints digests in: bytes in, text out, and
// back (undefined for text that is not base58). Each leading zero byte is one leading '1'; the rest
// is the big-endian number written in base 58, so every byte string has exactly one text form.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

// Encoding works in limbs of five base-58 digits (58^5 < 2^30, so limb * 256 + carry stays an
// exact double): a fifth of the inner-loop steps of digit-at-a-time conversion.
const LIMB = 58 ** 5;

export function base58Encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Limbs, least significant first: schoolbook conversion, one input byte at a time.
  const limbs: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < limbs.length; j++) {
      carry += limbs[j]! * 256;
      const q = Math.floor(carry / LIMB);
      limbs[j] = carry - q * LIMB;
      carry = q;
    }
    for (; carry > 0; carry = Math.floor(carry / LIMB)) limbs.push(carry % LIMB);
  }
  let digits = '';
  for (let j = 0; j < limbs.length; j++) {
    let limb = limbs[j]!;
    const last = j === limbs.length - 1;
    // Five digits per limb, except no leading zero digits in the most significant one.
    for (let d = 0; d < 5 && (!last || limb > 0); d++) {
      digits = ALPHABET[limb % 58] + digits;
      limb = Math.floor(limb / 58);
    }
  }
  return '1'.repeat(zeros) + digits;
}

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
