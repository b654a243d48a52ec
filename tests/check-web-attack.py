#!/usr/bin/python3
"""Attacks a web report with script planted in the ledger, and says what ran. Prints JSON.

    tests/check-web-attack.py page FOLDER
        The export as published, loaded in headless Chromium: which markers the planted payloads
        set (a payload that runs sets the attribute data-pwned-... on the page's root). Then a copy
        without its Content-Security-Policy, with an activator that hovers, focuses, clicks and
        submits everything and fires every event handler, so that the sanitiser alone is tested.
        Also: html5lib's parse errors, the policy, markup that could run or load something
        (event handlers, script-capable elements, style attributes, addresses that are not
        http:, https:, mailto:, #anchors or the report's own files), and each SVG picture opened
        on its own, as a web server would serve it.
    tests/check-web-attack.py control VECTORS.json [CSP]
        The control: every payload of VECTORS.json (a list of {"marker": ..., "payload": ...})
        inserted raw into a page, each in a frame of its own, with the same activator: which
        markers appear. With CSP, a second time with that policy on the page.
    tests/check-web-attack.py svg FILE
        An SVG file opened on its own: which markers appear.
    tests/check-web-attack.py fragments
        A JSON list of HTML fragments on stdin; for each, the markup that could run or load something.

A marker is set by the payload running in the page, or posted to it from a frame of another
origin (data: URLs) and recorded by the activator's listener.
"""

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"

# What the page is made of: the report's own elements, and those of its inline charts.
HTML_ELEMENTS = {"html", "head", "meta", "title", "link", "body", "a", "header", "nav", "main", "footer", "section",
                 "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "b", "i", "strong", "ul", "ol", "li", "dl", "dt",
                 "dd", "div", "figure", "figcaption", "img", "table", "caption", "thead", "tbody", "tr", "th", "td"}
SVG_ELEMENTS = {"svg", "g", "defs", "title", "desc", "path", "rect", "polyline", "polygon", "line", "circle",
                "ellipse", "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "image"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "srcset", "srcdoc",
                  "codebase", "cite", "longdesc", "usemap", "manifest", "ping", "lowsrc", "dynsrc"}
ALLOWED_SCHEMES = {"http", "https", "mailto"}

ACTIVATOR = r"""<script>
(function () {
  function mark(name) {
    try { top.document.documentElement.setAttribute(String(name), '1'); } catch (e) {}
  }
  window.addEventListener('message', function (e) {
    if (/^data-pwned-[A-Za-z0-9-]+$/.test(String(e.data))) mark(e.data);
  });
  function leaves(url) {
    try {
      var p = new URL(url, document.baseURI).protocol;
      return ['http:', 'https:', 'file:', 'mailto:', 'about:', 'blob:'].indexOf(p) >= 0;
    } catch (e) { return true; }
  }
  function target(a) {
    if (a.href && a.href.animVal !== undefined) return a.href.animVal;
    return a.href || a.getAttribute('href') || '';
  }
  // Following a link or sending a form would leave the page; what runs in it is let through.
  window.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a, area') : null;
    if (a && leaves(target(a))) e.preventDefault();
  });
  window.addEventListener('submit', function (e) {
    var action = e.submitter && e.submitter.formAction ? e.submitter.formAction : e.target.action;
    if (leaves(action)) e.preventDefault();
  });
  var events = ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'mousemove', 'mouseout', 'pointerover',
                'pointerdown', 'pointerup', 'focus', 'focusin', 'blur', 'keydown', 'keyup', 'keypress', 'input',
                'change', 'wheel', 'scroll', 'copy', 'paste', 'drag', 'dragstart', 'drop', 'animationstart',
                'animationend', 'transitionend', 'toggle', 'load', 'error', 'begin', 'end', 'repeat',
                'beforeprint', 'afterprint', 'search', 'select', 'invalid', 'reset', 'contextmenu', 'dblclick'];
  function activate() {
    var all = Array.prototype.slice.call(document.querySelectorAll('*'));
    all.forEach(function (el) {
      events.forEach(function (type) {
        try { el.dispatchEvent(new Event(type, {bubbles: true})); } catch (e) {}
      });
      try { if (el.focus) el.focus(); } catch (e) {}
      try { if (el.tagName === 'DETAILS') el.open = !el.open; } catch (e) {}
      try { el.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); } catch (e) {}
    });
    Array.prototype.slice.call(document.forms).forEach(function (f) {
      try { f.requestSubmit(); } catch (e) {}
    });
    setTimeout(function () {
      mark('data-activated-' + (window.frameElement ? window.frameElement.id : 'page'));
    }, 500);
  }
  window.addEventListener('load', function () { setTimeout(activate, 200); });
})();
</script>
"""


def chromium_dom(url):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("cannot run: no chromium")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               f"--user-data-dir={profile}", "--allow-file-access-from-files",
                               "--virtual-time-budget=15000", "--dump-dom", url],
                              capture_output=True, text=True, timeout=240)
    if "<" not in done.stdout:
        raise SystemExit("chromium gave no page:\n" + done.stderr[-2000:])
    return done.stdout


def markers(dom, prefix="data-pwned-"):
    """The marker attributes on the elements of a page as Chromium left it."""
    doc = html5lib.parse(dom, namespaceHTMLElements=False)
    return sorted({a for e in doc.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith(prefix)})


def browser_url(value):
    """An address as a browser reads it: spaces and controls around it and tabs and line breaks
    within it do not count."""
    value = re.sub(r"[\t\n\r]", "", value)
    return value.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
                       "\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")


def allowed_url(value, own_files, svg_picture=False):
    url = browser_url(value)
    if url.startswith("#"):
        return True
    if svg_picture and re.match(r"data:image/(png|jpeg);base64,", url):
        return True
    if url in own_files:
        return True
    scheme = urlsplit(url).scheme.lower() if ":" in url else ""
    return scheme in ALLOWED_SCHEMES


def unsafe_markup(root, own_files=(), page=False):
    """What in a parsed document or fragment could run script or load something from elsewhere."""
    found = []
    for e in root.iter():
        if not isinstance(e.tag, str) or e.tag == "DOCUMENT_FRAGMENT":
            continue
        if e.tag.startswith(NS):
            name = e.tag[len(NS):]
            if name not in HTML_ELEMENTS:
                found.append(f"element <{name}>")
            if name == "meta" and page and not (e.get("charset") or e.get("name") == "viewport" or
                                                 e.get("http-equiv") == "Content-Security-Policy"):
                found.append("meta " + json.dumps(dict(e.attrib)))
            if name == "link" and (e.get("rel") != "stylesheet" or e.get("href") != "style.css"):
                found.append("link " + json.dumps(dict(e.attrib)))
        elif e.tag.startswith(SVG):
            name = e.tag[len(SVG):]
            if name not in SVG_ELEMENTS:
                found.append(f"svg element <{name}>")
        else:
            found.append(f"element {e.tag}")
        for attribute, value in e.attrib.items():
            local = attribute.split("}")[-1].lower()
            if local.startswith("on"):
                found.append(f"handler {local}={value!r}")
            elif local == "style":
                found.append(f"style attribute {value!r}")
            elif local in URL_ATTRIBUTES and not allowed_url(value, own_files, e.tag == SVG + "image"):
                found.append(f"address {local}={value!r}")
            elif (e.tag.startswith(SVG) or local == "background") and "url(" in value.replace(" ", "").lower() \
                    and not re.fullmatch(r"\s*url\(#[^)]*\)\s*", value):
                found.append(f"url() in {local}={value!r}")
    return found


def parse(text):
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
    doc = parser.parse(text)
    errors = [html5lib.constants.E.get(code, code) % (data or {}) for _, code, data in parser.errors]
    return doc, errors


def check_page(folder):
    folder = Path(folder).resolve()
    page = folder / "index.html"
    text = page.read_text(encoding="utf-8")
    doc, errors = parse(text)
    csp = [e.get("content") for e in doc.iter()
           if e.tag == NS + "meta" and (e.get("http-equiv") or "").lower() == "content-security-policy"]
    own = {"style.css"} | {"pictures/" + p.name for p in (folder / "pictures").glob("*")}
    out = {"parseErrors": errors, "csp": csp, "unsafe": unsafe_markup(doc, own, page=True)}
    # The planted texts begin with "Felt-<field>": which of them the page shows, as text or as a
    # picture's alternative text.
    shown = " ".join(doc.itertext()) + " " + " ".join(e.get("alt") or "" for e in doc.iter() if isinstance(e.tag, str))
    out["fieldsSeen"] = sorted(set(re.findall(r"Felt-[a-z]+", shown)))
    out["markers"] = markers(chromium_dom(page.as_uri()))
    # The same page without its policy, every handler fired: what the sanitiser let through.
    copy = folder / ".attack-check.html"
    bare = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", text)
    out["policyRemoved"] = bare != text
    copy.write_text(bare.replace("</body>", ACTIVATOR + "</body>"), encoding="utf-8")
    try:
        dom = chromium_dom(copy.as_uri())
    finally:
        copy.unlink()
    out["markersWithoutPolicy"] = markers(dom)
    out["activated"] = "data-activated-page" in markers(dom, "data-activated-")
    out["pictures"] = {p.name: markers(chromium_dom(p.as_uri()))
                       for p in sorted((folder / "pictures").glob("*.svg"))}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def control(vectors_file, csp=None):
    vectors = json.loads(Path(vectors_file).read_text(encoding="utf-8"))
    out = {}
    with tempfile.TemporaryDirectory() as work:
        for name, policy in (("markers", None), ("markersUnderPolicy", csp)):
            if name == "markersUnderPolicy" and not csp:
                continue
            head = "<meta charset=\"utf-8\">"
            if policy:
                head += f"<meta http-equiv=\"Content-Security-Policy\" content=\"{html.escape(policy)}\">"
            frames = []
            for i, v in enumerate(vectors):
                inner = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><main>" + v["payload"] + \
                        "</main>" + ACTIVATOR + "</body></html>"
                frames.append(f"<iframe id=\"v{i}\" srcdoc=\"{html.escape(inner, quote=True)}\"></iframe>")
            page = Path(work) / f"{name}.html"
            page.write_text(f"<!DOCTYPE html><html><head>{head}<title>control</title></head><body>" +
                            "\n".join(frames) + ACTIVATOR + "</body></html>", encoding="utf-8")
            dom = chromium_dom(page.as_uri())
            out[name] = markers(dom)
            out[name.replace("markers", "activated")] = len(markers(dom, "data-activated-v"))
    print(json.dumps(out, ensure_ascii=False))
    return 0


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    mode = sys.argv[1]
    if mode == "page" and len(sys.argv) == 3:
        return check_page(sys.argv[2])
    if mode == "control" and len(sys.argv) in (3, 4):
        return control(sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None)
    if mode == "svg" and len(sys.argv) == 3:
        print(json.dumps({"markers": markers(chromium_dom(Path(sys.argv[2]).resolve().as_uri()))}))
        return 0
    if mode == "fragments":
        result = []
        for fragment in json.load(sys.stdin):
            parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
            result.append(unsafe_markup(parser.parseFragment(fragment)))
        print(json.dumps({"unsafe": result}, ensure_ascii=False))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
