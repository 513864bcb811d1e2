import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SaidError } from '@twoway/platform';

/**
 * A document whose operation cannot be chosen (no operation of the name asked,
 * or several and no name) is the caller's mistake: 400. Apollo Server leaves
 * that to the gateway's executor, which throws, and the answer was a 500.
 */
export function operationResolution<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new SaidError(
            request.operationName
              ? { vi: 'Tài liệu không có thao tác nào mang tên được yêu cầu (operationName).', en: 'The document has no operation of the name asked for (operationName).' }
              : { vi: 'Tài liệu có nhiều thao tác: hãy nêu tên thao tác cần chạy (operationName).', en: 'The document has several operations: name the one to run (operationName).' },
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
