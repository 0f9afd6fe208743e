// The sandbox serves response examples as mock responses, so every response body needs one.
export default function responseBodyExample() {
  return {
    Response: {
      enter(response, ctx) {
        const content = response.content;
        if (!content || typeof content !== 'object') return;
        for (const [mediaType, media] of Object.entries(content)) {
          if (!media || typeof media !== 'object') continue;
          if (media.example === undefined && media.examples === undefined) {
            ctx.report({
              message: `Response body "${mediaType}" must have an \`example\` or \`examples\`.`,
              location: ctx.location.child(['content', mediaType]).key(),
            });
          }
        }
      },
    },
  };
}
