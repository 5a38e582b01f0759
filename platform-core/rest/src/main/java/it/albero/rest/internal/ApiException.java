package it.albero.rest.internal;

import java.util.List;
import java.util.Map;

/**
 * A request that fails with an HTTP status and an Italian detail: written as an RFC 9457 problem document by
 * {@link ApiServlet}. Nothing was changed.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    /** A problem with one field of the request. */
    record FieldError(String field, String detail) {
    }

    /**
     * The 422 answer to a file with errors (a plan to import, a file to feed): a problem document that also carries
     * the file's report, each error also as a field error named by its row and column. Nothing was written.
     */
    record FileProblem(String type, String title, int status, String detail, Object report, List<FieldError> errors) {

        static Reply reply(String detail, Object report, java.util.stream.Stream<FieldError> errors) {
            return new Reply(422, new java.util.LinkedHashMap<>(), new FileProblem("about:blank", ApiException.title(422), 422,
                    detail, report, errors.toList()), null, "application/problem+json; charset=UTF-8");
        }

        static FieldError at(int row, String column, String reason) {
            return new FieldError("riga " + row + ", colonna " + column, reason);
        }
    }

    ApiException(int status, String detail) {
        this(status, detail, List.of(), Map.of());
    }

    ApiException(int status, String detail, List<FieldError> errors) {
        this(status, detail, errors, Map.of());
    }

    ApiException(int status, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, detail);
    }

    static ApiException badField(String field, String detail) {
        return new ApiException(400, "Richiesta non valida: " + field + ": " + detail,
                List.of(new FieldError(field, detail)));
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    int status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The problem's title, Italian, by status. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Richiesta non valida";
            case 401 -> "Accesso richiesto";
            case 403 -> "Operazione non consentita";
            case 404 -> "Non trovato";
            case 405 -> "Metodo non ammesso";
            case 406 -> "Formato non disponibile";
            case 409 -> "Conflitto";
            case 412 -> "Versione non più attuale";
            case 413 -> "Richiesta troppo grande";
            case 415 -> "Tipo di contenuto non supportato";
            case 422 -> "Valori non validi";
            case 428 -> "Versione richiesta";
            case 429 -> "Troppi tentativi";
            default -> "Errore interno";
        };
    }
}
