package se.socialkontakt.support.audit;

import io.smallrye.config.ConfigMapping;

import java.time.ZoneId;
import java.util.List;

/** Who may search a service's audit log, and how its search page signs them in. */
@ConfigMapping(prefix = "socialkontakt.audit")
public interface AuditConfig {
    /** The realm roles that may search; {@link AuditLogResource} is guarded by this same property. */
    List<String> readers();

    /** The days a search names are the municipality's. */
    ZoneId zone();

    Web web();

    interface Web {
        /** The service's public browser client in the realm, which the search page signs in through. */
        String clientId();
    }
}
