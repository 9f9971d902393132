// Raw HTML and URLs in Markdown: an explicit allow-list, checked on the tree the site's own Markdown parser
// builds. Each fixture is something a probe of the built site got through (or that a browser would run).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isHTMLTag, isSVGTag } from '@vue/shared'
import { describe, expect, it } from 'vitest'
import { checkMarkdownMarkup } from '~/modules/content-checks/markup'
import { attributeName, urlScheme } from '~/modules/content-checks/markup-check'

const isElement = (tag: string) => isHTMLTag(tag) || isSVGTag(tag)
const COMPONENTS = ['note', 'paired-video', 'feature-reference-list']
const FILE = 'content/patterns/demo.md'
// Line 5 of the page is the first line of `body`.
const page = (body: string) => `---\ntitle: Demo\ndescription: d\n---\n${body}\n`
const check = (body: string) => checkMarkdownMarkup(FILE, page(body), COMPONENTS, isElement)

describe('raw HTML in Markdown', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://example.com">', 'meta'],
    ['<META HTTP-EQUIV="refresh" CONTENT="0;url=https://example.com">', 'meta'],
    ['<style>body { display: none }</style>', 'style'],
    ['<form action="https://example.com"><input name="q"></form>', 'form'],
    ['<iframe src="https://example.com"></iframe>', 'iframe'],
    ['<object data="x.swf"></object>', 'object'],
    ['<base href="https://example.com/">', 'base'],
    ['<script>alert(1)</script>', 'script'],
    ['<ScRiPt>alert(1)</ScRiPt>', 'script'],
    ['<link rel="stylesheet" href="https://example.com/x.css">', 'link'],
    ['<embed src="x.swf">', 'embed'],
    ['<svg><script>alert(1)</script></svg>', 'svg'],
  ])('refuses %s, naming the file, line and the elements allowed', async (html, tag) => {
    const problems = await check(`Text.\n\n${html}`)
    expect(problems[0]).toMatch(new RegExp(`^content/patterns/demo\\.md:7: <${tag}> is not allowed in content \\(allowed elements: p, h1, .*kbd.*; and the components ::feature-reference-list, ::note, ::paired-video\\)$`))
  })

  it('refuses the script inside an SVG too, not only the SVG', async () => {
    const problems = await check('<svg><script>alert(1)</script></svg>')
    expect(problems.map(p => p.split(' is not allowed')[0])).toEqual([`${FILE}:5: <svg>`, `${FILE}:5: <script>`])
  })

  it.each([
    ['[click](javascript:alert(1))', 'a', 'href', 'javascript'],
    ['[click](JavaScript:alert(1))', 'a', 'href', 'javascript'],
    ['[click](jav&#x61;script:alert(1))', 'a', 'href', 'javascript'],
    ['<a href="jav&#x61;script:alert(1)">click</a>', 'a', 'href', 'javascript'],
    ['<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>', 'a', 'href', 'javascript'],
    ['<a href="java&#9;script:alert(1)">click</a>', 'a', 'href', 'javascript'],
    ['<a href=" javascript:alert(1)">click</a>', 'a', 'href', 'javascript'],
    ['<a href="vbscript:msgbox(1)">click</a>', 'a', 'href', 'vbscript'],
    ['[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'a', 'href', 'data'],
    ['![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', 'img', 'src', 'data'],
    ['<img src="DATA:image/png;base64,AAAA" alt="x">', 'img', 'src', 'data'],
  ])('refuses %s with the URL and the schemes allowed', async (markdown, tag, attribute, scheme) => {
    const problems = await check(`Intro.\n\n${markdown}`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^content/patterns/demo\\.md:7: <${tag} ${attribute}=".*">: "${scheme}:" URLs are not allowed in content \\(allowed: http:, https:, mailto: or a relative URL\\)$`))
  })

  it.each([
    ['<a href="/x" onclick="alert(1)">x</a>', 'a', 'onclick', 'event handler attributes are never allowed'],
    ['<img src="/a.png" alt="a" ONERROR="alert(1)">', 'img', 'onerror', 'event handler attributes are never allowed'],
    ['[x](/x){onmouseover="alert(1)"}', 'a', 'onmouseover', 'event handler attributes are never allowed'],
    ['<kbd style="position:fixed;inset:0">Ctrl</kbd>', 'kbd', 'style', 'allowed on <kbd>: id, title, lang, dir'],
    ['Some **bold**{style="color:red"} text', 'strong', 'style', 'allowed on <strong>: id, title, lang, dir'],
    ['<div class="fixed inset-0 z-50">x</div>', 'div', 'class', 'allowed on <div>: id, title, lang, dir'],
    ['<details ontoggle="alert(1)" open><summary>s</summary>x</details>', 'details', 'ontoggle', 'event handler attributes are never allowed'],
  ])('refuses %s, naming the attribute and what is allowed', async (markdown, tag, attribute, why) => {
    const problems = await check(`Intro.\n\n${markdown}`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^content/patterns/demo\\.md:7: <${tag} ${attribute}=".*">: attribute "${attribute}" is not allowed in content \\(${why.replace(/[()<>]/g, '\\$&')}`))
  })

  it('refuses a class that is not a code language, and handlers or bad URLs in component props', async () => {
    expect(await check('`x`{.fixed}')).toEqual([`${FILE}:5: <code class="fixed">: only "language-*" classes are allowed on <code> (the site's styles come from its own CSS)`])
    expect(await check('::note{onClick="alert(1)"}\nx\n::')).toEqual([`${FILE}:5: ::note has "on-click", which is not allowed in content (no event handlers or inline styles)`])
    expect(await check(`::feature-reference-list\n---\nitems:\n  - label: A\n    to: "javascript:alert(1)"\n---\n::`)).toEqual([
      `${FILE}:5: ::feature-reference-list items[0].to="javascript:alert(1)" is a "javascript:" URL, which is not allowed in content (allowed: http:, https:, mailto: or a relative URL)`,
    ])
  })

  it('reports every problem of a page, each on its own line', async () => {
    const problems = await check('<style>x</style>\n\nOK <kbd>Ctrl</kbd>\n\n<a href="javascript:x()" onclick="y()">z</a>')
    expect(problems.map(p => p.split(': ').slice(0, 2).join(': '))).toEqual([
      `${FILE}:5: <style> is not allowed in content (allowed elements`,
      `${FILE}:9: <a href="javascript:x()">`,
      `${FILE}:9: <a onclick="y()">`,
    ])
  })

  it('accepts the Markdown and HTML authors use: links, images, code, tables, kbd, details, components', async () => {
    const markdown = [
      '# Title', '', 'A [link](/patterns/x), an [external one](https://github.com/Netflix/metaflow), a [mail](mailto:a@b.c) and an [anchor](#pitfalls).',
      '', '![A diagram](/content/learn/a.png){width="600"}', '', '`code`{lang="python"} and <kbd>Ctrl</kbd>+<kbd>K</kbd>, H<sub>2</sub>O, <abbr title="Continuous integration">CI</abbr>.',
      '', '```python [flow.py]{2}', 'print(1)', 'print(2)', '```', '', '| a | b |', '| :- | -: |', '| 1 | 2 |', '', '> quote', '', '1. one', '2. two', '',
      '<details><summary>More</summary>', '', 'Hidden *text*.', '', '</details>', '', '::note', 'A note with [a link](/x).', '::',
      '', '::paired-video{provider="youtube" id="abc" title="Video" :chapters=\'[{"at": "0:10", "title": "Start"}]\'}', '::', '',
      '::feature-reference-list', '---', 'items:', '  - label: A', '    to: /patterns/a', '---', '::', '', '---', '', 'Last <br> line.',
    ].join('\n')
    expect(await check(markdown)).toEqual([])
  })

  it('names unknown components with their line and the components available', async () => {
    expect(await check('Intro.\n\n::code-group\nx\n::')).toEqual([`${FILE}:7: unknown component "::code-group"; the components available are ::feature-reference-list, ::note, ::paired-video`])
  })

  it('accepts every page of the site as it is', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url))
    const components = readdirSync(join(root, 'components/content')).filter(n => n.endsWith('.vue') && !n.startsWith('Prose'))
      .map(n => n.slice(0, -4).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase())
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [])
    const pages = files(join(root, 'content'))
    expect(pages.length).toBeGreaterThan(10)
    for (const file of pages) {
      expect(await checkMarkdownMarkup(relative(root, file), readFileSync(file, 'utf8'), components, isElement)).toEqual([])
    }
  }, 60_000)
})

describe('attribute names and URL schemes', () => {
  it('reads hast property names as HTML attribute names', () => {
    expect(['className', 'httpEquiv', 'onClick', 'dataFootnoteRef', 'ariaLabel', 'srcSet', 'href'].map(attributeName))
      .toEqual(['class', 'http-equiv', 'onclick', 'data-footnote-ref', 'aria-label', 'srcset', 'href'])
  })

  it('reads a scheme as a browser does, and none for relative URLs', () => {
    expect(['javascript:x', ' \u0001JavaScript:x', 'java\tscr\nipt:x', 'https://a.b', 'mailto:a@b.c'].map(urlScheme)).toEqual(['javascript', 'javascript', 'javascript', 'https', 'mailto'])
    expect(['/a:b', '#x:y', './a', 'a/b:c', '?q=a:b', '//host/x'].map(urlScheme)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })
})
