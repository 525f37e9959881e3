import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { usePermissions } from '../../session/useSession';

const GRAPH_PATH = '/simulator/graph';
const randomDigits = (length: number) => Array.from({ length }, () => Math.floor(Math.random() * 10)).join('');
const randomSecret = () => Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Whether the company has a WhatsApp number on this server's simulator, and a way to connect
 * one: a channel whose Graph API is the simulator's stand-in. Only owners and admins see channels.
 */
export function useSimulatorChannel() {
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const channels = useQuery({
    queryKey: ['channels'],
    queryFn: () => ok(api.GET('/api/v1/channels', { params: { query: { size: 100 } } })),
    enabled: canAdmin,
  });
  const connect = useMutation({
    mutationFn: () =>
      ok(api.POST('/api/v1/channels', {
        body: {
          name: 'WhatsApp simulator',
          phoneNumberId: `9${randomDigits(14)}`,
          displayPhoneNumber: `+1 555 ${randomDigits(3)} ${randomDigits(4)}`,
          accessToken: `sim-${randomSecret()}`,
          appSecret: `sim-${randomSecret()}`,
          verifyToken: `sim-${randomSecret()}`,
          graphBaseUrl: `${location.origin}${GRAPH_PATH}`,
          graphVersion: 'v25.0',
        },
      })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['channels'] }),
  });
  const hasChannel = channels.data?.items?.some((channel) => channel.graphBaseUrl?.includes(GRAPH_PATH));
  return {
    canAdmin,
    checking: canAdmin && channels.isPending,
    // Agents cannot list channels: they simply try, and the API says if there is none.
    ready: !canAdmin || Boolean(hasChannel),
    connect,
  };
}
