/**
 * Text files as Dutch schools and DUO save them: UTF-8 (with or without byte-order mark) or Windows-1252, the
 * superset of Latin-1 that Windows and Excel write. One rule for SOP text and DUO files. (Node's own
 * `TextDecoder('windows-1252')` decodes as Latin-1, so 0x80–0x9F — € and the curly quotes — are mapped here.)
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

/**
 * The WHATWG TextDecoder every runtime of this library has (Node, browsers); declared here because the library
 * builds without DOM or Node typings.
 */
declare const TextDecoder: new (
  label: 'utf-8',
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to U+FFFD). Other bytes equal Latin-1. */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? 0xfffd) : byte);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/**
 * A UTF-8 byte-order mark decides UTF-8; otherwise bytes that are valid UTF-8 are read as UTF-8 and anything else
 * as Windows-1252 (pure ASCII is the same in both).
 */
export function decodeUtf8OrWindows1252(bytes: Uint8Array): {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
} {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}
