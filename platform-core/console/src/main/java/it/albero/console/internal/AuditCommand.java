package it.albero.console.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.model.Ente;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.PlanKey;

/**
 * {@code albero:audit [codice] [--plan ...]}: the audit trail, newest first: the latest entries of the whole
 * register, or those of one code in the current (or {@code --plan}) plan only; the same code in another ente's plan
 * is left out.
 */
@Service
@Command(scope = "albero", name = "audit", description = "Mostra il registro delle modifiche (chi, quando, cosa,"
        + " prima, dopo), di tutto o di un codice")
public class AuditCommand extends PlanAction {

    @Reference
    AuditTrail audit;

    @Argument(index = 0, name = "codice", description = "Codice del piano o di una sua unità, obiettivo o"
            + " indicatore (tutto il registro se assente)")
    @Completion(NodeCompleter.class)
    String code;

    @Option(name = "--limit", aliases = "-l", description = "Quante voci al massimo (50 se assente)")
    int limit = 50;

    @Option(name = "--details", aliases = "-d", description = "Mostra anche lo stato prima e dopo")
    boolean details;

    @Override
    protected Object run() {
        if (limit < 1) {
            throw new CommandError("--limit deve essere almeno 1.");
        }
        PlanKey key = code == null ? null : summary().key();
        List<AuditEntry> entries = code == null ? recent() : audit.byCode(key, code, limit);
        if (entries.isEmpty()) {
            System.out.println(code == null ? "Registro vuoto." : "Nessuna voce per '" + code + "' nel piano " + key
                    + ".");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Quando");
        table.column("Chi");
        table.column("Azione");
        table.column("Piano");
        table.column("Codice");
        table.column("Esito");
        table.column("Messaggio").maxSize(details ? 40 : 80).wrap();
        if (details) {
            table.column("Prima").maxSize(50).wrap();
            table.column("Dopo").maxSize(50).wrap();
        }
        for (AuditEntry e : entries) {
            var row = table.addRow();
            row.addContent(e.id(), MeasurementsCommand.WHEN.format(e.at()), e.author(), e.action(),
                    e.plan() == null ? "" : e.plan().toString(), e.code() == null ? "" : e.code(),
                    e.outcome().label(), e.message());
            if (details) {
                row.addContent(e.before() == null ? "" : e.before(), e.after() == null ? "" : e.after());
            }
        }
        table.print(System.out);
        return null;
    }

    /**
     * The latest entries of the whole trail; for a user limited to some enti, only those about their plans (the
     * entries about no plan, such as backups, are the administrators').
     */
    private List<AuditEntry> recent() {
        Set<String> seen = planService.enti(caller()).stream().map(Ente::code).collect(Collectors.toSet());
        if (seen.size() == plans.enti().size()) {
            return audit.recent(limit);
        }
        return audit.recent(Math.min(10_000, limit * 50)).stream()
                .filter(e -> e.plan() != null && seen.contains(e.plan().enteCode())).limit(limit).toList();
    }
}
