package org.trainingcrm.domain.kernel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The audited fields of a record at one moment, in a stable order, written as flat JSON. */
public final class AuditState {

    private final Map<String, String> fields = new LinkedHashMap<>();

    /** Adds a field; null values are kept as JSON null so a cleared field shows. */
    public AuditState with(String field, Object value) {
        fields.put(field, value == null ? null : String.valueOf(value));
        return this;
    }

    /** Adds a field holding several values, joined in the given order. */
    public AuditState withAll(String field, Collection<?> values) {
        return with(field, values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public String toJson() {
        return fields.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + (e.getValue() == null ? "null" : quote(e.getValue())))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
