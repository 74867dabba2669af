import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist' },
  server: {
    // The API runs as a separate process in development; same-origin in production (served by the server).
    proxy: { '/api': 'http://localhost:3000' },
  },
});
