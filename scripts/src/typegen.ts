// Typegen step: openapi-typescript turns the bundled document into `paths`, `components` and `operations` types.
import openapiTS, { astToString } from 'openapi-typescript';

export async function generateSchemaTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  return astToString(ast);
}
