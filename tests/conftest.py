"""Test-session plumbing: say loudly when the browser tests could not run."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    browser = [r for r in skipped if "test_browser" in str(getattr(r, "nodeid", "")) or
               "test_browser" in str(getattr(r, "location", ("",))[0])]
    if not browser:
        return
    reason = str(browser[0].longrepr[-1]) if isinstance(browser[0].longrepr, tuple) else str(browser[0].longrepr)
    tr = terminalreporter
    tr.write_sep("!", "BROWSER TESTS SKIPPED: the web UI was NOT tested", red=True, bold=True)
    tr.write_line(f"  reason: {reason}", red=True)
    tr.write_line("  to run them: sudo apt-get install chromium   (Debian/Ubuntu; rasd drives the "
                  "system Chromium at /usr/bin/chromium, it never downloads a browser)", red=True)
