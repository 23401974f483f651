import { defineConfig } from 'vite';

// No @vitejs/plugin-react: Vite 8's own transform (Oxc) already compiles JSX to the automatic
// runtime, and a built app needs no Fast Refresh.
export default defineConfig({
  base: './',
});
