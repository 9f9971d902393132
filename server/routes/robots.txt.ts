// /robots.txt: everything may be crawled; the sitemap is named by its absolute URL, as the format requires.
export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return formatRobots(absoluteUrl('/sitemap.xml'))
})
