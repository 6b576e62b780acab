package se.socialkontakt.contact.web;

/**
 * What the layout of every page needs: the reader's language, where this page is (for the menu and the link to the
 * same page in the other language) and the time zone the page's script shows times in.
 */
public record Frame(String lang, String path, String zone) {

    /** A link within the pages that keeps the reader's language. */
    public String href(String target) {
        return "en".equals(lang) ? target + (target.contains("?") ? "&" : "?") + "lang=en" : target;
    }

    public String otherLanguageHref() {
        return "en".equals(lang) ? path : path + "?lang=en";
    }

    public boolean isAt(String target) {
        return path.equals(target);
    }
}
