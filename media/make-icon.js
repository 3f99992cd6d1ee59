'use strict';
// Draws media/icon.png (128×128, the Marketplace icon; vsce refuses SVG icons) with no dependencies:
// four quarter discs of different radius (the four key scores) on a dark tile. Run: node media/make-icon.js
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const N = 128;
const BG = [31, 59, 87];
const QUARTERS = [[0.92, [94, 196, 160]], [0.7, [244, 196, 84]], [0.55, [235, 120, 96]], [0.82, [120, 170, 235]]];

function pixel(x, y) {
  const cx = x - N / 2 + 0.5, cy = y - N / 2 + 0.5;
  const r = Math.hypot(cx, cy) / (N / 2 - 8);
  if (Math.abs(cx) < 1.5 || Math.abs(cy) < 1.5) return [...BG, 255];
  const q = cy < 0 ? (cx >= 0 ? 0 : 3) : (cx >= 0 ? 1 : 2);
  const [radius, colour] = QUARTERS[q];
  if (r <= radius) return [...colour, 255];
  if (Math.abs(r - 1) < 0.02) return [200, 210, 225, 255];
  return [...BG, 255];
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) Buffer.from(pixel(x, y)).copy(raw, y * (N * 4 + 1) + 1 + x * 4);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(path.join(__dirname, 'icon.png'), png);
console.log(`media/icon.png: ${png.length} bytes`);
