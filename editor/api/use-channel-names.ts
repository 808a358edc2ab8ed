import { useEffect, useState } from 'react';
import { api } from './api-client';

export interface ChannelName {
  id: string;
  name: string;
}

/** The LINE channels' names, for filters; empty until loaded, and when the list cannot be read. */
export function useChannelNames(): ChannelName[] {
  const [channels, setChannels] = useState<ChannelName[]>([]);
  useEffect(() => {
    api('listChannelNames').then(
      (answer) => setChannels(answer.channels),
      () => setChannels([]),
    );
  }, []);
  return channels;
}
