package it.albero.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;
import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.Caller;
import it.albero.api.service.MeasurementInput;
import it.albero.api.service.MeasurementService;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * The commands leave the rules to the core services: they send what the user typed, as the logged-in caller, and
 * print the service's refusal as one Italian line. The completers offer the codes of the plan being worked on.
 */
class ConsoleServicesTest {

    private static final Ente ENTE = new Ente("comune", "Comune");
    private static final PlanSummary CURRENT = new PlanSummary(ENTE, "PIAO-2025", "Piano 2025", 2025, 2027, 2025,
            PlanStatus.ADOTTATO, 3, 4, Instant.parse("2025-03-01T10:00:00Z"));
    private static final PlanSummary OTHER = new PlanSummary(new Ente("altro", "Altro"), "PIAO-2025", "Piano",
            2025, 2027, 2025, PlanStatus.BOZZA, 1, 1, Instant.parse("2025-03-01T10:00:00Z"));

    private static Plan plan(PlanSummary s, String... unitCodes) {
        List<OrgUnit> units = new ArrayList<>();
        for (String u : unitCodes) {
            List<Indicator> indicators = List.of(indicator(u + "-01.1"), indicator(u + "-01.2"));
            Objective phase = new Objective(u + "-02a", "Fase", null, Map.of(), List.of(),
                    List.of(indicator(u + "-02a.1")), null);
            units.add(new OrgUnit(u, "Settore " + u, UnitKind.SETTORE, null, List.of(
                    new Objective(u + "-01", "Obiettivo", null, Map.of(), List.of(), indicators, null),
                    new Objective(u + "-02", "Obiettivo con fasi", null, Map.of(), List.of(phase), List.of(), null)),
                    null));
        }
        return new Plan(s.code(), s.ente(), s.title(), 2025, 2027, 2025, s.status(), s.version(), units);
    }

    private static Indicator indicator(String code) {
        return new Indicator(code, "strumento", "risultato", new Timing.Unspecified(""), "rapporto", Values.of(Map.of()),
                null, null);
    }

    /** Two plans: the current one with units ENT and WEL, another ente's with PL; anything else fails the test. */
    private static PlanStore store() {
        return (PlanStore) Proxy.newProxyInstance(PlanStore.class.getClassLoader(), new Class<?>[] {PlanStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "current" -> Optional.of(CURRENT);
                    case "plans" -> List.of(CURRENT, OTHER);
                    case "summary" -> List.of(CURRENT, OTHER).stream().filter(s -> s.key().equals(args[0]))
                            .findFirst();
                    case "load" -> args[0].equals(CURRENT.key()) ? Optional.of(plan(CURRENT, "ENT", "WEL"))
                            : args[0].equals(OTHER.key()) ? Optional.of(plan(OTHER, "PL")) : Optional.empty();
                    case "indicator" -> Optional.empty();
                    default -> throw new AssertionError("unexpected PlanStore." + method.getName());
                });
    }

    /** A measurement service that keeps what it was sent, and refuses the unit WEL as the access policy would. */
    private static final class Recorder implements MeasurementService {
        final List<Object[]> calls = new ArrayList<>();

        @Override
        public Measurement record(Caller caller, PlanKey plan, MeasurementInput input) {
            return store(caller, plan, null, input);
        }

        @Override
        public Measurement correct(Caller caller, PlanKey plan, long correctedId, MeasurementInput input) {
            return store(caller, plan, correctedId, input);
        }

        private Measurement store(Caller caller, PlanKey plan, Long corrects, MeasurementInput input) {
            if (input.indicatorCode().startsWith("WEL")) {
                throw new AccessDeniedException("Operazione non consentita all'utente '" + caller.name()
                        + "' sull'unità WEL.");
            }
            calls.add(new Object[] {caller, plan, corrects, input});
            return new Measurement(41 + calls.size(), input.indicatorCode(), input.date(), Values.of(Map.of()),
                    input.evidence(), input.note(), caller.name(), Instant.now(), corrects);
        }

        @Override
        public List<Measurement> list(Caller caller, PlanKey plan, String indicatorCode) {
            throw new AssertionError("not listed");
        }

        @Override
        public List<Measurement> latest(Caller caller, PlanKey plan, String unitCode, int limit) {
            throw new AssertionError("not listed");
        }
    }

    private static MeasureCommand measure(Recorder service, String code, String date, String... values) {
        MeasureCommand c = new MeasureCommand();
        c.plans = store();
        c.planService = new StorePlans(c.plans);
        c.ente = "comune";
        c.measurements = service;
        c.code = code;
        c.date = date;
        c.values = List.of(values);
        return c;
    }

    private static String run(PrivilegedExceptionAction<Object> action, Subject subject) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Subject.doAs(subject, action);
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static Subject subject(String user, String... roles) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            s.getPrincipals().add(new RolePrincipal(r));
        }
        return s;
    }

    @Test
    void theCallerIsTheSubjectsUserWithItsRoles() {
        Caller c = ConsoleCaller.of(subject("entrate", "direttore", "unita-ENT", "ssh"), null);
        assertEquals("entrate", c.name());
        assertEquals(Set.of("direttore", "unita-ENT", "ssh"), c.roles());
        assertEquals(Set.of("ENT"), c.units());
        Caller nobody = ConsoleCaller.of(null, null);
        assertEquals("console", nobody.name());
        assertTrue(nobody.roles().isEmpty(), "no Subject, no roles: " + nobody);
    }

    @Test
    void measureSendsTheTextsAsTypedAndTheItalianDate() throws Exception {
        Recorder service = new Recorder();
        MeasureCommand c = measure(service, "ENT-01.1", "31/12/2025", "valore=48.000", "quota=0,8", "--note", "fine");
        String out = run(c::execute, subject("entrate", "direttore", "unita-ENT"));
        assertEquals(1, service.calls.size());
        Object[] call = service.calls.get(0);
        Caller caller = (Caller) call[0];
        assertEquals("entrate", caller.name());
        assertTrue(caller.has("unita-ENT"));
        assertEquals(CURRENT.key(), call[1]);
        assertNull(call[2]);
        MeasurementInput input = (MeasurementInput) call[3];
        assertEquals(LocalDate.of(2025, 12, 31), input.date());
        // the service types the values with the Italian parser: the console sends the texts untouched
        assertEquals(Map.of("valore", "48.000", "quota", "0,8"), input.values());
        assertEquals("fine", input.note());
        assertTrue(out.startsWith("Rilevazione 42 registrata per ENT-01.1 (2025-12-31"), out);
    }

    @Test
    void corregeRecordsACorrectionOfTheGivenId() throws Exception {
        Recorder service = new Recorder();
        MeasureCommand c = measure(service, "ENT-01.1", "2025-12-31", "valore=50", "--corregge", "7");
        String out = run(c::execute, subject("performance", "performance"));
        assertEquals(7L, service.calls.get(0)[2]);
        assertTrue(out.contains(": corregge la 7"), out);
        CommandError bad = assertThrows(CommandError.class, () -> run(measure(service, "ENT-01.1", "2025-12-31",
                "valore=50", "-c", "sette")::execute, subject("performance", "performance")));
        assertTrue(bad.getMessage().startsWith("--corregge vuole l'id"), bad.getMessage());
        assertEquals(1, service.calls.size());
    }

    @Test
    void aRefusalOfTheServiceIsOneItalianLine() {
        Recorder service = new Recorder();
        CommandError e = assertThrows(CommandError.class, () -> run(measure(service, "WEL-01.1", "30/06/2025",
                "valore=3")::execute, subject("entrate", "direttore", "unita-ENT")));
        assertEquals("Operazione non consentita all'utente 'entrate' sull'unità WEL.", e.getMessage());
        assertTrue(service.calls.isEmpty());
        CommandError date = assertThrows(CommandError.class, () -> run(measure(service, "ENT-01.1", "31/02/2025",
                "valore=3")::execute, subject("entrate", "direttore", "unita-ENT")));
        assertTrue(date.getMessage().contains("31/02/2025"), date.getMessage());
        assertFalse(date.getMessage().contains("\n"));
    }

    @Test
    void auditOfACodeAsksForTheEntriesOfThePlanOnly() throws Exception {
        List<Object[]> asked = new ArrayList<>();
        AuditCommand c = new AuditCommand();
        c.plans = store();
        c.planService = new StorePlans(c.plans);
        c.audit = (it.albero.api.store.AuditTrail) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {it.albero.api.store.AuditTrail.class}, (proxy, method, args) -> {
                    if (method.getName().equals("byCode") && args.length == 3) {
                        asked.add(args);
                        return List.of();
                    }
                    throw new AssertionError("audit should ask byCode(plan, code, limit), not " + method);
                });
        c.code = "ENT-01.1";
        c.limit = 5;
        String out = run(c::execute, subject("lettore", "lettore", "ente-comune"));
        assertEquals("Nessuna voce per 'ENT-01.1' nel piano comune/PIAO-2025.", out.strip());
        c.plan = "altro/PIAO-2025";
        run(c::execute, subject("lettore", "lettore"));
        assertEquals(List.of(CURRENT.key(), OTHER.key()), asked.stream().map(a -> a[0]).toList());
        assertEquals(List.of("ENT-01.1", "ENT-01.1"), asked.stream().map(a -> a[1]).toList());
    }

    // ------------------------------------------------------------------------------------------------- completion

    /** A command line with the cursor at the end of its last word, as the console builds it. */
    private static CommandLine line(String... words) {
        String buffer = String.join(" ", words);
        String last = words[words.length - 1];
        return new CommandLine() {
            public int getCursorArgumentIndex() {
                return words.length - 1;
            }

            public String getCursorArgument() {
                return last;
            }

            public int getArgumentPosition() {
                return last.length();
            }

            public String[] getArguments() {
                return words;
            }

            public int getBufferPosition() {
                return buffer.length();
            }

            public String getBuffer() {
                return buffer;
            }
        };
    }

    private static List<String> complete(PlanCodesCompleter completer, String... words) {
        completer.plans = store();
        completer.planService = new StorePlans(completer.plans);
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line(words), candidates);
        return candidates.stream().map(String::strip).sorted().toList();
    }

    @Test
    void indicatorCodesOfTheCurrentPlanOrOfTheNamedOne() {
        assertEquals(List.of("ENT-01.1", "ENT-01.2", "ENT-02a.1"),
                complete(new IndicatorCompleter(), "albero:measure", "--ente", "comune", "ENT-"));
        // two enti and nothing to choose between them: no guess
        assertEquals(List.of(), complete(new IndicatorCompleter(), "albero:measure", "ENT-"));
        assertEquals(List.of("PL-01.1", "PL-01.2", "PL-02a.1"),
                complete(new IndicatorCompleter(), "albero:measure", "--plan", "altro/PIAO-2025", "PL"));
        assertEquals(List.of(), complete(new IndicatorCompleter(), "albero:measure", "-p", "nessuno/X", "E"));
        assertEquals(List.of("ENT", "WEL"), complete(new UnitCompleter(), "albero:eval", "--ente=comune", ""));
        assertEquals(List.of("WEL", "WEL-01", "WEL-01.1", "WEL-01.2", "WEL-02", "WEL-02a", "WEL-02a.1"),
                complete(new NodeCompleter(), "albero:override", "-p", "comune/PIAO-2025", "W"));
        PlanCompleter plans = new PlanCompleter();
        plans.planService = new StorePlans(store());
        List<String> candidates = new ArrayList<>();
        plans.complete(null, line("albero:tree", "--plan", "al"), candidates);
        assertEquals(List.of("altro/PIAO-2025"), candidates.stream().map(String::strip).toList());
    }

    // ------------------------------------------------------------------------------------------------- the ente

    private static PlanSummary find(String ente, String plan, String... roles) {
        return Plans.summary(new StorePlans(store()), Caller.of("u", roles), ente, plan);
    }

    @Test
    void theDefaultPlanIsTheCurrentOneOfTheOnlyEnteTheUserSees() {
        assertEquals(OTHER.key(), find(null, null, "lettore", "ente-altro").key());
        assertEquals(CURRENT.key(), find(null, null, "lettore", "ente-comune").key());
        assertEquals(OTHER.key(), find("altro", null, "lettore").key());
        assertEquals(OTHER.key(), find(null, "PIAO-2025", "lettore", "ente-altro").key());
        assertEquals(CURRENT.key(), find("comune", "PIAO-2025", "lettore").key());
    }

    @Test
    void moreThanOneEnteAndNothingChosenIsAnItalianError() {
        CommandError e = assertThrows(CommandError.class, () -> find(null, null, "performance"));
        assertEquals("Più enti (comune, altro): indicare --ente CODICE o --plan ente/CODICE (albero:plans elenca i"
                + " piani).", e.getMessage());
        e = assertThrows(CommandError.class, () -> find(null, "PIAO-2025", "performance"));
        assertEquals("Piano 'PIAO-2025' presente in più enti (comune, altro): indicare --ente CODICE o --plan"
                + " ente/PIAO-2025.", e.getMessage());
        e = assertThrows(CommandError.class, () -> find("altro", "comune/PIAO-2025", "performance"));
        assertTrue(e.getMessage().contains("indicano enti diversi"), e.getMessage());
    }

    @Test
    void aLimitedUserFindsNothingOfAnotherEnteAsIfItDidNotExist() {
        CommandError byKey = assertThrows(CommandError.class,
                () -> find(null, "altro/PIAO-2025", "admin", "ente-comune"));
        CommandError missing = assertThrows(CommandError.class,
                () -> find(null, "nessuno/PIAO-2025", "admin", "ente-comune"));
        assertEquals("Piano 'altro/PIAO-2025' non trovato (albero:plans li elenca).", byKey.getMessage());
        assertEquals(missing.getMessage().replace("nessuno", "altro"), byKey.getMessage());
        CommandError byEnte = assertThrows(CommandError.class, () -> find("altro", null, "admin", "ente-comune"));
        assertEquals("Ente 'altro' non trovato o senza piani (albero:plans elenca i piani).", byEnte.getMessage());
        CommandError byCode = assertThrows(CommandError.class,
                () -> find("altro", "PIAO-2025", "admin", "ente-comune"));
        assertEquals("Piano 'PIAO-2025' non trovato nell'ente altro (albero:plans li elenca).", byCode.getMessage());
    }

    @Test
    void thePlanListAndItsCompletionShowOnlyTheUsersEnti() throws Exception {
        PlansCommand c = new PlansCommand();
        c.planService = new StorePlans(store());
        String out = run(c::execute, subject("c", "lettore", "ente-comune"));
        assertTrue(out.contains("comune") && out.contains("PIAO-2025"), out);
        assertFalse(out.contains("altro"), out);
        String all = run(c::execute, subject("p", "performance"));
        assertTrue(all.contains("altro") && all.contains("comune"), all);
        EnteCompleter enti = new EnteCompleter();
        enti.planService = new StorePlans(store());
        List<String> candidates = new ArrayList<>();
        Subject.doAs(subject("c", "lettore", "ente-altro"), (java.security.PrivilegedAction<Integer>) () ->
                enti.complete(null, line("albero:eval", "--ente", ""), candidates));
        assertEquals(List.of("altro"), candidates.stream().map(String::strip).toList());
    }
}
