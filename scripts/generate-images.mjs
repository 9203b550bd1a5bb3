// Renders the mock backend's featured images: abstract, photo-like scenes composed as SVG and
// rasterised by sharp into every size WordPress 6.1 would generate. Output is deterministic, so
// re-running only rewrites identical files. Usage: node scripts/generate-images.mjs
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const uploadsDir = join(root, 'mocks', 'uploads');
const manifestPath = join(root, 'mocks', 'fixtures', 'image-manifest.json');

const FULL = { width: 1280, height: 720 };
// WordPress lists sizes in registration order; 'full' is added last by the REST API.
const SIZES = [
  { name: 'medium', width: 300, height: 169 },
  { name: 'large', width: 1024, height: 576 },
  { name: 'thumbnail', width: 150, height: 150, crop: true },
  { name: 'medium_large', width: 768, height: 432 },
];

const PALETTES = {
  dusk: { sky: ['#1d2b53', '#7e2553', '#ff8a5b'], accent: '#ffd166', dark: '#0d1326', light: '#ffe8c2' },
  dawn: { sky: ['#274060', '#5c7aa6', '#f4b393'], accent: '#fff1c1', dark: '#1b2a41', light: '#fdf6ec' },
  steel: { sky: ['#0f2027', '#203a43', '#2c5364'], accent: '#9ad1d4', dark: '#081217', light: '#e0f2f1' },
  ember: { sky: ['#2b0f0e', '#8c2f1b', '#f2a65a'], accent: '#ffe29a', dark: '#1a0908', light: '#fff3e0' },
  forest: { sky: ['#0b3d2e', '#2d6a4f', '#95d5b2'], accent: '#d8f3dc', dark: '#081c15', light: '#f1faee' },
  ocean: { sky: ['#03045e', '#0077b6', '#90e0ef'], accent: '#caf0f8', dark: '#020236', light: '#f0fbff' },
  violet: { sky: ['#10002b', '#3c096c', '#9d4edd'], accent: '#e0aaff', dark: '#07001a', light: '#f5e9ff' },
  sand: { sky: ['#3d2c1e', '#a47148', '#e6c79c'], accent: '#fff4d6', dark: '#21170f', light: '#fffaf0' },
  neon: { sky: ['#050816', '#14213d', '#1f4068'], accent: '#00f5d4', dark: '#02030a', light: '#f15bb5' },
  rose: { sky: ['#2d132c', '#801336', '#ee4540'], accent: '#ffc7a6', dark: '#170a16', light: '#ffe5d9' },
  pitch: { sky: ['#081c15', '#1b4332', '#40916c'], accent: '#f8f9fa', dark: '#04100b', light: '#e9f5db' },
  arctic: { sky: ['#0b132b', '#1c2541', '#3a506b'], accent: '#6fffe9', dark: '#050a18', light: '#dff9fb' },
};

// section: which dataset category prefers the image; month: the uploads folder it lives in.
const CATALOG = [
  { name: 'geneva-talks-table', section: 'politics', month: '11', motif: 'colonnade', palette: 'dawn' },
  { name: 'capitol-dusk', section: 'politics', month: '10', motif: 'skyline', palette: 'dusk' },
  { name: 'podium-lights', section: 'politics', month: '09', motif: 'bokeh', palette: 'rose' },
  { name: 'banner-stripes', section: 'politics', month: '07', motif: 'stripes', palette: 'steel' },
  { name: 'harbour-evening', section: 'world', month: '11', motif: 'waves', palette: 'ocean' },
  { name: 'mountain-pass', section: 'world', month: '10', motif: 'ridges', palette: 'sand' },
  { name: 'city-lights-rain', section: 'world', month: '08', motif: 'skyline', palette: 'violet' },
  { name: 'border-road', section: 'world', month: '06', motif: 'road', palette: 'ember' },
  { name: 'trading-floor', section: 'economy', month: '11', motif: 'chart', palette: 'steel' },
  { name: 'container-port', section: 'economy', month: '09', motif: 'blocks', palette: 'ember' },
  { name: 'market-line', section: 'economy', month: '08', motif: 'chart', palette: 'sand' },
  { name: 'coins-stack', section: 'economy', month: '05', motif: 'discs', palette: 'dusk' },
  { name: 'stadium-floodlights', section: 'sports', month: '11', motif: 'stadium', palette: 'pitch' },
  { name: 'running-track', section: 'sports', month: '10', motif: 'track', palette: 'rose' },
  { name: 'night-match', section: 'sports', month: '08', motif: 'bokeh', palette: 'pitch' },
  { name: 'finish-line', section: 'sports', month: '06', motif: 'track', palette: 'ocean' },
  { name: 'circuit-board', section: 'technology', month: '11', motif: 'circuit', palette: 'neon' },
  { name: 'data-centre', section: 'technology', month: '09', motif: 'blocks', palette: 'arctic' },
  { name: 'signal-waves', section: 'technology', month: '07', motif: 'waves', palette: 'violet' },
  { name: 'glass-towers', section: 'technology', month: '05', motif: 'skyline', palette: 'arctic' },
  { name: 'ringed-planet', section: 'science', month: '11', motif: 'planet', palette: 'violet' },
  { name: 'cell-culture', section: 'science', month: '10', motif: 'discs', palette: 'forest' },
  { name: 'aurora-ridge', section: 'science', month: '08', motif: 'ridges', palette: 'arctic' },
  { name: 'research-vessel', section: 'science', month: '06', motif: 'waves', palette: 'forest' },
];

/** mulberry32: tiny, seedable, good enough for picking shapes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const shade = (hex, amount) => {
  // Mix toward black (amount < 0) or white (amount > 0); keeps every palette coherent.
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

const wavePath = (w, h, y, amp, freq, phase) => {
  let d = `M0 ${h} L0 ${y}`;
  for (let x = 0; x <= w; x += 32) d += ` L${x} ${(y + amp * Math.sin(x * freq + phase)).toFixed(1)}`;
  return `${d} L${w} ${h} Z`;
};

const glow = (x, y, r, color, opacity = 0.8) =>
  `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}" opacity="${opacity}" filter="url(#blur-l)"/>`;

const MOTIFS = {
  skyline: ({ w, h, p, rand }) => {
    let out = glow(w * (0.25 + rand() * 0.5), h * 0.55, 120, p.accent);
    for (const [layer, base] of [[0, 0.55], [1, 0.7]]) {
      for (let x = -20; x < w; x += 40 + rand() * 70) {
        const bw = 50 + rand() * 90, top = h * (base - rand() * 0.35);
        out += `<rect x="${x}" y="${top}" width="${bw}" height="${h - top}" fill="${shade(p.dark, layer ? 0 : 0.25)}"/>`;
        if (layer) for (let wy = top + 12; wy < h - 20; wy += 22) for (let wx = x + 8; wx < x + bw - 10; wx += 16)
          if (rand() < 0.35) out += `<rect x="${wx}" y="${wy}" width="7" height="10" fill="${p.accent}" opacity="${0.4 + rand() * 0.5}"/>`;
      }
    }
    return out;
  },
  colonnade: ({ w, h, p, rand }) => {
    let out = glow(w / 2, h * 0.35, 260, p.light, 0.6);
    const base = h * 0.78, count = 9, gap = w / (count + 1);
    out += `<polygon points="${w * 0.06},${h * 0.2} ${w / 2},${h * 0.04} ${w * 0.94},${h * 0.2}" fill="${shade(p.dark, 0.35)}"/>`;
    out += `<rect x="${w * 0.05}" y="${h * 0.2}" width="${w * 0.9}" height="${h * 0.06}" fill="${shade(p.dark, 0.3)}"/>`;
    for (let i = 1; i <= count; i++) out += `<rect x="${i * gap - 22}" y="${h * 0.26}" width="44" height="${base - h * 0.26}" fill="${shade(p.dark, 0.18 + rand() * 0.08)}"/>`;
    for (let s = 0; s < 4; s++) out += `<rect x="${w * 0.03 - s * 20}" y="${base + s * 22}" width="${w * 0.94 + s * 40}" height="22" fill="${shade(p.dark, 0.25 - s * 0.06)}"/>`;
    return out + `<rect x="${w * 0.2}" y="${h * 0.84}" width="${w * 0.6}" height="${h * 0.2}" rx="14" fill="${p.dark}" opacity="0.92"/>`;
  },
  bokeh: ({ w, h, p, rand }) => {
    let out = '';
    for (let i = 0; i < 46; i++) {
      const color = [p.accent, p.light, p.sky[2]][i % 3], r = 14 + rand() * 70;
      out += `<circle cx="${rand() * w}" cy="${rand() * h * 0.85}" r="${r}" fill="${color}" opacity="${0.15 + rand() * 0.45}" filter="url(#${r > 45 ? 'blur-l' : 'blur-s'})"/>`;
    }
    return out + `<rect y="${h * 0.82}" width="${w}" height="${h * 0.18}" fill="${p.dark}" opacity="0.85"/>`;
  },
  stripes: ({ w, h, p, rand }) => {
    const colors = [p.light, p.sky[1], p.accent, p.sky[2], p.dark];
    let out = '';
    for (let i = 0; i < 9; i++) out += `<path d="${wavePath(w, h, h * (0.1 + i * 0.1), 28, 0.006, i * 0.5 + rand())}" fill="${colors[i % colors.length]}" opacity="0.9"/>`;
    return out + `<rect width="${w}" height="${h}" fill="${p.dark}" opacity="0.18"/>`;
  },
  waves: ({ w, h, p, rand }) => {
    const sx = w * (0.3 + rand() * 0.4);
    let out = glow(sx, h * 0.3, 70, p.light, 0.9);
    out += `<ellipse cx="${sx}" cy="${h * 0.72}" rx="40" ry="${h * 0.25}" fill="${p.light}" opacity="0.35" filter="url(#blur-l)"/>`;
    for (let i = 0; i < 7; i++) out += `<path d="${wavePath(w, h, h * (0.45 + i * 0.08), 8 + i * 7, 0.004 + rand() * 0.006, rand() * 6)}" fill="${shade(p.sky[2], -0.1 - 0.12 * i)}" opacity="0.85"/>`;
    return out;
  },
  ridges: ({ w, h, p, rand }) => {
    let out = glow(w * (0.2 + rand() * 0.6), h * 0.28, 90, p.accent);
    for (let i = 0; i < 5; i++) {
      let d = `M0 ${h}`;
      for (let x = 0; x <= w + 80; x += 80) d += ` L${x} ${h * (0.35 + i * 0.12) - rand() * 110}`;
      out += `<path d="${d} L${w} ${h} Z" fill="${shade(p.sky[1], 0.35 - i * 0.2)}" opacity="0.95"/>`;
    }
    return out;
  },
  road: ({ w, h, p, rand }) => {
    const vx = w * (0.4 + rand() * 0.2), vy = h * 0.45;
    let out = glow(vx, vy - 30, 110, p.accent) + `<rect y="${vy}" width="${w}" height="${h - vy}" fill="${shade(p.dark, 0.2)}"/>`;
    out += `<polygon points="${vx - 6},${vy} ${vx + 6},${vy} ${w * 0.95},${h} ${w * 0.05},${h}" fill="${p.dark}"/>`;
    for (let t = 0.1; t < 1; t += 0.14) out += `<polygon points="${vx - 2 * t},${vy + (h - vy) * t} ${vx + 2 * t},${vy + (h - vy) * t} ${vx + 9 * t},${vy + (h - vy) * (t + 0.06)} ${vx - 9 * t},${vy + (h - vy) * (t + 0.06)}" fill="${p.light}"/>`;
    return out;
  },
  chart: ({ w, h, p, rand }) => {
    let out = '', y = h * 0.6, line = '';
    for (let gy = 60; gy < h; gy += 60) out += `<rect y="${gy}" width="${w}" height="1" fill="${p.light}" opacity="0.15"/>`;
    for (let x = 40; x < w; x += 48) {
      y = Math.min(h * 0.85, Math.max(h * 0.15, y + (rand() - 0.52) * 70));
      out += `<rect x="${x}" y="${y}" width="26" height="${h - y}" fill="${p.sky[2]}" opacity="0.35"/>`;
      line += `${x + 13},${y - 20} `;
    }
    return `${out}<polyline points="${line}" fill="none" stroke="${p.accent}" stroke-width="14" opacity="0.5" filter="url(#blur-s)"/><polyline points="${line}" fill="none" stroke="${p.accent}" stroke-width="4"/>`;
  },
  blocks: ({ w, h, p, rand }) => {
    const colors = [p.accent, p.sky[2], p.light, shade(p.sky[1], 0.2)];
    let out = '';
    for (let y = h * 0.3; y < h; y += 64) for (let x = -30 + rand() * 30; x < w; x += 150)
      out += `<rect x="${x}" y="${y}" width="142" height="58" rx="3" fill="${colors[Math.floor(rand() * 4)]}" opacity="${0.55 + rand() * 0.4}"/>`;
    return glow(w * 0.7, h * 0.15, 140, p.light, 0.5) + out;
  },
  discs: ({ w, h, p, rand }) => {
    let out = '';
    for (let i = 0; i < 26; i++) {
      const r = 30 + rand() * 120;
      out += `<circle cx="${rand() * w}" cy="${rand() * h}" r="${r}" fill="${[p.accent, p.light, p.sky[2]][i % 3]}" opacity="${0.12 + rand() * 0.3}" stroke="${p.light}" stroke-opacity="0.5" stroke-width="3"/>`;
    }
    return out;
  },
  stadium: ({ w, h, p, rand }) => {
    let out = `<ellipse cx="${w / 2}" cy="${h * 1.05}" rx="${w * 0.8}" ry="${h * 0.55}" fill="${shade(p.dark, 0.15)}"/>`;
    out += `<ellipse cx="${w / 2}" cy="${h * 1.08}" rx="${w * 0.62}" ry="${h * 0.34}" fill="${p.sky[2]}"/>`;
    out += `<ellipse cx="${w / 2}" cy="${h * 1.08}" rx="${w * 0.2}" ry="${h * 0.12}" fill="none" stroke="${p.accent}" stroke-width="4" opacity="0.8"/>`;
    for (const x of [w * 0.12, w * 0.88]) out += glow(x, h * 0.12, 60, p.light, 0.95) + glow(x, h * 0.12, 150, p.accent, 0.35);
    for (let i = 0; i < 30; i++) out += `<circle cx="${rand() * w}" cy="${h * (0.45 + rand() * 0.15)}" r="3" fill="${p.light}" opacity="0.6"/>`;
    return out;
  },
  track: ({ w, h, p, rand }) => {
    let out = `<rect y="${h * 0.35}" width="${w}" height="${h * 0.65}" fill="${shade(p.sky[1], -0.2)}"/>`;
    for (let i = 0; i < 8; i++) out += `<ellipse cx="${w * (0.5 + rand() * 0.04)}" cy="${h * 1.6}" rx="${w * (0.6 + i * 0.09)}" ry="${h * (1.05 + i * 0.09)}" fill="none" stroke="${p.light}" stroke-width="5" opacity="0.85"/>`;
    return out + glow(w * 0.8, h * 0.12, 100, p.accent, 0.7);
  },
  circuit: ({ p, rand }) => {
    let out = '';
    for (let i = 0; i < 38; i++) {
      let x = Math.round(rand() * 40) * 32, y = Math.round(rand() * 22) * 32, d = `M${x} ${y}`;
      for (let s = 0; s < 4; s++) { if (s % 2) y += (rand() - 0.5) * 240; else x += (rand() - 0.5) * 320; d += ` L${x} ${y}`; }
      const color = i % 4 ? p.accent : p.light;
      out += `<path d="${d}" fill="none" stroke="${color}" stroke-width="3" opacity="0.7"/><circle cx="${x}" cy="${y}" r="7" fill="${color}"/>`;
    }
    return `<g filter="url(#blur-s)" opacity="0.6">${out}</g>${out}`;
  },
  planet: ({ w, h, p, rand }) => {
    let out = '';
    for (let i = 0; i < 140; i++) out += `<circle cx="${rand() * w}" cy="${rand() * h}" r="${rand() * 2 + 0.5}" fill="#fff" opacity="${rand()}"/>`;
    const cx = w * (0.55 + rand() * 0.15), cy = h * 0.55;
    out += `<radialGradient id="orb" cx="0.35" cy="0.3" r="0.8"><stop offset="0" stop-color="${p.light}"/><stop offset="0.5" stop-color="${p.sky[2]}"/><stop offset="1" stop-color="${p.dark}"/></radialGradient>`;
    out += glow(cx, cy, 230, p.sky[2], 0.5) + `<circle cx="${cx}" cy="${cy}" r="200" fill="url(#orb)"/>`;
    return out + `<ellipse cx="${cx}" cy="${cy}" rx="360" ry="70" fill="none" stroke="${p.accent}" stroke-width="12" opacity="0.7" transform="rotate(-14 ${cx} ${cy})"/>`;
  },
};

function composeSvg(entry) {
  const palette = PALETTES[entry.palette];
  const rand = prng(seedOf(entry.name));
  const { width: w, height: h } = FULL;
  const [top, middle, bottom] = palette.sky;
  const body = MOTIFS[entry.motif]({ w, h, p: palette, rand });
  // A soft vignette makes flat vector scenes read more like a photograph.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${top}"/><stop offset="0.55" stop-color="${middle}"/><stop offset="1" stop-color="${bottom}"/>
  </linearGradient>
  <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
    <stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.55"/>
  </radialGradient>
  <filter id="blur-s"><feGaussianBlur stdDeviation="6"/></filter>
  <filter id="blur-l"><feGaussianBlur stdDeviation="22"/></filter>
</defs>
<rect width="${w}" height="${h}" fill="url(#sky)"/>
${body}
<rect width="${w}" height="${h}" fill="url(#vignette)"/>
</svg>`;
}

async function writeJpeg(pipeline, path) {
  await pipeline.jpeg({ quality: 70, mozjpeg: true }).toFile(path);
  return (await stat(path)).size;
}

async function renderEntry(entry) {
  const dir = join(uploadsDir, '2026', entry.month);
  await mkdir(dir, { recursive: true });
  const master = await sharp(Buffer.from(composeSvg(entry))).png().toBuffer();
  const fullFile = `${entry.name}.jpg`;
  const filesize = await writeJpeg(sharp(master), join(dir, fullFile));
  const sizes = {};
  for (const size of SIZES) {
    const file = `${entry.name}-${size.width}x${size.height}.jpg`;
    const resized = sharp(master).resize(size.width, size.height, { fit: 'cover', position: 'centre' });
    const bytes = await writeJpeg(resized, join(dir, file));
    sizes[size.name] = { file, width: size.width, height: size.height, filesize: bytes };
  }
  return { name: entry.name, section: entry.section, month: entry.month, ...FULL, file: fullFile, filesize, sizes };
}

async function main() {
  await rm(uploadsDir, { recursive: true, force: true });
  const manifest = [];
  for (const entry of CATALOG) manifest.push(await renderEntry(entry));
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const total = manifest.reduce(
    (sum, m) => sum + m.filesize + Object.values(m.sizes).reduce((s, x) => s + x.filesize, 0),
    0,
  );
  console.log(`Wrote ${manifest.length} images (${(total / 1024).toFixed(0)} KiB) to ${uploadsDir}`);
}

await main();
