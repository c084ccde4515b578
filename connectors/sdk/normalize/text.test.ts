import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language.ts';
import { decodeEntities, htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line separated text and list items into lines', () => {
    expect(htmlToText('<p>Eins</p><p>Zwei</p><ul><li>a</li><li>b</li></ul><p>Drei</p>')).toBe(
      'Eins\n\nZwei\n\n- a\n- b\n\nDrei',
    );
  });

  it('breaks lines at <br> in any spelling and keeps at most one blank line', () => {
    expect(htmlToText('Regel 1<br>Regel 2<BR/>Regel 3<br /><br /><br />Regel 4')).toBe(
      'Regel 1\nRegel 2\nRegel 3\n\nRegel 4',
    );
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(htmlToText('K&ouml;ln &amp; D&#252;sseldorf &#x2013; caf&eacute;&nbsp;&euro;5')).toBe(
      'Köln & Düsseldorf – café €5',
    );
    expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; &#0; &#xD800;');
  });

  it('drops scripts, styles, embedded frames and comments but keeps link texts', () => {
    expect(
      htmlToText(
        '<style>p{}</style><script>alert(1)</script><!-- note --><p>Siehe <a href="https://x.org">unsere Seite</a>.</p><iframe src="v"></iframe>',
      ),
    ).toBe('Siehe unsere Seite.');
  });

  it('collapses whitespace, trims lines and handles Windows line breaks in plain text', () => {
    expect(htmlToText('  Erste   Zeile \r\n\r\n\r\n  zweite\tZeile  ')).toBe('Erste Zeile\n\nzweite Zeile');
  });

  it('gives undefined for empty input or markup without text', () => {
    expect(htmlToText(null)).toBeUndefined();
    expect(htmlToText('')).toBeUndefined();
    expect(htmlToText('<p> </p><br/>&nbsp;')).toBeUndefined();
  });

  it('does not mistake a less-than sign in text for a tag', () => {
    expect(htmlToText('Kosten &lt; 5 Euro, also 3 < 5')).toBe('Kosten < 5 Euro, also 3 < 5');
  });
});

describe('guessLanguage', () => {
  it('recognises Dutch, German and English from function words', () => {
    expect(
      guessLanguage(
        'Met jouw bijdrage kopen we een nieuwe koffiemachine voor de buurtkamer van ons huis.',
        'de',
      ),
    ).toBe('nl');
    expect(
      guessLanguage(
        'Wir retten Lebensmittel und verteilen sie an Familien, die mit wenig Geld auskommen.',
        'en',
      ),
    ).toBe('de');
    expect(
      guessLanguage('We provide food parcels to families and our volunteers deliver them with care.', 'de'),
    ).toBe('en');
  });

  it('falls back when the text is short or mixed', () => {
    expect(guessLanguage('Repair Café', 'de')).toBe('de');
    expect(guessLanguage(undefined, 'en')).toBe('en');
    expect(guessLanguage('the and for und der das', 'nl')).toBe('nl');
  });
});
