package se.socialkontakt.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The browser security headers of every response of every service: pages, API answers, static files and errors.
 * The pages load scripts and styles only from their own service (ES modules and stylesheets, never inline), so a
 * strict Content-Security-Policy costs them nothing and stops an injected script from running. The one other
 * origin a page talks to is Keycloak, whose token endpoint keycloak-js calls; that origin is taken from
 * {@code quarkus.oidc.auth-server-url}, the same value the pages hand to keycloak-js, so the two cannot disagree.
 * <p>
 * A Vert.x filter rather than {@code quarkus.http.header} configuration: a config expression cannot cut the auth
 * server URL down to its origin, and a filter of quarkus-vertx-http (which every service has) reaches every
 * response, including 401s answered before any resource runs, without adding the reactive-routes extension that
 * {@code @RouteFilter} needs.
 */
@Singleton
public class SecurityHeaders {
    /**
     * The Swagger UI and Dev UI under the non-application root need inline scripts and styles, and the rest there
     * (health, metrics, OpenAPI) is no HTML page: these paths keep only what forbids framing and plugins.
     */
    private static final String NON_APPLICATION_POLICY = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    // Ahead of Quarkus' own filters (CORS 300, authentication 200), so that what they answer carries the headers too.
    private static final int PRIORITY = 1000;

    private final String pagePolicy;
    private final String nonApplicationPaths;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
            String nonApplicationRoot) {
        this.pagePolicy = pagePolicy(authServerUrl);
        this.nonApplicationPaths = "/" + nonApplicationRoot.replaceAll("^/+|/+$", "") + "/";
    }

    /**
     * No frame-src beyond 'self': staff-login.js turns keycloak-js' login-status iframe off, which also skips its
     * third-party-cookie check iframe, and without a silent check-sso it opens none. Sign-in and sign-out are
     * top-level navigations (logout by GET), which no directive restricts, so form-action needs no Keycloak either.
     */
    static String pagePolicy(String authServerUrl) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + origin(authServerUrl) + "; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /**
     * Whether the request is someone's: it carries a bearer token, as every staff and resident API call does. Every
     * answer to such a request is kept from caches, whatever it holds, so that no endpoint can forget to.
     */
    static boolean carriesIdentity(MultiMap requestHeaders) {
        return requestHeaders.contains("Authorization");
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        String policy = context.normalizedPath().startsWith(nonApplicationPaths) ? NON_APPLICATION_POLICY : pagePolicy;
        boolean personal = carriesIdentity(context.request().headers());
        // Set as the headers go out, so a handler further on cannot drop them or add a second copy.
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Content-Type-Options", "nosniff");
            // The youth chat is anonymous: no address of it (nor of any other page here) may travel on in a Referer.
            headers.set("Referrer-Policy", "no-referrer");
            // For browsers that do not know frame-ancestors.
            headers.set("X-Frame-Options", "DENY");
            // An answer to a signed-in request may hold personal data: no browser, proxy or back button keeps it.
            if (personal) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
