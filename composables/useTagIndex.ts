/** The tag registry with the documents that carry each tag (read at build time, served from payloads). */
export function useTagIndex() {
  return useContentData('tag-index', async () => {
    const [registry, ...collections] = await Promise.all([
      queryCollection('tags').first(),
      ...(['patterns', 'deepDives', 'projects'] as const).map(name =>
        queryCollection(name).select('path', 'title', 'description', 'tags').all()
          .then(docs => docs.map(doc => ({ ...doc, collection: name as DocumentCollection })))),
    ])
    const documents = collections.flat()
    return (registry?.tags ?? []).map((tag) => {
      const tagged = documents.filter(doc => (doc.tags as string[] | undefined)?.includes(tag.slug))
      return { ...tag, count: tagged.length, documents: tagged.sort((a, b) => a.title.localeCompare(b.title)) }
    })
  })
}
