// The tab's page script: signs in (Teams single sign-on, or the chosen person in local mode), builds
// the navigation for the person's role and loads the pages the app renders (HTML fragments) into
// <main>. No inline scripts, no cookies: every request carries the token in Authorization, and
// changes carry the CSRF token the session returned.
(() => {
  "use strict";
  const TEXTS = {
    sv: {
      skip: "Hoppa till innehållet", pages: "Sidor", signinTitle: "Logga in",
      signinWait: "Loggar in med ditt Teams-konto …",
      openInTeams: "Öppna fliken i Microsoft Teams. Sidan visar inget utan inloggning.",
      signinFailed: "Inloggningen misslyckades. Försök igen; hjälper det inte, stäng och öppna fliken igen.",
      localNote: "Lokalt läge: ingen inloggning. Välj vem du vill vara för att prova fliken.",
      whoAreYou: "Vem är du?", signIn: "Logga in", retry: "Försök igen",
      overview: "Översikt", remissvar: "Remissvar", inspel: "Inspel", meetings: "Möten och påminnelser",
      export: "Export", loading: "Hämtar …", loaded: "Sidan är laddad", notFound: "Det finns inte (längre).",
      failed: "Något gick fel. Försök igen om en stund.", signedInAs: "Inloggad som",
      coordinator: "samordnare", representative: "företräder", pending: "väntar på bekräftelse: ",
      none: "ingen behörighet", nobody: "Någon utan behörighet",
    },
    en: {
      skip: "Skip to the content", pages: "Pages", signinTitle: "Sign in",
      signinWait: "Signing in with your Teams account …",
      openInTeams: "Open the tab in Microsoft Teams. The page shows nothing without signing in.",
      signinFailed: "Signing in failed. Try again; if that does not help, close and reopen the tab.",
      localNote: "Local mode: no sign-in. Choose who you want to be to try the tab.",
      whoAreYou: "Who are you?", signIn: "Sign in", retry: "Try again",
      overview: "Overview", remissvar: "Responses", inspel: "Input", meetings: "Meetings and reminders",
      export: "Export", loading: "Loading …", loaded: "The page has loaded", notFound: "It does not exist (any more).",
      failed: "Something went wrong. Please try again in a moment.", signedInAs: "Signed in as",
      coordinator: "coordinator", representative: "represents", pending: "waiting for confirmation: ",
      none: "no access", nobody: "Somebody without access",
    },
  };
  const body = document.body;
  const mode = body.dataset.mode;
  const main = document.getElementById("main");
  const status = document.getElementById("status");
  const query = new URLSearchParams(window.location.search);
  let language = pickLanguage(query.get("lang") || document.documentElement.lang);
  let authorization = null;
  let csrf = null;
  let session = null;
  let currentView = null;

  function pickLanguage(locale) {
    return String(locale || "").toLowerCase().startsWith("en") ? "en" : "sv";
  }
  function text(key) {
    return TEXTS[language][key] || TEXTS.sv[key] || key;
  }
  function setTheme(theme) {
    const value = theme === "dark" ? "dark" : theme === "contrast" ? "contrast" : "default";
    document.documentElement.dataset.theme = value;
  }
  function applyTexts() {
    document.documentElement.lang = language;
    for (const node of document.querySelectorAll("[data-text]")) node.textContent = text(node.dataset.text);
    const nav = document.getElementById("nav");
    nav.setAttribute("aria-label", text("pages"));
  }
  function announce(message) {
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 50);
  }
  function signinMessage(key, retry) {
    document.getElementById("signin-text").textContent = text(key);
    document.getElementById("retry").hidden = !retry;
  }

  async function api(path, options = {}) {
    const headers = Object.assign({ Accept: "text/html, application/json" }, options.headers || {});
    if (authorization) headers.Authorization = authorization;
    if (csrf && options.method === "POST") headers["X-CSRF-Token"] = csrf;
    let response = await fetch(path, Object.assign({}, options, { headers, credentials: "omit" }));
    if (response.status === 401 && mode === "production" && await refreshToken()) {
      headers.Authorization = authorization;
      response = await fetch(path, Object.assign({}, options, { headers, credentials: "omit" }));
    }
    return response;
  }

  // -- signing in -------------------------------------------------------------------------------
  async function refreshToken() {
    try {
      authorization = "Bearer " + await window.microsoftTeams.authentication.getAuthToken();
      return true;
    } catch (error) {
      return false;
    }
  }

  async function teamsSignIn() {
    if (window.parent === window || !window.microsoftTeams) {
      signinMessage("openInTeams", false);
      return;
    }
    signinMessage("signinWait", false);
    try {
      await window.microsoftTeams.app.initialize();
      const context = await window.microsoftTeams.app.getContext();
      if (!query.get("lang")) language = pickLanguage(context.app && context.app.locale);
      setTheme(context.app && context.app.theme);
      window.microsoftTeams.app.registerOnThemeChangeHandler(setTheme);
      applyTexts();
      if (!await refreshToken()) throw new Error("no token");
      await startSession();
      window.microsoftTeams.app.notifySuccess();
    } catch (error) {
      signinMessage("signinFailed", true);
    }
  }

  function encodeLocal(person) {
    const json = JSON.stringify({ id: person.id, name: person.name || null, email: person.email || null });
    const bytes = new TextEncoder().encode(json);
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    return "Local " + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  async function localSignIn() {
    const form = document.getElementById("local-signin");
    const select = document.getElementById("who-select");
    signinMessage("localNote", false);
    document.querySelector("#local-signin > p").hidden = true;
    const response = await fetch("/tab/api/local/people", { credentials: "omit" });
    if (!response.ok) {
      signinMessage("failed", false);
      return;
    }
    const people = (await response.json()).people;
    select.replaceChildren();
    for (const person of people) {
      const option = document.createElement("option");
      option.value = person.id;
      const name = person.role === "none" ? text("nobody") : (person.name || person.email || person.id);
      const role = person.role === "coordinator" ? text("coordinator")
        : person.role === "pending" ? text("pending") + person.organisation
        : person.organisation || "";
      option.textContent = role ? `${name} (${role})` : name;
      option.dataset.person = JSON.stringify(person);
      select.append(option);
    }
    const wanted = query.get("as");
    if (wanted) select.value = wanted;
    form.hidden = false;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const person = JSON.parse(select.selectedOptions[0].dataset.person);
      authorization = encodeLocal(person);
      await startSession();
    });
    if (wanted && select.value === wanted) form.requestSubmit();
  }

  async function startSession() {
    const response = await api("/tab/api/session");
    if (!response.ok) {
      signinMessage("signinFailed", true);
      return;
    }
    session = await response.json();
    csrf = session.csrf;
    const who = document.getElementById("who");
    const role = session.role === "coordinator" ? text("coordinator")
      : session.role === "representative" ? `${text("representative")} ${session.organisation}`
      : session.organisation ? text("pending") + session.organisation : text("none");
    who.textContent = `${text("signedInAs")} ${session.name} (${role})`;
    who.hidden = false;
    buildNav();
    const page = session.pages.includes(query.get("page")) ? query.get("page") : session.pages[0];
    const view = query.get("view");
    const target = view && session.pages.includes(view.split("/")[0]) ? view : page;
    await loadView(target || "access", target ? viewParams() : "", { push: false });
  }

  function viewParams() {
    const params = new URLSearchParams(window.location.search);
    for (const key of ["page", "lang", "theme", "as", "view"]) params.delete(key);
    return params.toString();
  }

  function buildNav() {
    const nav = document.getElementById("nav");
    const list = document.getElementById("nav-list");
    list.replaceChildren();
    for (const page of session.pages) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `?page=${page}`;
      link.dataset.view = page;
      link.textContent = text(page);
      item.append(link);
      list.append(item);
    }
    nav.hidden = session.pages.length === 0;
  }

  function markNav(view) {
    const page = view.split("/")[0];
    for (const link of document.querySelectorAll("#nav a")) {
      if (link.dataset.view === page) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
  }

  // -- pages ------------------------------------------------------------------------------------
  function withLanguage(params) {
    const search = new URLSearchParams(params || "");
    search.set("lang", language);
    return search.toString();
  }

  async function show(response, view, options) {
    if (response.status === 404) {
      main.innerHTML = "";
      const heading = document.createElement("h1");
      heading.id = "page-title";
      heading.tabIndex = -1;
      heading.textContent = text("notFound");
      main.append(heading);
    } else if ((response.headers.get("Content-Type") || "").startsWith("text/html")) {
      main.innerHTML = await response.text();
    } else {
      main.textContent = text("failed");
    }
    currentView = view;
    markNav(view);
    const target = main.querySelector(options.focus || "#page-title") || main.querySelector("#page-title") || main;
    target.focus();
    announce(text("loaded"));
  }

  async function loadView(view, params, options = {}) {
    announce(text("loading"));
    const response = await api(`/tab/api/view/${view}?${withLanguage(params)}`);
    if (options.push !== false) {
      const url = new URLSearchParams(params || "");
      url.set("page", view.split("/")[0]);
      if (view.includes("/")) url.set("view", view);
      for (const key of ["lang", "theme", "as"]) if (query.get(key)) url.set(key, query.get(key));
      window.history.pushState({ view, params }, "", `?${url}`);
    }
    await show(response, view, options);
  }

  main.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-view]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    loadView(link.dataset.view, link.dataset.params || "");
  });
  document.getElementById("nav").addEventListener("click", (event) => {
    const link = event.target.closest("a[data-view]");
    if (!link) return;
    event.preventDefault();
    loadView(link.dataset.view, "");
  });
  main.addEventListener("submit", async (event) => {
    const form = event.target;
    if (form.id === "local-signin") return;
    event.preventDefault();
    const data = new FormData(form);
    if (form.dataset.viewForm) {
      const params = new URLSearchParams();
      for (const [key, value] of data) if (value) params.set(key, value);
      await loadView(form.dataset.viewForm, params.toString(), { focus: ".count" });
      return;
    }
    if (form.dataset.post) {
      const payload = {};
      for (const [key, value] of data) payload[key] = String(value);
      const response = await api(`${form.dataset.post}?${withLanguage("")}`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
      });
      await show(response, currentView || "meetings", { focus: response.ok ? ".notice" : "#meeting-error" });
      if (response.ok) window.history.replaceState({ view: "meetings", params: "" }, "", "?page=meetings");
    }
  });
  window.addEventListener("popstate", (event) => {
    if (session && event.state) loadView(event.state.view, event.state.params, { push: false });
  });
  document.getElementById("retry-button").addEventListener("click", () => {
    if (mode === "production") teamsSignIn();
  });

  setTheme(query.get("theme"));
  applyTexts();
  if (mode === "local") localSignIn();
  else teamsSignIn();
})();
