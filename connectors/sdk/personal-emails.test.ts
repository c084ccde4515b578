import { describe, expect, it } from 'vitest';
import { withoutPersonalEmails } from './personal-emails.ts';

describe('withoutPersonalEmails', () => {
  it("removes private persons' addresses from text and links and keeps organisation mailboxes", () => {
    expect(withoutPersonalEmails('Mail jan.jansen@gmail.com or info@buurtkracht.nl.')).toBe(
      'Mail  or info@buurtkracht.nl.',
    );
    expect(
      withoutPersonalEmails('<a href="mailto:alex.s@southernbrooks.org.uk">alex.s@southernbrooks.org.uk</a>'),
    ).toBe('<a href=""></a>');
  });

  it('leaves text without addresses alone', () => {
    expect(withoutPersonalEmails('Open on Tuesdays @ 10am')).toBe('Open on Tuesdays @ 10am');
  });
});
