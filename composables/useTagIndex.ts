/** Every tag of the registry with the documents that carry it, derived from the explore data. */
export async function useTagIndex() {
  const { data } = await useExploreData()
  const tags = computed(() => data.value.tags.map((tag) => {
    const documents = data.value.documents.filter(doc => doc.tags.includes(tag.slug))
    return { ...tag, count: documents.length, documents }
  }))
  return { data: tags }
}
