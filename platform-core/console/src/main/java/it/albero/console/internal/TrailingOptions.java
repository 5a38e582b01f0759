package it.albero.console.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options written after a command's arguments. Karaf parses options only before the first argument; a command whose
 * last argument is multi-valued receives the later ones in it, and takes them out with {@link #split}. The
 * {@code @Option} declarations stay for help and completion.
 *
 * @param rest    the tokens that are not options, in order
 * @param options the option texts by canonical name (those parsed by Karaf included)
 */
record TrailingOptions(List<String> rest, Map<String, String> options) {

    /**
     * @param tokens    the multi-valued argument as Karaf filled it
     * @param spellings every spelling of the options ({@code -e}, {@code --evidence}) by canonical name
     * @param parsed    the options Karaf already parsed (written before the arguments) by canonical name; null values
     *                  are absent
     * @param allowed   the options as the error message lists them, e.g. "--evidence (-e), --note (-n)"
     */
    static TrailingOptions split(List<String> tokens, Map<String, String> spellings, Map<String, String> parsed,
                                 String allowed) {
        Map<String, String> options = new LinkedHashMap<>();
        parsed.forEach((k, v) -> {
            if (v != null) {
                options.put(k, v);
            }
        });
        List<String> rest = new ArrayList<>();
        List<String> in = tokens == null ? List.of() : tokens;
        for (int i = 0; i < in.size(); i++) {
            String token = in.get(i);
            String name = token;
            String inline = null;
            int eq = token.indexOf('=');
            if (token.startsWith("-") && eq > 0) {
                name = token.substring(0, eq);
                inline = token.substring(eq + 1);
            }
            String option = spellings.get(name);
            if (option == null) {
                if (eq < 0 && token.matches("--?[A-Za-z].*")) {
                    throw new CommandError("Opzione sconosciuta '" + token + "': ammesse " + allowed + ".");
                }
                rest.add(token);
                continue;
            }
            String text = inline;
            if (text == null) {
                if (i + 1 >= in.size()) {
                    throw new CommandError("Manca il testo dopo " + token + ".");
                }
                text = in.get(++i);
            }
            if (options.containsKey(option)) {
                throw new CommandError("Opzione " + option + " indicata due volte.");
            }
            options.put(option, text);
        }
        return new TrailingOptions(List.copyOf(rest), options);
    }
}
