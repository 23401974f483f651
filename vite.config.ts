import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { splitPhoneData } from './scripts/split-phone-data.js';

/**
 * One config, three jobs:
 * - `vite` (npm start): the demo in demo/, with the reference server mounted (see demo/server-plugin.ts);
 * - `vite build --mode lib`: the npm package, one ES module per source file, dependencies left external;
 * - `vite build --mode cdn`: dist/cdn/phone-login.js, one self-contained, minified ES module.
 * Each of them loads the phone engine and one file of phone data per calling code on demand
 * (scripts/split-phone-data.ts); the source, which tests run as it is, has them at hand.
 */
export default defineConfig(async ({ command, mode }): Promise<UserConfig> => {
  if (command === 'serve') {
    const { referenceServer } = await import('./demo/server-plugin.js');
    return {
      root: 'demo',
      plugins: [referenceServer(), splitPhoneData({ layout: 'modules' })],
      server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
      preview: { host: '127.0.0.1' },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [splitPhoneData({ layout: 'cdn' }), dropTemplateIndentation()],
      // The file carries Lit, so it cannot be hydrated (see src/form-control/form-control.ts).
      define: { __PHONE_LOGIN_CDN__: 'true' },
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'phone-login.js' },
        // Lib mode only mangles ES output (TOOLCHAIN G4); a script-tag file should be fully minified.
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  return {
    plugins: [splitPhoneData({ layout: 'modules' })],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      // The React wrapper is an entry of its own, so importing the widget never pulls React in.
      // The framework typings are entries too: each is types only, but `import 'phone-login/vue'`
      // (kept as written under verbatimModuleSyntax) must find a module at run time.
      lib: {
        entry: ['src/index.ts', 'src/react.ts', ...['jsx', 'preact', 'vue', 'svelte'].map((name) => `src/frameworks/${name}.ts`)],
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^libphonenumber-js($|\/)/, /^react($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});

/**
 * Drops the indentation of the lines of template literals (the html`` and css`` of the source) in
 * the minified CDN files: about 0.35 KB of the entry's gzip. Minified code keeps a raw newline only
 * inside a template literal (a comment aside), and markup and CSS read a run of white space as
 * one, so the newline that stays keeps every separation; no template of the widget sets
 * `white-space: pre`.
 */
function dropTemplateIndentation(): Plugin {
  return {
    name: 'drop-template-indentation',
    renderChunk: (code) => ({ code: code.replace(/\n[ \t]+/g, '\n'), map: null }),
  };
}
