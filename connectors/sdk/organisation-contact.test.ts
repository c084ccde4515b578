import { describe, expect, it } from 'vitest';
import { organisationContact } from './organisation-contact.ts';

describe('organisationContact', () => {
  it("keeps an organisation's role mailbox and the number next to it", () => {
    expect(organisationContact({ email: 'Volunteers@rspb.org.uk', phone: '+44 1767 680551' })).toEqual({
      email: 'volunteers@rspb.org.uk',
      phone: '+44 1767 680551',
    });
    expect(organisationContact({ phone: '(510) 555-0190' })).toEqual({ phone: '(510) 555-0190' });
    expect(organisationContact({ phone: '020 8525 6000 ', url: 'www.stjh.org.uk' })).toEqual({
      phone: '020 8525 6000',
      url: 'https://www.stjh.org.uk',
    });
  });

  it("drops a person's address and the number beside it", () => {
    expect(organisationContact({ email: 'lois.donegal@stepneycityfarm.org', phone: '+442077908204' })).toBe(
      undefined,
    );
    expect(organisationContact({ email: 'buurtman@hotmail.com', phone: '07700 900123' })).toBeUndefined();
  });

  it('drops placeholder and truncated numbers', () => {
    for (const phone of ['0123456789', '0000', '0191', '07', '0000000000']) {
      expect(organisationContact({ email: 'info@club.org.uk', phone })).toEqual({
        email: 'info@club.org.uk',
      });
    }
  });
});
