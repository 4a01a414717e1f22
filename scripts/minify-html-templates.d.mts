import type { Plugin } from 'vite';

export declare const HTML_MINIFY_OPTIONS: Record<string, boolean>;
export declare function minifyHtmlTemplates(source: string, fileName?: string): Promise<string>;
export declare function minifyHtmlTemplatesPlugin(options: { environments: string[] }): Plugin;
