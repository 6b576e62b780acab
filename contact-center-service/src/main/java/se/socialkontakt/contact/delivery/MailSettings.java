package se.socialkontakt.contact.delivery;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How answer mails are retried while the mail server cannot take them. */
@ConfigMapping(prefix = "socialkontakt.contact.mail")
public interface MailSettings {
    /** How often the sender looks for mails due (read by the schedule as a property expression). */
    Duration retryEvery();

    /** The wait after the first failure; it doubles with each failure after that. */
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    Duration longestRetryAfter();
}
