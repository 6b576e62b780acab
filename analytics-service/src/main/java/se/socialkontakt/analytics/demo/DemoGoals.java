package se.socialkontakt.analytics.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.analytics.goal.Goal;
import se.socialkontakt.analytics.goal.Goals;
import se.socialkontakt.analytics.plan.Activity;
import se.socialkontakt.analytics.plan.GoalPlan;
import se.socialkontakt.analytics.plan.Plans;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The demo's goals and plans, loaded with the demo year (never by a migration, so no real installation gets them):
 * the youth chat's goal, which every installation has, gets its plan, and two goals join it, fewer complaints and a
 * larger digital share of the housing e-service's applications, each with a plan and activities spread over the
 * demo year, done behind today and planned ahead. Responsible are roles, never people. Fixed ids make a second load
 * change nothing.
 */
@ApplicationScoped
public class DemoGoals {
    static final UUID CHAT = UUID.fromString("7a1b2c3d-0000-4000-8000-000000000001");
    static final UUID COMPLAINTS = UUID.fromString("7a1b2c3d-0000-4000-8000-000000000002");
    static final UUID DIGITAL_HOUSING = UUID.fromString("7a1b2c3d-0000-4000-8000-000000000003");
    private static final String ACTOR = "demo";

    private final Goals goals;
    private final Plans plans;

    DemoGoals(Goals goals, Plans plans) {
        this.goals = goals;
        this.plans = plans;
    }

    /** Loads the goals and plans for a demo year that ends today. */
    @Transactional
    public void load(LocalDate today) {
        int year = today.getYear();
        Goal chat = Goal.findById(CHAT);
        if (chat != null && chat.retiredAt == null && GoalPlan.findById(CHAT) == null) {
            plans.savePlan(ACTOR, CHAT, new Plans.Texts(
                    "Fler unga ska känna till chatten och våga söka råd och stöd där.",
                    "Unga 13–20 år, skolpersonal, fritidsgårdar",
                    "Du kan vara anonym. Det är inte för litet att chatta om. Chatten är öppen vardagskvällar.",
                    "Skolornas lärplattformar, sociala medier, affischer på fritidsgårdar, elevhälsan"));
            activity(CHAT, 1, today.minusDays(320), null, "Besök på högstadieskolornas elevråd",
                    "Elever i årskurs 7–9", "Samordnare för ungdomschatten", Activity.Status.DONE);
            activity(CHAT, 2, today.minusDays(200), today.minusDays(170), "Affischkampanj på fritidsgårdarna",
                    "Unga 13–20 år", "Kommunikatör", Activity.Status.DONE);
            activity(CHAT, 3, today.minusDays(90), null, "Information till elevhälsan om chatten",
                    "Skolkuratorer och skolsköterskor", "Samordnare för ungdomschatten", Activity.Status.DONE);
            activity(CHAT, 4, today.plusDays(30), today.plusDays(44), "Annonser i sociala medier inför sommarlovet",
                    "Unga 13–20 år", "Kommunikatör", Activity.Status.PLANNED);
        }
        if (Goal.findById(COMPLAINTS) == null) {
            goals.create(ACTOR, COMPLAINTS, new Goals.Draft("Färre klagomål på socialtjänstens bemötande och service",
                    "feedback.kind.COMPLAINT", Goal.Direction.DOWN, year - 1, BigDecimal.valueOf(130),
                    BigDecimal.valueOf(90), year + 1, "Enhetschef kontaktcenter"));
            plans.savePlan(ACTOR, COMPLAINTS, new Plans.Texts(
                    "Färre ska behöva klaga: tydligare besked om handläggningstider och om vart man vänder sig.",
                    "Sökande och deras anhöriga, medarbetare i kontaktcenter",
                    "Så lång tid tar ditt ärende. Här ser du vart ditt ärende har kommit. Vi svarar inom två arbetsdagar.",
                    "Webbplatsen, beslutsbrev, kontaktcenter, intranätet"));
            activity(COMPLAINTS, 1, today.minusDays(300), null, "Genomgång av vanliga klagomål med kontaktcenter",
                    "Medarbetare i kontaktcenter", "Enhetschef kontaktcenter", Activity.Status.DONE);
            activity(COMPLAINTS, 2, today.minusDays(240), today.minusDays(210), "Nya texter om handläggningstider på webben",
                    "Sökande och anhöriga", "Webbredaktör", Activity.Status.DONE);
            activity(COMPLAINTS, 3, today.minusDays(120), null, "Utbildning i klarspråk för beslutsbrev",
                    "Handläggare", "Kommunikationschef", Activity.Status.CANCELLED);
            activity(COMPLAINTS, 4, today.minusDays(60), null, "Uppföljning av klagomålen i nämnden",
                    "Socialnämnden", "Enhetschef kontaktcenter", Activity.Status.DONE);
            activity(COMPLAINTS, 5, today.plusDays(20), null, "Kort film om hur en ansökan handläggs",
                    "Sökande och anhöriga", "Kommunikatör", Activity.Status.PLANNED);
        }
        if (Goal.findById(DIGITAL_HOUSING) == null) {
            goals.create(ACTOR, DIGITAL_HOUSING, new Goals.Draft("Fler ansöker digitalt om särskilt boende",
                    "housing.digitalShare.share", Goal.Direction.UP, year - 1, BigDecimal.valueOf(50),
                    BigDecimal.valueOf(80), year + 1, "Verksamhetsutvecklare e-tjänster äldreomsorg"));
            plans.savePlan(ACTOR, DIGITAL_HOUSING, new Plans.Texts(
                    "Fler äldre och anhöriga ska ansöka om särskilt boende i e-tjänsten, som går fortare att handlägga.",
                    "Äldre, anhöriga, biståndshandläggare, träffpunkter för seniorer",
                    "Du kan ansöka när det passar dig och följa ansökan. Anhöriga kan ansöka med fullmakt.",
                    "Webbplatsen, brev, träffpunkter, biståndshandläggarnas samtal, lokaltidningen"));
            activity(DIGITAL_HOUSING, 1, today.minusDays(350), null, "Lansering av e-tjänsten för särskilt boende",
                    "Äldre och anhöriga", "Verksamhetsutvecklare e-tjänster äldreomsorg", Activity.Status.DONE);
            activity(DIGITAL_HOUSING, 2, today.minusDays(280), today.minusDays(250), "Visning av e-tjänsten på träffpunkterna",
                    "Seniorer och anhöriga", "Kommunikatör", Activity.Status.DONE);
            activity(DIGITAL_HOUSING, 3, today.minusDays(170), null, "Utvärdering av piloten efter sex månader",
                    "Socialnämnden", "Verksamhetsutvecklare e-tjänster äldreomsorg", Activity.Status.DONE);
            activity(DIGITAL_HOUSING, 4, today.minusDays(100), null, "Annons i lokaltidningen",
                    "Äldre och anhöriga", "Kommunikatör", Activity.Status.DONE);
            activity(DIGITAL_HOUSING, 5, today.plusDays(45), null, "Informationsbrev med beslut om hemtjänst",
                    "Personer med hemtjänst", "Biståndshandläggare", Activity.Status.PLANNED);
        }
    }

    private void activity(UUID goal, int number, LocalDate startsOn, LocalDate endsOn, String what, String targetGroup,
            String responsible, Activity.Status status) {
        UUID id = UUID.nameUUIDFromBytes((goal + "/" + number).getBytes(StandardCharsets.UTF_8));
        plans.addActivity(ACTOR, goal, id, new Plans.ActivityDraft(startsOn, endsOn, what, targetGroup, responsible,
                status));
    }
}
