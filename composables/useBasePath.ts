import { joinURL } from 'ufo'

/** Puts a site path ('/search.json') under the base path the site is served from ('/' or '/repo/'). */
export function useBasePath() {
  const { app } = useRuntimeConfig()
  return (path: string) => joinURL(app.baseURL, path)
}
