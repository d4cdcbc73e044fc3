/**
 * schema.org JSON-LD for a code page: the article and the breadcrumb trail. There is no FAQPage:
 * Google shows FAQ rich results only for well-known government and health sites (its FAQPage
 * structured-data documentation), so the markup would repeat every answer on every page for nothing.
 */

interface PageFacts {
  url: string;
  siteUrl: string;
  headline: string;
  description: string;
  breadcrumbs: { name: string; url: string }[];
}

export function codePageJsonLd(page: PageFacts): object[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: page.headline,
      description: page.description,
      url: page.url,
      mainEntityOfPage: page.url,
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: 'HTTP Status Reference', url: page.siteUrl },
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: page.breadcrumbs.map((crumb, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: crumb.name,
        item: crumb.url,
      })),
    },
  ];
}

/**
 * JSON-LD as the text of a <script> element. Every "<" becomes \u003c, which JSON reads as the same
 * character, so content holding "</script>" or "<!--" cannot end the element or open a comment.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
