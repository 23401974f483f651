// `npm run bench`: every figure, printed. Needs `npm run build` first (it measures dist/).
import { existsSync } from 'node:fs';
import { sizes } from './size.js';
import { keystrokeFigures } from './keystroke.js';
import { pollingFigures } from './polling.js';
import { printContrast } from './contrast.js';
import { smsFigures } from './sms.js';
import { startupFigures } from './startup.js';
import { ttiFigures } from './tti.js';
import { serverLoadFigures } from './server-load.js';
import { providerFigures } from './providers.js';
import { packageFigures } from './package.js';
import { clusterFigures } from './cluster.js';

if (!existsSync('dist/cdn/phone-login.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
console.log('# Size (gzip -9)');
for (const { label, raw, gzip } of await sizes()) console.log(`${label}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
console.log('\n# Start-up');
await startupFigures();
console.log('\n# Time to interactive, beside intl-tel-input with its utils');
await ttiFigures();
console.log('\n# Typing');
await keystrokeFigures();
console.log('\n# Polling');
await pollingFigures();
console.log('\n# SMS codes');
await smsFigures();
console.log('\n# Reference server load');
await serverLoadFigures();
console.log('\n# Providers (Mobile ID over the stand-in MSSP, SMS.cx)');
await providerFigures();
console.log('\n# Instances: memory and Redis, beside a bare node:http server');
await clusterFigures();
console.log('\n# The package installed, and the cold start of phone-login-server');
await packageFigures();
console.log('\n# Contrast of the default themes (WCAG 2.2)');
printContrast();
