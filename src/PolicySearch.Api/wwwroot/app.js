// PolicySearch page enhancements. The pages work without this file; it adds: the 长者模式 and 简体/繁體
// switches in place (remembered in localStorage and a cookie the server reads for the first paint),
// submitting filters and sort as soon as they change, search suggestions as an ARIA combobox, and the
// 复制引用 button. No framework, no inline handlers (the pages send a strict CSP).
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  // ---- Display settings -------------------------------------------------------------------------
  var settings = {
    elder: { cookie: "ps-elder", on: "1", off: "0", className: "elder", label: "长者模式" },
    script: { cookie: "ps-script", on: "hant", off: "hans", className: "hant", label: "繁體" }
  };
  var originals = new Map();
  var s2t = null;

  function remember(setting, on) {
    var value = on ? setting.on : setting.off;
    try { localStorage.setItem(setting.cookie, value); } catch (e) { /* storage may be off: the cookie still holds it */ }
    document.cookie = setting.cookie + "=" + value + "; path=/; max-age=31536000; samesite=lax";
  }

  function stored(setting) {
    try { return localStorage.getItem(setting.cookie); } catch (e) { return null; }
  }

  function loadMap() {
    if (s2t) { return Promise.resolve(s2t); }
    return fetch("/s2t.txt").then(function (r) { return r.text(); }).then(function (text) {
      var chars = Array.from(text.trim());
      s2t = new Map();
      for (var i = 0; i + 1 < chars.length; i += 2) { s2t.set(chars[i], chars[i + 1]); }
      return s2t;
    });
  }

  function textNodes() {
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("script, style, textarea") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    return nodes;
  }

  function convert(text, map) {
    return Array.from(text, function (c) { return map.get(c) || c; }).join("");
  }

  function showTraditional(on) {
    if (!on) {
      originals.forEach(function (text, node) { node.nodeValue = text; });
      originals.clear();
      if (originals.title) { document.title = originals.title; }
      root.lang = "zh-CN";
      return Promise.resolve();
    }
    return loadMap().then(function (map) {
      textNodes().forEach(function (node) {
        if (!originals.has(node)) { originals.set(node, node.nodeValue); }
        node.nodeValue = convert(originals.get(node), map);
      });
      originals.title = originals.title || document.title;
      document.title = convert(originals.title, map);
      root.lang = "zh-Hant";
    });
  }

  function apply(name, on) {
    var setting = settings[name];
    root.classList.toggle(setting.className, on);
    var control = document.querySelector(".display-switch [data-setting='" + name + "']");
    if (control) { control.setAttribute("aria-pressed", on ? "true" : "false"); }
    return name === "script" ? showTraditional(on) : Promise.resolve();
  }

  Object.keys(settings).forEach(function (name) {
    var setting = settings[name];
    var value = stored(setting);
    var on = value === null ? root.classList.contains(setting.className) : value === setting.on;
    var control = document.querySelector(".display-switch [data-setting='" + name + "']");
    if (control) {
      control.textContent = setting.label;
      control.setAttribute("role", "button");
      control.setAttribute("lang", name === "script" ? "zh-Hant" : "zh-CN");
      control.addEventListener("click", function (event) {
        event.preventDefault();
        var next = control.getAttribute("aria-pressed") !== "true";
        remember(setting, next);
        apply(name, next);
      });
      control.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); control.click(); }
      });
    }
    if (value !== null) { remember(setting, on); }
    apply(name, on);
  });

  // ---- Filters and sort: submit on change, leave empty fields out of the address ------------------
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function (event) {
      var type = event.target.type;
      if (type === "checkbox" || event.target.tagName === "SELECT") { form.requestSubmit(); }
    });
    form.addEventListener("formdata", function (event) {
      Array.from(event.formData.keys()).forEach(function (key) {
        var kept = event.formData.getAll(key).filter(function (value) { return value !== ""; });
        event.formData.delete(key);
        kept.forEach(function (value) { event.formData.append(key, value); });
      });
      if (!event.formData.has("q")) { event.formData.set("q", ""); }
    });
  });

  var details = document.querySelector(".filter-details");
  if (details && !details.dataset.active && window.matchMedia("(max-width: 48rem)").matches) {
    details.open = false;
  }

  // ---- 复制引用 -------------------------------------------------------------------------------------
  var citation = document.getElementById("citation-text");
  if (citation) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-citation";
    button.textContent = "复制引用";
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    citation.parentElement.append(button, status);
    button.addEventListener("click", function () {
      var text = originals.get(citation.firstChild) || citation.textContent;
      var done = function () { status.textContent = "已复制：" + text; };
      var failed = function () {
        window.getSelection().selectAllChildren(citation);
        status.textContent = "无法自动复制，已选中引用，请按 Ctrl+C 复制。";
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, failed);
      } else {
        failed();
      }
    });
  }

  // ---- Suggestions: an ARIA 1.2 combobox on the search box -----------------------------------------
  var input = document.getElementById("q");
  if (input && window.fetch) {
    var list = document.createElement("ul");
    list.id = "q-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "检索建议");
    list.hidden = true;
    input.parentElement.append(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    var items = [];
    var active = -1;
    var timer = 0;
    var latest = "";

    var close = function () {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    var highlight = function (index) {
      active = index;
      Array.from(list.children).forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
      if (index < 0) { input.removeAttribute("aria-activedescendant"); } else { input.setAttribute("aria-activedescendant", list.children[index].id); }
    };
    var choose = function (item) {
      close();
      if (item.kind === "title" && item.id) {
        window.location.href = "/documents/" + encodeURIComponent(item.id);
      } else {
        window.location.href = "/?q=&issuer=" + encodeURIComponent(item.text);
      }
    };
    var render = function (found) {
      items = found;
      list.replaceChildren();
      found.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = "q-option-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var text = document.createElement("span");
        text.textContent = item.text;
        var kind = document.createElement("span");
        kind.className = "suggestion-kind";
        kind.textContent = item.kind === "issuer" ? "发布机构" : "文件";
        li.append(text, kind);
        li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(item); });
        list.append(li);
      });
      if (found.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(-1);
    };
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var prefix = input.value.trim();
      latest = prefix;
      highlight(-1);
      if (prefix.length === 0 || prefix.length > 100) { close(); return; }
      timer = window.setTimeout(function () {
        fetch("/api/suggest?q=" + encodeURIComponent(prefix) + "&size=8")
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          // A reply that arrives while the reader is moving through the list shown does not replace it:
          // Enter opens the option they see selected, not a plain search.
          .then(function (body) { if (prefix === latest && active < 0) { render(body.suggestions || []); } })
          .catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown" && open) {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(items[active]);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }
})();
