package se.socialkontakt.chat.queue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The queue at one moment: who waits in which order, how many counsellors take conversations, how many of them have
 * a free place, and how many free places there are.
 */
public record QueueSnapshot(List<Waiting> waiting, int counsellorsOnline, int counsellorsFree, int freePlaces,
        int placesPerCounsellor, Duration averageConversation) {

    /** 1 for the first in line; 0 when the conversation is not in the queue. */
    public int positionOf(UUID conversationId) {
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).conversationId().equals(conversationId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public OptionalInt estimatedWaitMinutes(int position) {
        return QueueEstimate.minutes(position, counsellorsOnline, freePlaces, placesPerCounsellor,
                averageConversation);
    }
}
