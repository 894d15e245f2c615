/* The translator's workbench in the issue editor (issues/workbench/).
 *
 * The server renders each piece's source (data-piece-source, data-target-path) in the language
 * tab. This script puts it beside that piece's input, found by Wagtail's data-contentpath chain
 * (the target's own block ids), and marks the piece's container with data-piece and
 * data-language for other features (translation memory suggestions) to attach to. It also
 * jumps to the next untranslated or outdated piece and keeps the chosen tab across reloads.
 */
(() => {
  "use strict";

  const byPath = (root, part) => {
    for (const candidate of root.querySelectorAll(`[data-contentpath="${CSS.escape(part)}"]`)) {
      return candidate;
    }
    return null;
  };

  const findTarget = (path) => {
    const [field, ...rest] = path.split("/");
    let element = byPath(document, field);
    for (const part of rest) {
      if (!element) return null;
      element = byPath(element, part);
    }
    return element;
  };

  // A stream child or list item: its content, not its header and block toolbar.
  const containerOf = (element) =>
    element.querySelector(":scope > .w-panel__content, :scope > [id$='-section'] > .w-panel__content") ||
    element;

  const sourceText = (box) => box.querySelector(".workbench-source__text")?.innerText.trim() || "";

  const targetText = (container) => {
    const inputs = container.querySelectorAll(
      "input[type=text], textarea, [contenteditable=true]",
    );
    return [...inputs]
      .map((input) => ("value" in input ? input.value : input.innerText))
      .join(" ")
      .trim();
  };

  const place = () => {
    for (const box of document.querySelectorAll(".workbench-unplaced > .workbench-source")) {
      const path = box.dataset.targetPath;
      const target = path && findTarget(path);
      if (!target) continue;
      const container = containerOf(target);
      container.classList.add("workbench-piece");
      container.dataset.piece = box.dataset.pieceSource;
      container.dataset.language = box.dataset.sourceFor;
      container.dataset.pieceState = box.dataset.pieceState;
      container.prepend(box);
    }
  };

  // Typing a translation marks the piece translated (the server recounts on save).
  document.addEventListener("input", (event) => {
    const container = event.target.closest?.(".workbench-piece");
    if (!container) return;
    const box = container.querySelector(":scope > .workbench-source");
    const text = targetText(container);
    const state = text && text !== sourceText(box) ? "translated" : "untranslated";
    if (container.dataset.pieceState !== "outdated" || state === "translated") {
      container.dataset.pieceState = state;
    }
  });

  const reveal = (element) => {
    // Open a collapsed block and the tab holding it.
    for (let node = element; node; node = node.parentElement) {
      if (node.hidden && node.matches(".w-panel__content")) {
        node.parentElement.querySelector(":scope > .w-panel__header [aria-expanded=false]")?.click();
      }
      if (node.matches?.("[role=tabpanel][hidden]")) {
        document.querySelector(`[aria-controls="${node.id}"]`)?.click();
      }
    }
  };

  document.addEventListener("click", (event) => {
    const button = event.target.closest?.("[data-workbench-next]");
    if (!button) return;
    const code = button.dataset.workbenchNext;
    const waiting = [
      ...document.querySelectorAll(`[data-piece][data-language="${CSS.escape(code)}"]`),
    ].filter((piece) => piece.dataset.pieceState !== "translated");
    if (!waiting.length) return;
    const current = document.querySelector(".workbench-piece--current");
    const after = waiting.findIndex(
      (piece) =>
        current && current.compareDocumentPosition(piece) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const next = waiting[after >= 0 ? after : 0];
    current?.classList.remove("workbench-piece--current");
    next.classList.add("workbench-piece--current");
    reveal(next);
    next.scrollIntoView({ block: "center" });
    next.querySelector("input[type=text], textarea, [contenteditable=true]")?.focus({
      preventScroll: true,
    });
  });

  // The tab stays the one the user chose, across saves, autosave reloads and "copy structure"
  // (a translator's own language opens first: the server sets it as the active tab).
  const tabKey = () => `csrs-workbench-tab:${window.location.pathname}`;
  document.addEventListener("click", (event) => {
    const tab = event.target.closest?.("[role=tab][aria-controls]");
    if (tab) window.sessionStorage.setItem(tabKey(), tab.getAttribute("aria-controls"));
  });
  const restoreTab = () => {
    if (window.location.hash) return;
    const chosen = window.sessionStorage.getItem(tabKey());
    const tab = chosen && document.querySelector(`[role=tab][aria-controls="${CSS.escape(chosen)}"]`);
    if (tab && tab.getAttribute("aria-selected") !== "true") tab.click();
  };

  // A translator's and reviewer's tab strip: the original, their own languages, and the others
  // behind "Show other languages" (they are read-only for them anyway).
  const hideOtherLanguages = () => {
    const tabs = document.querySelector("[data-workbench-other-languages]");
    const others = tabs?.dataset.workbenchOtherLanguages.split(" ").filter(Boolean) || [];
    const links = others
      .map((code) => tabs.querySelector(`[role=tab][aria-controls="tab-${CSS.escape(code)}"]`))
      .filter(Boolean);
    if (!links.length || links.some((link) => link.getAttribute("aria-selected") === "true")) {
      return;
    }
    for (const link of links) link.hidden = true;
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "button button-small button-secondary workbench-show-languages";
    toggle.dataset.workbenchShowLanguages = "";
    toggle.textContent = tabs.dataset.workbenchShowLabel;
    toggle.addEventListener("click", () => {
      for (const link of links) link.hidden = false;
      toggle.remove();
    });
    tabs.querySelector("[role=tablist]")?.append(toggle);
  };


  // Translation memory in the editor (issues/memory/): one request per language tab, fetched
  // when the tab is first shown; each empty piece of that language lists its best matches with
  // the difference between the match's source and this piece's, and a "Use" button that fills
  // the piece's input (the editor's own Save/autosave then stores it). Source panes mark the
  // glossary terms they contain with the approved target form.
  const memory = {}; // language code -> response (or "pending")

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const markTerms = (box, terms) => {
    const text = box.querySelector(".workbench-source__text");
    if (!text || !terms.length || text.dataset.memoryTerms) return;
    text.dataset.memoryTerms = "";
    for (const term of terms) {
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      for (const node of nodes) {
        if (node.parentElement.closest("mark.workbench-term")) continue;
        const at = node.data.indexOf(term.source);
        if (at < 0) continue;
        const found = node.splitText(at);
        found.splitText(term.source.length);
        const mark = element("mark", "workbench-term");
        mark.dataset.termTarget = term.target;
        mark.title = term.target;
        mark.append(found.cloneNode());
        const form = element("span", "workbench-term__target", term.target);
        form.lang = box.dataset.sourceFor;
        form.dir = "auto";
        mark.append(form);
        found.replaceWith(mark);
        break;
      }
    }
  };

  const fillPiece = (container, value, note) => {
    const plainInput = container.querySelector("input[type=text], textarea");
    if (plainInput) {
      plainInput.value = value;
      plainInput.dispatchEvent(new Event("input", { bubbles: true }));
      plainInput.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    }
    // Draftail: typing the match into the editor goes through Draft.js's own input
    // handling, so its state and the hidden field follow; formatting is not carried over.
    const rich = container.querySelector("[contenteditable=true]");
    if (!rich) return false;
    rich.focus();
    // Replace what is there (empty, or the source text a structure copy left).
    document.execCommand("selectAll");
    const done = document.execCommand("insertText", false, value);
    if (done && note) container.querySelector(".workbench-memory")?.append(element("p", "help", note));
    return done;
  };

  const showMatches = (container, piece, labels) => {
    const box = container.querySelector(":scope > .workbench-source");
    if (!box || box.querySelector(".workbench-memory")) return;
    markTerms(box, piece.terms || []);
    // Untranslated as the workbench counts it: empty, or still the copied source text.
    const current = targetText(container);
    if (!piece.matches.length || (current && current !== sourceText(box))) return;
    const list = element("div", "workbench-memory");
    list.dataset.memoryFor = piece.id;
    list.append(element("p", "workbench-memory__heading", labels.heading));
    for (const match of piece.matches) {
      const row = element("div", "workbench-memory__match");
      row.dataset.score = match.score;
      if (match.exact) row.dataset.exact = "";
      row.append(element("span", "workbench-memory__score", match.exact ? labels.exact : `${Math.round(match.score)}%`));
      const diff = element("div", "workbench-memory__diff");
      diff.lang = box.querySelector(".workbench-source__text")?.lang || "";
      diff.dir = "auto";
      for (const [op, words] of match.diff) {
        const tag = op === "insert" ? "ins" : op === "delete" ? "del" : "span";
        diff.append(element(tag, "", words), " ");
      }
      const target = element("div", "workbench-memory__target", match.target);
      target.lang = container.dataset.language;
      target.dir = "auto";
      const use = element("button", "button button-small workbench-memory__use", labels.use);
      use.type = "button";
      use.title = labels.useTitle;
      use.addEventListener("click", () => {
        if (fillPiece(container, match.target, labels.richNote)) {
          container.dataset.pieceState = "translated";
          row.dataset.used = "";
        }
      });
      row.append(diff, target, use);
      list.append(row);
    }
    box.append(list);
  };

  const applyMemory = (code) => {
    const data = memory[code];
    if (!data || data === "pending") return;
    for (const piece of data.pieces) {
      const container = document.querySelector(
        `.workbench-piece[data-piece="${CSS.escape(piece.id)}"][data-language="${CSS.escape(code)}"]`,
      );
      if (container) showMatches(container, piece, data.labels);
    }
  };

  const loadMemory = (code) => {
    if (!code || memory[code]) return;
    const panel = document.querySelector(
      `[data-source-panel-for="${CSS.escape(code)}"][data-memory-url]`,
    );
    if (!panel) return;
    memory[code] = "pending";
    fetch(panel.dataset.memoryUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((data) => {
        data.labels = {
          heading: panel.dataset.memoryHeading,
          use: panel.dataset.memoryUse,
          useTitle: panel.dataset.memoryUseTitle,
          exact: panel.dataset.memoryExact,
          richNote: panel.dataset.memoryRichNote,
        };
        memory[code] = data;
        applyMemory(code);
      })
      .catch(() => {
        delete memory[code];
      });
  };

  const shownLanguages = () => {
    const codes = new Set();
    for (const panel of document.querySelectorAll("[data-source-panel-for][data-memory-url]")) {
      if (!panel.closest("[role=tabpanel][hidden]")) codes.add(panel.dataset.sourcePanelFor);
    }
    return codes;
  };
  const loadShown = () => {
    for (const code of shownLanguages()) loadMemory(code);
  };
  document.addEventListener("click", (event) => {
    if (event.target.closest?.("[role=tab][aria-controls]")) window.setTimeout(loadShown, 0);
  });
  // Escape closes Wagtail's date picker (jQuery xdsoft), as it closes other admin popups.
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || !window.jQuery) return;
      const open = [...document.querySelectorAll(".xdsoft_datetimepicker")].filter(
        (picker) => window.getComputedStyle(picker).display !== "none",
      );
      for (const picker of open) window.jQuery(picker).trigger("close.xdsoft");
    },
    true,
  );

  const start = () => {
    place();
    restoreTab();
    hideOtherLanguages();
    loadShown();
    // Blocks added, or rendered late, get their source as they appear.
    let pending = null;
    new MutationObserver(() => {
      if (pending || !document.querySelector(".workbench-unplaced > .workbench-source")) return;
      pending = window.setTimeout(() => {
        pending = null;
        place();
        for (const code of Object.keys(memory)) applyMemory(code);
      }, 100);
    }).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
