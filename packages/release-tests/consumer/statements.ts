// Uses the operation a later release adds: it compiles only against a client that has it, typed.
import { createConsumerApiClient, unwrap } from '@dtk/consumer-api';

export async function statementIds(baseUrl: string, userId: string): Promise<string[]> {
  const client = createConsumerApiClient({ baseUrl, accessToken: 'stand-in-token' });
  const { statements } = await unwrap(client.GET('/users/{userId}/statements', { params: { path: { userId } } }));
  // @ts-expect-error statements are typed: a field the spec does not declare is an error
  void statements[0]?.undeclaredField;
  return statements.map((statement) => statement.id);
}
