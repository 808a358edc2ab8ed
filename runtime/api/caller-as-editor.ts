import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { WorkflowEditor } from '../store/records';

/** Who is calling, as a workflow's `updatedBy` names them: the signed-in user, or the API token (a script). */
export async function callerAsEditor(services: RuntimeServices, caller: Caller): Promise<WorkflowEditor> {
  if (!caller.userId) return { id: null, name: 'API token' };
  const user = await services.store.users.get(caller.userId);
  return { id: caller.userId, name: user?.name ?? 'an admin' };
}
