package se.socialkontakt.support.page;

import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages load keycloak-js from: the path into the keycloak-js webjar on the service's class path, its
 * version read from the webjar itself, so the version is written once (the parent pom) and a new one needs no page
 * touched. The page shell uses it as {@code inject:keycloakJs.path}.
 */
@Singleton
@Named("keycloakJs")
public class KeycloakJs {
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/keycloak-js/pom.properties";

    private final String path;

    KeycloakJs() {
        this.path = "/webjars/keycloak-js/" + webjarVersion() + "/dist/keycloak.js";
    }

    public String path() {
        return path;
    }

    private static String webjarVersion() {
        try (InputStream in = KeycloakJs.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The keycloak-js webjar is not on the class path (" + WEBJAR_PROPERTIES
                        + "): add org.webjars.npm:keycloak-js to the service's pom.xml");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
