// Path parameters are required, typed and carry an example (the sandbox and docs use it).
export default function pathParameterExample() {
  return {
    Parameter: {
      enter(parameter, ctx) {
        if (parameter.in !== 'path') return;
        const schema = parameter.schema;
        const hasType =
          schema &&
          typeof schema === 'object' &&
          (schema.type !== undefined || schema.$ref !== undefined || schema.enum !== undefined);
        if (!hasType) {
          ctx.report({
            message: `Path parameter "${parameter.name}" must have a typed \`schema\`.`,
            location: ctx.location.key(),
          });
        }
        const hasExample =
          parameter.example !== undefined ||
          parameter.examples !== undefined ||
          (schema && typeof schema === 'object' && (schema.example !== undefined || schema.$ref !== undefined));
        if (!hasExample) {
          ctx.report({
            message: `Path parameter "${parameter.name}" must have an \`example\`.`,
            location: ctx.location.key(),
          });
        }
      },
    },
  };
}
