import type { DocumentCollection } from './routes'

export type DocumentType = Exclude<DocumentCollection, 'pages'>

export interface ExploreDocument {
  path: string
  title: string
  description: string
  type: DocumentType
  tags: string[]
  level?: 'beginner' | 'intermediate' | 'advanced'
  format?: 'walkthrough' | 'how-to-series'
  video?: { status: 'published' | 'planned', duration?: string }
  /** ISO date of the last commit that touched the file, when git history is available. */
  updated?: string
  readingMinutes: number
  /** Deep-dive slugs a pattern pairs with, and related pattern slugs (patterns only). */
  deepDives?: string[]
  related?: string[]
  metaflow?: string
}

export interface SearchSection {
  /** `/path#anchor`, or `/path` for the text before the first heading. */
  id: string
  path: string
  /** The page's title. */
  page: string
  type: DocumentType | 'page'
  /** The heading of this section (the page title for the intro). */
  title: string
  /** Parent headings, outermost first. */
  titles: string[]
  content: string
}

export interface TagInfo {
  slug: string
  label: string
  description: string
}

export interface ExploreData {
  documents: ExploreDocument[]
  tags: TagInfo[]
}
