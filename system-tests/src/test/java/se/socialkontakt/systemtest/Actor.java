package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * One person in a role's journey: a browser of their own (their cookies, their Keycloak session), the page they work
 * in, and their steps, numbered in order. Each step the person looks at is saved as a screenshot named after the role
 * and checked by {@link Browsers#assertAccessible}, so the screenshots of a journey read as that person's day.
 */
final class Actor implements AutoCloseable {
    private final String role;
    private final BrowserContext context;
    private final Page page;
    private int step;
    private String keycloakUser;

    private Actor(String role, int width, int height) {
        this.role = role;
        this.context = Browsers.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        this.page = context.newPage();
    }

    /** Residents and young people, mostly on their phones. */
    static Actor onPhone(String role) {
        return new Actor(role, 390, 844);
    }

    /** Staff, at their desks. */
    static Actor atDesk(String role) {
        return new Actor(role, 1280, 900);
    }

    Page page() {
        return page;
    }

    Page open(Suite.Service service, String path) {
        page.navigate(service.url(path));
        return page;
    }

    /**
     * Signs in as a demo user (password demo) on Keycloak's own login form, where the page sent the browser; a browser
     * that signed this user in before has Keycloak's session, and Keycloak sends it back at once without the form.
     */
    void signInAs(String user) {
        if (!user.equals(keycloakUser)) {
            Browsers.signIn(page, user);
            keycloakUser = user;
        }
    }

    /** A staff page that sends the browser to Keycloak as it loads. */
    Page signedInAt(Suite.Service service, String path, String user) {
        open(service, path);
        signInAs(user);
        return page;
    }

    /** A staff page whose script waits for a click on its sign-in button (analytics). */
    Page signedInWithTheButton(Suite.Service service, String path, String user) {
        open(service, path).locator("#sign-in-button").click();
        signInAs(user);
        return page;
    }

    /** This state as the person sees it: a screenshot, and no WCAG 2.1 A/AA violation found by axe-core. */
    void sees(String state) {
        step++;
        Browsers.assertAccessible(page, "journey-%s-%02d-%s".formatted(role, step, state));
    }

    void click(String button) {
        click(page.locator("body"), button);
    }

    /** Clicks the button of exactly that name within a part of the page. */
    static void click(Locator within, String button) {
        within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Override
    public void close() {
        context.close();
    }
}
