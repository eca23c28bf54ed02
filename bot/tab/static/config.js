// The channel tab's configuration page: Teams shows it when the tab is added to a channel. The choice
// is which page the tab opens on; everyone still sees only what their role allows.
(() => {
  "use strict";
  const TEXTS = {
    sv: { configTitle: "RUS-boten i kanalen", configLegend: "Vilken sida ska fliken öppna?",
          configText: "Fliken visar tidplanen, mötena och, för samordnarna, remissvaren och inspelen. Var och en ser det deras roll tillåter.",
          overview: "Översikt", remissvar: "Remissvar", inspel: "Inspel", meetings: "Möten och påminnelser",
          notInTeams: "Den här sidan används när fliken läggs till i en kanal i Microsoft Teams." },
    en: { configTitle: "The RUS bot in the channel", configLegend: "Which page should the tab open?",
          configText: "The tab shows the timeline, the meetings and, for the coordinators, the responses and the input. Everyone sees what their role allows.",
          overview: "Overview", remissvar: "Responses", inspel: "Input", meetings: "Meetings and reminders",
          notInTeams: "This page is used when the tab is added to a channel in Microsoft Teams." },
  };
  const query = new URLSearchParams(window.location.search);
  let language = String(query.get("lang") || document.documentElement.lang).toLowerCase().startsWith("en") ? "en" : "sv";
  const form = document.getElementById("config-form");
  const statusLine = document.getElementById("config-status");

  function applyTexts() {
    document.documentElement.lang = language;
    for (const node of document.querySelectorAll("[data-text]")) node.textContent = TEXTS[language][node.dataset.text];
  }
  function setTheme(theme) {
    document.documentElement.dataset.theme = theme === "dark" ? "dark" : theme === "contrast" ? "contrast" : "default";
  }
  function chosen() {
    return new FormData(form).get("page") || "overview";
  }

  setTheme(query.get("theme"));
  applyTexts();
  if (window.parent === window || !window.microsoftTeams) {
    statusLine.textContent = TEXTS[language].notInTeams;
    return;
  }
  const teams = window.microsoftTeams;
  teams.app.initialize().then(async () => {
    const context = await teams.app.getContext();
    if (!query.get("lang")) language = String(context.app && context.app.locale).toLowerCase().startsWith("en") ? "en" : "sv";
    setTheme(context.app && context.app.theme);
    teams.app.registerOnThemeChangeHandler(setTheme);
    applyTexts();
    teams.pages.config.registerOnSaveHandler((saveEvent) => {
      const page = chosen();
      const url = `${window.location.origin}/tab/?page=${encodeURIComponent(page)}`;
      teams.pages.config.setConfig({
        entityId: `rusbot-${page}`, contentUrl: url, websiteUrl: url,
        suggestedDisplayName: TEXTS[language][page] === TEXTS[language].overview ? "RUS" : `RUS: ${TEXTS[language][page]}`,
      }).then(() => saveEvent.notifySuccess(), (error) => saveEvent.notifyFailure(String(error)));
    });
    teams.pages.config.setValidityState(true);
    teams.app.notifySuccess();
  });
})();
