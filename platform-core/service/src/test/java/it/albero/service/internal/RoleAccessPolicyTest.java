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
}
