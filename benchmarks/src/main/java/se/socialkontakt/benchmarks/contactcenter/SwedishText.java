package se.socialkontakt.benchmarks.contactcenter;

import java.util.List;
import java.util.Random;

/**
 * Varied, realistic Swedish text about the social services, generated deterministically from a seed: FAQ articles
 * (title and body), case summaries, and the phrases people search for. Topics come in several inflected forms
 * ("ansöka", "ansöker", "ansökan", "ansökningar"), as real text does, so that stemming and prefix search are
 * exercised as on a real knowledge base.
 */
final class SwedishText {
    /** A service the municipality offers: its name, the category it belongs to, and inflected words about it. */
    record Topic(String name, String category, List<String> words) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("hemtjänst", "ELDERLY_CARE", List.of("hemtjänsten", "hemtjänstinsatser", "omsorgen", "städning",
                    "inköp", "promenader", "tillsyn")),
            new Topic("särskilt boende", "ELDERLY_CARE", List.of("boendet", "äldreboende", "lägenheten", "flytten",
                    "parboende", "kön")),
            new Topic("trygghetslarm", "ELDERLY_CARE", List.of("larmet", "larmknappen", "nattpatrullen", "montering")),
            new Topic("korttidsboende", "ELDERLY_CARE", List.of("korttidsplats", "avlastning", "vistelsen",
                    "anhöriga")),
            new Topic("färdtjänst", "DISABILITY", List.of("resor", "resorna", "tillståndet", "rullstol", "taxi")),
            new Topic("personlig assistans", "DISABILITY", List.of("assistenten", "assistansen", "timmar",
                    "Försäkringskassan")),
            new Topic("ledsagarservice", "DISABILITY", List.of("ledsagaren", "fritiden", "aktiviteter")),
            new Topic("daglig verksamhet", "DISABILITY", List.of("sysselsättning", "arbetsplatsen", "habilitering")),
            new Topic("ekonomiskt bistånd", "FINANCIAL_AID", List.of("försörjningsstöd", "riksnormen", "inkomster",
                    "kontoutdrag", "utbetalningen")),
            new Topic("skuldrådgivning", "FINANCIAL_AID", List.of("skulderna", "kronofogden", "budgeten",
                    "avbetalningsplan")),
            new Topic("hyresskulder", "HOUSING", List.of("hyran", "hyresvärden", "avhysning", "vräkning")),
            new Topic("akutboende", "HOUSING", List.of("bostadslöshet", "härbärget", "natten", "bostaden")),
            new Topic("orosanmälan", "CHILDREN_AND_FAMILY", List.of("barnet", "barnen", "anmälningsplikt",
                    "utredningen")),
            new Topic("familjerådgivning", "CHILDREN_AND_FAMILY", List.of("samtalen", "parrelationen", "separation",
                    "föräldrarna")),
            new Topic("föräldrastöd", "CHILDREN_AND_FAMILY", List.of("föräldraskapet", "gruppträffar", "tonåringar")),
            new Topic("familjehem", "CHILDREN_AND_FAMILY", List.of("placeringen", "familjehemmet", "umgänget")),
            new Topic("missbruksvård", "ADDICTION", List.of("beroendet", "alkohol", "behandlingen", "öppenvården",
                    "avgiftning")),
            new Topic("spelberoende", "ADDICTION", List.of("spelandet", "skulderna", "stödsamtal")),
            new Topic("våld i nära relationer", "ADVICE", List.of("skyddat boende", "kvinnojouren", "polisen",
                    "tryggheten")),
            new Topic("god man", "OTHER", List.of("ställföreträdare", "överförmyndaren", "förvaltare")));

    private static final List<String> TITLES = List.of(
            "Hur ansöker jag om %s?", "Vad kostar %s?", "Vem har rätt till %s?", "Hur lång tid tar en ansökan om %s?",
            "Kan jag överklaga ett beslut om %s?", "Vad händer efter att jag har ansökt om %s?",
            "Hur säger jag upp %s?", "Vart vänder jag mig med frågor om %s?", "Kan en anhörig ansöka om %s?",
            "Vad gäller för %s under sommaren?", "Hur ändrar jag min %s?", "Vilka papper behövs för %s?");

    private static final List<String> SENTENCES = List.of(
            "Du ansöker om %1$s hos socialtjänsten genom e-tjänsten, per telefon eller med en blankett.",
            "En handläggare utreder ditt behov av %1$s och fattar sedan ett beslut.",
            "Handläggaren kontaktar dig inom %3$d arbetsdagar efter att ansökan har kommit in.",
            "Beslutet om %1$s får du skriftligt, och du kan överklaga det inom tre veckor.",
            "Avgiften för %1$s beror på din inkomst och är högst %4$d kronor i månaden.",
            "Om du är missnöjd med %2$s kan du lämna synpunkter till förvaltningen.",
            "Anhöriga får gärna vara med vid hembesöket när behovet av %1$s utreds.",
            "Ansökningar som saknar underlag tar längre tid att handlägga.",
            "Tänk på att beskriva %2$s så noggrant som möjligt i ansökan.",
            "Har du frågor om %2$s kan du ringa kontaktcenter vardagar mellan 8 och 17.",
            "Besluten fattas enligt socialtjänstlagen och följs upp minst en gång om året.",
            "Insatserna anpassas efter dina behov och kan ändras om din situation förändras.",
            "Vid akuta situationer utanför kontorstid når du socialjouren dygnet runt.",
            "Du kan säga upp %1$s när som helst genom att kontakta din handläggare.",
            "Uppgifterna du lämnar omfattas av sekretess och sparas i din akt.",
            "Den som har skyddade personuppgifter bör ansöka per telefon i stället för i e-tjänsten.",
            "Om beslutet inte verkställs inom tre månader rapporterar kommunen det till IVO.",
            "Utredningen kan innebära att handläggaren hämtar uppgifter från vården, om du samtycker.",
            "I %5$s finns ett särskilt team som arbetar med %2$s.",
            "Många som har sökt %1$s berättar att det blev enklare när de fick hjälp med ansökningarna.",
            "Det kostar ingenting att ansöka, och du kan ta hjälp av en anhörig eller en god man.",
            "Tolk ordnas utan kostnad om du behöver det vid mötena med handläggaren.",
            "Under semesterperioden kan handläggningstiderna bli längre än vanligt.",
            "Överklagandet skickar du till förvaltningen, som prövar om beslutet ska ändras.");

    private static final List<String> DISTRICTS = List.of("Norra", "Södra", "Centrum", "Västra", "Östra", "Hamnen",
            "Bergsjön", "Ängby");

    private static final List<String> CASE_OPENINGS = List.of("Ringer och frågar om %s.",
            "Vill veta hur man ansöker om %s.", "Anhörig undrar över beslutet om %s.",
            "Har fått avslag på %s och vill överklaga.", "Frågar om avgiften för %s.",
            "Vill ändra tiderna för %s.", "Undrar hur lång tid en ansökan om %s tar.");

    private final Random random;

    SwedishText(long seed) {
        this.random = new Random(seed);
    }

    Topic topic() {
        return pick(TOPICS);
    }

    String title(Topic topic) {
        return pick(TITLES).formatted(topic.name());
    }

    /** Three to nine sentences about the topic, some 300 to 1,200 characters. */
    String body(Topic topic) {
        StringBuilder body = new StringBuilder();
        int sentences = 3 + random.nextInt(7);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                body.append(i % 4 == 0 ? "\n\n" : " ");
            }
            body.append(pick(SENTENCES).formatted(topic.name(), pick(topic.words()), 3 + random.nextInt(12),
                    100 * (5 + random.nextInt(20)), pick(DISTRICTS)));
        }
        return body.toString();
    }

    /** What an agent writes down about a call: the topic, and a sentence or two more. */
    String caseSummary() {
        Topic topic = topic();
        return pick(CASE_OPENINGS).formatted(topic.name()) + " " + body(topic).split("(?<=\\.) ")[0];
    }

    /** A search as someone would finish typing it: a topic, one of its words, or a question word and a topic. */
    String searchPhrase() {
        Topic topic = topic();
        return switch (random.nextInt(5)) {
            case 0 -> topic.name();
            case 1 -> pick(topic.words());
            case 2 -> pick(List.of("ansöka", "ansöker", "ansökan", "ansökningar")) + " " + topic.name();
            case 3 -> pick(List.of("överklaga", "beslut", "besluten", "avgift", "avgiften", "kostar")) + " "
                    + topic.name().split(" ")[0];
            default -> pick(List.of("handläggare", "handläggaren", "handläggningstid", "utredning", "sekretess",
                    "anhöriga", "tolk", "socialjouren", "synpunkter"));
        };
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
