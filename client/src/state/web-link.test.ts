import { describe, expect, it } from 'vitest';
import { webHref } from './web-link.ts';

describe('webHref', () => {
  it('keeps http(s) addresses exactly as given', () => {
    expect(webHref('https://theins.ru/en/politics/281234')).toBe('https://theins.ru/en/politics/281234');
    expect(webHref('http://example.org')).toBe('http://example.org');
    expect(webHref('HTTPS://Example.org/a?b=c#d')).toBe('HTTPS://Example.org/a?b=c#d');
  });

  it('refuses every other scheme, relative addresses and padded text', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative/path',
      ' https://example.org',
      '',
      null,
      undefined,
    ])
      expect(webHref(url)).toBeNull();
  });
});
