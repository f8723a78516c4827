"""Steps shared by the hosting tests (sub-path, SCORM, offline): search, answer, watch the network."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from playwright.sync_api import Frame, Page, expect

from conftest import ours

QUIZ_KEY = "voorbeeld/voorbeeld-quiz"


def search_for(page: Page | Frame, word: str) -> None:
    """Type `word` in the site search until results show (the index loads in a worker after the page)."""
    field = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item")
    for _ in range(20):
        field.click()
        field.fill("")
        field.press_sequentially(word)
        try:
            results.first.wait_for(state="visible", timeout=1000)
            return
        except Exception:  # the worker was not ready for this query yet: type it again
            continue
    expect(results.first).to_be_visible()


def answer_first_question(page: Page | Frame) -> None:
    """Choose the right answer to the fixture quiz's first question and check it."""
    item = page.locator(f'[data-ld-key="{QUIZ_KEY}"] [data-ld-item="vragen-of-vertellen"]')
    item.get_by_label("Ik vraag hoe hij het zelf zou aanpakken.").check()
    item.get_by_role("button", name="Controleer").click()
    expect(item).to_have_class(re.compile(r"\bld-question--right\b"))


def first_question_restored(page: Page | Frame) -> None:
    """The first question shows the answer chosen earlier, checked, with its verdict."""
    item = page.locator(f'[data-ld-key="{QUIZ_KEY}"] [data-ld-item="vragen-of-vertellen"]')
    expect(item.get_by_label("Ik vraag hoe hij het zelf zou aanpakken.")).to_be_checked()
    expect(item).to_have_class(re.compile(r"\bld-question--right\b"))


class Traffic:
    """Every request and failed response of a page (and its frames), for assertions about hosts and paths."""

    def __init__(self, page: Page):
        self.requests: list[str] = []
        self.failures: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("response", lambda response: response.status >= 400 and self.failures.append(f"{response.status} {response.url}"))
        page.on("pageerror", lambda error: ours(str(error)) and self.errors.append(str(error)))
        page.on("console", lambda message: message.type in ("error", "warning") and ours(message.text)
                and self.errors.append(message.text))

    def other_hosts(self) -> list[str]:
        """Requests to any host but this machine (file:// and data: count as local)."""
        return [url for url in self.requests
                if urlparse(url).scheme in ("http", "https", "ws", "wss") and urlparse(url).hostname not in ("127.0.0.1", "localhost")]

    def outside(self, prefix: str) -> list[str]:
        """Requests to this machine whose path is not under `prefix`."""
        return [url for url in self.requests if urlparse(url).scheme in ("http", "https") and not urlparse(url).path.startswith(prefix)]
