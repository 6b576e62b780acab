package se.socialkontakt.chat.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import se.socialkontakt.support.limits.RateAllowance;

/** Limits on what one connection may send. */
@ConfigMapping(prefix = "socialkontakt.chat.message")
public interface MessageLimits {
    /** Characters in one message or note. */
    @WithDefault("2000")
    int maxLength();

    /** Messages a connection may send at once before the steady rate applies. */
    @WithDefault("10")
    int burst();

    /** The steady rate: messages a minute per connection. */
    @WithDefault("30")
    int perMinute();

    default RateAllowance newAllowance() {
        return new RateAllowance(burst(), perMinute(), System::nanoTime);
    }
}
