package it.albero.api.spi;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of a bundle, read from its own resource bundle for one locale. Logs stay in English and
 * do not go through this class.
 * <p>
 * The texts of a bundle live next to the class that owns them: {@code messages.properties} in the owner's package
 * (e.g. {@code src/main/resources/it/albero/sector/pianodizona/internal/messages.properties}) is Italian and
 * complete; another language is added by files alone, {@code messages_de.properties} next to it, with as many
 * keys as are translated: a key it lacks falls back to Italian. The JVM's default locale plays no part. Files are
 * read as UTF-8 and loaded through the owner's class loader, so in OSGi each bundle reads its own files.
 * <p>
 * A text may hold placeholders {@code {0}}, {@code {1}}...: each is replaced by its argument as given (format numbers
 * and dates with {@link Texts} first). There is no other syntax: an apostrophe is written as it is ("l'anno").
 * <p>
 * Immutable and without static state: a component builds one at activation for its locale and passes it on, e.g.
 * <pre>
 * Messages text = Messages.of(MyType.class, Messages.locale(config.locale()));
 * text.get("tavoli.attivi", 2);
 * </pre>
 *
 * @since 1.2
 */
public final class Messages {

    /** The language of the base files, and of every text when none other is asked for. */
    public static final Locale ITALIAN = Locale.ITALIAN;

    /** The simple name of the files of a bundle's texts, in the owner's package. */
    public static final String BASE_NAME = "messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts of the owner's bundle for a locale: files {@code messages*.properties} in the owner's package.
     *
     * @param owner  a class of the bundle whose texts are read
     * @param locale the language; {@code null} for Italian
     * @throws MissingResourceException if the owner's package has no {@code messages.properties}
     */
    public static Messages of(Class<?> owner, Locale locale) {
        return of(owner, owner.getPackageName() + "." + BASE_NAME, locale);
    }

    /**
     * The texts of the owner's bundle for a locale, from files of another base name.
     *
     * @param baseName the files' base name as for {@link ResourceBundle}, e.g. {@code OSGI-INF.l10n.messages}
     * @param locale   the language; {@code null} for Italian
     */
    public static Messages of(Class<?> owner, String baseName, Locale locale) {
        Locale l = locale == null ? ITALIAN : locale;
        return new Messages(ResourceBundle.getBundle(baseName, l, owner.getClassLoader(), NO_FALLBACK), l);
    }

    /** The Italian texts of the owner's bundle. */
    public static Messages italian(Class<?> owner) {
        return of(owner, ITALIAN);
    }

    /**
     * The locale of a language tag as written in a configuration ({@code it}, {@code de}, {@code de-IT}); Italian when
     * the tag is null or blank.
     */
    public static Locale locale(String tag) {
        return tag == null || tag.isBlank() ? ITALIAN : Locale.forLanguageTag(tag.trim().replace('_', '-'));
    }

    /** The locale asked for (the texts are in it where translated, in Italian elsewhere). */
    public Locale locale() {
        return locale;
    }

    /** Whether the texts have this key (in the locale's file or in the Italian one). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of a key with its placeholders replaced.
     *
     * @throws MissingResourceException if not even the Italian file has the key (a defect of the bundle)
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            int n = close > i + 1 ? index(pattern, i + 1, close) : -1;
            if (n >= 0 && n < args.length) {
                out.append(args[n]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The number between two positions if it is only digits, else -1. */
    private static int index(String s, int from, int to) {
        if (to - from > 3) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    @Override
    public String toString() {
        return "Messages[" + bundle.getBaseBundleName() + ", " + locale + "]";
    }
}
