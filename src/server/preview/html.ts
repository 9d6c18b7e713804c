// Puts a page's description into the app's HTML: the <title> and the Open Graph / Twitter tags.
// The template is split once; each request only joins escaped strings.
import { type PageDescription } from './describe';

const OG_LOCALE = { en: 'en_GB', uk: 'uk_UA' } as const;
const HTML_LANG = /<html([^>]*?)\slang=["'][^"']*["']/i;

/** Escapes text for HTML text and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]!};`);
}

export interface PageTemplate {
  render(page: PageDescription, url: string): string;
}

const TITLE = /<title>[\s\S]*?<\/title>/i;
const DESCRIPTION = /[ \t]*<meta\s+name=["']description["'][^>]*>[ \t]*\r?\n?/i;

/**
 * Splits index.html around its <title> (the template's own meta description is dropped: the page's
 * replaces it). Without a <title> in the head, the tags go just before </head>, or first.
 */
export function pageTemplate(html: string): PageTemplate {
  const withoutDescription = html.replace(DESCRIPTION, '');
  const title = TITLE.exec(withoutDescription);
  let before: string;
  let after: string;
  if (title) {
    before = withoutDescription.slice(0, title.index);
    after = withoutDescription.slice(title.index + title[0].length);
  } else {
    const head = withoutDescription.search(/<\/head>/i);
    const at = head >= 0 ? head : 0;
    before = withoutDescription.slice(0, at);
    after = withoutDescription.slice(at);
  }
  return {
    render({ title: pageTitle, description, locale, siteName }, url) {
      const t = escapeHtml(pageTitle);
      const d = escapeHtml(description);
      const tags = [
        `<title>${t}</title>`,
        `<meta name="description" content="${d}" />`,
        `<meta property="og:type" content="website" />`,
        `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
        `<meta property="og:locale" content="${OG_LOCALE[locale]}" />`,
        `<meta property="og:title" content="${t}" />`,
        `<meta property="og:description" content="${d}" />`,
        `<meta property="og:url" content="${escapeHtml(url)}" />`,
        `<meta name="twitter:card" content="summary" />`,
        `<meta name="twitter:title" content="${t}" />`,
        `<meta name="twitter:description" content="${d}" />`,
      ];
      // The page opens in the link's language: <html lang> says so before any script runs.
      return `${before.replace(HTML_LANG, `<html$1 lang="${locale}"`)}${tags.join('\n    ')}${after}`;
    },
  };
}
