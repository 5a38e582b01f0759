package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.engine.Engine;
import it.albero.api.engine.ModuleInfo;

/** {@code albero:modules}: the installed sector modules. */
@Service
@Command(scope = "albero", name = "modules", description = "Elenca i moduli di settore installati")
public class ModulesCommand implements Action {

    @Reference
    Engine engine;

    @Override
    public Object execute() {
        var modules = engine.modules();
        if (modules.isEmpty()) {
            System.out.println("Nessun modulo di settore installato (feature:list | grep albero-sector).");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Modulo");
        table.column("Nome");
        table.column("Versione");
        table.column("Tipi").alignRight();
        table.column("Controlli").alignRight();
        table.column("Unità servite");
        for (ModuleInfo m : modules) {
            table.addRow().addContent(m.id(), m.name(), m.version(), m.types(), m.checks(),
                    String.join("; ", m.servedUnits()));
        }
        table.print(System.out);
        return null;
    }
}
