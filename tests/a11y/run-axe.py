#!/usr/bin/python3
"""Runs axe-core over a web report in headless Chromium and prints what it finds.

    tests/a11y/run-axe.py FOLDER        # FOLDER holds index.html

axe-core (tests/a11y/node_modules, installed by scripts/install-deps.sh with npm ci) is added to
a copy of the page (without the page's Content-Security-Policy, which would refuse it), which
Chromium loads from the file system with nothing from the network; the violations come back
through the page's DOM. Exit status: 0 no violations, 1 violations (listed),
2 the check could not run.
"""

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(sys.argv[1]).resolve()
    page = folder / "index.html"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not page.exists() or not AXE.exists() or not chromium:
        print(f"cannot run: page {page.exists()}, axe-core {AXE.exists()}, chromium {chromium}", file=sys.stderr)
        return 2
    copy = folder / ".axe-check.html"
    runner = ("<script src=\"" + AXE.as_uri() + "\"></script>\n<script>\n"
              "axe.run(document, {resultTypes: ['violations']}).then(function (r) {\n"
              "  var p = document.createElement('pre'); p.id = 'axe-result';\n"
              "  p.textContent = JSON.stringify(r.violations); document.body.appendChild(p);\n"
              "}).catch(function (e) {\n"
              "  var p = document.createElement('pre'); p.id = 'axe-result'; p.textContent = 'ERROR ' + e;\n"
              "  document.body.appendChild(p);\n});\n</script>\n")
    text = page.read_text(encoding="utf-8")
    # The page's Content-Security-Policy forbids scripts, axe-core's too: this private copy leaves
    # it out (the published page keeps it).
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", text)
    copy.write_text(text.replace("</body>", runner + "</body>"), encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory() as profile:
            done = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                   f"--user-data-dir={profile}", "--allow-file-access-from-files",
                                   "--virtual-time-budget=30000", "--dump-dom", copy.as_uri()],
                                  capture_output=True, text=True, timeout=180)
    finally:
        copy.unlink()
    m = re.search(r'<pre id="axe-result">(.*?)</pre>', done.stdout, re.S)
    if not m:
        print("axe-core gave no result:\n" + done.stderr[-2000:], file=sys.stderr)
        return 2
    result = html.unescape(m.group(1))
    if result.startswith("ERROR"):
        print(result, file=sys.stderr)
        return 2
    violations = json.loads(result)
    for v in violations:
        print(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            print("    " + " ".join(node["target"]) + ": " + node.get("failureSummary", "").replace("\n", " "))
    print(f"{len(violations)} violations")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
