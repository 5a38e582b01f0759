package it.albero.store.internal;

import java.util.List;

/** Column sizes, checked before writing so that bad input gets a clear message instead of a SQL error. */
final class Limits {

    /** Derby's largest VARCHAR, used for long texts and JSON. */
    static final int LONG_TEXT = 32672;
    static final int CODE = 100;
    static final int NAME = 2000;
    static final int REVIEW = 4000;
    static final int EVIDENCE = 2000;
    static final int NOTE = 4000;
    static final int AUTHOR = 200;
    static final int TAGS = 4000;
    static final int TIMING = 4000;

    private Limits() {
    }

    /** Adds a problem when the text is longer than the column. */
    static void check(List<String> problems, String where, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(where + ": '" + field + "' è troppo lungo (" + text.length() + " caratteri, massimo " + max + ")");
        }
    }

    /** Cuts a text to a column (audit texts and names of fed files: they must never make a write fail). */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
