package se.socialkontakt.chat.queue;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * An honest estimate of the wait for the one at {@code position} in the queue. Free places are taken at once; after
 * that every counsellor's place frees up once per average conversation, so the queue moves at
 * {@code places / averageConversation}. Unknown (empty) when no counsellor is online: nobody is there to answer.
 */
public final class QueueEstimate {
    private QueueEstimate() {
    }

    public static OptionalInt minutes(int position, int counsellorsOnline, int freePlaces, int placesPerCounsellor,
            Duration averageConversation) {
        if (counsellorsOnline <= 0) {
            return OptionalInt.empty();
        }
        if (position <= freePlaces) {
            return OptionalInt.of(1);
        }
        int ahead = position - Math.max(0, freePlaces);
        long places = (long) counsellorsOnline * Math.max(1, placesPerCounsellor);
        double minutes = ahead * (double) averageConversation.toSeconds() / 60.0 / places;
        return OptionalInt.of((int) Math.max(1, Math.ceil(minutes)));
    }
}
