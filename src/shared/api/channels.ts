// IPC channel names, derived from the contract so preload and main cannot disagree.
import type { ApiEventName, ApiMethod } from './index';

export const apiChannel = (method: ApiMethod): string => `diptych:api:${method}`;
export const eventChannel = (event: ApiEventName): string => `diptych:event:${event}`;
