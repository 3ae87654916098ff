/** One post on the public status page: only what was approved for the public, never internal fields. */
export interface StatusPost {
  id: string;
  incident: string;
  title: string;
  body: string;
  publishedAt: string;
}

export interface StatusPageDocument {
  title: string;
  updatedAt: string;
  posts: StatusPost[];
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Posts with the newest first; publishing a post again (same id) replaces it, never duplicates it. */
export function withPost(page: StatusPageDocument, post: StatusPost): StatusPageDocument {
  const posts = [post, ...page.posts.filter((p) => p.id !== post.id)].sort((a, b) =>
    b.publishedAt.localeCompare(a.publishedAt),
  );
  return {
    ...page,
    updatedAt: post.publishedAt > page.updatedAt ? post.publishedAt : page.updatedAt,
    posts,
  };
}

export function statusPageHtml(page: StatusPageDocument): string {
  const posts = page.posts
    .map(
      (p) => `    <article id="${escapeXml(p.id)}">
      <h2>${escapeXml(p.title)}</h2>
      <p class="when"><time datetime="${escapeXml(p.publishedAt)}">${escapeXml(p.publishedAt.replace('T', ' ').slice(0, 16))} UTC</time></p>
      ${p.body
        .split(/\n{2,}/)
        .map((para) => `<p>${escapeXml(para).replace(/\n/g, '<br>')}</p>`)
        .join('\n      ')}
    </article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeXml(page.title)}</title>
    <link rel="alternate" type="application/atom+xml" href="feed.atom" title="${escapeXml(page.title)}">
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
      article { border-top: 1px solid #ccc; padding: 1rem 0; }
      .when { color: #555; font-size: 0.9rem; }
    </style>
  </head>
  <body>
    <h1>${escapeXml(page.title)}</h1>
    <p>Last updated <time datetime="${escapeXml(page.updatedAt)}">${escapeXml(page.updatedAt.replace('T', ' ').slice(0, 16))} UTC</time></p>
${posts || '    <p>All systems operational.</p>'}
  </body>
</html>
`;
}

export function statusPageAtom(page: StatusPageDocument, publicUrl = 'urn:lantern:status'): string {
  const base = publicUrl.replace(/\/$/, '');
  const entries = page.posts
    .map(
      (p) => `  <entry>
    <id>${escapeXml(`${base}#${p.id}`)}</id>
    <title>${escapeXml(p.title)}</title>
    <updated>${escapeXml(p.publishedAt)}</updated>
    <link href="${escapeXml(`${base}#${p.id}`)}"/>
    <content type="text">${escapeXml(p.body)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(base)}</id>
  <title>${escapeXml(page.title)}</title>
  <updated>${escapeXml(page.updatedAt)}</updated>
  <link rel="self" href="${escapeXml(`${base}/feed.atom`)}"/>
  <author><name>${escapeXml(page.title)}</name></author>
${entries}
</feed>
`;
}
