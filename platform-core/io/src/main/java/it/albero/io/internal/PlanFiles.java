package it.albero.io.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import it.albero.api.io.PlanFormat;
import it.albero.api.model.Plan;
import it.albero.io.internal.CsvPlanFile.Grid;
import it.albero.io.internal.Drafts.PlanDraft;

/** Reads and writes plan files in every format; no OSGi, no store. */
final class PlanFiles {

    /**
     * What reading a file gave.
     *
     * @param plan        the plan, or {@code null} when there are errors
     * @param problems    errors and warnings
     * @param statusGiven whether the file says the plan's status
     * @param proposed    codes of the indicators whose type the parser proposed
     */
    record Result(Plan plan, Problems problems, boolean statusGiven, List<String> proposed) {
        Result(Plan plan, Problems problems, boolean statusGiven) {
            this(plan, problems, statusGiven, List.of());
        }
    }

    private final ItalianParser parser;

    PlanFiles(ItalianParser parser) {
        this.parser = parser;
    }

    Result read(String fileName, PlanFormat format, byte[] bytes, PlanBuilder.TypeValidation types) {
        Problems problems = new Problems(fileName);
        PlanDraft draft = switch (format) {
            case YAML -> {
                byte[] b = bytes;
                if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                    b = java.util.Arrays.copyOfRange(b, 3, b.length);
                }
                yield new YamlPlanReader(problems).read(new InputStreamReader(new ByteArrayInputStream(b),
                        StandardCharsets.UTF_8));
            }
            case CSV -> table(new CsvPlanFile().read(bytes, problems), problems);
            case XLSX -> table(new XlsxPlanFile().read(bytes, problems), problems);
        };
        if (draft == null) {
            return new Result(null, problems, false);
        }
        PlanBuilder builder = new PlanBuilder(parser, types);
        Plan plan = builder.build(draft, problems);
        return new Result(problems.hasErrors() ? null : plan, problems, !draft.status.blank(), builder.proposed());
    }

    private static PlanDraft table(Grid grid, Problems problems) {
        return grid == null ? null : new PlanTableReader().read(grid.rows(), grid.numbers(), problems);
    }

    void write(Plan plan, PlanFormat format, OutputStream out) throws IOException {
        switch (format) {
            case YAML -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new YamlPlanWriter().write(plan, w);
                w.flush();
            }
            case CSV -> new CsvPlanFile().write(new PlanTableWriter().rows(plan), out);
            case XLSX -> new XlsxPlanFile().write(new PlanTableWriter().rows(plan), out);
        }
    }
}
