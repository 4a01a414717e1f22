// Types for scripts/minify-css-templates.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';

export const CSS_TEMPLATE: RegExp;
export const INTERPOLATION: RegExp;
export function minifyCssText(text: string): string;
export function minifyCssTemplates(source: string): string;
export function minifyCssTemplatesPlugin(options: { environments: string[] }): Plugin;
