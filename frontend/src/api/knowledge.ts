import { ApiError, authorizedFetch, type Problem, type Schemas } from './client';
import { session } from '../session/store';

/**
 * The knowledge base's API (/api/v1/knowledge): sources (files or pasted text, processed into
 * chunks), FAQs and retrieval, typed from the OpenAPI document.
 */
type SourceView = Schemas['KnowledgeSourceView'];
/** The API always sends a source's id, title and status (the document marks no field required). */
export type KnowledgeSource = SourceView & Required<Pick<SourceView, 'id' | 'title' | 'status'>>;
export type SourceStatus = KnowledgeSource['status'];
/** An FAQ is a source of kind FAQ; its question and answer are always there. */
export type Faq = KnowledgeSource & Required<Schemas['FaqRequest']>;
export type FaqRequest = Schemas['FaqRequest'];
export type Passage = Schemas['Passage'];
export type SearchResponse = Schemas['SearchResponse'];
type Page<T> = Omit<Schemas['PageResponseKnowledgeSourceView'], 'items'> & { items: T[] };

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

export const knowledge = {
  sources: async (pageNumber = 0) => call<Page<KnowledgeSource>>(`/documents?page=${pageNumber}&size=50`),
  addText: (title: string, text: string) => call<KnowledgeSource>('/documents', { method: 'POST', body: JSON.stringify({ title, text }) }),
  removeSource: (id: string) => call<void>(`/documents/${id}`, { method: 'DELETE' }),
  faqs: async () => call<Page<Faq>>('/faqs?size=100'),
  addFaq: (faq: FaqRequest) => call<Faq>('/faqs', { method: 'POST', body: JSON.stringify(faq) }),
  updateFaq: ({ id, question, answer }: Faq) =>
    call<Faq>(`/faqs/${id}`, { method: 'PUT', body: JSON.stringify({ question, answer } satisfies FaqRequest) }),
  removeFaq: (id: string) => call<void>(`/faqs/${id}`, { method: 'DELETE' }),
  /** The passages the agent would find for a question, each marked `relevant` when it reaches the threshold. */
  search: (query: string) => call<SearchResponse>('/search', { method: 'POST', body: JSON.stringify({ query } satisfies Schemas['SearchRequest']) }),
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
