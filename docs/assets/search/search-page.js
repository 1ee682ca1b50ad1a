// Full-text search with Pagefind (see build_tools/search.py and
// benchmarks/search_study.md for why not Material's built-in search).
//
// Loaded on every page through `extra_javascript`, but it does nothing unless
// the page holds <div id="pagefind-search">: only then are Pagefind's own UI
// script and stylesheet (written into site/pagefind/ by the indexer) fetched,
// so other pages pay nothing. Everything is served by the site itself.
(function () {
  "use strict";

  // This script lives at <site>/assets/search/search-page.js: the site root is
  // found from its own address, so the site works under any sub-path.
  var self = document.currentScript;
  var siteRoot = new URL("../../", self ? self.src : location.href);
  var bundle = new URL("pagefind/", siteRoot);
  var loading = null;

  function loadUi() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = new URL("pagefind-ui.css", bundle).href;
      document.head.appendChild(css);
      var js = document.createElement("script");
      js.src = new URL("pagefind-ui.js", bundle).href;
      js.onload = resolve;
      js.onerror = function () {
        reject(new Error("search index missing: run python -m build_tools build"));
      };
      document.head.appendChild(js);
    });
    return loading;
  }

  // A large archive's articles are indexed in shares, each a bundle of its own
  // (build_tools/search.py); pagefind/shards.json names them, and Pagefind
  // merges them into one ranked list.
  var shards = null;

  function loadShards() {
    if (shards) return shards;
    shards = fetch(new URL("shards.json", bundle).href).then(function (response) {
      if (!response.ok) throw new Error("search index incomplete (shards.json: " + response.status + ")");
      return response.json();
    }).then(function (names) {
      return names.map(function (name) {
        return { bundlePath: new URL(name + "/", siteRoot).pathname };
      });
    });
    shards.catch(function () { shards = null; });
    return shards;
  }

  function showProblem(box, error) {
    box.textContent = "Search is unavailable: " + error.message;
  }

  function start() {
    var box = document.getElementById("pagefind-search");
    if (!box || box.dataset.started) return;
    box.dataset.started = "yes";
    Promise.all([loadUi(), loadShards()]).then(function (loaded) {
      var ui = new window.PagefindUI({
        mergeIndex: loaded[1],
        element: box,
        bundlePath: bundle.pathname,
        // Result URLs are stored from the site root; prefix them with where the site lives.
        baseUrl: siteRoot.pathname,
        showImages: false,
        showSubResults: false,
        // 300 ms by default; measured first results came ~0.2 s sooner at 100.
        debounceTimeoutMs: 100,
        autofocus: true,
      });
      var query = new URLSearchParams(location.search).get("q");
      if (query) ui.triggerSearch(query);
    }, function (error) {
      showProblem(box, error);
    });
  }

  // Material's instant navigation swaps pages without reloading: `document$`
  // emits on each one. Without Material, the ordinary load event does.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
