package se.socialkontakt.systemtest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Suite.Service.ANALYTICS;
import static se.socialkontakt.systemtest.Suite.Service.CHAT;
import static se.socialkontakt.systemtest.Suite.Service.CONTACT_CENTER;
import static se.socialkontakt.systemtest.Suite.Service.HOUSING;

/**
 * Each role's main day, in the browser only (issue #15): what one role hands on, the next role takes up in its own
 * browser, as in the service: a young person, a counsellor and a supervisor in one chat; a resident applying and an
 * assessor deciding; a relative applying for a parent who follows the application; an agent and a handler answering
 * a resident's question and complaint; a manager setting a goal that a communicator plans for. Nothing is arranged
 * through the API. Every state a person looks at is a screenshot (target/screenshots/journey-ROLE-NN-STATE.png)
 * checked by axe-core.
 */
@ExtendWith({Suite.class, Browsers.class})
class RoleJourneysIT {
    private static final String CONVERSATION_KEY = "socialkontakt.chat.conversation";
    private static final Pattern APPLICATION_REFERENCE = Pattern.compile("SB-\\d{4}-\\d{6}");
    private static final Pattern CASE_REFERENCE = Pattern.compile("KC-\\d{4}-\\d{6}");
    private static final Pattern FEEDBACK_REFERENCE = Pattern.compile("SYN-\\d{4}-\\d{6}");
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    /** Youth, counsellor and supervisor: a worrying chat, support asked for and given, ended and wiped. */
    @Test
    void aYoungPersonTalksToACounsellorWhoCallsInTheSupervisor() {
        try (Actor counsellor = Actor.atDesk("counsellor"); Actor supervisor = Actor.atDesk("supervisor");
                Actor youth = Actor.onPhone("youth")) {
            // counsellor2: the demo's "counsellor" is the suite's counsellor on duty, kept available through the run.
            Page console = counsellor.signedInAt(CHAT, "/console", "counsellor2");
            assertThat(console.locator("#connection")).hasText("Ansluten");
            console.getByLabel("Jag tar emot samtal").check();
            counsellor.sees("console-available");

            Page chat = youth.open(CHAT, "/");
            youth.sees("chat-open");
            chat.getByLabel("13–15 år").check();
            chat.getByLabel("Vad vill du prata om? (frivilligt)").selectOption(new SelectOption().setLabel("Familjen"));
            youth.click("Starta chatten");
            assertThat(chat.locator("#queue")).containsText("Du står i kön");
            write(chat.locator("#message-text"), "Det är bråk hemma hela tiden och jag vill inte leva längre");
            assertThat(chat.locator("#messages .pending")).hasCount(0);
            youth.sees("in-the-queue");

            String id = (String) chat.evaluate("key => JSON.parse(sessionStorage.getItem(key)).id", CONVERSATION_KEY);
            Locator waiting = console.locator("#queue-list li[data-conversation-id='" + id + "']");
            assertThat(waiting.locator(".badge.risk")).hasText("Hög risk");
            assertThat(waiting.locator(".topic")).hasText("Familjen");
            counsellor.sees("queue-high-risk");
            Actor.click(waiting, "Ta samtalet");
            Locator panel = console.locator("#panels .conversation:not([hidden])");
            assertThat(panel.locator(".messages")).containsText("jag vill inte leva längre");
            assertThat(waiting).hasCount(0);
            assertThat(chat.locator("#messages")).containsText("En kurator har svarat");
            panel.getByLabel("Färdiga svar").selectOption(new SelectOption().setLabel("Anonymt"));
            Actor.click(panel, "Infoga");
            write(panel.getByLabel("Svar till den unga"), null);
            assertThat(chat.locator("#messages")).containsText("Du är anonym här");
            write(chat.locator("#message-text"), "Okej. Mamma och hennes kille skriker på varandra varje kväll");
            assertThat(panel.locator(".messages")).containsText("skriker på varandra");
            panel.getByLabel("Intern anteckning").fill("Hög risk: frågar om plan och skydd, handledare larmad");
            Actor.click(panel, "Spara anteckning");
            assertThat(panel.locator(".messages .note")).containsText("handledare larmad");
            panel.getByText("Fler åtgärder").click();
            Actor.click(panel, "Be en handledare om stöd");
            assertThat(panel.locator(".action-status")).hasText("En handledare har larmats.");
            counsellor.sees("support-asked");
            youth.sees("chatting");

            Page supervisorConsole = supervisor.signedInAt(CHAT, "/console", "supervisor");
            assertThat(supervisorConsole.locator("#connection")).hasText("Ansluten");
            Locator askedFor = supervisorConsole.locator("#alert-list li[data-key='" + id + "|ESCALATED']");
            assertThat(askedFor).containsText("En kurator ber om stöd (counsellor2)");
            supervisor.sees("alerts");
            Actor.click(askedFor, "Gå in tyst");
            Locator followed = supervisorConsole.locator("#panels .conversation:not([hidden])");
            assertThat(followed.locator(".silent")).isVisible();
            assertThat(followed.locator(".messages")).containsText("skriker på varandra");
            assertThat(followed.locator(".messages .note")).containsText("handledare larmad");
            assertThat(followed.locator(".composer")).isHidden();
            supervisor.sees("following-silently");
            Actor.click(supervisorConsole.locator("#alert-list li[data-key='" + id + "|RISK_WORDS']"), "Gå in öppet");
            assertThat(followed.locator(".composer")).isVisible();
            assertThat(chat.locator("#messages")).containsText("En handledare har kommit in i chatten.");
            write(followed.getByLabel("Svar till den unga"),
                    "Hej, jag är handledare och läser med. Bra att du skriver till oss. Är du säker just nu?");
            assertThat(chat.locator("#messages")).containsText("Är du säker just nu?");
            assertThat(panel.locator(".messages")).containsText("Är du säker just nu?");
            supervisor.sees("joined-openly");
            youth.sees("supervisor-joined");

            write(chat.locator("#message-text"), "Ja, jag är hos mormor i kväll");
            assertThat(panel.locator(".messages")).containsText("hos mormor");
            panel.getByLabel("Familjen").check();
            panel.getByLabel("Känslor och mående").check();
            Actor.click(panel, "Avsluta samtalet");
            assertThat(panel.locator(".end-status")).hasText("Ämnena är sparade.");
            assertThat(followed.locator(".messages")).containsText("Samtalet är avslutat.");
            counsellor.sees("ended");
            assertThat(chat.locator("#after")).containsText("Kuratorn avslutade chatten.");
            youth.sees("ended");
            chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja").setExact(true)).click();
            assertThat(chat.locator("#thanks")).hasText("Tack för ditt svar!");
            assertThat(chat.locator("#messages li")).hasCount(0);
            youth.sees("erased");
        }
    }

    /** Resident and assessor: an application for oneself, followed from submission to moving in. */
    @Test
    void aResidentAppliesForSpecialHousingAndAnAssessorGrantsIt() {
        try (Actor resident = Actor.onPhone("resident"); Actor assessor = Actor.atDesk("assessor")) {
            Page page = resident.signedInAt(HOUSING, "/ansokan", "resident");
            assertThat(page.locator("#app")).isVisible();
            resident.sees("my-applications");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Starta en ny ansökan")).click();
            startApplication(resident, "Mig själv");
            step(resident, 1, "Vem ansöker?");
            assertThat(page.locator("#f-role-0")).isChecked();
            resident.click("Spara och fortsätt");
            step(resident, 2, "Kontaktuppgifter");
            assertThat(page.locator("#f-name")).hasValue("Tolvan Tolvansson");
            answerStepsTwoToEight(resident, "08-465 004 20");
            step(resident, 9, "Bilagor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spara och fortsätt")).click();
            String reference = submit(resident);

            Page console = assessor.signedInAt(HOUSING, "/handlaggning", "assessor");
            assertThat(console.locator("#app")).isVisible();
            assessor.sees("inbox");
            console.getByLabel("Sök ansökan").fill(reference);
            assessor.click("Sök");
            assertThat(console.locator("#inbox-heading")).hasText("Sökresultat");
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(console.locator("#reference")).hasText(reference);
            assertThat(console.locator("#applicant-number")).hasText("191212121212");
            assertThat(console.locator("#answers")).containsText("Kan inte gå i trappor");
            assessor.click("Tilldela mig");
            assertThat(console.locator("#assessor")).hasText("assessor");
            console.getByLabel("Skriv till den sökande").fill("Jag vill komma på hembesök tisdag kl. 10. Passar det?");
            assessor.click("Skicka");
            assertThat(console.locator("#messages")).containsText("hembesök tisdag");
            assessor.sees("case-assigned");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa ansökan")).click();
            assertThat(page.locator("#messages")).containsText("hembesök tisdag");
            resident.sees("message-from-assessor");
            page.getByLabel("Skriv till handläggaren").fill("Tisdag passar bra. Ring på hos Tolvansson.");
            resident.click("Skicka");
            assertThat(page.locator("#messages")).containsText("Tisdag passar bra");

            console.reload();
            assertThat(console.locator("#messages")).containsText("Tisdag passar bra");
            console.getByLabel("Beviljas", EXACT).check();
            console.getByLabel("Beslutstext med motivering")
                    .fill("Behoven av tillsyn dygnet runt kan inte tillgodoses i den egna bostaden.");
            assessor.click("Spara beslutet");
            assertThat(console.locator("#case-status")).hasText("Beslut fattat");
            assessor.click("Erbjudande lämnat");
            assertThat(console.locator("#case-status")).hasText("Erbjudande om plats lämnat");
            assessor.sees("offer-made");

            page.reload();
            assertThat(page.locator("#status-heading")).hasText("Erbjudande lämnat");
            assertThat(page.locator("#outcome")).hasText("Du har fått ja: du beviljas särskilt boende");
            assertNoWordBreaksInside(page);
            resident.sees("granted-and-offered");

            assessor.click("Inflyttad");
            assertThat(console.locator("#case-status")).hasText("Inflyttad");
            assessor.sees("moved-in");
            page.reload();
            assertThat(page.locator("#now")).hasText("Du har flyttat in. Välkommen!");
            resident.sees("moved-in");
        }
    }

    /** A relative applies ON_BEHALF of a parent, with consent; the parent reads the application, cannot change it. */
    @Test
    void aRelativeAppliesForAParentWhoReadsTheApplication() {
        try (Actor relative = Actor.onPhone("relative"); Actor parent = Actor.onPhone("subject")) {
            Page page = relative.signedInAt(HOUSING, "/ansokan/ny", "resident2");
            startApplication(relative, "Någon annan, som jag ansöker för");
            step(relative, 1, "Vem ansöker?");
            page.getByLabel("Namn på den du ansöker för").fill("Tolvan Tolvansson");
            page.getByLabel("Personnummer för den du ansöker för").fill("19121212-1212");
            page.getByLabel("Fullmakt (du laddar upp den som bilaga)").check();
            page.getByLabel("Personen vet om ansökan och vill att jag ansöker").check();
            relative.sees("on-behalf");
            relative.click("Spara och fortsätt");
            step(relative, 2, "Kontaktuppgifter");
            assertThat(page.locator("#f-name")).hasValue("Agda Testsson");
            answerStepsTwoToEight(relative, "070-123 45 67");
            step(relative, 9, "Bilagor");
            assertThat(page.locator("#power-of-attorney")).isVisible();
            page.getByLabel("Välj en fil")
                    .setInputFiles(new FilePayload("fullmakt.pdf", "application/pdf", Attachments.tinyPdf()));
            relative.click("Ladda upp");
            assertThat(page.locator("#upload-status")).hasText("Filen är uppladdad.");
            relative.sees("power-of-attorney-attached");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spara och fortsätt")).click();
            String reference = submit(relative);

            Page own = parent.signedInAt(HOUSING, "/ansokan", "resident");
            Locator concerning = own.locator("#list li").filter(new Locator.FilterOptions().setHasText(reference));
            assertThat(concerning.locator("h2")).hasText("Ansökan om särskilt boende för dig");
            assertThat(concerning).containsText("Agda Testsson ansöker för din räkning");
            parent.sees("applications-concerning-me");
            concerning.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Visa")).click();
            assertThat(own.locator("#reference")).hasText(reference);
            assertThat(own.locator("#on-behalf")).containsText("Agda Testsson ansöker för din räkning");
            assertThat(own.locator("#upload-form")).isHidden();
            own.locator(".answers-details summary").click();
            assertThat(own.locator("#answers")).containsText("Tolvan Tolvansson");
            assertNoWordBreaksInside(own);
            parent.sees("application-read");
        }
    }

    /**
     * Agent and handler: a resident asks a question and complains, signed in with e-ID; the agent resolves a phone
     * call from the knowledge base and routes the question; the handler answers it and the complaint; the resident
     * reads both answers under Mina kontakter.
     */
    @Test
    void anAgentAndAHandlerAnswerAResidentsQuestionAndComplaint() {
        try (Actor resident = Actor.onPhone("resident-contact"); Actor agent = Actor.atDesk("agent");
                Actor handler = Actor.atDesk("handler")) {
            Page form = resident.open(CONTACT_CENTER, "/kontakt");
            resident.click("Logga in med e-legitimation");
            resident.signInAs("resident");
            assertThat(form.locator("#resident-sign-in .signed-in")).isVisible();
            form.getByLabel("Vad gäller frågan?", EXACT).selectOption("FINANCIAL_AID");
            form.getByLabel("Din fråga", EXACT).fill("Hur lång tid tar det innan jag får besked om försörjningsstöd?");
            form.getByLabel("Telefonnummer eller e-postadress").fill("070-000 00 00");
            resident.sees("question-written");
            resident.click("Skicka");
            Locator receipt = form.locator("#receipt [data-receipt='reference']");
            assertThat(receipt).hasText(CASE_REFERENCE);
            String question = receipt.textContent();
            resident.sees("question-sent");

            form = resident.open(CONTACT_CENTER, "/synpunkter");
            resident.click("Logga in med e-legitimation");
            assertThat(form.locator("#resident-sign-in .signed-in")).isVisible();
            form.getByLabel("Klagomål", EXACT).check();
            form.getByLabel("Vilken verksamhet gäller det?", EXACT).selectOption("FINANCIAL_AID");
            form.getByLabel("Dina synpunkter", EXACT).fill("Jag fick vänta fyra veckor på besked och ingen ringde.");
            form.getByLabel("Telefonnummer eller e-postadress").fill("070-000 00 00");
            resident.click("Skicka");
            receipt = form.locator("#receipt [data-receipt='reference']");
            assertThat(receipt).hasText(FEEDBACK_REFERENCE);
            String complaint = receipt.textContent();
            resident.sees("complaint-sent");

            Page console = agent.signedInAt(CONTACT_CENTER, "/agent", "agent");
            console.locator("#channel").selectOption("PHONE");
            console.locator("#category").selectOption("ELDERLY_CARE");
            console.locator("#targetGroup").selectOption("RELATIVES");
            console.getByLabel("Vad gäller kontakten?").fill("Sonen undrar hur hans pappa ansöker om hemtjänst.");
            agent.click("Registrera kontakt");
            assertThat(console.locator("#case-status")).hasText("Kontakten är registrerad.");
            console.getByLabel("Sök i kunskapsbanken").fill("hemtjänst");
            Locator hit = console.locator("#knowledge-hits li")
                    .filter(new Locator.FilterOptions().setHasText("Hur ansöker jag om hemtjänst?"));
            Actor.click(hit, "Infoga svaret");
            agent.sees("phone-call-answered-from-knowledge");
            agent.click("Lös direkt");
            assertThat(console.locator("#case-status")).hasText("Ärendet är löst vid första kontakt.");
            agent.sees("phone-call-resolved");

            Locator latest = console.locator("#latest-cases");
            Actor.click(latest, question);
            assertThat(console.locator("#case [data-field='summary']")).containsText("försörjningsstöd");
            assertThat(console.locator("#case [data-field='channel']")).hasText("Webbformulär");
            console.getByLabel("Skicka vidare till").selectOption("FINANCIAL_AID");
            agent.click("Skicka vidare");
            assertThat(console.locator("#case-status")).hasText("Ärendet är skickat till Ekonomiskt bistånd.");
            agent.sees("question-routed");

            Page unit = handler.signedInAt(CONTACT_CENTER, "/handlaggare", "handler");
            unit.getByLabel("Enhet", EXACT).selectOption("FINANCIAL_AID");
            Actor.click(unit.locator("#unit-cases"), question);
            assertThat(unit.locator("#case [data-field='summary']")).containsText("försörjningsstöd");
            assertThat(unit.locator("#reply-route")).hasText("Svaret visas för personen under Mina kontakter.");
            unit.getByLabel("Svar till personen")
                    .fill("Vi fattar beslut inom tio arbetsdagar efter att ansökan är komplett. Vi ringer dig.");
            handler.sees("question-open");
            handler.click("Lös ärendet");
            assertThat(unit.locator("#case-status")).hasText("Ärendet är löst.");

            Locator feedback = unit.locator("#feedback-list li").filter(new Locator.FilterOptions()
                    .setHasText(complaint));
            assertThat(feedback).containsText("fyra veckor");
            Actor.click(feedback, "Bekräfta mottagandet");
            assertThat(feedback.locator(".item-status")).hasText("Sparat.");
            feedback.getByLabel("Svar", new Locator.GetByLabelOptions().setExact(true))
                    .fill("Förlåt att du fick vänta. Vi har infört en uppringning när ett besked dröjer.");
            Actor.click(feedback, "Skicka svar");
            assertThat(feedback.locator(".item-status")).hasText("Svaret är sparat.");
            handler.sees("complaint-answered");

            Page mine = resident.open(CONTACT_CENTER, "/mina-kontakter");
            assertThat(mine.locator("#questions li").filter(new Locator.FilterOptions().setHasText(question))
                    .locator(".answer-text")).hasText(Pattern.compile("inom tio arbetsdagar"));
            assertThat(mine.locator("#feedback li").filter(new Locator.FilterOptions().setHasText(complaint))
                    .locator(".answer-text")).hasText(Pattern.compile("Förlåt att du fick vänta"));
            assertNoWordBreaksInside(mine);
            resident.sees("answers-read");
        }
    }

    /**
     * Manager and communicator: the manager sets a goal on the dashboard; the communicator writes its communication
     * plan, puts an activity in the annual plan and publishes an answer residents find; the manager reads the plan.
     */
    @Test
    void aManagerSetsAGoalThatACommunicatorPlansAndPublishesFor() {
        String goal = "Fler frågor via webbformuläret " + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        try (Actor manager = Actor.atDesk("manager"); Actor communicator = Actor.atDesk("communicator");
                Actor reader = Actor.onPhone("resident-faq")) {
            Page dashboard = manager.signedInWithTheButton(ANALYTICS, "/", "manager");
            assertThat(dashboard.locator("#dashboard")).isVisible();
            dashboard.locator("#period").selectOption("YEAR");
            dashboard.locator("#controls button[type=submit]").click();
            assertThat(dashboard.locator("#status")).not().isEmpty();
            manager.sees("dashboard-year");
            dashboard.getByLabel("Målets namn").fill(goal);
            dashboard.getByLabel("Nyckeltal som följs").selectOption("contacts.channel.WEB_FORM");
            dashboard.getByLabel("Öka").check();
            dashboard.getByLabel("Utgångsår").fill(String.valueOf(today.getYear() - 1));
            dashboard.getByLabel("Utgångsvärde").fill("40");
            dashboard.getByLabel("Målvärde").fill("80");
            dashboard.getByLabel("Målår").fill(String.valueOf(today.getYear() + 2));
            dashboard.getByLabel("Ansvarig (roll eller titel)").fill("Enhetschef kontaktcenter");
            manager.click("Spara målet");
            assertThat(dashboard.locator("#goal-status")).hasText("Målet är sparat.");
            assertThat(dashboard.locator("#goal-rows tr").filter(new Locator.FilterOptions().setHasText(goal)))
                    .containsText("Öka");
            assertAllColumnsShow(dashboard);
            manager.sees("goal-set");

            Page plan = communicator.signedInWithTheButton(ANALYTICS, "/plan", "communicator");
            assertThat(plan.locator("#plan")).isVisible();
            Locator goalPlan = plan.locator("#goal-plans form").filter(new Locator.FilterOptions().setHasText(goal));
            goalPlan.getByLabel("Syfte").fill("Fler ställer sina frågor i webbformuläret i stället för att ringa.");
            goalPlan.getByLabel("Målgrupper").fill("Anhöriga, invånare 65+");
            goalPlan.getByLabel("Budskap").fill("Du får svar inom två arbetsdagar och läser det under Mina kontakter.");
            goalPlan.getByLabel("Kanaler").fill("Webbplatsen, lokaltidningen, biblioteken");
            Actor.click(goalPlan, "Spara planen för " + goal);
            assertThat(plan.locator("#plan-status-line")).hasText("Planen är sparad.");
            plan.getByLabel("Mål", EXACT).selectOption(new SelectOption().setLabel(goal));
            plan.getByLabel("Första dag").fill(today.toString());
            plan.getByLabel("Aktivitet", EXACT).fill("Visa webbformuläret på biblioteken");
            plan.getByLabel("Målgrupp", EXACT).fill("Invånare 65+");
            plan.getByLabel("Ansvarig", EXACT).fill("Kommunikatör");
            communicator.click("Spara aktiviteten");
            assertThat(plan.locator("#activity-status-line")).hasText("Aktiviteten är sparad.");
            Locator planned = plan.locator("table[data-month='" + today.getMonthValue() + "'] tr")
                    .filter(new Locator.FilterOptions().setHasText("Visa webbformuläret på biblioteken"));
            assertThat(planned).containsText(goal);
            assertThat(planned).containsText("Planerad");
            assertAllColumnsShow(plan);
            communicator.sees("annual-plan");

            Page editor = communicator.signedInAt(CONTACT_CENTER, "/redaktion", "communicator");
            editor.getByLabel("Kategori").selectOption("FINANCIAL_AID");
            editor.getByLabel("Synlighet").selectOption(new SelectOption().setLabel("Publik – vanliga frågor"));
            editor.getByLabel("Rubrik på svenska").fill("Var läser jag svaret på min fråga?");
            editor.getByLabel("Text på svenska").fill("Skickar du frågan inloggad med e-legitimation finns svaret "
                    + "under Mina kontakter. Vi svarar inom två arbetsdagar.");
            communicator.click("Spara");
            communicator.click("Publicera");
            assertThat(editor.locator("#article-form .form-status"))
                    .hasText("Artikeln är publicerad och syns för invånarna.");
            communicator.sees("answer-published");

            Page faq = reader.open(CONTACT_CENTER, "/faq");
            faq.getByLabel("Sök bland frågor och svar").fill("svaret på min fråga");
            faq.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Var läser jag svaret på min fråga?"))
                    .click();
            assertThat(faq.locator("h1")).hasText("Var läser jag svaret på min fråga?");
            reader.sees("published-answer");

            manager.signedInWithTheButton(ANALYTICS, "/plan", "manager");
            assertThat(dashboard.locator("table[data-month='" + today.getMonthValue() + "']"))
                    .containsText("Visa webbformuläret på biblioteken");
            assertThat(dashboard.locator("#goal-plans form").filter(new Locator.FilterOptions().setHasText(goal))
                    .getByLabel("Syfte")).hasValue(Pattern.compile("i stället för att ringa"));
            manager.sees("annual-plan");
        }
    }

    /**
     * At a desk no table scrolls sideways: the goals' targets and the annual plan's statuses and edit buttons were
     * out of sight in the site's reading width.
     */
    private static void assertAllColumnsShow(Page page) {
        Object scrolling = page.evaluate("""
                () => [...document.querySelectorAll('table')].filter(t => t.scrollWidth > t.clientWidth)
                  .map(t => t.closest('section')?.querySelector('h2, h3')?.textContent ?? t.id)""");
        assertThat(scrolling).as("tables that scroll sideways at a desk").isEqualTo(List.of());
    }

    /**
     * On a phone a label breaks between its words and a reference number not at all: "Beslutsdatum" read
     * "Beslutsdatu" above "m", and "SB-2026-" stood above "000001".
     */
    private static void assertNoWordBreaksInside(Page page) {
        Object broken = page.evaluate("""
                () => {
                  const lines = (node, start, end) => {
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, end);
                    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
                  };
                  const broken = [];
                  for (const element of document.querySelectorAll('dt, .reference')) {
                    const words = element.matches('.reference') ? /\\S+/g : /[^\\s-]+/g;
                    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
                      for (const word of node.textContent.matchAll(words)) {
                        if (lines(node, word.index, word.index + word[0].length) > 1) {
                          broken.push(word[0]);
                        }
                      }
                    }
                  }
                  return broken;
                }""");
        assertThat(broken).as("words broken across lines").isEqualTo(List.of());
    }

    /** The new-application page: no protected personal data, and who the application is for. */
    private static void startApplication(Actor applicant, String forWhom) {
        Page page = applicant.page();
        assertThat(page.locator("#app")).isVisible();
        page.getByLabel("Nej", EXACT).check();
        page.getByLabel(forWhom).check();
        applicant.sees("new-application");
        applicant.click("Börja ansökan");
    }

    private static void step(Actor applicant, int number, String title) {
        Page page = applicant.page();
        page.waitForURL(Pattern.compile(".*/steg/" + number + "$"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#app")).isVisible();
        applicant.sees("step-" + number);
    }

    /** The wizard's answers about the person the application is for, from contact details to consents. */
    private static void answerStepsTwoToEight(Actor applicant, String phone) {
        Page page = applicant.page();
        page.locator("#f-phone").fill(phone);
        page.locator("#f-decisionBy-0").check();
        applicant.click("Spara och fortsätt");
        choose(applicant, 3, "Hur bor du i dag?", "#f-situation-0", "#f-homeHelp-0", "#f-homeHealthCare-0");
        step(applicant, 4, "Dina behov");
        page.locator("#f-physical").fill("Kan inte gå i trappor och behöver hjälp på natten");
        applicant.click("Spara och fortsätt");
        choose(applicant, 5, "Make, maka eller sambo", "#f-movesToo-1");
        choose(applicant, 6, "Önskemål om boende", "#f-anywhere-0");
        choose(applicant, 7, "Språk", "#f-interpreter-1");
        choose(applicant, 8, "Samtycke", "#f-healthCare-0", "#f-relatives-0");
    }

    /** A step answered by choices alone: its choices checked, then on to the next. */
    private static void choose(Actor applicant, int number, String title, String... choices) {
        step(applicant, number, title);
        for (String choice : choices) {
            applicant.page().locator(choice).check();
        }
        applicant.click("Spara och fortsätt");
    }

    /** Reviews and sends the application; answers its reference from the receipt. */
    private static String submit(Actor applicant) {
        Page page = applicant.page();
        step(applicant, 10, "Granska och skicka");
        applicant.click("Skicka ansökan");
        assertThat(page.locator("h1")).hasText("Ansökan är skickad");
        assertThat(page.locator("#reference")).hasText(APPLICATION_REFERENCE);
        assertNoWordBreaksInside(page);
        applicant.sees("receipt");
        return page.locator("#reference").innerText();
    }

    /** Writes in a chat's message box and sends with Enter; with no text, sends what the box holds. */
    private static void write(Locator box, String text) {
        if (text != null) {
            box.fill(text);
        }
        box.press("Enter");
    }
}
