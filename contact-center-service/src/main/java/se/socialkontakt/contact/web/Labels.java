package se.socialkontakt.contact.web;

import se.socialkontakt.contact.contactcase.CaseEntry;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.contact.faq.Article;
import se.socialkontakt.contact.sla.SlaPolicy.SlaState;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.events.FeedbackReceived.Kind;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The labels of the fixed codes the API answers with, in the reader's language. A switch per code, so a new constant
 * does not compile until it has a label.
 */
public final class Labels {
    private Labels() {
    }

    public static List<Option> kinds(ContactMessages m) {
        return all(Kind.values(), kind -> switch (kind) {
            case COMPLAINT -> m.kindComplaint();
            case SUGGESTION -> m.kindSuggestion();
            case PRAISE -> m.kindPraise();
        });
    }

    /** A question's status as the resident who asked reads it. */
    public static List<Option> questionStatuses(ContactMessages m) {
        return all(ContactCase.Status.values(), status -> switch (status) {
            case OPEN, ROUTED -> m.questionOpen();
            case RESOLVED -> m.questionResolved();
            case MERGED -> m.questionMerged();
        });
    }

    public static List<Option> replyRoutes(StaffMessages m) {
        return all(ReplyRoute.values(), route -> switch (route) {
            case PAGE_AND_EMAIL -> m.replyPageAndEmail();
            case PAGE -> m.replyPage();
            case EMAIL -> m.replyEmail();
            case PHONE -> m.replyPhone();
            case NONE -> m.anonymous();
        });
    }

    public static List<Option> channels(StaffMessages m) {
        return all(Channel.values(), channel -> switch (channel) {
            case PHONE -> m.channelPhone();
            case EMAIL -> m.channelEmail();
            case WEB_FORM -> m.channelWebForm();
            case CHAT -> m.channelChat();
            case VISIT -> m.channelVisit();
            case SOCIAL_MEDIA -> m.channelSocialMedia();
        });
    }

    public static List<Option> caseStatuses(StaffMessages m) {
        return all(ContactCase.Status.values(), status -> switch (status) {
            case OPEN -> m.statusOpen();
            case ROUTED -> m.statusRouted();
            case RESOLVED -> m.statusResolved();
            case MERGED -> m.statusMerged();
        });
    }

    public static List<Option> slaStates(StaffMessages m) {
        return all(SlaState.values(), state -> switch (state) {
            case ON_TRACK -> m.slaOnTrack();
            case NEAR_BREACH -> m.slaNearBreach();
            case BREACHED -> m.slaBreached();
        });
    }

    public static List<Option> entryKinds(StaffMessages m) {
        return all(CaseEntry.Kind.values(), kind -> switch (kind) {
            case ANSWER -> m.entryAnswer();
            case NOTE -> m.entryNote();
        });
    }

    public static List<Option> audiences(StaffMessages m) {
        return all(Article.Audience.values(), audience -> switch (audience) {
            case PUBLIC -> m.audiencePublic();
            case INTERNAL -> m.audienceInternal();
        });
    }

    public static List<Option> articleStatuses(StaffMessages m) {
        return all(Article.Status.values(), status -> switch (status) {
            case DRAFT -> m.draft();
            case PUBLISHED -> m.published();
        });
    }

    private static <E extends Enum<E>> List<Option> all(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> Option.of(value, label.apply(value))).toList();
    }
}
