package it.albero.api.feed;

import java.util.List;

/** An installed source, as lists show it. */
public record SourceInfo(String id, String module, String label, List<String> columns) {
}
