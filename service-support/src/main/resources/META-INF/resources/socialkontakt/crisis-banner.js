// Shows the municipality's crisis messages at the top of every resident page, within seconds of publication and
// gone as soon as they are withdrawn or expire. Texts are set with textContent only.
(() => {
  const EVERY_MS = 2000;
  const lang = document.documentElement.lang === "en" ? "en" : "sv";
  const label = lang === "en" ? "Important message" : "Viktigt meddelande";
  let region;
  let shown = "";

  function regionOnPage() {
    if (!region) {
      region = document.createElement("section");
      region.className = "crisis-banner";
      region.setAttribute("aria-label", label);
      region.setAttribute("aria-live", "assertive");
      region.hidden = true;
      document.body.prepend(region);
    }
    return region;
  }

  function render(banners) {
    const key = JSON.stringify(banners);
    if (key === shown) {
      return;
    }
    shown = key;
    const target = regionOnPage();
    target.replaceChildren(...banners.map((banner) => {
      const paragraph = document.createElement("p");
      paragraph.lang = banner.lang;
      const strong = document.createElement("strong");
      strong.textContent = label + ": ";
      paragraph.append(strong, document.createTextNode(banner.text));
      return paragraph;
    }));
    target.hidden = banners.length === 0;
  }

  async function refresh() {
    try {
      const response = await fetch("/api/crisis-banner?lang=" + lang, { cache: "no-store" });
      if (response.ok) {
        render(await response.json());
      }
    } catch (offline) {
      // Keep what is shown; the next round tries again.
    }
  }

  refresh();
  setInterval(refresh, EVERY_MS);
})();
