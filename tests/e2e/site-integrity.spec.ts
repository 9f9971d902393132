import { HtmlValidate } from 'html-validate'
import { expect, test } from '@playwright/test'
import { BASE_PATH, fileFor, htmlFiles, read, routeOf, urlPathOf } from './site-files'

// A crawler over the generated files: every internal link, image and anchor resolves. With SITE_DIR and
// BASE_PATH (playwright.base-path.config.ts) it crawls the build made for a sub-path, where a link or image
// outside the base path does not resolve.
test('every internal link, image and anchor of the generated site resolves', () => {
  const files = htmlFiles()
  expect(files.length).toBeGreaterThan(25)
  const broken: string[] = []
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map(m => m[1]!)))
    return ids.get(file)!
  }
  for (const file of files) {
    const html = read(file)
    const route = routeOf(file)
    const at = urlPathOf(file)
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (!value || /^(https?:|mailto:|data:|javascript:)/.test(value) || value.startsWith('//')) continue
      const url = new URL(value.replace(/&amp;/g, '&'), `http://site${at.endsWith('/') ? at : `${at}/`}`)
      if (attr === 'href' && value.startsWith('#')) {
        if (value.length > 1 && !idsOf(file).has(decodeURIComponent(value.slice(1)))) broken.push(`${route}: anchor ${value} has no target`)
        continue
      }
      const target = fileFor(url.pathname)
      if (!target) {
        broken.push(`${route}: ${attr}="${value}" does not resolve`)
        continue
      }
      if (url.hash.length > 1 && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${route}: ${value} points to a missing anchor`)
      }
    }
  }
  expect(broken).toEqual([])
})

test('the HTML of every page is valid', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Framework output we do not control: Vue's SSR markers and Nuxt UI's markup.
      'no-inline-style': 'off', // Nuxt UI and colour-mode set inline styles (CSS variables)
      'attribute-boolean-style': 'off', // Vue renders boolean attributes as attr="" in some components
      'attribute-empty-style': 'off',
      'no-redundant-role': 'off', // reka-ui adds explicit roles on native elements
      'prefer-native-element': 'off', // reka-ui builds listboxes and buttons from divs with roles
      'no-trailing-whitespace': 'off', // minified output
      'void-style': 'off', // Vue self-closes void elements
      'long-title': 'off', // titles carry the article name and the site name
      'valid-id': 'off', // Nuxt Content keeps heading ids like "1-walkthrough-for..." from the seed's numbered headings
      'no-implicit-button-type': 'off', // reka-ui renders some buttons without type; ours set it
    },
  })
  const problems: string[] = []
  for (const file of htmlFiles()) {
    const report = await validator.validateString(read(file), file)
    for (const result of report.results) {
      for (const message of result.messages) {
        // Nuxt Content puts the Shiki theme's <style> inside the rendered body; we do not control it.
        if (message.ruleId === 'element-permitted-content' && message.message.startsWith('<style> element')) continue
        problems.push(`${routeOf(file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`)
      }
    }
  }
  expect(problems).toEqual([])
})

test('only the build under a base path has the test fixtures (SITE_TEST_FIXTURES=1 in scripts/test.mjs)', () => {
  const fixture = htmlFiles().filter(file => routeOf(file) === '/patterns/self-hosted-video-fixture')
  expect(fixture.length).toBe(BASE_PATH === '/' ? 0 : 1)
})
