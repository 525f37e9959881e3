import { ApiError, authorizedFetch, type Problem } from './client';
import { session } from '../session/store';

/**
 * The knowledge base's API (/api/v1/knowledge): sources (files or pasted text, processed into
 * chunks), FAQs and retrieval. Its shapes are declared here, next to the one place that reads them.
 */
export type SourceStatus = 'PROCESSING' | 'READY' | 'FAILED';
export interface KnowledgeSource {
  id: string;
  title: string;
  status: SourceStatus;
  failureReason?: string;
  chunkCount?: number;
}
export interface Faq {
  id: string;
  question: string;
  answer: string;
}
export interface SearchResult {
  text: string;
  title?: string;
  score?: number;
}
interface Page<T> {
  items: T[];
  total: number;
}

const BASE = '/api/v1/knowledge';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await authorizedFetch(new Request(new URL(BASE + path, location.origin), {
    ...init,
    headers: init?.body && typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : undefined,
  }));
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({ detail: response.statusText }))) as Problem;
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** Lists arrive paged ({items, total}); a plain array is taken as one page. */
function page<T>(answer: Page<T> | T[]): Page<T> {
  return Array.isArray(answer) ? { items: answer, total: answer.length } : answer;
}

export const knowledge = {
  sources: async (pageNumber = 0) => page(await call<Page<KnowledgeSource> | KnowledgeSource[]>(`/documents?page=${pageNumber}&size=50`)),
  addText: (title: string, text: string) => call<KnowledgeSource>('/documents', { method: 'POST', body: JSON.stringify({ title, text }) }),
  removeSource: (id: string) => call<void>(`/documents/${id}`, { method: 'DELETE' }),
  faqs: async () => page(await call<Page<Faq> | Faq[]>('/faqs?size=100')),
  addFaq: (faq: Omit<Faq, 'id'>) => call<Faq>('/faqs', { method: 'POST', body: JSON.stringify(faq) }),
  updateFaq: ({ id, ...faq }: Faq) => call<Faq>(`/faqs/${id}`, { method: 'PUT', body: JSON.stringify(faq) }),
  removeFaq: (id: string) => call<void>(`/faqs/${id}`, { method: 'DELETE' }),
  search: async (query: string): Promise<SearchResult[]> => {
    const answer = await call<Record<string, unknown>[] | { results?: Record<string, unknown>[]; items?: Record<string, unknown>[] }>(
      '/search', { method: 'POST', body: JSON.stringify({ query }) });
    const results = Array.isArray(answer) ? answer : answer.results ?? answer.items ?? [];
    return results.map((result) => ({
      text: String(result.text ?? result.content ?? ''),
      title: (result.sourceTitle ?? result.title ?? result.source) as string | undefined,
      score: typeof result.score === 'number' ? result.score : undefined,
    }));
  },
  /** Uploads a file as multipart field `file`, reporting progress from 0 to 100. */
  upload(file: File, onProgress: (percent: number) => void): Promise<KnowledgeSource> {
    const send = (retry: boolean): Promise<KnowledgeSource> =>
      new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', BASE + '/documents');
        const token = session.accessToken();
        if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
        request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
        request.onerror = () => reject(new Error('Network error'));
        request.onload = async () => {
          if (request.status === 401 && retry && (await session.refresh())) {
            resolve(send(false));
            return;
          }
          let body: unknown = {};
          try {
            body = JSON.parse(request.responseText);
          } catch {
            body = { detail: request.statusText };
          }
          if (request.status >= 200 && request.status < 300) resolve(body as KnowledgeSource);
          else reject(new ApiError(request.status, body as Problem));
        };
        const form = new FormData();
        form.append('file', file);
        request.send(form);
      });
    return send(true);
  },
};
