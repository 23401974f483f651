import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { client, ClientAddress } from '../../server/client-address.js';

describe('the client a request counts against', () => {
  it('is one client for every spelling of an address, and for a whole IPv6 /64', () => {
    for (const [written, counted] of [
      ['203.0.113.9', '203.0.113.9'],
      ['::ffff:203.0.113.9', '203.0.113.9'],
      ['::ffff:cb00:7109', '203.0.113.9'],
      ['2001:DB8::1', '2001:db8:0:0::/64'],
      ['2001:0db8:0000::ffff:1', '2001:db8:0:0::/64'],
      ['2001:db8::ab:cd:ef:12', '2001:db8:0:0::/64'],
      ['2001:db8:0:1::1', '2001:db8:0:1::/64'],
    ]) {
      assert.equal(client(written!), counted, written);
    }
  });

  it('takes X-Forwarded-For only from a trusted proxy, nearest untrusted hop first', () => {
    const behind = new ClientAddress(['10.0.0.0/8', '::1']);
    assert.equal(behind.clientOf('10.1.2.3', '198.51.100.7, 10.9.9.9'), '198.51.100.7');
    assert.equal(behind.clientOf('10.1.2.3', 'made-up, 198.51.100.7'), '198.51.100.7', 'what the client wrote itself does not count');
    assert.equal(behind.clientOf('::ffff:10.1.2.3', '2001:db8::5'), '2001:db8:0:0::/64');
    assert.equal(behind.clientOf('198.51.100.8', '203.0.113.1'), '198.51.100.8', 'an untrusted peer is the client, whatever it forwards');
    assert.equal(new ClientAddress().clientOf('127.0.0.1', '203.0.113.1'), '127.0.0.1');
  });
});
