// Types for scripts/minify-css-templates.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';

export function minifyCssText(text: string): string;
export function minifyCssTemplates(source: string): string;
export function minifyCssTemplatesPlugin(options: { environments: string[] }): Plugin;
