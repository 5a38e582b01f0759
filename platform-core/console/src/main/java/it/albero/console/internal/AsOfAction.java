package it.albero.console.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Option;

/** Base of the commands that look at a plan or unit as of a date: {@code [unita] [--as-of data] [--plan ...]}. */
abstract class AsOfAction extends UnitAction {

    @Option(name = "--as-of", aliases = "-d", description = "Data di riferimento, gg/mm/aaaa o aaaa-mm-gg"
            + " (oggi se assente)")
    String asOf;

    /** The {@code --as-of} date, or {@code null} when absent (the service takes its own today). */
    protected LocalDate asOf() {
        return Plans.date(asOf, "--as-of");
    }
}
