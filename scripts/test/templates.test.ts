// The scaffold templates are real files in which `template-api` stands for the new API; a title goes only where text
// belongs (comments, strings, Markdown), escaped for each, so nothing in it can become code or break a config.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderTemplate, renderTemplateFolder, TEMPLATES_ROOT } from '../src/scaffold/templates.js';

const hostile = 'Q */ x(); /* "double" \'single\' \\ back `tick` <b>*bold*</b> [link](x)';
const folders = readdirSync(TEMPLATES_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('renderTemplateFolder', () => {
  it.each(folders)(
    '%s renders with a hostile title, leaving no placeholder and no trace of the template name',
    (folder) => {
      const files = renderTemplateFolder(folder, {
        name: 'deposit-api',
        title: hostile,
        extra: { plugin: '../../p/index.js', policy: 'dtk/house' },
      });
      expect(files.size).toBeGreaterThan(0);
      for (const [path, content] of files) {
        expect(content, path).not.toMatch(/\{\{|template-api|TemplateApi|templateApi|TEMPLATE_API/);
        if (path.endsWith('.json')) expect(() => JSON.parse(content), path).not.toThrow();
      }
    },
  );

  it('keeps the exact title in JSON and YAML strings', () => {
    const types = renderTemplateFolder('types-package', { name: 'deposit-api', title: hostile });
    expect(JSON.parse(types.get('package.json')!).description).toContain(hostile);
    const config = renderTemplateFolder('api', {
      name: 'deposit-api',
      title: hostile,
      extra: { plugin: 'p.js', policy: 'recommended' },
    });
    expect(parse(config.get('redocly.yaml')!)).toMatchObject({ extends: ['recommended'], 'x-dtk': { title: hostile } });
  });
});

describe('renderTemplate', () => {
  const values = { name: 'deposit-api', title: hostile };

  it('escapes the end of a comment in TypeScript', () => {
    expect(renderTemplate('a.ts', '/** The {{title}}. */\nexport const templateApi = 1;\n', values)).toBe(
      '/** The Q *\\/ x(); /* "double" \'single\' \\ back `tick` <b>*bold*</b> [link](x). */\nexport const depositApi = 1;\n',
    );
  });

  it('refuses a TypeScript template that puts a placeholder outside a comment', () => {
    expect(() => renderTemplate('a.ts', "export const title = '{{title}}';\n", values)).toThrow(
      '{{title}} outside a comment',
    );
  });

  it('writes Markdown text, not markup', () => {
    expect(renderTemplate('a.md', '# {{title}}\n', values)).toBe(
      '# Q \\*/ x(); /\\* "double" \'single\' \\\\ back \\`tick\\` &lt;b&gt;\\*bold\\*&lt;/b&gt; \\[link\\](x)\n',
    );
  });

  it('names a placeholder that has no value', () => {
    expect(() => renderTemplate('a.json', '{ "a": "{{missing}}" }', values)).toThrow('no value for {{missing}}');
  });
});

describe('the template folders', () => {
  it('are what the scaffold writes: the API config, the types package and the client package', () => {
    expect(folders.sort()).toEqual(['api', 'client-package', 'types-package']);
    expect(readdirSync(join(TEMPLATES_ROOT, 'types-package', 'src'))).toEqual(['index.ts']);
  });
});
