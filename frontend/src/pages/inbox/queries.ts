import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { useDebounced } from '../../ui/useDebounced';

export type Conversation = Schemas['ConversationView'];
export type Message = Schemas['MessageView'];
export type ConversationStatus = NonNullable<Conversation['status']>;

export interface ConversationFilters {
  status?: ConversationStatus;
  stage?: string;
  unread?: boolean;
  search?: string;
}

export function useConversations(typed: ConversationFilters, page = 0) {
  const filters = useDebounced(typed);
  return useQuery({
    queryKey: ['conversations', filters, page],
    queryFn: () =>
      ok(api.GET('/api/v1/conversations', {
        params: { query: { ...filters, search: filters.search || undefined, unread: filters.unread || undefined, page, size: 30 } },
      })),
  });
}

export function useConversation(id?: string) {
  return useQuery({
    queryKey: ['conversation', id],
    queryFn: () => ok(api.GET('/api/v1/conversations/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useMessages(id?: string) {
  return useQuery({
    queryKey: ['messages', id],
    queryFn: () => ok(api.GET('/api/v1/conversations/{id}/messages', { params: { path: { id: id! }, query: { size: 100 } } })),
    enabled: Boolean(id),
  });
}

const actions = {
  takeover: '/api/v1/conversations/{id}/takeover',
  handback: '/api/v1/conversations/{id}/handback',
  close: '/api/v1/conversations/{id}/close',
  read: '/api/v1/conversations/{id}/read',
} as const;
type Action = keyof typeof actions;

/** Take over, hand back, close or mark read; the answer is the conversation as it is now. */
export function useConversationAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: Action) => ok(api.POST(actions[action], { params: { path: { id } } })),
    onSuccess: (conversation) => {
      client.setQueryData(['conversation', id], conversation);
      client.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
}

export function useReply(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => ok(api.POST('/api/v1/conversations/{id}/messages', { params: { path: { id } }, body: { text } })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['messages', id] });
      client.invalidateQueries({ queryKey: ['conversation', id] });
    },
  });
}

/** An approved WhatsApp template: the only message that reaches a customer after the 24-hour window. */
export function useTemplate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (template: { name: string; language: string }) =>
      ok(api.POST('/api/v1/conversations/{id}/template', { params: { path: { id } }, body: template })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['messages', id] }),
  });
}
