package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.engine.CheckInfo;
import it.albero.api.engine.Engine;

/** {@code albero:checks}: the installed checks. */
@Service
@Command(scope = "albero", name = "checks", description = "Elenca i controlli installati")
public class ChecksCommand implements Action {

    @Reference
    Engine engine;

    @Option(name = "--module", aliases = "-m", description = "Solo i controlli di questo modulo")
    String module;

    @Override
    public Object execute() {
        var checks = engine.checks().stream().filter(c -> module == null || module.equals(c.moduleId())).toList();
        if (checks.isEmpty()) {
            System.out.println("Nessun controllo installato" + (module == null ? "." : " del modulo '" + module + "'."));
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Controllo");
        table.column("Modulo");
        table.column("Descrizione");
        for (CheckInfo c : checks) {
            table.addRow().addContent(c.id(), c.moduleId(), c.label());
        }
        table.print(System.out);
        return null;
    }
}
