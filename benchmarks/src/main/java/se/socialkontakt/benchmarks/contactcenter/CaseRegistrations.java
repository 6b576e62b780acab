package se.socialkontakt.benchmarks.contactcenter;

import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The contacts an agent registers ({@code POST /api/cases}), drawn from a seed: the channels a contact center sees,
 * every category and target group, a summary in Swedish, and now and then an identified caller.
 */
final class CaseRegistrations {
    private static final List<String> CHANNELS = List.of("PHONE", "PHONE", "PHONE", "EMAIL", "CHAT", "VISIT");
    private static final List<String> TARGET_GROUPS = List.of("ALL_RESIDENTS", "RELATIVES",
            "INDIVIDUALS_WITH_SUPPORT", "PARTNERS");

    private CaseRegistrations() {
    }

    /** Counts the stored cases and their "opened" events, for {@link ServiceDatabase#lossCheck}. */
    static final String STORED = """
            SELECT (SELECT count(*) FROM contact_case),
                   (SELECT count(*) FROM outbox_event WHERE type = 'se.socialkontakt.contact.case.opened.v1')""";

    static List<String> bodies(long seed, int count) {
        SwedishText text = new SwedishText(seed);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JsonObject body = new JsonObject().put("channel", text.pick(CHANNELS))
                    .put("category", text.topic().category()).put("targetGroup", text.pick(TARGET_GROUPS))
                    .put("summary", text.caseSummary());
            if (text.nextInt(4) == 0) {
                // The test person of the demo realm: a valid personal identity number that belongs to nobody.
                body.put("personNumber", "19121212-1212").put("contactDetails", "08-465 004 77");
            }
            bodies.add(body.encode());
        }
        return bodies;
    }
}
