package it.albero.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import it.albero.api.store.NodeCoordination;
import it.albero.api.store.ValidationException;

/**
 * Shared secrets, ended sessions and job leases on tables {@code node_secret}, {@code session_revoked} and
 * {@code job_lease}. Races between nodes are settled by the primary keys: the first insert wins, the loser reads
 * the winner's row. Lease times are taken from the database server's clock on PostgreSQL (the nodes' clocks may
 * differ); embedded Derby has one node, whose clock is the only one.
 */
final class JdbcNodeCoordination implements NodeCoordination {

    private final Database db;

    JdbcNodeCoordination(Database db) {
        this.db = db;
    }

    @Override
    public byte[] secret(String name, byte[] proposed) {
        check("nome del segreto", name, 100);
        if (proposed == null || proposed.length < 16 || proposed.length > 128) {
            throw new ValidationException("segreto condiviso " + name + ": da 16 a 128 byte");
        }
        Optional<byte[]> stored = readSecret(name);
        if (stored.isPresent()) {
            return stored.get();
        }
        boolean inserted = db.inTransaction("creazione del segreto condiviso " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO node_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, Base64.getEncoder().encodeToString(proposed));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false; // another node stored its own first
                }
                throw e;
            }
        });
        return inserted ? proposed.clone() : readSecret(name).orElseThrow(() -> new IllegalStateException(
                "segreto condiviso " + name + " non trovato dopo l'inserimento di un altro nodo"));
    }

    private Optional<byte[]> readSecret(String name) {
        return db.read("lettura del segreto condiviso " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM node_secret WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Base64.getDecoder().decode(
                            rs.getString(1).getBytes(StandardCharsets.US_ASCII))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void revokeSession(String sessionId, Instant until) {
        check("sessione", sessionId, 100);
        db.inTransaction("chiusura della sessione", c -> {
            Instant now = now(c);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM session_revoked WHERE valid_until < ?")) {
                del.setTimestamp(1, Timestamp.from(now));
                del.executeUpdate();
            }
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE session_revoked SET valid_until = ? WHERE session_id = ?")) {
                up.setTimestamp(1, Timestamp.from(until));
                up.setString(2, sessionId);
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO session_revoked (session_id, valid_until) VALUES (?, ?)")) {
                ins.setString(1, sessionId);
                ins.setTimestamp(2, Timestamp.from(until));
                ins.executeUpdate();
            } catch (SQLException e) {
                if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e; // a unique violation: the same logout through another node at once
                }
            }
            return null;
        });
    }

    @Override
    public boolean sessionRevoked(String sessionId, Instant now) {
        return db.read("controllo della sessione", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT valid_until FROM session_revoked WHERE session_id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getTimestamp(1).toInstant().isAfter(now);
                }
            }
        });
    }

    @Override
    public boolean lease(String job, String holder, Duration duration) {
        check("attività pianificata", job, 100);
        check("nodo", holder, 200);
        if (duration.isNegative() || duration.isZero()) {
            throw new ValidationException("durata del turno di " + job + ": deve essere positiva");
        }
        return db.inTransaction("turno dell'attività pianificata " + job, c -> {
            Instant now = now(c);
            Timestamp until = Timestamp.from(now.plus(duration));
            try (PreparedStatement up = c.prepareStatement("UPDATE job_lease SET holder = ?, lease_until = ?"
                    + " WHERE job = ? AND (holder = ? OR lease_until < ?)")) {
                up.setString(1, holder);
                up.setTimestamp(2, until);
                up.setString(3, job);
                up.setString(4, holder);
                up.setTimestamp(5, Timestamp.from(now));
                if (up.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO job_lease (job, holder, lease_until) VALUES (?, ?, ?)")) {
                ins.setString(1, job);
                ins.setString(2, holder);
                ins.setTimestamp(3, until);
                ins.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false; // the row is there and another node's lease holds
                }
                throw e;
            }
        });
    }

    @Override
    public void release(String job, String holder) {
        db.inTransaction("rilascio del turno di " + job, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM job_lease WHERE job = ? AND holder = ?")) {
                ps.setString(1, job);
                ps.setString(2, holder);
                return ps.executeUpdate();
            }
        });
    }

    /** The database server's time on PostgreSQL (shared by all nodes), this JVM's on the embedded database. */
    private Instant now(Connection c) throws SQLException {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return Instant.now();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Instant.ofEpochMilli(rs.getLong(1));
        }
    }

    private static void check(String what, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ValidationException(what + ": obbligatorio, al più " + max + " caratteri");
        }
    }
}
