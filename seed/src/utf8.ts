// Where a file stops being UTF-8, so the seed can name the line and the byte instead of decoding
// Windows-1252 quotes or Latin-1 accents to U+FFFD and then failing every quote near them.

function decodes(bytes: Uint8Array, n: number): boolean {
  try {
    // stream: a prefix that ends inside a character is still valid so far.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte of the first invalid sequence, or -1 when `bytes` is all UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Find where, below.
  }
  // The longest prefix that decodes, by binary search: decodes(low) holds, decodes(high) does not.
  let [low, high] = [0, bytes.length];
  if (decodes(bytes, high)) {
    low = high; // only the last character is cut short
  } else {
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if (decodes(bytes, mid)) low = mid;
      else high = mid;
    }
  }
  // The byte at `low` broke a sequence that may have started up to three bytes before it (a lead byte
  // 11xxxxxx, then continuation bytes 10xxxxxx): report the start, which is the byte a person can see.
  for (let start = low - 1; start >= Math.max(0, low - 3); start--) {
    const byte = bytes[start] ?? 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      // A sequence that was complete before `low` is a valid character: the fault is at `low`.
      return start + length > low ? start : low;
    }
    if (byte < 0x80) break;
  }
  return Math.min(low, bytes.length - 1);
}

/** The 1-based line of a byte offset. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
