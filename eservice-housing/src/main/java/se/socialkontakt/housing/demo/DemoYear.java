package se.socialkontakt.housing.demo;

import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingDecisionMade.Outcome;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.ApplicationForm;
import se.socialkontakt.housing.application.ApplicationForm.Applicant;
import se.socialkontakt.housing.application.ApplicationForm.Consents;
import se.socialkontakt.housing.application.ApplicationForm.DecisionChannel;
import se.socialkontakt.housing.application.ApplicationForm.Language;
import se.socialkontakt.housing.application.ApplicationForm.Living;
import se.socialkontakt.housing.application.ApplicationForm.LivingSituation;
import se.socialkontakt.housing.application.ApplicationForm.Needs;
import se.socialkontakt.housing.application.ApplicationForm.Partner;
import se.socialkontakt.housing.application.ApplicationForm.Representation;
import se.socialkontakt.housing.application.ApplicationForm.WhoApplies;
import se.socialkontakt.housing.application.ApplicationForm.Wishes;
import se.socialkontakt.housing.application.ApplicationService;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A year of special-housing applications, each lived through by the e-service's own {@link ApplicationService} on a
 * clock that walks through the year: started, submitted, investigated, sometimes supplemented, decided, offered a
 * home and moved in, or appealed. Every state and every event is the one real use makes, stamped with its day, so
 * the assessor's lists, the applicants' histories and the analytics figures (which count these events) have one
 * source and agree: the flagged list and the IVO figure among them.
 *
 * <p>The people are invented: names from a list; personal identity numbers valid in form but dated in the 1890s, so
 * that no living person holds one (a number of a living generation, even generated, could be someone's); telephone
 * numbers from the range the Swedish regulator keeps for fiction (070-1740605 to 070-1740699).
 */
final class DemoYear {
    private static final String ASSESSOR = "assessor";
    private static final List<String> FIRST_NAMES = List.of("Astrid", "Gunnar", "Birgitta", "Sven", "Margareta",
            "Karl", "Ingrid", "Lennart", "Ulla", "Bengt", "Elsa", "Rolf", "Gunilla", "Stig", "Britt", "Åke");
    private static final List<String> SURNAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson",
            "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Holm");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("yyMMdd");

    private final Random random;
    private final ZoneId zone;
    private final WorkingTime workingTime;
    private final MovingClock clock;
    private final ApplicationService applications;
    private final Instant now;

    DemoYear(long seed, ZoneId zone, WorkingTime workingTime, MovingClock clock, ApplicationService applications,
            Instant now) {
        this.random = new Random(seed);
        this.zone = zone;
        this.workingTime = workingTime;
        this.clock = clock;
        this.applications = applications;
        this.now = now;
    }

    /** Runs each application's life through {@code inTransaction}; returns how many were started. */
    int live(Consumer<Runnable> inTransaction) {
        int started = 0;
        LocalDate last = LocalDate.ofInstant(now, zone);
        for (LocalDate day = last.minusDays(364); !day.isAfter(last); day = day.plusDays(1)) {
            // About 150 applications a year: a mid-sized municipality's intake of special housing.
            if (workingTime.isWorkingDay(day) && random.nextDouble() < 0.6) {
                LocalDate today = day;
                inTransaction.accept(() -> application(today));
                started++;
            }
        }
        return started;
    }

    private void application(LocalDate day) {
        Instant started = day.atTime(9, 0).atZone(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(600)));
        if (started.isAfter(now)) {
            return;
        }
        double yearShare = (day.getDayOfYear() % 365) / 365.0;
        Channel channel = random.nextDouble() < 0.55 + 0.25 * yearShare ? Channel.DIGITAL : Channel.PAPER;
        ApplicantRole role = random.nextDouble() < 0.6 ? ApplicantRole.ON_BEHALF : ApplicantRole.SELF;
        String person = personalIdentityNumberOfThe1890s();
        String owner = role == ApplicantRole.SELF ? person : personalIdentityNumberOfThe1890s();
        Application application = at(started, () -> applications.start(owner, role, channel));
        ApplicationForm form = form(role, person);
        at(started, () -> applications.saveStep(application.id, owner, answers -> form));
        if (channel == Channel.DIGITAL && random.nextDouble() < 0.2) {
            return; // started and left as a draft, as some are
        }
        UUID id = application.id;
        Instant submitted = started.plus(Duration.ofDays(channel == Channel.DIGITAL ? random.nextInt(7) : 0));
        if (!happens(submitted, () -> applications.submitNow(application))
                || !happens(submitted.plus(Duration.ofDays(3)), () -> applications.assign(id, ASSESSOR))) {
            return;
        }
        if (random.nextDouble() < 0.2 && !(happens(submitted.plus(Duration.ofDays(5)),
                () -> applications.requestInformation(id, ASSESSOR, "Vi behöver ett läkarintyg om ditt hälsotillstånd."))
                && happens(submitted.plus(Duration.ofDays(12)),
                        () -> applications.supplement(id, owner, "Läkarintyget är skickat med post.")))) {
            return;
        }
        Instant decided = submitted.plus(Duration.ofDays(21 + random.nextInt(42)));
        Outcome outcome = random.nextDouble() < 0.7 ? Outcome.GRANTED
                : random.nextDouble() < 0.33 ? Outcome.PARTLY_GRANTED : Outcome.REFUSED;
        if (!happens(decided, () -> applications.decide(id, ASSESSOR, outcome, decisionText(outcome)))) {
            return;
        }
        if (outcome == Outcome.REFUSED) {
            if (random.nextDouble() < 0.25) {
                happens(decided.plus(Duration.ofDays(5 + random.nextInt(14))), () -> applications.appeal(id, owner,
                        "Jag klarar mig inte hemma längre och vill att beslutet prövas igen."));
            }
            return;
        }
        // Most move in within one to three months; some wait longer for the home they wished for.
        if (random.nextDouble() < 0.9) {
            Instant moved = decided.plus(Duration.ofDays(20 + random.nextInt(110)));
            if (happens(moved.minus(Duration.ofDays(14)), () -> applications.offerMade(id, ASSESSOR))) {
                happens(moved, () -> applications.movedIn(id, ASSESSOR));
            }
        }
    }

    /** Does the step at its time, unless that time is still to come. */
    private boolean happens(Instant when, Runnable step) {
        if (when.isAfter(now)) {
            return false;
        }
        at(when, () -> {
            step.run();
            return null;
        });
        return true;
    }

    private <T> T at(Instant when, Supplier<T> step) {
        clock.moveTo(when);
        return step.get();
    }

    private ApplicationForm form(ApplicantRole role, String person) {
        String personName = name();
        boolean onBehalf = role == ApplicantRole.ON_BEHALF;
        WhoApplies who = onBehalf
                ? new WhoApplies(role, Representation.POWER_OF_ATTORNEY, person, personName, true)
                : new WhoApplies(role, null, null, null, null);
        Applicant applicant = new Applicant(onBehalf ? name() : personName,
                "070-174 06 %02d".formatted(5 + random.nextInt(95)), null, "Demogatan %d, 123 45 Staden"
                        .formatted(1 + random.nextInt(90)),
                random.nextBoolean() ? DecisionChannel.POST : DecisionChannel.DIGITAL_MAILBOX);
        return new ApplicationForm(who, applicant,
                new Living(LivingSituation.OWN_HOME_ALONE, null, true, random.nextBoolean(), null),
                new Needs("Behöver hjälp och tillsyn dygnet runt; hemtjänsten räcker inte längre.", null,
                        "Känner sig otrygg och ensam på nätterna.", null, null),
                new Partner(false, null, null), new Wishes(true, List.of(), List.of()),
                new Language("svenska", false), new Consents(true, true));
    }

    private static String decisionText(Outcome outcome) {
        return switch (outcome) {
            case GRANTED -> "Du beviljas särskilt boende enligt 4 kap. 1 § socialtjänstlagen.";
            case PARTLY_GRANTED -> "Du beviljas korttidsboende i väntan på plats i särskilt boende.";
            case REFUSED -> "Ditt behov kan tillgodoses i ordinärt boende med utökad hemtjänst.";
        };
    }

    private String name() {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    /** Twelve digits: a birth date, a serial number and the check digit (the Luhn algorithm). */
    private String personalIdentityNumberOfThe1890s() {
        int birthYear = 1890 + random.nextInt(10);
        LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
        String nine = birth.format(BIRTH) + "%03d".formatted(random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return birthYear / 100 + nine + (10 - sum % 10) % 10;
    }

    /** The clock the demo's own application service reads: wherever in the year the demo has got to. */
    static final class MovingClock extends Clock {
        private Instant instant = Instant.EPOCH;

        void moveTo(Instant instant) {
            this.instant = instant;
        }

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }
    }
}
