// Types for scripts/ssr-demo-plugin.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';

export function ssrDemoPlugin(): Plugin;
