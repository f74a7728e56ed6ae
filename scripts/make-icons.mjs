// Draws the add-in's icons (assets/icon-<size>.png) with no image library: a rounded tile with a
// table grid (the code table, "Klass") and a filled cell block (the register, "Brreg").
// Run once when the design changes: `node scripts/make-icons.mjs`. The PNGs are committed.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [16, 124, 65, 255]; // Excel green
const WHITE = [255, 255, 255, 255];
const ACCENT = [255, 196, 0, 255];
const CLEAR = [0, 0, 0, 0];

function icon(size) {
  const s = size;
  const radius = s * 0.18;
  const inset = s * 0.2;
  const cell = (s - 2 * inset) / 3;
  const line = Math.max(1, s / 32);
  return png(s, (x, y) => {
    // rounded tile
    const cx = Math.min(Math.max(x, radius), s - radius);
    const cy = Math.min(Math.max(y, radius), s - radius);
    if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return CLEAR;
    const gx = x - inset,
      gy = y - inset;
    const inGrid = gx >= 0 && gy >= 0 && gx <= 3 * cell && gy <= 3 * cell;
    if (!inGrid) return GREEN;
    const col = Math.floor(gx / cell),
      row = Math.floor(gy / cell);
    if (row === 2 && col === 2) return ACCENT; // the looked-up cell
    const onLine = gx % cell < line || gy % cell < line || gx > 3 * cell - line || gy > 3 * cell - line;
    return onLine || row === 0 ? WHITE : GREEN;
  });
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128, 256]) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log("icons written to assets/");
