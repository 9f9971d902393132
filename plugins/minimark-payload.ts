import { isMinimarkBody } from '~/utils/minimark'

// A page's Markdown body travels in its payload as one JSON string instead of devalue's flattened graph
// (every node and string of the tree an entry of its own): a third smaller once gzipped.
export default definePayloadPlugin(() => {
  definePayloadReducer('MinimarkBody', (value: unknown) => isMinimarkBody(value) && JSON.stringify(value))
  definePayloadReviver('MinimarkBody', (value: string) => JSON.parse(value))
})
