import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The page is served by the gateway at /dashboard/ (gateway/src/dashboard.ts): every file from there, none from a CDN. */
export default defineConfig({
  base: '/dashboard/',
  root: 'app',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // One chunk for the charting library, which changes less often than the page.
    rollupOptions: { output: { manualChunks: (id) => (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'charts' : undefined) } },
    chunkSizeWarningLimit: 1200,
  },
});
