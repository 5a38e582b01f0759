package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;

/** Base of the commands that show the whole plan or one of its units: {@code [unita] [--plan ...]}. */
abstract class UnitAction extends PlanAction {

    @Argument(index = 0, name = "unita", description = "Codice dell'unità (es. ENT); tutto il piano se assente")
    @Completion(UnitCompleter.class)
    String unit;
}
