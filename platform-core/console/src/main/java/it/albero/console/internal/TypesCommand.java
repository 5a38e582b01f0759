package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.engine.Engine;
import it.albero.api.engine.TypeInfo;

/** {@code albero:types}: the installed indicator types. */
@Service
@Command(scope = "albero", name = "types", description = "Elenca i tipi di indicatore installati")
public class TypesCommand implements Action {

    @Reference
    Engine engine;

    @Option(name = "--module", aliases = "-m", description = "Solo i tipi di questo modulo (es. entrate, core)")
    String module;

    @Override
    public Object execute() {
        var types = engine.types().stream().filter(t -> module == null || module.equals(t.moduleId())).toList();
        if (types.isEmpty()) {
            System.out.println(module == null ? "Nessun tipo di indicatore installato."
                    : "Nessun tipo di indicatore del modulo '" + module + "'.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Tipo");
        table.column("Modulo");
        table.column("Descrizione");
        table.column("Bundle");
        for (TypeInfo t : types) {
            table.addRow().addContent(t.id(), t.moduleId(), t.label(), t.bundle() + " " + t.version());
        }
        table.print(System.out);
        return null;
    }
}
