import type { DocumentKey } from '../shared/utils/collections'
import type { DocumentFields, Video } from './content-schema'

/**
 * A document as explore rows and document cards show it: its front matter fields typed from the schemas
 * (`deepDives` and `related` are pattern slugs a pattern pairs with), plus what the build adds.
 */
export interface ExploreDocument extends Pick<DocumentFields, 'level' | 'format' | 'deepDives' | 'related' | 'metaflow'> {
  path: string
  title: string
  description: string
  type: DocumentKey
  tags: string[]
  video?: Pick<Video, 'status' | 'duration'>
  /** The terminal walkthrough's length ("m:ss"), when the document has a recording. */
  walkthrough?: { duration: string }
  /** ISO date of the last commit that touched the file, when git history is available. */
  updated?: string
  readingMinutes: number
}

export interface SearchSection {
  /** `/path#anchor`, or `/path` for the text before the first heading. */
  id: string
  path: string
  /** The page's title. */
  page: string
  type: DocumentKey | 'page'
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
