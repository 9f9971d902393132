import type { Video } from '~/utils/content-schema'

interface PageMetaInput {
  title: string
  description?: string
  path: string
  collection: CollectionName
  updated?: string
  video?: Video
  breadcrumb: BreadcrumbLink[]
}

/** Canonical URL, Open Graph and Twitter tags, and JSON-LD for a content page. */
export function usePageMeta(input: () => PageMetaInput) {
  const { public: { siteUrl } } = useRuntimeConfig()
  const appConfig = useAppConfig()
  // siteUrl includes the base path and paths are routes, so the base path appears once. The home page is the
  // URL with its slash: under a base path (https://owner.github.io/repo/) that is the address hosts serve.
  // Nitro lets NUXT_PUBLIC_SITE_URL override the normalised value at prerender time: drop its trailing slash.
  const site = String(siteUrl).replace(/\/+$/, '')
  const absolute = (path: string) => `${site}${path}`

  const meta = computed(() => {
    const page = input()
    const url = absolute(page.path)
    const image = absolute(COLLECTIONS.shareImage(page.collection))
    const graph: Record<string, unknown>[] = [{
      '@type': 'BreadcrumbList',
      'itemListElement': page.breadcrumb.map((item, i) => ({
        '@type': 'ListItem',
        'position': i + 1,
        'name': item.label,
        ...(item.to || i === page.breadcrumb.length - 1 ? { item: absolute(item.to ?? page.path) } : {}),
      })),
    }]
    if (COLLECTIONS.isArticle(page.collection)) {
      graph.push({
        '@type': 'TechArticle',
        'headline': page.title,
        'description': page.description,
        'url': url,
        'image': image,
        ...(page.updated ? { dateModified: page.updated } : {}),
        'articleSection': COLLECTIONS.label(page.collection),
        'publisher': { '@type': 'Organization', 'name': appConfig.site.name },
      })
    }
    // A VideoObject only for a video that exists; planned videos are not announced to search engines.
    if (page.video?.provider === 'youtube' && page.video.status === 'published' && page.video.id) {
      graph.push({
        '@type': 'VideoObject',
        'name': page.video.title,
        'description': page.description ?? page.video.title,
        'embedUrl': `https://www.youtube-nocookie.com/embed/${page.video.id}`,
        'thumbnailUrl': image,
        ...(page.updated ? { uploadDate: page.updated } : {}),
      })
    }
    // A self-hosted video: its file is on this site (video.provider: file).
    if (page.video?.provider === 'file' && page.video.status === 'published' && page.video.src) {
      graph.push({
        '@type': 'VideoObject',
        'name': page.video.title,
        'description': page.description ?? page.video.title,
        'contentUrl': absolute(page.video.src),
        'thumbnailUrl': page.video.poster ? absolute(page.video.poster) : image,
        ...(page.updated ? { uploadDate: page.updated } : {}),
      })
    }
    return { url, image, graph, page }
  })

  useHead({
    link: [{ rel: 'canonical', href: () => meta.value.url }],
    script: [{
      type: 'application/ld+json',
      // JSON.stringify escapes quotes; "<" is escaped too so no content can close the script tag.
      innerHTML: () => JSON.stringify({ '@context': 'https://schema.org', '@graph': meta.value.graph }).replace(/</g, '\\u003c'),
    }],
  })
  useSeoMeta({
    title: () => meta.value.page.title,
    description: () => meta.value.page.description,
    ogTitle: () => meta.value.page.title,
    ogDescription: () => meta.value.page.description,
    ogType: () => (meta.value.page.collection === 'pages' ? 'website' : 'article'),
    ogUrl: () => meta.value.url,
    ogImage: () => meta.value.image,
    ogSiteName: appConfig.site.name,
    twitterCard: 'summary_large_image',
    twitterTitle: () => meta.value.page.title,
    twitterDescription: () => meta.value.page.description,
    twitterImage: () => meta.value.image,
  })
}
