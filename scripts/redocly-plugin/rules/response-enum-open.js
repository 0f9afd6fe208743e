// A value Jack Henry sends and may extend (an event type, an error type, a status) must not be a closed enum in a
// response: the first new value would fail validation and turn into a type lie. Write it open, so known values are
// documented and typed and any other string still parses:
//
//   anyOf:
//     - enum: [TaskStarted, TaskEnded]
//     - type: string
//
// A closed enum in a response is accepted only when Jack Henry publishes the set as closed, said with
// `x-closed-enum: <why, or the URL that says so>` on the enum's schema. Enums in requests may stay closed.
import { schemaVisitorWithReach } from './schema-reach.js';

export default function responseEnumOpen() {
  return schemaVisitorWithReach((schema, ctx, reach) => {
    if (!Array.isArray(schema.enum) || !reach.response.has(schema) || reach.openMembers.has(schema)) return;
    const marker = schema['x-closed-enum'];
    if (typeof marker === 'string' && marker.trim().length > 0) return;
    ctx.report({
      message:
        'A response enum must be open (`anyOf: [{ enum: [...] }, { type: string }]`) unless Jack Henry publishes the set as closed: then say why with `x-closed-enum: <reason or URL>`.',
      location: ctx.location.child('enum'),
    });
  });
}
