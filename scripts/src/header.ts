// The header every generated file starts with: where it comes from, how to regenerate it, and not to edit it.

export function generatedNotice(sources: readonly string[], apiName: string): string[] {
  return [
    'GENERATED FILE - DO NOT EDIT.',
    `Generated from ${sources.join(', ')}`,
    `by \`pnpm generate\` (this API only: \`pnpm generate ${apiName}\`).`,
  ];
}

export function tsHeader(sources: readonly string[], apiName: string): string {
  const lines = generatedNotice(sources, apiName);
  return ['/**', ...lines.map((line) => ` * ${line}`), ' */', ''].join('\n');
}
