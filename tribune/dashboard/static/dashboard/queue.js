/*
 * Moderation queue: keyboard decisions, selection and bulk decisions without a page reload.
 *
 *   j / k     move focus between comments
 *   x         select or unselect the focused comment (the checkbox of the bulk form)
 *   a         approve: the selected comments when any are selected, else the focused one
 *   r, 1-9    reject for the Nth guideline (r first is optional; it highlights the
 *             reject buttons until a digit or Esc); same target rule as a
 *   o         open the focused comment on its own page
 *   ?         show or hide the shortcuts dialog; Esc cancels reject or closes it
 *
 * One comment is decided by POSTing its own form with "Accept: application/json";
 * several go through the bulk form. Decided (and already-decided) comments are
 * removed, focus moves to the next one, and the result is announced in the
 * aria-live region. On a single comment's page (data-next on the list) a decision
 * opens the next comment instead. Without this script every form posts normally.
 */
(function () {
  "use strict";

  var queue = document.getElementById("queue");
  if (!queue) {
    return;
  }
  var announcer = document.getElementById("announcer");
  var pending = document.getElementById("pending-count");
  var bulkForm = document.getElementById("bulk-form");
  var selectAll = document.getElementById("select-all");
  var selectedCount = document.getElementById("selected-count");
  var help = document.getElementById("shortcuts-dialog");
  var rejecting = [];
  var texts = document.getElementById("queue-text");

  // Sentences come translated from the page (data-* on #queue-text); "{n}" or "{message}" is filled in.
  function text(name, fallback, value) {
    var template = (texts && texts.dataset[name]) || fallback;
    var filler = value === undefined ? "" : String(value);
    return template.replace("{n}", filler).replace("{message}", filler);
  }

  function items() {
    return Array.prototype.slice.call(queue.querySelectorAll(".queue-item"));
  }

  function commentId(item) {
    return item.id.replace("comment-", "");
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
    if (!announcer) {
      return;
    }
    // Clearing first makes screen readers repeat an identical message.
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  }

  function checkbox(item) {
    return item.querySelector("input.select-item");
  }

  function selectedItems() {
    return items().filter(function (item) {
      var box = checkbox(item);
      return box && box.checked;
    });
  }

  function updateSelection() {
    var list = items();
    var chosen = selectedItems();
    list.forEach(function (item) {
      item.classList.toggle("selected", chosen.indexOf(item) !== -1);
    });
    if (selectAll) {
      selectAll.checked = list.length > 0 && chosen.length === list.length;
      selectAll.indeterminate = chosen.length > 0 && chosen.length < list.length;
    }
    if (selectedCount) {
      selectedCount.textContent = chosen.length ? text("count", "{n} selected", chosen.length) : "";
    }
  }

  function toggleSelected(item) {
    var box = checkbox(item);
    if (box) {
      box.checked = !box.checked;
      updateSelection();
      announce(text(box.checked ? "selected" : "unselected", box.checked ? "Selected; {n} in all." : "Unselected; {n} in all.", selectedItems().length));
    }
  }

  function removeItem(item) {
    var list = items();
    var at = list.indexOf(item);
    var neighbour = list[at + 1] || list[at - 1] || null;
    var wasFocused = currentItem() === item;
    var pageId = bulkForm && bulkForm.querySelector('input[name="page_ids"][value="' + commentId(item) + '"]');
    if (pageId) {
      pageId.remove();
    }
    item.remove();
    if (pending && /^\d+$/.test(pending.textContent.trim())) {
      pending.textContent = String(Math.max(0, parseInt(pending.textContent, 10) - 1));
    }
    if (queue.dataset.next) {
      window.location.assign(queue.dataset.next);
      return;
    }
    if (neighbour) {
      if (wasFocused || !currentItem()) {
        focusItem(neighbour);
      }
    } else {
      var empty = document.createElement("p");
      empty.className = "empty";
      empty.tabIndex = -1;
      empty.textContent = text("empty", "Nothing left on this page. Reload for more.");
      queue.replaceWith(empty);
      if (bulkForm) {
        bulkForm.hidden = true;
      }
      empty.focus();
    }
    updateSelection();
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": body.get("csrfmiddlewaretoken") || "" },
    }).then(function (response) {
      // A lapsed session redirects to the login page (HTML), which must not count as a decision.
      return response.json().then(
        function (data) { return { status: response.status, data: data }; },
        function () { return { status: response.status, data: { message: text("loggedOut", "please reload the page (logged out?)") } }; }
      );
    });
  }

  function decide(item, decision) {
    var form = item && item.querySelector("form.decide");
    if (!form || item.getAttribute("aria-busy") === "true") {
      return;
    }
    item.setAttribute("aria-busy", "true");
    var body = new FormData(form);
    body.set("decision", decision);
    post(form.action, body)
      .then(function (result) {
        var message = result.data.message || text("status", "The server answered {n}.", result.status);
        if ((result.status === 200 && result.data.ok === true) || result.status === 409) {
          // 409: someone else decided first; the comment no longer belongs in the queue.
          announce(message);
          removeItem(item);
        } else {
          item.removeAttribute("aria-busy");
          announce(text("notSaved", "Not saved: {message}", message));
        }
      })
      .catch(function () {
        item.removeAttribute("aria-busy");
        announce(text("unreachable", "Not saved: the server could not be reached."));
      });
  }

  function decideMany(targets, action, guideline) {
    if (!bulkForm || !targets.length) {
      return;
    }
    var body = new FormData(bulkForm);
    ["ids", "page_ids", "select_all"].forEach(function (name) { body.delete(name); });
    targets.forEach(function (item) {
      body.append("ids", commentId(item));
      item.setAttribute("aria-busy", "true");
    });
    body.set("action", action);
    body.set("guideline", guideline || "");
    // getAttribute: the form has buttons named "action", which shadow form.action.
    post(bulkForm.getAttribute("action"), body)
      .then(function (result) {
        var data = result.data;
        if (result.status !== 200 || data.ok !== true) {
          targets.forEach(function (item) { item.removeAttribute("aria-busy"); });
          announce(text("notSaved", "Not saved: {message}", data.message || text("status", "The server answered {n}.", result.status)));
          return;
        }
        var done = data.decided.map(String).concat(data.skipped.map(function (s) { return String(s.id); }));
        targets.forEach(function (item) {
          if (done.indexOf(commentId(item)) !== -1) {
            removeItem(item);
          } else {
            item.removeAttribute("aria-busy");
          }
        });
        announce(data.message);
      })
      .catch(function () {
        targets.forEach(function (item) { item.removeAttribute("aria-busy"); });
        announce(text("unreachable", "Not saved: the server could not be reached."));
      });
  }

  function targetsOr(item) {
    var chosen = selectedItems();
    return chosen.length ? chosen : item ? [item] : [];
  }

  function approve() {
    var chosen = selectedItems();
    if (chosen.length) {
      decideMany(chosen, "approve", "");
      return;
    }
    var item = currentItem();
    if (!item) {
      announce(text("chooseFirst", "Press j to choose a comment first."));
      return;
    }
    decide(item, "approve");
  }

  function reject(key) {
    var item = currentItem() || rejecting[0] || null;
    var source = item || queue.querySelector(".queue-item");
    var button = source && source.querySelector('button[data-shortcut="' + key + '"]');
    var chosen = selectedItems();
    endRejecting();
    if (!button) {
      return false;
    }
    if (chosen.length) {
      decideMany(chosen, "reject", button.value);
    } else if (item) {
      decide(item, button.value);
    } else {
      announce(text("chooseFirst", "Press j to choose a comment first."));
    }
    return true;
  }

  function startRejecting() {
    var targets = targetsOr(currentItem());
    if (!targets.length) {
      announce(text("chooseFirst", "Press j to choose a comment first."));
      return;
    }
    endRejecting();
    rejecting = targets;
    targets.forEach(function (item) { item.classList.add("rejecting"); });
    announce(text("rejectPrompt", "Reject {n}: press the guideline's number, or Escape to cancel.", targets.length));
  }

  function endRejecting() {
    rejecting.forEach(function (item) { item.classList.remove("rejecting"); });
    rejecting = [];
  }

  function toggleHelp() {
    if (!help || typeof help.showModal !== "function") {
      return;
    }
    if (help.open) {
      help.close();
    } else {
      help.showModal();
    }
  }

  queue.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || button.name !== "decision") {
      return;
    }
    event.preventDefault();
    decide(event.target.closest(".queue-item"), button.value);
  });

  queue.addEventListener("change", function (event) {
    if (event.target.classList.contains("select-item")) {
      updateSelection();
    }
  });

  if (selectAll) {
    selectAll.addEventListener("change", function () {
      items().forEach(function (item) {
        var box = checkbox(item);
        if (box) {
          box.checked = selectAll.checked;
        }
      });
      updateSelection();
    });
  }

  if (bulkForm) {
    bulkForm.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || button.name !== "action") {
        return;
      }
      event.preventDefault();
      var chosen = selectedItems();
      if (!chosen.length) {
        announce(text("selectFirst", "Select comments first (x, or the checkboxes)."));
        return;
      }
      var guideline = bulkForm.querySelector('select[name="guideline"]');
      if (button.value === "reject" && guideline && !guideline.value) {
        announce(text("guidelineFirst", "Choose the guideline the selected comments break."));
        guideline.focus();
        return;
      }
      decideMany(chosen, button.value, guideline ? guideline.value : "");
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && target.closest && target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    var key = event.key;
    if (key === "?") {
      event.preventDefault();
      toggleHelp();
      return;
    }
    if (help && help.open) {
      return; // the dialog handles Escape itself
    }
    if (key === "Escape" && rejecting.length) {
      endRejecting();
      announce(text("cancelled", "Reject cancelled."));
      return;
    }
    if (key === "j" || key === "k") {
      event.preventDefault();
      move(key === "j" ? 1 : -1);
      return;
    }
    var item = currentItem();
    if (key === "x") {
      if (item) {
        event.preventDefault();
        toggleSelected(item);
      } else {
        announce(text("chooseFirst", "Press j to choose a comment first."));
      }
      return;
    }
    if (key === "o") {
      var link = item && item.querySelector("a.open-item");
      if (link) {
        event.preventDefault();
        window.location.assign(link.href);
      }
      return;
    }
    if (key === "a") {
      event.preventDefault();
      endRejecting();
      approve();
      return;
    }
    if (key === "r") {
      event.preventDefault();
      startRejecting();
      return;
    }
    if (/^[1-9]$/.test(key)) {
      if (!item && !rejecting.length && !selectedItems().length) {
        announce(text("chooseFirst", "Press j to choose a comment first."));
        return;
      }
      if (reject(key)) {
        event.preventDefault();
      }
    }
  });

  updateSelection();
})();
