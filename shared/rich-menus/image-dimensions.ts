/** What an image's own bytes say it is: its type (by signature, not by name) and its pixel size. */
export interface ImageDimensions {
  contentType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads a PNG's or JPEG's size from its header, in the browser and on the server alike (no image
 * library): null when the bytes are neither. The size is what LINE checks, so it is read from the
 * bytes LINE will get, never from the file name or what the browser says.
 */
export function imageDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (pngSignature.every((b, i) => bytes[i] === b)) return png(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg(bytes);
  return null;
}

function png(bytes: Uint8Array): ImageDimensions | null {
  // The first chunk is IHDR: length (4), "IHDR" (4), width (4), height (4), big-endian.
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { contentType: 'image/png', width: uint32(bytes, 16), height: uint32(bytes, 20) };
}

/** Start-of-frame markers (baseline, progressive, lossless…): they carry the size. C4, C8 and CC are not frames. */
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(bytes: Uint8Array): ImageDimensions | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes and markers without a length (RSTn, TEM).
    if (marker === 0xff) {
      at++;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = uint16(bytes, at + 2);
    if (startOfFrame.has(marker)) {
      if (at + 9 > bytes.length) return null;
      return { contentType: 'image/jpeg', height: uint16(bytes, at + 5), width: uint16(bytes, at + 7) };
    }
    if (marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function uint32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}
