package se.socialkontakt.systemtest.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The services' own databases of the run command (not the tests' _test ones), as their roles. */
final class Databases {
    static final String CHAT = "chat";
    static final String HOUSING = "housing";
    static final String CONTACT_CENTER = "contactcenter";
    static final String ANALYTICS = "analytics";

    private Databases() {
    }

    static Connection open(String key) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/sk_" + key, "sk_" + key, "sk_" + key);
    }
}
