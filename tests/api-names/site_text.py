"""Where the Metaflow names on the site are: code blocks, included code and inline code.

Reads a Markdown file the way a reader sees it: front matter skipped, fenced code blocks,
`<<< path#region` includes expanded from the repository (the same syntax the site uses),
and `inline code` spans in prose and tables. Every piece keeps the line it came from, so a
finding can name the article line (and, for included code, the line in the included file).
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

FENCE = re.compile(r"^( *)(`{3,}|~{3,})(.*)$")
INCLUDE = re.compile(r"^<<<\s+(\S+?)(?:#([\w.-]+))?\s*$")
LANG_OF_EXT = {".py": "python", ".ipynb": "python", ".yml": "yaml", ".yaml": "yaml", ".sh": "bash"}


@dataclass
class Block:
    """A code block: written in the article, or included from a file."""

    lang: str
    lines: List[str]
    # Article line of each code line (for an included block, every line is the include line).
    article_lines: List[int]
    # For included blocks: the included file, and the first line of the region in that file.
    source: Optional[str] = None
    source_first_line: int = 1
    # For included code: the whole file (or notebook), so names bound outside the region are known.
    context_lines: List[str] = field(default_factory=list)
    region_offset: int = 0  # index of the region's first line within context_lines


@dataclass
class Span:
    code: str
    line: int
    # Index of the span among the spans of its line, so a flag can take its command from
    # a span earlier on the same line.
    index: int
    line_text: str


@dataclass
class Article:
    path: str
    lines: List[str]
    blocks: List[Block]
    spans: List[Span]
    prose: List[tuple]  # (line number, text) of lines outside code blocks and front matter


class IncludeError(Exception):
    pass


def _region(lines, name, where):
    start = end = None
    for i, text in enumerate(lines):
        if re.match(r"^\s*# #region %s\s*$" % re.escape(name), text):
            start = i + 1
        elif start is not None and re.match(r"^\s*# #endregion %s\s*$" % re.escape(name), text):
            end = i
            break
    if start is None or end is None:
        raise IncludeError(f"{where}: region {name!r} not found")
    return start, end


def read_include(repo: Path, target: str, region: Optional[str], where: str):
    """(lang, region lines, whole-file lines, index of the region's first line)."""
    path = repo / target
    if not path.is_file():
        raise IncludeError(f"{where}: included file {target} does not exist")
    ext = path.suffix
    if ext == ".ipynb":
        cells = [c for c in json.loads(path.read_text())["cells"] if c.get("cell_type") == "code"]
        whole, offsets = [], {}
        for cell in cells:
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            offsets[cell.get("id")] = len(whole)
            whole.extend(src.split("\n") + [""])
        if region is None:
            return "python", whole, whole, 0
        cell = next((c for c in cells if c.get("id") == region), None)
        if cell is None:
            raise IncludeError(f"{where}: notebook {target} has no cell with id {region!r}")
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        return "python", src.split("\n"), whole, offsets[region]
    whole = path.read_text().split("\n")
    lang = LANG_OF_EXT.get(ext, "")
    if region is None:
        return lang, whole, whole, 0
    start, end = _region(whole, region, f"{where} ({target})")
    return lang, whole[start:end], whole, start


def inline_spans(text: str):
    """`code` spans of one line of prose (CommonMark backtick strings of equal length)."""
    return [
        m.group(2).strip() if m.group(2).startswith(" ") and m.group(2).endswith(" ") else m.group(2)
        for m in re.finditer(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", text)
    ]


def read_article(repo: Path, rel: str) -> Article:
    lines = (repo / rel).read_text().split("\n")
    blocks, spans, prose = [], [], []
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            # The title and description are shown to readers (and in search results) too.
            if re.match(r"^(title|description):", lines[i]):
                for k, code in enumerate(inline_spans(lines[i])):
                    spans.append(Span(code, i + 1, k, lines[i]))
            i += 1
        i += 1
    open_fence = None
    while i < len(lines):
        text, number = lines[i], i + 1
        if open_fence:
            fence, indent, block = open_fence
            close = re.match(r"^ *(`{3,}|~{3,})\s*$", text)
            if close and close.group(1)[0] == fence[0] and len(close.group(1)) >= len(fence):
                blocks.append(block)
                open_fence = None
            else:
                block.lines.append(re.sub(r"^ {0,%d}" % indent, "", text))
                block.article_lines.append(number)
            i += 1
            continue
        fence = FENCE.match(text)
        if fence and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
            lang = (fence.group(3).strip().split() or [""])[0].split("[")[0].lower()
            open_fence = (fence.group(2), len(fence.group(1)), Block(lang, [], []))
            i += 1
            continue
        include = INCLUDE.match(text)
        if include:
            where = f"{rel}:{number}"
            lang, region, whole, offset = read_include(repo, include.group(1), include.group(2), where)
            blocks.append(
                Block(lang, region, [number] * len(region), source=include.group(1),
                      source_first_line=offset + 1, context_lines=whole, region_offset=offset)
            )
            i += 1
            continue
        prose.append((number, text))
        for k, code in enumerate(inline_spans(text)):
            spans.append(Span(code, number, k, text))
        i += 1
    if open_fence:
        blocks.append(open_fence[2])
    return Article(rel, lines, blocks, spans, prose)
