// The live feed's settings: defaults, and bad values stop the start naming the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('live feed configuration', () => {
  it('beats every 20 seconds and keeps up to 1000 streams by default', () => {
    const c = loadConfig({});
    expect(c.liveHeartbeatMs).toBe(20_000);
    expect(c.liveMaxStreams).toBe(1000);
  });

  it('reads LIVE_HEARTBEAT_SECONDS and LIVE_MAX_STREAMS; 0 streams switches the feed off', () => {
    const c = loadConfig({ LIVE_HEARTBEAT_SECONDS: '5', LIVE_MAX_STREAMS: '0' });
    expect(c.liveHeartbeatMs).toBe(5000);
    expect(c.liveMaxStreams).toBe(0);
  });

  it.each([
    ['LIVE_HEARTBEAT_SECONDS', '0', /LIVE_HEARTBEAT_SECONDS must be at least 1/],
    ['LIVE_HEARTBEAT_SECONDS', '1.5', /LIVE_HEARTBEAT_SECONDS must be a whole number/],
    ['LIVE_HEARTBEAT_SECONDS', '3600', /LIVE_HEARTBEAT_SECONDS must be at most 300/],
    ['LIVE_HEARTBEAT_SECONDS', 'often', /LIVE_HEARTBEAT_SECONDS/],
    ['LIVE_MAX_STREAMS', '-1', /LIVE_MAX_STREAMS must be 0 \(off\) or more/],
    ['LIVE_MAX_STREAMS', 'many', /LIVE_MAX_STREAMS/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
