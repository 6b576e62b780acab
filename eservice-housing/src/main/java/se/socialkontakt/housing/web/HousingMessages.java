package se.socialkontakt.housing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The public pages' texts and those every page shares, in plain Swedish;
 * English in messages/msg_en.properties (keep the two side by side).
 * Split by page so that no bundle grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "msg", locale = "sv")
public interface HousingMessages {
    @Message("Socialtjänsten – Särskilt boende för äldre")
    String banner();

    @Message("Huvudmeny")
    String navLabel();

    @Message("Start")
    String navStart();

    @Message("Boenden")
    String navHomes();

    @Message("Så fungerar det")
    String navHow();

    @Message("Mina ansökningar")
    String navApplications();

    @Message("Frågor? Ring socialtjänsten på {phone}, vardagar {hours}.")
    String footerContact(String phone, String hours);

    @Message("Den här sidan behöver JavaScript. Du kan också ansöka per telefon: {phone}.")
    String needsJavaScript(String phone);

    @Message("Loggar in …")
    String signingIn();

    @Message("Logga ut")
    String logout();

    @Message("Hämtar …")
    String loading();

    @Message("Något gick fel. Försök igen om en stund.")
    String somethingWentWrong();

    @Message("Ja")
    String yes();

    @Message("Nej")
    String no();

    @Message("(frivilligt)")
    String optional();

    @Message("Det finns ett problem")
    String errorSummaryTitle();

    @Message("Fel:")
    String errorPrefix();

    @Message("Skicka")
    String send();

    @Message("Ansök om särskilt boende")
    String title();

    @Message("Här kan du ansöka om plats på ett vård- och omsorgsboende för äldre, det som kallas särskilt boende. Du kan ansöka för din egen del eller för någon annan, till exempel din mamma eller pappa.")
    String startIntro();

    @Message("Ansök eller se dina ansökningar")
    String startApply();

    @Message("Du loggar in med e-legitimation, till exempel BankID.")
    String startLogin();

    @Message("Det tar ungefär 20 minuter. Allt du skriver sparas, så du kan fortsätta en annan dag.")
    String startTime();

    @Message("Läs mer")
    String startMore();

    @Message("Så fungerar det – från ansökan till beslut")
    String startHowLink();

    @Message("Stadens boenden för äldre")
    String startHomesLink();

    @Message("Vill du hellre ansöka på papper eller få hjälp per telefon? Ring {phone}.")
    String startPhone(String phone);

    @Message("Stadens boenden för äldre")
    String homesTitle();

    @Message("Här ser du stadens vård- och omsorgsboenden. Du kan önska ett eller flera boenden när du ansöker.")
    String homesIntro();

    @Message("Visa boenden")
    String filterLegend();

    @Message("Stadsdel")
    String district();

    @Message("Alla stadsdelar")
    String allDistricts();

    @Message("Inriktning")
    String specialisation();

    @Message("Alla inriktningar")
    String allSpecialisations();

    @Message("Bara boenden där par kan bo tillsammans")
    String couplesOnly();

    @Message("Visa")
    String filterButton();

    @Message("Antal boenden: {count}")
    String homesCount(int count);

    @Message("Inga boenden passar dina val. Välj en annan stadsdel eller inriktning.")
    String noHomes();

    @Message("Par kan bo tillsammans här")
    String couplesWelcome();

    @Message("Telefon")
    String phoneLabel();

    @Message("Adress")
    String addressLabel();

    @Message("Inriktning")
    String specialisationsLabel();

    @Message("Allmän äldreomsorg")
    String generalCare();

    @Message("Tillbaka till alla boenden")
    String backToHomes();

    @Message("Kontakt")
    String homeContactHeading();

    @Message("Ring boendet om du vill komma på besök eller har frågor om boendet.")
    String homeContactText();

    @Message("Vill du bo här? Skriv boendet som önskemål när du ansöker.")
    String homeApplyText();

    @Message("Fysiska sjukdomar och funktionsnedsättningar")
    String specSOMATIC();

    @Message("Demens")
    String specDEMENTIA();

    @Message("Psykisk ohälsa")
    String specPSYCHIATRY();

    @Message("Finskspråkigt")
    String specLANGUAGE_FINNISH();

    @Message("Arabiskspråkigt")
    String specLANGUAGE_ARABIC();

    @Message("Persiskspråkigt")
    String specLANGUAGE_PERSIAN();

    @Message("HBTQ-certifierat")
    String specLGBTQ_CERTIFIED();

    @Message("Boendet finns inte")
    String noSuchHome();

    @Message("Vi hittar inte det boendet. Det kan ha tagits bort ur listan.")
    String noSuchHomeText();

    @Message("Så fungerar det")
    String howTitle();

    @Message("Vem kan ansöka?")
    String howWhoHeading();

    @Message("Du som bor i kommunen och inte längre klarar dig hemma, trots hemtjänst eller annan hjälp, kan ansöka om särskilt boende. En anhörig eller god man kan ansöka för din räkning, om du vill det.")
    String howWhoText();

    @Message("Hur ansöker man?")
    String howHowHeading();

    @Message("Logga in med e-legitimation och svara på frågorna, ett steg i taget. Du kan spara och fortsätta senare. Du kan också ringa oss och få en pappersblankett.")
    String howHowText();

    @Message("Vad händer sedan?")
    String howNextHeading();

    @Message("Vi registrerar din ansökan. Du får ett ärendenummer direkt.")
    String howNext1();

    @Message("En biståndshandläggare utreder ansökan. Hen ringer dig och kommer ofta på hembesök.")
    String howNext2();

    @Message("Om handläggaren behöver veta mer får du ett meddelande här i e-tjänsten.")
    String howNext3();

    @Message("Du får ett skriftligt beslut.")
    String howNext4();

    @Message("Om du får bo på ett särskilt boende erbjuds du en plats så snart en blir ledig.")
    String howNext5();

    @Message("Hur lång tid tar det?")
    String howTimesHeading();

    @Message("Beslutet kommer oftast inom {days} arbetsdagar, det är ungefär sex veckor. Efter ett beviljat beslut brukar det ta en till tre månader innan en plats blir ledig.")
    String howTimesText(int days);

    @Message("Hur får jag beslutet?")
    String howDecisionHeading();

    @Message("Du väljer själv i ansökan: i din digitala brevlåda eller som brev med posten. Du ser också beslutet här i e-tjänsten.")
    String howDecisionText();

    @Message("Om du inte är nöjd med beslutet")
    String howAppealHeading();

    @Message("Du kan överklaga beslutet inom tre veckor från den dag du fick det. Skicka överklagandet till äldrenämnden, som fattade beslutet. Du kan överklaga direkt här i e-tjänsten. Nämnden tittar på beslutet igen. Ändrar den inte beslutet skickas överklagandet vidare till förvaltningsrätten.")
    String howAppealText();

    @Message("Vem kontaktar jag?")
    String howContactHeading();

    @Message("Ring socialtjänsten på {phone}, vardagar {hours}. När du har ansökt kan du också skriva till din handläggare här i e-tjänsten.")
    String howContactText(String phone, String hours);

    @Message("Vanliga frågor")
    String faqHeading();

    @Message("Kan jag välja boende?")
    String faq1Q();

    @Message("Du kan önska upp till tre boenden eller stadsdelar. Ett önskemål är ingen garanti, men vi försöker ta hänsyn till det.")
    String faq1A();

    @Message("Kan jag bo kvar med min make eller maka?")
    String faq2Q();

    @Message("Ja. Om ni har levt tillsammans länge har ni rätt att fortsätta bo tillsammans, även om bara en av er behöver särskilt boende.")
    String faq2A();

    @Message("Vad kostar det?")
    String faq3Q();

    @Message("Du betalar hyra och en avgift för omsorg och mat. Avgiften beror på din inkomst och har ett tak.")
    String faq3A();

    @Message("Jag har skyddade personuppgifter. Hur ansöker jag?")
    String faq4Q();

    @Message("Ring oss på {phone}, så hjälper vi dig att ansöka utan att något sparas i e-tjänsten.")
    String faq4A(String phone);

    @Message("Kan någon hjälpa mig att fylla i ansökan?")
    String faq5Q();

    @Message("Ja. En anhörig kan sitta med dig, eller ansöka för din räkning om du samtycker. Du kan också ringa oss.")
    String faq5A();
}
