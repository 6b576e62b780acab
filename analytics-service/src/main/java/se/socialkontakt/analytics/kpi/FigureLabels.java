package se.socialkontakt.analytics.kpi;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A figure's name for people, from the figures' texts: its own name where it has one, or its breakdown's name and
 * the value ("Kontakter per kanal: PHONE", with "andel (%)" for the value's share); the key itself otherwise.
 */
public final class FigureLabels {
    private final ResourceBundle texts;

    private FigureLabels(ResourceBundle texts) {
        this.texts = texts;
    }

    public static FigureLabels of(Locale locale) {
        return new FigureLabels(ResourceBundle.getBundle("figures.figures", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String label(String key) {
        if (texts.containsKey(key + ".name")) {
            return texts.getString(key + ".name");
        }
        boolean share = key.endsWith(".share");
        String base = share ? key.substring(0, key.length() - ".share".length()) : key;
        int lastDot = base.lastIndexOf('.');
        if (lastDot > 0 && texts.containsKey(base.substring(0, lastDot) + ".prefix")) {
            return texts.getString(base.substring(0, lastDot) + ".prefix") + ": " + base.substring(lastDot + 1)
                    + (share ? ", " + texts.getString("share.suffix") : "");
        }
        return key;
    }

    /** Whether the key names a figure: one with a name of its own, or a value of a named breakdown. */
    public boolean knows(String key) {
        return !label(key).equals(key);
    }

    /** The keys of the figures that have a name of their own. */
    public List<String> namedKeys() {
        return texts.keySet().stream().filter(key -> key.endsWith(".name"))
                .map(key -> key.substring(0, key.length() - ".name".length())).sorted().toList();
    }

    public String text(String key) {
        return texts.getString(key);
    }
}
