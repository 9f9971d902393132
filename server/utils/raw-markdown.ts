// The source Markdown of a content stem (`patterns/notebook-resume`) with its example includes expanded: the
// text Nuxt Content parsed, written once by modules/content-includes as the server asset `raw-markdown`.
export async function rawMarkdown(stem: string): Promise<string | undefined> {
  return await useStorage('assets:raw-markdown').getItem<string>(`${stem}.md`) ?? undefined
}
