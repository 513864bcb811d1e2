import { useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApiError, request } from './api';

export type Loaded<TData> = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'done'; data: TData; errors: ApiError[] };

/** Runs a registered operation when its variables change; the latest answer wins. */
export function useOperation<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables | null, token: string): Loaded<TData> {
  const [loaded, setLoaded] = useState<Loaded<TData>>({ state: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setLoaded({ state: 'loading' });
    request(document, variables, token).then(
      ({ data, errors }) => current && setLoaded({ state: 'done', data, errors }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: error instanceof ApiError ? error : new ApiError('INTERNAL_ERROR', String(error), 0) }),
    );
    return () => {
      current = false;
    };
    // The variables are compared by value (their JSON), not by identity.
  }, [document, key, token]);
  return loaded;
}

/** The page's location: the part of the URL after #, as a path and its query (#/don-vi/<id>?ky=2026). */
export function useRoute(): { path: string[]; query: URLSearchParams } {
  const read = () => {
    const [path = '', query = ''] = window.location.hash.replace(/^#/, '').split('?');
    return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query) };
  };
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}
