package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.service.Caller;
import it.albero.api.service.Permission;

/** The roles of DESIGN.md as permissions, one row per role, permission and unit. */
class RoleAccessPolicyTest {

    private final RoleAccessPolicy policy = new RoleAccessPolicy();

    static Stream<Arguments> matrix() {
        Caller admin = Caller.of("karaf", "admin");
        Caller perf = Caller.of("performance", "performance");
        Caller oiv = Caller.of("oiv", "oiv");
        Caller ent = Caller.of("entrate", "direttore", "unita-ENT");
        Caller both = Caller.of("due", "direttore", "unita-ENT", "unita-WEL");
        Caller unitOnly = Caller.of("senza-ruolo", "unita-ENT");
        Caller reader = Caller.of("lettore", "lettore");
        Caller nobody = Caller.of("ssh-only", "ssh");
        return Stream.of(
                Arguments.of(admin, Permission.MEASURE, "WEL", true),
                Arguments.of(admin, Permission.BACKUP, null, true),
                Arguments.of(perf, Permission.MEASURE, "WEL", true),
                Arguments.of(perf, Permission.EDIT_PLAN, null, true),
                Arguments.of(perf, Permission.PLAN_STATUS, null, true),
                Arguments.of(perf, Permission.VALIDATE, null, false),
                Arguments.of(perf, Permission.OVERRIDE, null, false),
                Arguments.of(oiv, Permission.READ, null, true),
                Arguments.of(oiv, Permission.OVERRIDE, null, true),
                Arguments.of(oiv, Permission.VALIDATE, null, true),
                Arguments.of(oiv, Permission.MEASURE, "ENT", false),
                Arguments.of(oiv, Permission.EDIT_PLAN, null, false),
                Arguments.of(ent, Permission.READ, null, true),
                Arguments.of(ent, Permission.MEASURE, "ENT", true),
                Arguments.of(ent, Permission.MEASURE, "WEL", false),
                Arguments.of(ent, Permission.MEASURE, null, false),
                Arguments.of(ent, Permission.EDIT_PLAN, null, false),
                Arguments.of(both, Permission.MEASURE, "WEL", true),
                Arguments.of(unitOnly, Permission.MEASURE, "ENT", false),
                Arguments.of(reader, Permission.READ, null, true),
                Arguments.of(reader, Permission.MEASURE, "ENT", false),
                Arguments.of(nobody, Permission.READ, null, false),
                Arguments.of(null, Permission.READ, null, false));
    }

    @ParameterizedTest
    @MethodSource("matrix")
    void allows(Caller caller, Permission permission, String unit, boolean expected) {
        assertEquals(expected, policy.allows(caller, permission, unit));
    }

    @ParameterizedTest
    @MethodSource("enti")
    void seesEnte(Caller caller, String ente, boolean expected) {
        assertEquals(expected, policy.seesEnte(caller, ente));
    }

    static Stream<Arguments> enti() {
        Caller everywhere = Caller.of("performance", "performance");
        Caller cesano = Caller.of("cesano", "direttore", "unita-ENT", "ente-cesano-boscone");
        Caller two = Caller.of("unione", "performance", "ente-C0001", "ente-C0002");
        Caller adminOfOne = Caller.of("admin-c1", "admin", "ente-C0001");
        return Stream.of(
                Arguments.of(everywhere, "cesano-boscone", true),
                Arguments.of(everywhere, "C0001", true),
                Arguments.of(cesano, "cesano-boscone", true),
                Arguments.of(cesano, "C0001", false),
                Arguments.of(two, "C0002", true),
                Arguments.of(two, "C0003", false),
                Arguments.of(adminOfOne, "C0002", false),
                Arguments.of(everywhere, null, false),
                Arguments.of(null, "C0001", false));
    }
}
