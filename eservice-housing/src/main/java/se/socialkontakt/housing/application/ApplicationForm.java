package se.socialkontakt.housing.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.support.identity.ValidPersonalIdentityNumber;

import java.util.List;
import java.util.UUID;

/**
 * The wizard's answers, one record per step; a draft holds the steps answered so far. Each step is validated when it
 * is saved, and the whole form when it is submitted.
 */
public record ApplicationForm(@Valid WhoApplies who, @Valid Applicant applicant, @Valid Living living,
        @Valid Needs needs, @Valid Partner partner, @Valid Wishes wishes, @Valid Language language,
        @Valid Consents consents) {

    public static final ApplicationForm EMPTY = new ApplicationForm(null, null, null, null, null, null, null, null);

    /** The steps in the order the wizard shows them; attachments and the review come after. */
    public enum Step {
        WHO, APPLICANT, LIVING, NEEDS, PARTNER, WISHES, LANGUAGE, CONSENTS
    }

    public enum Representation {
        /** Fullmakt: a power of attorney, uploaded as an attachment. */
        POWER_OF_ATTORNEY,
        /** God man. */
        GUARDIAN,
        /** Förvaltare. */
        ADMINISTRATOR
    }

    public enum DecisionChannel {
        DIGITAL_MAILBOX, POST
    }

    public enum LivingSituation {
        OWN_HOME_ALONE, OWN_HOME_WITH_OTHERS, WITH_RELATIVES, SHORT_TERM_CARE, HOSPITAL, OTHER
    }

    /** Step 1. On someone's behalf: who they are, by what right, and that they agree. */
    public record WhoApplies(@NotNull ApplicantRole role, Representation representation,
            @ValidPersonalIdentityNumber String personNumber, @Size(max = 200) String name,
            Boolean personConcernedConsents) {

        @JsonIgnore

        @AssertTrue(message = "on someone's behalf: their personal identity number, name, your right to act and their consent")
        public boolean isOnBehalfComplete() {
            return role != ApplicantRole.ON_BEHALF || personNumber != null && name != null && !name.isBlank()
                    && representation != null && Boolean.TRUE.equals(personConcernedConsents);
        }
    }

    /** Step 2. How to reach the applicant and how the decision is sent. */
    public record Applicant(@NotBlank @Size(max = 200) String name, @Size(max = 40) String phone,
            @Email @Size(max = 200) String email, @Size(max = 300) String postalAddress,
            @NotNull DecisionChannel decisionBy) {

        @JsonIgnore

        @AssertTrue(message = "a phone number or an e-mail address, and a postal address when the decision comes by post")
        public boolean isReachable() {
            boolean contact = phone != null && !phone.isBlank() || email != null && !email.isBlank();
            return contact && (decisionBy != DecisionChannel.POST || postalAddress != null && !postalAddress.isBlank());
        }
    }

    /** Step 3. Every yes/no is answered explicitly: a missing answer is not taken as no. */
    public record Living(@NotNull LivingSituation situation, @Size(max = 2000) String description,
            @NotNull Boolean homeHelp, @NotNull Boolean homeHealthCare, @Size(max = 2000) String otherHelp) {
    }

    /** Step 4. At least one need described. */
    public record Needs(@Size(max = 2000) String physical, @Size(max = 2000) String psychological,
            @Size(max = 2000) String social, @Size(max = 2000) String medical, @Size(max = 2000) String safety) {

        @JsonIgnore

        @AssertTrue(message = "describe at least one need")
        public boolean isAnyNeedDescribed() {
            return List.of(nonNull(physical), nonNull(psychological), nonNull(social), nonNull(medical),
                    nonNull(safety)).stream().anyMatch(text -> !text.isBlank());
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
        }
    }

    /** Step 5. The right to keep living together (parboendegaranti). */
    public record Partner(@NotNull Boolean movesToo, @Size(max = 200) String name,
            @ValidPersonalIdentityNumber String personNumber) {

        @JsonIgnore

        @AssertTrue(message = "the name of the partner who moves too")
        public boolean isNamedWhenMoving() {
            return !Boolean.TRUE.equals(movesToo) || name != null && !name.isBlank();
        }
    }

    /** Step 6. Up to three homes or areas, or anywhere in the city. A wish is not a guarantee. */
    public record Wishes(@NotNull Boolean anywhere, @NotNull @Size(max = 3) List<@NotNull UUID> homes,
            @NotNull @Size(max = 3) List<@NotBlank @Size(max = 60) String> areas) {

        @JsonIgnore

        @AssertTrue(message = "up to three homes or areas in all, or anywhere in the city")
        public boolean isOneKindOfWish() {
            int count = count();
            return Boolean.TRUE.equals(anywhere) ? count == 0 : count >= 1 && count <= 3;
        }

        /** Missing lists are left to {@code @NotNull}; the count treats them as empty. */
        public int count() {
            return (homes == null ? 0 : homes.size()) + (areas == null ? 0 : areas.size());
        }
    }

    /** Step 7. */
    public record Language(@NotBlank @Size(max = 60) String language, @NotNull Boolean interpreter) {
    }

    /** Step 8. Consent to obtain information; both answers are required, either may be no. */
    public record Consents(@NotNull Boolean healthCare, @NotNull Boolean relatives) {
    }

    /** The steps not answered yet; empty when the form may be submitted. */
    public List<Step> missingSteps() {
        Object[] answers = { who, applicant, living, needs, partner, wishes, language, consents };
        return java.util.stream.IntStream.range(0, answers.length).filter(i -> answers[i] == null)
                .mapToObj(i -> Step.values()[i]).toList();
    }
}
