// Every operation states its own security: a list of non-empty requirements, or `[]` for a public endpoint.
// A root-level `security` is not enough: the generated scope map is read per operation.
export default function operationSecurityExplicit() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!Object.hasOwn(operation, 'security')) {
          ctx.report({
            message: 'Operation must declare `security` itself (requirements with scopes, or `[]` if public).',
            location: ctx.location.key(),
          });
          return;
        }
        const security = operation.security;
        if (!Array.isArray(security)) return; // `struct` reports the wrong type
        security.forEach((requirement, index) => {
          if (requirement && typeof requirement === 'object' && Object.keys(requirement).length === 0) {
            ctx.report({
              message:
                'An empty security requirement `{}` makes authentication optional; use `security: []` for a public endpoint.',
              location: ctx.location.child(['security', index]),
            });
          }
        });
      },
    },
  };
}
