#!/usr/bin/python3
"""Reads a web report's index.html with html5lib (a real HTML5 parser, strict) and prints what the
tests check, as JSON: parse errors, language, headings, landmarks, pictures, charts and tables.

    tests/check-report-html.py FOLDER
"""

import json
import re
import sys
from pathlib import Path

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"


def text_of(element):
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def main():
    folder = Path(sys.argv[1])
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
    with open(folder / "index.html", "rb") as f:
        doc = parser.parse(f)
    errors = [html5lib.constants.E.get(code, code) % (data or {}) for _, code, data in parser.errors]
    root = doc
    out = {"parseErrors": errors, "lang": root.get("lang")}
    levels = [int(e.tag[-1]) for e in root.iter() if re.fullmatch(NS + r"h[1-6]", str(e.tag))]
    out["h1"] = levels.count(1)
    out["headings"] = len(levels)
    out["skipped"] = [f"h{a} to h{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    out["firstHeading"] = levels[0] if levels else None
    out["landmarks"] = sorted({e.tag[len(NS):] for e in root.iter() if e.tag in
                               (NS + "header", NS + "nav", NS + "main", NS + "footer")})
    out["scripts"] = sum(1 for e in root.iter() if e.tag == NS + "script")
    # What a Content-Security-Policy without 'unsafe-inline' refuses: style attributes and elements.
    out["inlineStyles"] = sum(1 for e in root.iter() if isinstance(e.tag, str) and
                              (e.get("style") is not None or e.tag in (NS + "style", SVG + "style")))
    out["csp"] = [e.get("content") for e in root.iter() if e.tag == NS + "meta" and
                  (e.get("http-equiv") or "").lower() == "content-security-policy"]
    remote = []
    for e in root.iter():
        for attribute in ("src", "href"):
            value = e.get(attribute) or ""
            if re.match(r"(https?:)?//", value):
                remote.append(value)
    out["remote"] = remote
    out["images"] = [{"src": e.get("src"), "alt": e.get("alt")} for e in root.iter() if e.tag == NS + "img"]
    out["missingFiles"] = [i["src"] for i in out["images"] if not (folder / i["src"]).exists()]

    ids = {e.get("id"): e for e in root.iter() if e.get("id")}
    charts = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for svg in (e for e in root.iter() if e.tag == SVG + "svg"):
        title = svg.find(SVG + "title")
        desc = svg.find(SVG + "desc")
        labelled = [ids.get(i) for i in (svg.get("aria-labelledby") or "").split()]
        figure = parents.get(svg)
        following = None
        if figure is not None:
            siblings = list(parents[figure])
            after = siblings[siblings.index(figure) + 1:] if figure in siblings else []
            following = after[0] if after else None
        table = following.find(f".//{NS}table") if following is not None else None
        charts.append({
            "title": text_of(title) if title is not None else "",
            "desc": desc is not None,
            "role": svg.get("role"),
            "labelled": all(x is not None for x in labelled) and bool(labelled),
            "tableCaption": text_of(table.find(NS + "caption")) if table is not None and
            table.find(NS + "caption") is not None else None,
            "tableRows": len(table.findall(f".//{NS}tbody/{NS}tr")) if table is not None else 0,
        })
    out["charts"] = charts

    tables = []
    for t in (e for e in root.iter() if e.tag == NS + "table"):
        caption = t.find(NS + "caption")
        heads = t.findall(f".//{NS}thead//{NS}th")
        rows = []
        for tr in t.findall(f".//{NS}tbody/{NS}tr"):
            rows.append([text_of(c) for c in tr])
        amounts_right = all("amount" in (c.get("class") or "") for tr in t.findall(f".//{NS}tbody/{NS}tr")
                            for c in list(tr)[2:]) if caption is not None and text_of(caption).startswith(
                                "Resultatopgørelse") else None
        tables.append({
            "caption": text_of(caption) if caption is not None else None,
            "headers": [text_of(h) for h in heads],
            "scopes": sorted({h.get("scope") or "" for h in t.iter() if h.tag == NS + "th"}),
            "rows": rows,
            "amountsMarked": amounts_right,
            "noteLinks": [a.get("href") for a in t.iter() if a.tag == NS + "a"],
        })
    out["tables"] = tables
    out["ids"] = sorted(i for i in ids if i)
    out["tocLinks"] = [a.get("href") for nav in root.iter() if nav.tag == NS + "nav" for a in nav.iter()
                       if a.tag == NS + "a"]
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
