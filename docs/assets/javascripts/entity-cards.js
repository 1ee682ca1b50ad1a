// Hover and focus cards for entity highlights.
// Each highlight carries its type in its class (entity-person, ...), its
// entity's full name in data-name when the text is a short form ("Xi"), and its
// description in `title` (the tooltip when scripts are off). A highlight that
// links to an entity page finds its number of articles in the archive-wide
// archive/entities/counts.json (next to the entity pages, fetched once, on the
// first card): the count changes with every capture added, and keeping it out
// of the pages lets the build leave unchanged pages alone. A highlight without
// a page (a name seen in one article) carries its count in data-articles. With scripts on,
// the title moves to data-description so the browser's own tooltip does not
// cover the card. Event delegation on the document keeps this working with
// Material's instant navigation, which swaps page content without reloading.
(function () {
  "use strict";
  var card = null;
  var current = null;
  var counts = {};  // counts.json URL -> promise of {entity id: number of articles}

  function highlightOf(node) {
    return node && node.closest ? node.closest("a.entity[href], span.entity[data-articles]") : null;
  }

  // The entity page is <root>/archive/entities/<id>/, the counts file beside the pages.
  function articleCount(el) {
    if (el.hasAttribute("data-articles")) {
      return Promise.resolve(Number(el.getAttribute("data-articles")));
    }
    var page = new URL(el.getAttribute("href"), document.baseURI);
    var id = page.pathname.replace(/\/$/, "").split("/").pop();
    var url = new URL("../counts.json", page).href;
    if (!counts[url]) {
      counts[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      });
      counts[url].catch(function () { delete counts[url]; });
    }
    return counts[url].then(function (table) { return table[id]; });
  }

  function typeOf(el) {
    var match = /(?:^|\s)entity-(person|organization|place|event|group)(?:\s|$)/.exec(el.className);
    return match ? match[1] : "";
  }

  function ensureCard() {
    if (!card) {
      card = document.createElement("div");
      card.className = "entity-card";
      card.setAttribute("role", "tooltip");
      card.id = "entity-card";
      card.hidden = true;
      document.body.appendChild(card);
    }
    return card;
  }

  function adoptTitle(el) {
    if (el.hasAttribute("title")) {
      el.setAttribute("data-description", el.getAttribute("title"));
      el.removeAttribute("title");
    }
  }

  function fill(el) {
    var box = ensureCard();
    box.textContent = "";
    var name = document.createElement("strong");
    name.className = "entity-card__name";
    name.textContent = el.getAttribute("data-name") || el.textContent;
    var type = document.createElement("span");
    var kind = typeOf(el);
    type.className = "entity-card__type entity-" + kind;
    type.textContent = kind;
    var description = document.createElement("p");
    description.className = "entity-card__description";
    description.textContent = el.getAttribute("data-description") || "";
    var articles = document.createElement("p");
    articles.className = "entity-card__articles";
    box.append(name, type, description, articles);
    articleCount(el).then(function (count) {
      if (current === el && typeof count === "number") {
        articles.textContent = "in " + count + (count === 1 ? " article" : " articles");
      }
    }, function () { /* no count shown rather than a wrong one */ });
    if (el.classList.contains("entity-unreviewed")) {
      var note = document.createElement("p");
      note.className = "entity-card__note";
      note.textContent = "unreviewed: found automatically";
      box.append(note);
    }
  }

  function show(el) {
    adoptTitle(el);
    fill(el);
    var box = ensureCard();
    box.hidden = false;
    var rect = el.getBoundingClientRect();
    var top = window.scrollY + rect.bottom + 6;
    var left = Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8);
    box.style.top = top + "px";
    box.style.left = Math.max(8, left) + "px";
    el.setAttribute("aria-describedby", "entity-card");
    current = el;
  }

  function hide() {
    if (card) card.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  document.addEventListener("mouseover", function (event) {
    var el = highlightOf(event.target);
    if (el && el !== current) show(el);
    else if (!el && current) hide();
  });
  document.addEventListener("focusin", function (event) {
    var el = highlightOf(event.target);
    if (el) show(el);
    else hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
})();
