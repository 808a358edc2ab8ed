import type { EventDeliveryStatus, SubscribableEventType } from '../../shared/api/subscriptions-api';
import { api } from '../api/api-client';

export type { EventDeliveryItem, EventDeliveryStatus, EventSubscriptionItem, SubscribableEventType } from '../../shared/api/subscriptions-api';

export const subscriptionsApi = {
  list: () => api('listEventSubscriptions'),
  create: (body: { url: string; events: SubscribableEventType[]; description?: string }) => api('createEventSubscription', { body }),
  update: (id: string, body: { active?: boolean; url?: string; events?: SubscribableEventType[]; description?: string }) =>
    api('updateEventSubscription', { params: { id }, body }),
  remove: (id: string) => api('deleteEventSubscription', { params: { id } }),
  test: (id: string) => api('testEventSubscription', { params: { id } }),
  deliveries: (id: string, status?: EventDeliveryStatus) =>
    api('listEventDeliveries', { params: { id }, query: status ? { status } : {} }).then((r) => r.deliveries),
  resend: (id: string) => api('resendEventDelivery', { params: { id } }),
};
