package se.socialkontakt.chat.web;

import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatTopic;

import java.util.Arrays;
import java.util.List;

/**
 * The age bands and topics a young person may give before a chat, and a counsellor tags after it, each with its
 * label in the reader's language. Both pages list them, so a new constant needs one label here and nothing else.
 */
public record Choices(List<Choice> ageBands, List<Choice> topics) {

    /** A value as the API knows it and as the reader sees it. */
    public record Choice(String value, String label) {
    }

    static Choices in(ChatMessages messages) {
        return new Choices(
                Arrays.stream(AgeBand.values()).map(band -> new Choice(band.name(), label(band, messages))).toList(),
                Arrays.stream(ChatTopic.values()).map(topic -> new Choice(topic.name(), label(topic, messages)))
                        .toList());
    }

    private static String label(AgeBand band, ChatMessages messages) {
        return switch (band) {
            case AGE_10_12 -> messages.ageBand10To12();
            case AGE_13_15 -> messages.ageBand13To15();
            case AGE_16_18 -> messages.ageBand16To18();
            case UNDISCLOSED -> messages.ageBandUndisclosed();
        };
    }

    private static String label(ChatTopic topic, ChatMessages messages) {
        return switch (topic) {
            case FAMILY -> messages.topicFamily();
            case SCHOOL -> messages.topicSchool();
            case FRIENDS -> messages.topicFriends();
            case FEELINGS -> messages.topicFeelings();
            case VIOLENCE -> messages.topicViolence();
            case SELF_HARM -> messages.topicSelfHarm();
            case ALCOHOL_DRUGS -> messages.topicAlcoholDrugs();
            case SEXUALITY -> messages.topicSexuality();
            case CRIME -> messages.topicCrime();
            case OTHER -> messages.topicOther();
        };
    }
}
