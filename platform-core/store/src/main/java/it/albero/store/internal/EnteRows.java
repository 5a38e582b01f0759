package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import it.albero.api.model.Ente;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.PlanKey;

/** The enti on table {@code ente}, written within a plan's save. */
final class EnteRows {

    private EnteRows() {
    }

    /** The id of the ente, created or renamed (and audited) as the saved plan says. */
    static long upsert(Connection c, Ente ente, String author, PlanKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM ente WHERE code = ?")) {
            ps.setString(1, ente.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    String oldName = rs.getString(2);
                    if (!oldName.equals(ente.name())) {
                        try (PreparedStatement up = c.prepareStatement("UPDATE ente SET name = ? WHERE id = ?")) {
                            up.setString(1, ente.name());
                            up.setLong(2, id);
                            up.executeUpdate();
                        }
                        JdbcAuditTrail.append(c, AuditEntry.of(author, "ente.rinomina", "ente", key, ente.code(),
                                Json.write(Map.of("nome", oldName)), Json.write(Map.of("nome", ente.name())),
                                AuditEntry.Outcome.ACCEPTED, ""));
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ente (code, name) VALUES (?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, ente.code());
            ps.setString(2, ente.name());
            ps.executeUpdate();
            long id = Jdbc.generatedId(ps);
            JdbcAuditTrail.append(c, AuditEntry.of(author, "ente.crea", "ente", key, ente.code(), null,
                    Json.write(Map.of("codice", ente.code(), "nome", ente.name())), AuditEntry.Outcome.ACCEPTED, ""));
            return id;
        }
    }
}
