/*
 * Moderation queue: keyboard decisions without a page reload.
 *
 * j / k move focus between comments, a approves, 1-7 reject with the Nth
 * guideline (the buttons carry data-shortcut). Clicking a decision button
 * uses the same path. Decisions POST the item's own form with
 * "Accept: application/json"; the decided comment is removed and the result
 * is announced in the aria-live region. Without this script the forms post
 * normally and the server redirects back to the queue.
 */
(function () {
  "use strict";

  var queue = document.getElementById("queue");
  if (!queue) {
    return;
  }
  var announcer = document.getElementById("announcer");
  // Sentences come translated from the page (data-* on the announcer); English if absent.
  function text(name, fallback) {
    return (announcer && announcer.dataset[name]) || fallback;
  }
  var pending = document.getElementById("pending-count");

  function items() {
    return Array.prototype.slice.call(queue.querySelectorAll(".queue-item"));
  }

  function currentItem() {
    var active = document.activeElement;
    return active && active.closest ? active.closest(".queue-item") : null;
  }

  function focusItem(item) {
    if (item) {
      item.focus();
      item.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    var list = items();
    if (!list.length) {
      return;
    }
    var at = list.indexOf(currentItem());
    var next = at === -1 ? 0 : Math.min(Math.max(at + step, 0), list.length - 1);
    focusItem(list[next]);
  }

  function announce(text) {
    // Clearing first makes screen readers repeat an identical message.
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  }

  function removeItem(item) {
    var list = items();
    var at = list.indexOf(item);
    var neighbour = list[at + 1] || list[at - 1] || null;
    item.remove();
    if (pending && /^\d+$/.test(pending.textContent.trim())) {
      pending.textContent = String(Math.max(0, parseInt(pending.textContent, 10) - 1));
    }
    if (neighbour) {
      focusItem(neighbour);
    } else {
      var empty = document.createElement("p");
      empty.className = "empty";
      empty.tabIndex = -1;
      empty.textContent = text("empty", "Nothing left on this page. Reload for more.");
      queue.replaceWith(empty);
      empty.focus();
    }
  }

  function decide(item, decision) {
    var form = item && item.querySelector("form.decide");
    if (!form || item.getAttribute("aria-busy") === "true") {
      return;
    }
    item.setAttribute("aria-busy", "true");
    var body = new FormData(form);
    body.set("decision", decision);
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": body.get("csrfmiddlewaretoken") || "" },
    })
      .then(function (response) {
        // A lapsed session redirects to the login page (HTML), which must not count as a decision.
        return response.json().then(
          function (data) { return { status: response.status, data: data }; },
          function () { return { status: response.status, data: { message: text("reload", "please reload the page (logged out?)") } }; }
        );
      })
      .then(function (result) {
        var message = result.data.message || text("serverAnswered", "The server answered %s.").replace("%s", String(result.status));
        if ((result.status === 200 && result.data.ok === true) || result.status === 409) {
          // 409: someone else decided first; the comment no longer belongs in the queue.
          announce(message);
          removeItem(item);
        } else {
          item.removeAttribute("aria-busy");
          announce(text("notSaved", "Not saved:") + " " + message);
        }
      })
      .catch(function () {
        item.removeAttribute("aria-busy");
        announce(text("notSaved", "Not saved:") + " " + text("unreachable", "the server could not be reached."));
      });
  }

  queue.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || button.name !== "decision") {
      return;
    }
    event.preventDefault();
    decide(event.target.closest(".queue-item"), button.value);
  });

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && target.closest && target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    var key = event.key;
    if (key === "j" || key === "k") {
      event.preventDefault();
      move(key === "j" ? 1 : -1);
      return;
    }
    if (key !== "a" && !/^[1-9]$/.test(key)) {
      return;
    }
    var item = currentItem();
    if (!item) {
      announce("Press j to choose a comment first.");
      return;
    }
    var button = item.querySelector('button[data-shortcut="' + key + '"]');
    if (button) {
      event.preventDefault();
      decide(item, button.value);
    }
  });
})();
