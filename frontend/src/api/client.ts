import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../session/store';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** An API answer that was not a success, carrying its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The message for one field of a validation error, if the API named it. */
  field(name: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === name)?.message;
  }
}

/**
 * Sends a request with the current access token; on a 401 it refreshes the session once and
 * repeats the request, so an expired token never throws the user off the page.
 */
export async function authorizedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(withToken(request));
  if (response.status !== 401 || !session.canRefresh()) {
    return response;
  }
  if (!(await session.refresh())) {
    return response;
  }
  return fetch(withToken(retry));
}

function withToken(request: Request): Request {
  const token = session.accessToken();
  if (token) {
    request.headers.set('Authorization', `Bearer ${token}`);
  }
  return request;
}

export const api = createClient<paths>({ baseUrl: location.origin, fetch: authorizedFetch });

/** The data of a successful call, or an {@link ApiError} with the problem the API answered. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (error && typeof error === 'object' ? error : { detail: response.statusText }) as Problem;
    throw new ApiError(response.status, problem);
  }
  return data as T;
}
