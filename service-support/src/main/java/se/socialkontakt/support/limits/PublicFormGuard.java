package se.socialkontakt.support.limits;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps robots off the public forms without tracking anyone and without a third-party captcha: a honeypot field that
 * people never see (so never fill in), and a rate per sending address kept in memory for an hour at most, never
 * stored.
 */
@ApplicationScoped
public class PublicFormGuard {
    private final KeyedRates<String> senders;

    PublicFormGuard(@ConfigProperty(name = "socialkontakt.forms.burst") int burst,
            @ConfigProperty(name = "socialkontakt.forms.per-minute") int perMinute) {
        this.senders = new KeyedRates<>(burst, perMinute);
    }

    /** Refuses the submission (400 for a filled honeypot, 429 over the rate) before anything is stored. */
    public void check(String honeypot, String address) {
        if (honeypot != null && !honeypot.isEmpty()) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Not accepted")
                    .withDetail("The form was filled in by a program, not a person").build();
        }
        if (address != null && !senders.tryTake(address)) {
            throw HttpProblem.builder().withStatus(Response.Status.TOO_MANY_REQUESTS).withTitle("Too many submissions")
                    .withDetail("Please wait a minute before sending again").withHeader("Retry-After", 60).build();
        }
    }

    @Scheduled(every = "10m")
    void forgetOld() {
        senders.forgetOld();
    }
}
